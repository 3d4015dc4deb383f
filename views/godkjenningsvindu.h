#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tilsyn {

class Brevmalkilde;
class Brevrenderer;
class Dokumentflyt;
class FlytkoeModell;
struct Flytpost;
class Katalog;
class SakRepository;

/// The approval queue: "Til godkjenning" (a leader's letters waiting, shown only to leaders as
/// learnt at sync), "Returned to me" (the caseworker's returned letters with the leader's
/// comment) and "Sent by me, waiting" (her letters no leader has answered yet); each tab counts
/// its letters. People are named by their profile's name (the login in the tool tip). Selecting
/// a letter shows its exact preview at a readable width (Ctrl++ / Ctrl+- zoom; the arrow and page
/// keys scroll it), and the note or comment in full under the list; a leader approves it or returns
/// it with a comment. The central store checks the leader role again when the step is pushed.
class Godkjenningsvindu final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Godkjenningsvindu)

public:
    Godkjenningsvindu(Dokumentflyt &flyt, SakRepository &saker, const Katalog &katalog, const Brevmalkilde &maler,
                      QString meg, QWidget *parent = nullptr);
    ~Godkjenningsvindu() override;

    /// Re-reads both lists (after a sync).
    void oppdater();
    FlytkoeModell *koe() const { return m_koe.get(); }
    FlytkoeModell *tilbakesendt() const { return m_tilbake.get(); }
    FlytkoeModell *venter() const { return m_venter.get(); }
    /// The status-bar text after a sync that brought leaders' answers to `nye` (the caseworker's
    /// letters approved, returned or refused): the letter, the case and who, by name.
    static QString svarmelding(const QList<Flytpost> &nye);
    /// Selects row `rad` of the queue (or of the returned letters) and shows its preview.
    void velg(int rad, bool tilbakesendt = false);
    /// Approves (true) or returns with the comment typed (false) the selected letter; false with
    /// the reason shown if it could not.
    bool behandle(bool godkjenn);
    void settKommentar(const QString &tekst);
    QString melding() const;

private:
    void valgt();
    void tegn(QPrinter *skriver);
    void merkFaner();

    Dokumentflyt &m_flyt;
    SakRepository &m_saker;
    QString m_meg;
    std::unique_ptr<Brevrenderer> m_renderer;
    std::unique_ptr<FlytkoeModell> m_koe;
    std::unique_ptr<FlytkoeModell> m_tilbake;
    std::unique_ptr<FlytkoeModell> m_venter;
    std::unique_ptr<QPrinter> m_skriver;
    QTabWidget *m_faner;
    QTableView *m_koeTabell;
    QTableView *m_tilbakeTabell;
    QTableView *m_venterTabell;
    QPrintPreviewWidget *m_forhaandsvisning;
    QPlainTextEdit *m_kommentar;
    QPushButton *m_godkjenn;
    QPushButton *m_sendTilbake;
    QLabel *m_melding;
    QString m_versjon; ///< the version shown
};

} // namespace tilsyn
