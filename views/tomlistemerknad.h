#pragma once

#include <QLabel>

class QAbstractItemView;

namespace tilsyn {

class SakListeModel;

/// A clear text over the case list while it shows no rows, centred on its viewport: one for a
/// search or filter that matches no case ("Ingen saker passer til søket …", with how to widen
/// it), another for a store that holds no case yet (how to register or import one). Follows the
/// model's count and the UI language; hidden while there are rows.
class TomListeMerknad final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TomListeMerknad)

public:
    TomListeMerknad(QAbstractItemView *visning, SakListeModel *modell);
    ~TomListeMerknad() override;

    /// Shows the right text, or hides it (after every count, reset and language change).
    void oppdater();

protected:
    void changeEvent(QEvent *e) override;
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override;

private:
    void plasser();

    QAbstractItemView *m_visning;
    SakListeModel *m_modell;
};

/// Widens each column of a table view that is narrower than its header (and the sort arrow)
/// or than `eksempel` text for that column: nothing cut at 1366×768 in any UI language.
/// Columns already wider (a user's own widths, restored) are left.
void tilpassKolonner(QAbstractItemView *visning, const QHash<int, QString> &eksempel);

} // namespace tilsyn
