#include "skrivebord.h"

#include "historikkvisning.h"
#include "journal/journalrepository.h"
#include "journalpanel.h"

#include "arkivhandling.h"
#include "brevdialog.h"
#include "letters/brevforslag.h"
#include "brevvisning.h"
#include "caseeditor.h"
#include "dialogvakt.h"
#include "dokumentliste.h"
#include "domain/katalog.h"
#include "domain/oppfolging.h"
#include "innstillingerdialog.h"
#include "io/eksempellager.h"
#include "items/innstillinger.h"
#include "items/oppfolgingmodell.h"
#include "items/saklistemodel.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrepository.h"
#include "mainwindow.h"
#include "oppfolgingvisning.h"
#include "oversettelser.h"
#include "partsbrevdialog.h"
#include "godkjenningsvindu.h"
#include "flyt/dokumentflyt.h"
#include "flyt/tildeling.h"
#include "items/kontorpraksis.h"
#include "sentraldialog.h"
#include "statistikkvisning.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/dokumentasjonsfrist.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/synkproblemer.h"
#include "synkproblemvisning.h"
#include "sperregrunn.h"
#include "synkfremdrift.h"
#include "synkstyring.h"
#include "vedlikehold.h"
#include "vindusstorrelse.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QMenu>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QApplication>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace tilsyn {

using namespace Qt::StringLiterals;

Skrivebord::Skrivebord(Store &store, const Katalog &katalog, Oversettelser &oversettelser, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_katalog(katalog)
    , m_oversettelser(oversettelser)
    , m_repo(std::make_unique<SakRepository>(store, katalog))
{
    Dialogvakt::installer(); // focus back after a dialog closes; wrapped texts not cut
}

Skrivebord::~Skrivebord()
{
    // Windows first: they hold references to the repositories below.
    delete m_profil;
    m_vindu.reset();
}

InnstillingerDialog *Skrivebord::profildialog() const
{
    return m_profil;
}

void Skrivebord::start()
{
    if (Innstillinger::profilKomplett()) {
        bygg();
        return;
    }
    // First start (or a profile from an older version without the approving leader): the
    // profile comes first, and without one the program does not start.
    m_profil = new InnstillingerDialog(m_katalog);
    m_profil->setAttribute(Qt::WA_DeleteOnClose);
    m_profil->settFoersteGang();
    connect(m_profil, &QDialog::accepted, this, [this] {
        m_oversettelser.last(); // the language may have been chosen in the profile
        bygg();
    });
    connect(m_profil, &QDialog::rejected, this, &Skrivebord::profilAvslaatt);
    m_profil->show();
    m_profil->raise();
    m_profil->activateWindow();
}

QAction *Skrivebord::handling(QMenu *meny, std::function<QString()> tekst)
{
    QAction *a = meny->addAction(tekst());
    m_tekster.append({a, std::move(tekst)});
    return a;
}

bool Skrivebord::eventFilter(QObject *o, QEvent *e)
{
    if (o == m_vindu.get() && e->type() == QEvent::LanguageChange) {
        for (const auto &[a, tekst] : std::as_const(m_tekster))
            if (a)
                a->setText(tekst());
        sperrSynkIEksempellager(); // the reason in the new language
    }
    return QObject::eventFilter(o, e);
}

void Skrivebord::fremst()
{
    QWidget *w = m_vindu ? static_cast<QWidget *>(m_vindu.get()) : m_profil.data();
    if (!w)
        return;
    w->setWindowState((w->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    w->show();
    w->raise();
    // A question open over the window keeps the keyboard: it comes to the front with it.
    QWidget *aktiv = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : w;
    aktiv->raise();
    aktiv->activateWindow(); // the focus goes back to the window's own focus widget
    // Without a window manager the X server ignores a focus request stamped with a time older than
    // the last focus change, and this process may have had no event for long (the example store's
    // window asked to come forward by the main window: raised, but the keys went on to the other).
    // The request above renews this process's time (a property change comes back): ask once more.
    QTimer::singleShot(kFokusIgjenMs, aktiv, [aktiv] {
        if (!aktiv->isActiveWindow())
            aktiv->activateWindow();
    });
}

void Skrivebord::bygg()
{
    m_vindu = std::make_unique<MainWindow>(m_store, *m_repo, m_katalog, Innstillinger::navn.verdi());
    m_vindu->installEventFilter(this); // re-translates the menu entries added here
    connect(m_vindu.get(), &MainWindow::spraakEndret, this, [this] { m_oversettelser.last(); });
    koblBrev();
    koblSynk();
    koblStatistikk();
    koblOppfolging();
    koblJournal();
    // Archive package of the open case, as `tilsynsklient archive` (views/arkivhandling).
    new Arkivhandling(m_store, m_katalog, m_vindu->bruker(), m_vindu->visningsmeny(), // owned by the window
                      [this] { return m_vindu->editor()->harSak() ? &m_vindu->editor()->sak() : nullptr; }, m_vindu.get());
    new Vedlikehold(*m_vindu, m_store, m_katalog, *m_synk); // backup, restore, check, support information
    m_vindu->show();
    QTimer::singleShot(0, m_vindu.get(), [this] { m_vindu->tilbyGjenoppretting(); });
    emit vist();
}

// Letters: Write letter… on the open case opens its letters (templates from the office folder, if set).
void Skrivebord::koblBrev()
{
    m_maler = std::make_unique<Brevmalkilde>(QSettings().value(u"brev/malmappe"_s).toString());
    m_brevarkiv = std::make_unique<BrevRepository>(m_store);
    // The open case's documents (its finalised letters), below its fields.
    auto *dokumenter = new DokumentListe(*m_brevarkiv, m_vindu->editor());
    m_vindu->editor()->leggTilPanel(dokumenter, CaseEditor::SideDokumenter);
    dokumenter->leggTilHandling(m_vindu->skrivBrevHandling()); // "Skriv brev…" beside the letters
    connect(m_vindu->editor(), &CaseEditor::tilstandEndret, dokumenter, [this, dokumenter] {
        dokumenter->visSak(m_vindu->editor()->harSak() ? m_vindu->editor()->sak().id : QString());
    });
    // One letter window: Write letter… opens it on the case; a party's draft opens it on that draft.
    auto aapne = [this, dokumenter](const Tilsynssak &sak, const Brevutkast *forslag) {
        BrevDialog d(sak, m_katalog, *m_maler, m_brevarkiv.get(), m_vindu->bruker(), m_vindu.get());
        d.visning()->settSaker(m_repo.get());
        if (forslag && d.visning()->velgType(forslag->type)) {
            d.visning()->velgMottaker(forslag->mottaker.noekkel());
            d.visning()->settMaalform(forslag->maalform);
        }
        connect(d.visning(), &Brevvisning::brevFerdigstilt, dokumenter, &DokumentListe::lesPaaNytt);
        connect(d.visning(), &Brevvisning::brevFerdigstilt, this, [this] {
            if (m_journalpanel)
                m_journalpanel->lesPaaNytt(); // the letter's journal post
        });
        connect(d.visning(), &Brevvisning::sakEndret, m_vindu.get(), [this](const QString &id) {
            m_vindu->saksliste()->sakLagret(id);
            CaseEditor *e = m_vindu->editor();
            // The recorded milestone goes into the editor at once. With unsaved edits of this case it
            // is taken on top of them (issue 10: asked to save, the edits' older version was refused
            // or discarded and the editor went on without the milestone, Start oppfølging greyed).
            if (e->harSak() && e->sak().id == id && e->erEndret())
                e->lesInnLagret();
            else
                m_vindu->aapneSak(id);
        });
        d.exec();
    };
    connect(m_vindu.get(), &MainWindow::brevOnsket, this, [aapne](const Tilsynssak &sak) { aapne(sak, nullptr); });
    m_aapneBrev = aapne;

    // Decision letters for all parties of the open BM 5 case: one draft per party, listed for review.
    QAction *alle = handling(m_vindu->visningsmeny(), [] { return tr("Decision &letters for all parties…"); });
    alle->setObjectName(u"handlingPartsbrev"_s);
    alle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto kan = [this, alle] {
        const CaseEditor *e = m_vindu->editor();
        settTilgjengelig(alle, !e->harSak() ? tr("No case is open.")
                               : e->sak().behandlingsmaate != 5
                               ? tr("Decision letters belong to cases the statsforvalter investigates and decides (BM 5).")
                               : !e->sak().utfall ? tr("Register the case's outcome first.") : QString());
    };
    connect(m_vindu->editor(), &CaseEditor::tilstandEndret, alle, kan);
    kan();
    connect(alle, &QAction::triggered, this, [this, aapne] {
        const Tilsynssak sak = m_vindu->editor()->sak();
        Brevbestilling b;
        b.dato = QDate::currentDate();
        b.profil = Brevprofil::fraInnstillinger();
        QList<Brevutkast> utkast;
        try {
            b.hendelser = hendelserFraBrev(m_brevarkiv->forSak(sak.id));
            if (!sak.id.isEmpty()) // the deadline a party's decision letter set, not a proposal of its own
                b.dokumentasjonsfrist = Dokumentasjonsfrist(m_store).hent(sak.id);
            utkast = vedtaksbrevTilAlleParter(sak, b, *m_maler, m_katalog);
        } catch (const BrevmalFeil &e) {
            QMessageBox::warning(m_vindu.get(), tr("Decision letters for all parties"), e.melding());
            return;
        } catch (const StoreError &e) {
            QMessageBox::warning(m_vindu.get(), tr("Decision letters for all parties"), e.melding());
            return;
        }
        if (utkast.isEmpty()) { // only parties without a finalised decision letter are listed
            QMessageBox::information(m_vindu.get(), tr("Decision letters for all parties"),
                                     tr("Every party has its finalised decision letter; they are in the case's documents."));
            return;
        }
        PartsbrevDialog d(sak, utkast, m_katalog,
                          {m_store.sti(), m_maler->overstyringsmappe(), Kontorpraksis::sentralbruker(m_vindu->bruker())},
                          [this, aapne, &sak](const Brevutkast &u) {
                              aapne(sak, &u);
                              try {
                                  return erSendt(hendelserFraBrev(m_brevarkiv->forSak(sak.id)), u.type, u.mottaker.navn);
                              } catch (const StoreError &) {
                                  return false;
                              }
                          },
                          m_vindu.get());
        d.exec();
    });
    // Two-step approval: the queue "Til godkjenning" and the letters returned to me (issue 12).
    QAction *koe = handling(m_vindu->visningsmeny(), [this] { return koetekst(); });
    koe->setObjectName(u"handlingGodkjenning"_s);
    m_godkjenningHandling = koe;
    koe->setShortcut(QKeySequence(u"Ctrl+Shift+G"_s));
    connect(koe, &QAction::triggered, this, [this, koe] {
        m_nyeSvar = 0; // seen
        koe->setText(koetekst());
        Dokumentflyt flyt(m_store);
        Godkjenningsvindu w(flyt, *m_repo, m_katalog, *m_maler, Kontorpraksis::sentralbruker(m_vindu->bruker()),
                            m_vindu.get());
        w.exec();
        varsleTildelingerOgKoe(false); // what she approved or returned leaves the count
    });
    koblTildeling();
}

// Sync with the central store on its own thread (on start, every few minutes, F5), and what it
// leaves for a person (conflicts, rejected changes): a status-bar button and a window.
void Skrivebord::koblSynk()
{
    MainWindow &vindu = *m_vindu;
    m_synk = new SynkStyring(m_store.sti(), vindu.bruker(), &vindu);
    connect(m_synk, &SynkStyring::status, &vindu, &MainWindow::settSynkstatus);
    if (auto *etikett = vindu.findChild<QLabel *>(u"synkstatus"_s)) // the technical detail of a failure
        connect(m_synk, &SynkStyring::statusForklaring, etikett, &QLabel::setToolTip);
    vindu.statusBar()->addPermanentWidget(new Synkfremdrift(*m_synk, &vindu)); // a long sync: Cancel
    m_synkproblemer = std::make_unique<SynkProblemer>(m_store, *m_repo, m_katalog, vindu.bruker());
    auto oppdaterProblemer = [this] {
        try {
            m_vindu->settSynkproblemer(m_synkproblemer->antallKonflikter() + m_synkproblemer->antallTapteAvskrivninger(),
                                       m_synkproblemer->antallAvviste());
        } catch (const StoreError &e) {
            m_vindu->settSynkstatus(e.melding());
        }
        if (m_problemvindu)
            m_problemvindu->lesPaaNytt();
    };
    connect(&vindu, &MainWindow::synkproblemerOnsket, this, &Skrivebord::visSynkproblemer);
    vindu.settSakensSynkproblemer([this](const QString &id) {
        try {
            return m_synkproblemer->forSak(id);
        } catch (const StoreError &) {
            return std::pair{0, 0};
        }
    });
    connect(m_synk, &SynkStyring::oppdatert, &vindu,
            [this, oppdaterProblemer](int pushet, int hentet, int, int, int andre) {
        if (pushet > 0 || hentet > 0 || andre > 0) {
            // New saksnummer, pulled cases, assignments ("Mine saker", "Ufordelte"): the list
            // re-runs its filter on its worker thread and swaps the rows in when they are read.
            m_vindu->saksliste()->lesPaaNyttIBakgrunnen();
        }
        if (pushet > 0 || hentet > 0)
            m_vindu->editor()->lesInnLagret(); // the open case, keeping unsaved edits on top
        oppdaterProblemer();
        varsleGodkjenningssvar(false);
        varsleTildelingerOgKoe(false);
    });
    oppdaterProblemer();
    varsleGodkjenningssvar(true);
    varsleTildelingerOgKoe(true);
    QAction *synkNaa = handling(vindu.visningsmeny(), [] { return tr("S&ynchronise now"); });
    synkNaa->setObjectName(u"handlingSynkroniser"_s);
    synkNaa->setShortcut(QKeySequence(Qt::Key_F5));
    connect(synkNaa, &QAction::triggered, m_synk, &SynkStyring::synkroniserNaa);
    QAction *problemer = handling(vindu.visningsmeny(), [] { return tr("Sync c&onflicts and rejected changes…"); });
    problemer->setObjectName(u"handlingSynkproblemer"_s);
    connect(problemer, &QAction::triggered, this, &Skrivebord::visSynkproblemer);
    QAction *sentral = handling(vindu.visningsmeny(), [] { return tr("&Central store…"); });
    sentral->setObjectName(u"handlingSentral"_s);
    connect(sentral, &QAction::triggered, this, [this] {
        SentralDialog d(m_synk->conninfo(), m_vindu.get()); // writes sentral/conninfo; the password only to the keychain
        if (d.exec() == QDialog::Accepted && !Eksempellager::erEksempellager(m_store))
            m_synk->settConninfo(d.conninfo());
    });
    // An example store is never synced; "Load sample cases" opens a window of its own on one,
    // which File ▸ Close sample cases (Ctrl+W) closes (MainWindow).
    m_synkhandlinger = {synkNaa, problemer, sentral};
    if (!Eksempellager::erEksempellager(m_store))
        m_synk->settConninfo(QSettings().value(u"sentral/conninfo"_s).toString());
    else
        sperrSynkIEksempellager();
    connect(m_vindu.get(), &MainWindow::eksempellagerLaget, this, &Skrivebord::aapneEksempelvindu);
    // Loaded again while its window is open: a second start on that store asks the running one to
    // come forward and ends (EnkeltInstans), as starting the program twice does. No second window.
    connect(m_vindu.get(), &MainWindow::eksempellagerAapent, this, [this](const QString &sti) {
        QProcess::startDetached(m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program, {u"--db"_s, sti});
    });
}

void Skrivebord::aapneEksempelvindu(const QString &sti)
{
    // A process of its own on the example store. Not detached: when its window closes, the
    // keyboard comes back here. Without a window manager (Xvfb, a kiosk) the X server gave it to
    // the root window and the main window took no key (issue 10). Not killed when this window
    // closes first: the process object is left to the end of the program.
    auto *p = new QProcess;
    p->setProcessChannelMode(QProcess::ForwardedChannels);
    p->setInputChannelMode(QProcess::ForwardedInputChannel);
    QPointer<QWidget> fokus = QApplication::focusWidget();
    connect(p, &QProcess::finished, m_vindu.get(), [this, p, fokus] {
        p->deleteLater();
        if (QApplication::activeWindow() || QApplication::activeModalWidget() || !m_vindu->isVisible())
            return; // something of ours has the keyboard already
        QWidget *tilbake = fokus && fokus->window() == m_vindu.get() ? fokus.data() : m_vindu->focusWidget();
        if (tilbake)
            tilbake->setFocus(Qt::ActiveWindowFocusReason);
        m_vindu->raise();
        m_vindu->activateWindow();
    });
    connect(p, &QProcess::errorOccurred, p, [p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            p->deleteLater();
    });
    p->start(m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program, {u"--db"_s, sti});
}

void Skrivebord::sperrSynkIEksempellager()
{
    if (!Eksempellager::erEksempellager(m_store))
        return;
    const QString grunn = tr("These are sample cases for trying the program out: they are never synchronised "
                             "with a central store.");
    for (QAction *a : std::as_const(m_synkhandlinger))
        if (a)
            settTilgjengelig(a, grunn);
}

void Skrivebord::varsleGodkjenningssvar(bool foersteGang)
{
    QList<Flytpost> nye;
    try {
        for (const Flytpost &p : Dokumentflyt(m_store).besvart(Kontorpraksis::sentralbruker(m_vindu->bruker()))) {
            if (m_kjenteSvar.contains(p.steg.id))
                continue;
            m_kjenteSvar.insert(p.steg.id);
            if (!foersteGang) // those already here when the desktop opened are not news
                nye.append(p);
        }
    } catch (const StoreError &) {
        return; // the approval window says what is wrong when opened
    }
    if (nye.isEmpty())
        return;
    m_nyeSvar += int(nye.size());
    if (m_godkjenningHandling)
        m_godkjenningHandling->setText(koetekst());
    m_vindu->statusBar()->showMessage(Godkjenningsvindu::svarmelding(nye), 60000);
}

void Skrivebord::visSynkproblemer()
{
    if (!m_problemvindu) {
        m_problemvindu = new SynkProblemVisning(*m_synkproblemer, m_katalog, m_vindu.get());
        m_problemvindu->setWindowFlag(Qt::Window);
        m_problemvindu->setAttribute(Qt::WA_DeleteOnClose);
        m_problemvindu->setWindowTitle(tr("Sync: conflicts and rejected changes"));
        settStorrelse(m_problemvindu, {1100, 750});
        connect(m_problemvindu, &SynkProblemVisning::antallEndret, m_vindu.get(), &MainWindow::settSynkproblemer);
        connect(m_problemvindu, &SynkProblemVisning::sakEndret, m_vindu.get(), [this](const QString &id) {
            m_vindu->saksliste()->sakLagret(id);
            m_vindu->editor()->lesInnLagret();
        });
    }
    m_problemvindu->lesPaaNytt();
    if (m_synkproblemer->antallKonflikter() == 0 && m_synkproblemer->antallAvviste() > 0)
        m_problemvindu->visAvviste();
    else if (m_synkproblemer->antallKonflikter() == 0 && m_synkproblemer->antallTapteAvskrivninger() > 0)
        m_problemvindu->visTapteAvskrivninger();
    m_problemvindu->show();
    m_problemvindu->raise();
}

// Statistics: its own window, computing off the GUI thread on its own connection.
void Skrivebord::koblStatistikk()
{
    QAction *statistikk = handling(m_vindu->visningsmeny(), [] { return tr("&Statistics…"); });
    statistikk->setObjectName(u"handlingStatistikk"_s);
    connect(statistikk, &QAction::triggered, this, [this] {
        auto *s = new StatistikkVisning(m_store.sti(), m_katalog, m_vindu.get());
        s->setObjectName(u"statistikk"_s);
        s->setWindowFlag(Qt::Window);
        s->setAttribute(Qt::WA_DeleteOnClose);
        s->setWindowTitle(tr("Statistics"));
        settStorrelse(s, {1500, 900});
        s->show();
    });
}

// Follow-up of breaches (Internserien 6/2021): one window, opened from the menu; for an open
// decided BM 5 case with lovbrudd the menu also offers to start its follow-up.
void Skrivebord::koblOppfolging()
{
    m_oppfolging = std::make_unique<OppfolgingRepository>(m_store, *m_repo, m_katalog);
    QMenu *meny = m_vindu->visningsmeny();
    QAction *oppfolging = handling(meny, [] { return tr("&Follow-up of breaches…"); });
    oppfolging->setObjectName(u"handlingOppfolging"_s);
    connect(oppfolging, &QAction::triggered, this, [this] { visOppfolging(); });
    QAction *start = handling(meny, [] { return tr("Start follow-&up of this case's breaches"); });
    start->setObjectName(u"handlingStartOppfolging"_s);
    connect(meny, &QMenu::aboutToShow, this, [this, start] {
        // Disabled with its reason, shown in the status bar (sperregrunn.h).
        const CaseEditor *e = m_vindu->editor();
        QString grunn;
        if (!e->harSak())
            grunn = tr("No case is open: choose one in the list or make a new one.");
        else if (const Problemer p = kanStarteOppfolging(e->sak()); !p.isEmpty() && p.constFirst().felt == u"avsluttet")
            // What to do (issue 10: greyed out after three finalised letters, with no way on).
            grunn = tr("Follow-up starts once the case is decided: finalise the last decision letter with the "
                       "milestone “closed” ticked, or enter the date in Closed and save.");
        else if (!p.isEmpty())
            grunn = p.constFirst().melding.left(1).toUpper() + p.constFirst().melding.mid(1);
        else if (const auto o = m_oppfolging->hent(e->sak().id); o && o->erAvsluttet())
            grunn = tr("The follow-up of this case was closed on %1 (View → Follow-up of breaches…, Show closed follow-ups).")
                        .arg(o->avsluttet.toString(u"dd.MM.yyyy"_s));
        else if (o)
            grunn = tr("The follow-up of this case has already started (View → Follow-up of breaches…).");
        settTilgjengelig(start, grunn);
    });
    connect(start, &QAction::triggered, this, [this] {
        if (m_vindu->editor()->harSak())
            visOppfolging()->startOppfolging(m_vindu->editor()->sak().id);
    });
}

OppfolgingVisning *Skrivebord::visOppfolging()
{
    if (!m_oppfolgingsvindu) {
        m_oppfolgingsvindu = new OppfolgingVisning(*m_oppfolging, *m_repo, m_katalog, m_vindu->bruker(), m_vindu.get());
        m_oppfolgingsvindu->setWindowFlag(Qt::Window);
        m_oppfolgingsvindu->setAttribute(Qt::WA_DeleteOnClose);
        m_oppfolgingsvindu->setWindowTitle(tr("Follow-up of breaches"));
        settStorrelse(m_oppfolgingsvindu, {1300, 800});
        // Closing a follow-up offers the letter telling the service's leadership (DOMAIN.md §3.8).
        connect(m_oppfolgingsvindu, &OppfolgingVisning::avslutningsbrevOnsket, this, [this](const QString &sakId) {
            const std::optional<Tilsynssak> sak = m_repo->hent(sakId);
            if (!sak || !m_aapneBrev)
                return;
            Brevutkast forslag;
            forslag.type = u"oppfolging-avslutning"_s;
            if (const QList<Brevmottaker> mulige = muligeMottakere(*sak, forslag.type); !mulige.isEmpty()) {
                forslag.mottaker = mulige.constFirst();
                forslag.maalform = forslag.mottaker.maalform;
            }
            m_aapneBrev(*sak, &forslag);
        });
    }
    m_oppfolgingsvindu->show();
    m_oppfolgingsvindu->raise();
    m_oppfolgingsvindu->activateWindow(); // the keyboard goes where the caseworker now works
    return m_oppfolgingsvindu;
}

// The journal of the open case (its documents, below its fields) and its history (issue 12).
void Skrivebord::koblJournal()
{
    m_journal = std::make_unique<JournalRepository>(m_store);
    CaseEditor *editor = m_vindu->editor();
    m_journalpanel = new JournalPanel(*m_journal, m_vindu->bruker(), editor);
    editor->leggTilPanel(m_journalpanel, CaseEditor::SideJournal);
    connect(editor, &CaseEditor::tilstandEndret, m_journalpanel, [this, editor] {
        m_journalpanel->visSak(editor->harSak() ? editor->sak().id : QString());
    });
    // A sync may bring the case's saksnummer, its settled document numbers and its letters.
    connect(m_synk, &SynkStyring::oppdatert, m_journalpanel, [this] { m_journalpanel->lesPaaNytt(); });
    if (auto *dokumenter = editor->findChild<DokumentListe *>())
        connect(m_synk, &SynkStyring::oppdatert, dokumenter, &DokumentListe::lesPaaNytt);
    auto visHistorikk = [this, editor] {
        if (!editor->harSak())
            return;
        const Tilsynssak &sak = editor->sak();
        HistorikkVisning d(m_store.db(), sak.id, sak.saksnummer.value_or(sak.id), m_vindu.get());
        d.exec();
    };
    connect(m_journalpanel, &JournalPanel::historikkOnsket, this, visHistorikk);
    QAction *historikk = handling(m_vindu->visningsmeny(), [] { return tr("&History of this case…"); });
    historikk->setObjectName(u"handlingHistorikk"_s);
    historikk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_vindu->visningsmeny(), &QMenu::aboutToShow, this, [this, historikk] {
        settTilgjengelig(historikk, m_vindu->editor()->harSak()
                                        ? QString() : tr("No case is open: choose one in the list or make a new one."));
    });
    connect(historikk, &QAction::triggered, this, visHistorikk);
}

} // namespace tilsyn
