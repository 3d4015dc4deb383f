#pragma once

#include <QGroupBox>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace tilsyn {

class JournalModell;
class JournalRepository;
struct NyJournalpost;

/// The journal of the open case, below its fields: every document with its number
/// (saksnummer-N), type, date, title, sender or recipient, screening, status and whether an
/// incoming one is answered. Registers incoming documents (with a file chosen in a file dialog)
/// and notes, avskriver incoming documents, opens a stored file after checking its SHA-256, and
/// opens the case's history.
class JournalPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPanel)

public:
    JournalPanel(JournalRepository &journal, QString bruker, QWidget *parent = nullptr);
    ~JournalPanel() override;

    /// Shows the journal of case `sakId` (empty: none) with the saksnummer stored for it; the
    /// case already shown is read again (its number may have been given since).
    void visSak(const QString &sakId);
    /// Reads the journal and the stored saksnummer again (a letter finalised, a sync).
    void lesPaaNytt();

    JournalModell *modell() const { return m_modell; }
    QTableView *tabell() const { return m_tabell; }
    /// Registers `ny` in the shown case; false with the reason shown under the list.
    bool registrer(const NyJournalpost &ny);
    /// Avskriver the chosen document; false with the reason shown under the list.
    bool avskriv(const QString &maate, const QString &medPost, const QString &merknad);
    QString feil() const;

Q_SIGNALS:
    /// The caseworker asked for the case's history.
    void historikkOnsket();

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();
    void oppdaterKnapper();
    void registrerDialog(const QString &type);
    void avskrivDialog();
    void aapneFil();
    void visFeil(const QString &tekst);

    JournalRepository &m_journal;
    QString m_bruker;
    JournalModell *m_modell;
    QTableView *m_tabell;
    QPushButton *m_inngaaende;
    QPushButton *m_notat;
    QPushButton *m_avskriv;
    QPushButton *m_aapne;
    QPushButton *m_historikk;
    QLabel *m_feil;
};

} // namespace tilsyn
