#pragma once

#include <QGroupBox>

class QAction;
class QHBoxLayout;
class QLabel;
class QPrinter;
class QPushButton;
class QTableView;

namespace tilsyn {

class BrevRepository;
struct FerdigBrev;
class DokumentModell;
class Sperrelinje;

/// The documents of the open case: its finalised letters with date, type, recipient and målform,
/// to view, print or save. Every letter's bytes are checked against their stored SHA-256 each
/// time it is opened; a letter that does not match is reported as damaged and never shown,
/// printed or saved.
class DokumentListe final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DokumentListe)

public:
    explicit DokumentListe(const BrevRepository &arkiv, QWidget *parent = nullptr);
    ~DokumentListe() override;

    /// Shows the letters of case `sakId` (empty: none); the case already shown is read again.
    void visSak(const QString &sakId);
    /// The file name Save letter proposes for row `rad`: "2026-123-5 Avgjørelse i tilsynssak
    /// Vangen sjukeheim.pdf" (saksnummer, document number, type, recipient; pdfFilnavn()).
    QString filnavnForslag(int rad) const;
    QString filnavnForslag(const FerdigBrev &b) const;
    /// A letter was finalised: reads the list again.
    void lesPaaNytt();

    DokumentModell *modell() const { return m_modell; }
    QTableView *tabell() const { return m_tabell; }
    /// The chosen letter's id, or 0.
    qint64 valgt() const;

    /// Opens letter `id` in a viewer window after checking it; nullptr (and the error shown under
    /// the list) if it is damaged or missing.
    QWidget *vis(qint64 id);
    /// Prints letter `id` page by page on `skriver`; false with the reason in *feil.
    bool skrivUt(qint64 id, QPrinter *skriver, QString *feil);
    /// Writes letter `id`'s stored bytes to `fil`; false with the reason in *feil.
    bool lagreSom(qint64 id, const QString &fil, QString *feil);
    /// The error shown under the list (empty when none).
    QString feil() const;
    /// Offers `handling` (the window's Write letter…, Ctrl+P) as the first button under the list:
    /// the same action, so its text, shortcut, state and reason follow it.
    void leggTilHandling(QAction *handling);

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();
    void oppdaterKnapper();
    void visFeil(const QString &tekst);
    void skrivUtMedDialog(qint64 id, QWidget *forelder);
    void lagreMedDialog(const FerdigBrev &b, QWidget *forelder);

    const BrevRepository &m_arkiv;
    DokumentModell *m_modell;
    QTableView *m_tabell;
    QPushButton *m_vis;
    QPushButton *m_skrivUt;
    QPushButton *m_lagre;
    QHBoxLayout *m_knapper;
    Sperrelinje *m_sperrelinje;
    QLabel *m_feil;
};

} // namespace tilsyn
