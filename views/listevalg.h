#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTableView;

namespace tilsyn {

class SakListeModel;

/// Keeps the case list's selected case selected across a new filter or a re-read in the
/// background (a model reset; issue 10: after typing in the filter the open case was no longer
/// selected and the arrows started from the top). The case kept is the one last selected, else
/// the open one; the model's worker finds its row and page (SakListeModel::settBeholdKilde), and
/// when the new rows have it, it is selected and scrolled to; when they do not, nothing is
/// selected and the editor keeps the open case. Nothing here reads the store or walks the rows.
class Listevalg final : public QObject
{
    Q_OBJECT

public:
    /// `aapenSak`: the id of the case open in the editor (empty: none).
    Listevalg(QTableView *liste, SakListeModel *modell, std::function<QString()> aapenSak);

private:
    void gjenopprett(bool ferdig);

    QTableView *m_liste;
    SakListeModel *m_modell;
    std::function<QString()> m_aapenSak;
    QString m_valgt; ///< the case last selected in the list (by the caseworker or kept here)
};

} // namespace tilsyn
