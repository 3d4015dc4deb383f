#pragma once

#include "sync/synkproblemer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tilsyn {

/// The third tab of the sync problems window: avskrivninger made here that the central store did
/// not keep, because another client had avskrevet the same incoming document first (its
/// avskrivning now stands here too). Each row names the document (2024/4711-2 and its title),
/// the avskrivning made here and the one kept; "Mark as seen" takes it off the list (who and when
/// are recorded).
class TapteAvskrivningerSide final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapteAvskrivningerSide)

public:
    explicit TapteAvskrivningerSide(SynkProblemer &problemer, QWidget *parent = nullptr);

    /// Reads the list again; returns the number shown.
    int lesPaaNytt();
    /// Its texts in the UI's language (the window calls it, then lesPaaNytt(), on a switch).
    void oversett();

signals:
    void antallEndret();

private:
    void settValgtSett();

    SynkProblemer &m_problemer;
    QList<SynkProblemer::TaptAvskrivning> m_tapte;
    QTreeWidget *m_liste;
    QLabel *m_feil;
    QPushButton *m_sett;
    QLabel *m_forklaring;
};

} // namespace tilsyn
