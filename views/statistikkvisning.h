#pragma once

#include "reports/rapportberegner.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace tilsyn {

class Datofelt;

class Katalog;
class RapportModell;
class StatistikkDiagram;

/// The statistics view: choose sektor, year (or a period) and embete; the annual report's tables and the
/// office's own figures (the same engine as `tilsynsklient report`), bar charts for cases per
/// behandlingsmåte and the share within deadline against the 80 % target, and export to CSV and
/// XLSX. The reports are computed off the GUI thread on their own read-only connection to the
/// store at `dbSti`. Self-contained: the main window only places it.
class StatistikkVisning final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatistikkVisning)

public:
    StatistikkVisning(const QString &dbSti, const Katalog &katalog, QWidget *parent = nullptr);
    ~StatistikkVisning() override;

    Rapportvalg valg() const;
    /// Selects the sektor, the period (a whole year shows as the year) and embete, and recomputes.
    void settValg(const Rapportvalg &valg);
    /// The result shown now (empty until the first computation has finished).
    const Rapportsett &resultat() const { return m_sett; }
    bool beregner() const;

    /// Writes the report on the current tab as CSV (the CLI's format). Empty string on success.
    QString eksporterCsv(const QString &sti) const;
    /// Writes every report as one XLSX workbook. Empty string on success.
    QString eksporterXlsx(const QString &sti) const;

signals:
    /// A new result is shown.
    void oppdatert();

protected:
    void changeEvent(QEvent *event) override;

private:
    void byggSkjema();
    void fyllValg();
    void beregnPaaNytt();
    void visResultat(const Rapportsett &sett);
    void velgCsvFil();
    void velgXlsxFil();
    void oversett();
    QString gjeldendeRapport() const;
    QString periodetekst(const Rapportvalg &valg) const;
    QString filnavnForslag(const QString &navn, const QString &endelse) const;

    const Katalog &m_katalog;
    Rapportberegner *m_beregner;
    QComboBox *m_sektor;
    QSpinBox *m_aar;
    QCheckBox *m_egenPeriode;
    Datofelt *m_fra;
    Datofelt *m_til;
    QComboBox *m_embete;
    QLabel *m_sektorEtikett;
    QLabel *m_aarEtikett;
    QLabel *m_embeteEtikett;
    QPushButton *m_csv;
    QPushButton *m_xlsx;
    QPushButton *m_lukk = nullptr;
    QLabel *m_status;
    QTabWidget *m_faner;
    StatistikkDiagram *m_diagram;
    QHash<QString, RapportModell *> m_modeller;
    Rapportsett m_sett;
    bool m_fyller = false;
};

} // namespace tilsyn
