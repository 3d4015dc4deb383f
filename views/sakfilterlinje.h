#pragma once

#include "items/sakfilter.h"

#include <QList>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QShortcut;
class QTimer;

namespace tilsyn {

class Katalog;

/// The filter bar above the case list: free-text search, status, sektor, behandlingsmåte,
/// "mine saker" and overdue. The list searches off the GUI thread and the newest filter wins
/// (SakListeModel::settFilterIBakgrunnen), so typing needs no pause; the zero-interval timer only
/// folds keystrokes delivered in one burst into one filter.
class SakFilterLinje final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SakFilterLinje)

public:
    static constexpr int kVentetidMs = 0;

    SakFilterLinje(const Katalog &katalog, QString bruker, QWidget *parent = nullptr);
    ~SakFilterLinje() override;

    SakFilter filter() const;
    QLineEdit *soekefelt() const { return m_tekst; }
    /// The deadline settings changed: new tooltip, and the filter applied again with them.
    void innstillingerEndret();
    /// Whose cases "My cases" lists (the profile's name).
    void settBruker(const QString &bruker);
    /// What the caseworker set (text, lists, tick boxes), to give back with settTilstand (the
    /// example store's window keeps its filter when it is opened again, issue 10 tryout).
    QVariantMap tilstand() const;
    void settTilstand(const QVariantMap &tilstand);

signals:
    void filterEndret(const tilsyn::SakFilter &filter);

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();
    void meld();

    const Katalog &m_katalog;
    QString m_bruker;
    QLineEdit *m_tekst;
    QComboBox *m_status;
    QComboBox *m_sektor;
    QComboBox *m_bm;
    QCheckBox *m_mine;
    QCheckBox *m_forfalte;
    QCheckBox *m_ufordelte; ///< "Ufordelte": cases no one is assigned to (issue 12)
    QCheckBox *m_snart;
    QTimer *m_ventetid;
    QList<std::pair<QCheckBox *, QShortcut *>> m_taster; ///< Ctrl+1 … Ctrl+4
    QLabel *m_tekstEtikett;
    QLabel *m_statusEtikett;
    QLabel *m_sektorEtikett;
    QLabel *m_bmEtikett;
};

} // namespace tilsyn
