#pragma once

#include "sync/synkproblemer.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace tilsyn {

/// What sync left for the caseworker to decide, in one window with two tabs.
/// Conflicts: for each clashing field the common version (base), mine and theirs side by side;
/// keep mine, keep theirs or edit — the choice is saved as a new edit of the case and sent at the
/// next sync. Rejected changes: why the central store refused them; send again or discard mine.
class SynkProblemVisning final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynkProblemVisning)

public:
    explicit SynkProblemVisning(SynkProblemer &problemer, QWidget *parent = nullptr);

    /// Reads the open conflicts and rejected changes again (after a sync).
    void lesPaaNytt();
    void visAvviste();

    /// A human name for a conflict's field ("Summary", "Subject «Name»").
    static QString feltnavn(const SynkProblemer::Konflikt &k);
    /// A value as a caseworker reads it (dates in Norwegian form, objects as lines).
    static QString somTekst(const QJsonValue &v);

signals:
    /// A case was changed by a resolution or a discard: lists and an open editor should re-read it.
    void sakEndret(const QString &sakId);
    void antallEndret(int konflikter, int avviste);

private:
    QWidget *byggKonflikter();
    QWidget *byggAvviste();
    void visValgtKonflikt();
    void loesValgt();
    void behandleAvvist(bool sendPaaNytt);
    void oppdaterFaner();

    SynkProblemer &m_problemer;
    QList<SynkProblemer::Konflikt> m_konflikter;
    QList<SynkProblemer::Avvist> m_avviste;
    QTabWidget *m_faner;
    QTreeWidget *m_konfliktliste;
    QPlainTextEdit *m_base;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_deres;
    QButtonGroup *m_valg;
    QPlainTextEdit *m_redigert;
    QLabel *m_konfliktFeil;
    QPushButton *m_loes;
    QTreeWidget *m_avvistliste;
    QLabel *m_avvistFeil;
    QPushButton *m_sendPaaNytt;
    QPushButton *m_forkast;
};

} // namespace tilsyn
