#pragma once

#include "domain/tilsynssak.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace tilsyn {

class CaseEditor;
class Katalog;
class SakFilterLinje;
class SakListeModel;
class Sakslistekolonner;
class SakRepository;
class Store;
class Velkomst;

/// The caseworker's main window: the case list with its filter bar in the centre, the open case
/// in the editor beside it, and a status bar with the store, the user and (later) sync state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Store &store, SakRepository &repo, const Katalog &katalog, const QString &bruker,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseEditor *editor() const { return m_editor; }
    SakListeModel *saksliste() const { return m_liste; }
    QTableView *listevisning() const { return m_visning; }
    /// Where other views (statistics, letters, sync) add their entries.
    QMenu *visningsmeny() const { return m_visMeny; }
    QMenu *filmeny() const { return m_filMeny; }
    QMenu *hjelpmeny() const { return m_hjelpMeny; }
    /// File → Write letter… (Ctrl+P) on the open case; the case's documents offer the same action.
    QAction *skrivBrevHandling() const { return m_skrivUt; }
    /// Offers back the newest recovery copy left by a crash; `spoer` decides (a dialog by default).
    /// How many open conflicts and rejected changes a case has (app/ supplies it from the sync state).
    void settSakensSynkproblemer(std::function<std::pair<int, int>(const QString &)> telling);
    void tilbyGjenoppretting(const std::function<bool(const QString &)> &spoer = {});
    /// Who works here (the profile's name): new cases, the audit trail and "Mine saker".
    void settBruker(const QString &bruker);
    const QString &bruker() const { return m_bruker; }

public slots:
    /// Sync work reports its state here (e.g. "Synced 10:42", "Offline – 3 waiting").
    void settSynkstatus(const QString &tekst);
    /// Open conflicts and rejected changes: a button in the status bar while there are any, and
    /// a note above the open case when it has some of its own.
    void settSynkproblemer(int konflikter, int avviste);
    void nySak();
    bool lagre();
    void aapneSak(const QString &id);
    /// Imports a JSON Lines file; reports problems and imports nothing if any line is invalid.
    bool importer(const QString &fil);
    /// Exports every case as JSON Lines to `fil` (whole or not at all), off the GUI thread.
    bool eksporter(const QString &fil);
    /// Opens the sample cases: made the first time in this session, afterwards as they were left
    /// (their window's filter too) until lastNyeEksempel().
    void lastEksempel();
    /// Makes the sample cases again (what was changed in them and their window's filter go).
    void lastNyeEksempel();

signals:
    /// The language setting changed (app/ reloads the translators).
    void spraakEndret();
    /// "Load sample cases" made an example store at `sti`: app/ opens a window on it.
    void eksempellagerLaget(const QString &sti);
    /// "Load sample cases" while a window is open on the example store at `sti` (it is not made
    /// again under it): app/ brings that window to the front.
    void eksempellagerAapent(const QString &sti);
    /// Print… on the open case: app/ opens the letters for it.
    void brevOnsket(const tilsyn::Tilsynssak &sak);
    /// The sync problems button was clicked: app/ shows the conflicts and rejected changes.
    void synkproblemerOnsket();

protected:
    void closeEvent(QCloseEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    static constexpr int kLagretMeldingMs = 4000; // how long "Saved" stays in the status bar
    void byggHandlinger();
    void tilpassListe();
    void oversett();
    void visRiktigSide();
    bool spoerOmUlagret();
    void velgFraListe();
    void oppdaterTittel();
    void oppdaterSakMerknad();
    QString brukertekst() const;
    void oversettAngre();

    Store &m_store;
    SakRepository &m_repo;
    const Katalog &m_katalog;
    QString m_bruker;
    SakListeModel *m_liste;
    SakFilterLinje *m_filter;
    QTableView *m_visning;
    Sakslistekolonner *m_kolonner = nullptr;
    CaseEditor *m_editor;
    Velkomst *m_velkomst;
    QStackedWidget *m_side;
    QSplitter *m_splitter;
    QLabel *m_lagerEtikett;
    QLabel *m_brukerEtikett;
    QLabel *m_synkEtikett;
    QLabel *m_antallEtikett;
    QToolButton *m_problemKnapp;
    QLabel *m_sakMerknad;
    QLabel *m_eksempelBanner; // in a window on the example store: whose cases these are not
    std::function<std::pair<int, int>(const QString &)> m_sakensProblemer;
    QMenu *m_filMeny = nullptr;
    QMenu *m_redigerMeny = nullptr;
    QMenu *m_visMeny = nullptr;
    QMenu *m_hjelpMeny = nullptr;
    QAction *m_ny = nullptr;
    QAction *m_lagre = nullptr;
    QAction *m_importer = nullptr;
    QAction *m_eksporter = nullptr;
    QAction *m_eksempel = nullptr;
    QAction *m_nyeEksempel = nullptr;
    QAction *m_lukkEksempel = nullptr; // the example store's window: close it, back to the own store
    QAction *m_skrivUt = nullptr;
    QAction *m_avslutt = nullptr;
    QAction *m_angre = nullptr;
    QAction *m_gjoerOm = nullptr;
    QAction *m_finn = nullptr;
    QAction *m_innstillinger = nullptr;
    QAction *m_veiledning = nullptr;
    QAction *m_om = nullptr;
    QToolBar *m_verktoey = nullptr;
    bool m_eksempelLaget = false; ///< the sample cases were made in this session (kept from then on)
};

} // namespace tilsyn
