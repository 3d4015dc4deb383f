#pragma once

#include <QObject>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>

#include <memory>

class QAction;
class QToolButton;
class QMenu;

namespace tilsyn {

class BrevRepository;
struct Brevutkast;
struct Tilsynssak;
class Brevmalkilde;
class InnstillingerDialog;
class Katalog;
class MainWindow;
class OppfolgingRepository;
class JournalPanel;
class JournalRepository;
class OppfolgingVisning;
class Oversettelser;
class SakRepository;
class Store;
class SynkProblemer;
class SynkProblemVisning;
class SynkStyring;

/// The desktop application on one store, assembled: the main window with letters, sync,
/// statistics and follow-up wired to it. app/gui.cpp creates one; the tests create one
/// in-process and drive it with the keyboard as a caseworker would.
class Skrivebord final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Skrivebord)

public:
    Skrivebord(Store &store, const Katalog &katalog, Oversettelser &oversettelser, QObject *parent = nullptr);
    ~Skrivebord() override;

    /// Asks for the profile first while it is incomplete (non-modal dialog: refusing it emits
    /// profilAvslaatt), then shows the main window and offers back unsaved work left by a crash.
    void start();
    /// The main window, once the profile is complete (null before).
    MainWindow *vindu() const { return m_vindu.get(); }
    /// The first-run profile dialog while it is shown (null otherwise).
    InnstillingerDialog *profildialog() const;
    /// Brings the main window to the front (a second instance was started on the store).
    void fremst();
    /// The program "Load sample cases" starts on the example store (tests: the built
    /// tilsynsklient; default: this program).
    void settProgram(const QString &program) { m_program = program; }

protected:
    bool eventFilter(QObject *o, QEvent *e) override;

signals:
    /// The first-run profile was cancelled: the program cannot work without one.
    void profilAvslaatt();
    /// The main window is shown.
    void vist();

private:
    static constexpr int kFokusIgjenMs = 150; // fremst(): the second focus request
    void bygg();
    /// A menu entry whose text is re-translated on a language change.
    QAction *handling(QMenu *meny, std::function<QString()> tekst);
    void koblBrev();
    void koblSynk();
    void koblStatistikk();
    void koblOppfolging();
    void koblJournal();
    void visSynkproblemer();
    /// Starts this program on the example store at `sti`; the keyboard comes back when it ends.
    void aapneEksempelvindu(const QString &sti);
    OppfolgingVisning *visOppfolging();

    Store &m_store;
    const Katalog &m_katalog;
    Oversettelser &m_oversettelser;
    std::unique_ptr<SakRepository> m_repo;
    std::unique_ptr<Brevmalkilde> m_maler;
    std::unique_ptr<BrevRepository> m_brevarkiv;
    std::unique_ptr<SynkProblemer> m_synkproblemer;
    std::unique_ptr<OppfolgingRepository> m_oppfolging;
    std::unique_ptr<JournalRepository> m_journal;
    QPointer<JournalPanel> m_journalpanel;
    std::unique_ptr<MainWindow> m_vindu;
    SynkStyring *m_synk = nullptr;
    /// Leaders' answers to this user's letters (approved, returned) already told about; a sync that
    /// brings a new one says so in the status bar and counts it in the approval menu item.
    QSet<QString> m_kjenteSvar;
    int m_nyeSvar = 0;
    QPointer<QAction> m_godkjenningHandling;
    void varsleGodkjenningssvar(bool foersteGang);
    /// skrivebordtildeling.cpp: View ▸ Assign this case…; after a sync, "case S was assigned to
    /// you by X" in the status bar and, for a leader, the letters waiting for her approval (a
    /// status-bar button and the menu item's count).
    void koblTildeling();
    void varsleTildelingerOgKoe(bool foersteGang);
    QString koetekst() const;
    QSet<QString> m_kjenteTildelinger;
    int m_venterGodkjenning = 0;
    QPointer<QToolButton> m_koeKnapp;
    QPointer<InnstillingerDialog> m_profil;
    QPointer<SynkProblemVisning> m_problemvindu;
    QPointer<OppfolgingVisning> m_oppfolgingsvindu;
    /// Opens the letter window on a case, with a proposed draft (type, recipient) or none.
    std::function<void(const Tilsynssak &, const Brevutkast *)> m_aapneBrev;
    QList<std::pair<QPointer<QAction>, std::function<QString()>>> m_tekster;
    QString m_program;
    /// Sync now, sync problems and central store: disabled with their reason in an example store.
    QList<QPointer<QAction>> m_synkhandlinger;
    void sperrSynkIEksempellager();
};

} // namespace tilsyn
