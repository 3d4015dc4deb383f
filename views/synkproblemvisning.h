#pragma once

#include "sync/synkproblemer.h"

#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTreeWidget;

namespace tilsyn {

class Katalog;
class TapteAvskrivningerSide;

/// What sync left for the caseworker to decide, in one window with three tabs.
/// Conflicts: for each clashing field the common version (base), mine and theirs side by side;
/// keep mine, keep theirs or edit — the choice is saved as a new edit of the case and sent at the
/// next sync. Rejected changes: why the central store refused them; send again or discard mine.
class SynkProblemVisning final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynkProblemVisning)

public:
    SynkProblemVisning(SynkProblemer &problemer, const Katalog &katalog, QWidget *parent = nullptr);

    /// Reads the open conflicts and rejected changes again (after a sync).
    void lesPaaNytt();
    void visAvviste();
    void visTapteAvskrivninger();

    /// A human name for a conflict's field ("Summary", "Subject «Name»").
    static QString feltnavn(const SynkProblemer::Konflikt &k);
    /// A value of `felt` as a caseworker reads it: catalogue codes by name, dates in Norwegian
    /// form, yes/no, a subject or assessment as lines.
    QString somTekst(const QString &felt, const QJsonValue &v) const;

signals:
    /// A case was changed by a resolution or a discard: lists and an open editor should re-read it.
    void sakEndret(const QString &sakId);
    /// `konflikter` includes the avskrivninger the central store did not keep (third tab).
    void antallEndret(int konflikter, int avviste);

protected:
    void changeEvent(QEvent *e) override;

private:
    /// Every text of the window in the UI's language (again after a switch at run time).
    void oversett();
    /// The selected conflict's three values (and its edit field when `medRedigert`).
    void visVerdier(bool medRedigert);
    /// Why the choices and Resolve are disabled, for the current selection and choice.
    void oppdaterGrunner();
    QWidget *byggKonflikter();
    QWidget *byggAvviste();
    void visValgtKonflikt();
    void loesValgt();
    void behandleAvvist(bool sendPaaNytt);
    void oppdaterFaner();

    SynkProblemer &m_problemer;
    const Katalog &m_katalog;
    QList<SynkProblemer::Konflikt> m_konflikter;
    QList<SynkProblemer::Avvist> m_avviste;
    QTabWidget *m_faner;
    QTreeWidget *m_konfliktliste;
    QLabel *m_konfliktForklaring;
    QLabel *m_avvistForklaring;
    QGroupBox *m_baseBoks;
    QGroupBox *m_mineBoks;
    QGroupBox *m_deresBoks;
    QRadioButton *m_velgMine;
    QRadioButton *m_velgDeres;
    QRadioButton *m_velgRediger;
    QPushButton *m_lukk = nullptr;
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
    TapteAvskrivningerSide *m_tapte;
    int m_antallTapte = 0;
};

} // namespace tilsyn
