#include "gui.h"

#include "caseeditor.h"
#include "domain/katalog.h"
#include "io/eksempellager.h"
#include "items/innstillinger.h"
#include "items/oppfolgingmodell.h"
#include "items/saklistemodel.h"
#include "items/sakutkast.h"
#include "brevdialog.h"
#include "brevvisning.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "mainwindow.h"
#include "oppfolgingvisning.h"
#include "statistikkvisning.h"
#include "store/oppfolgingrepository.h"
#include "synkproblemvisning.h"
#include "synkstyring.h"
#include "vindusstorrelse.h"
#include "sentraldialog.h"
#include "sync/synkproblemer.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include "innstillingerdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QTranslator>
#include <QTextStream>
#include <QTimer>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString brukernavn()
{
    const QString navn = qEnvironmentVariable("USER");
    return navn.isEmpty() ? u"ukjent"_s : navn;
}

// The UI language: the setting, else the system locale; Norwegian bokmål by default.
QString spraak()
{
    const QString valgt = Innstillinger::spraak.verdi();
    if (!valgt.isEmpty())
        return valgt;
    switch (QLocale::system().language()) {
    case QLocale::NorwegianNynorsk: return u"nn"_s;
    case QLocale::English: return u"en"_s;
    default: return u"nb"_s;
    }
}

// Installs the program's and Qt's own translations (replacing earlier ones). Debian ships no
// qtbase_nb, so bokmål uses qtbase_nn for Qt's standard dialogs (TOOLCHAIN gotcha 6).
void lastOversettelser(QTranslator &program, QTranslator &qt)
{
    QCoreApplication::removeTranslator(&program);
    QCoreApplication::removeTranslator(&qt);
    const QString s = spraak();
    QLocale::setDefault(QLocale(s == u"en" ? u"en_GB"_s : s + u"_NO"_s));
    if (program.load(u":/i18n/tilsynsklient_%1.qm"_s.arg(s)))
        QCoreApplication::installTranslator(&program);
    const QString qtSpraak = s == u"nb" ? u"nn"_s : s;
    if (s != u"en" && qt.load(u"qtbase_"_s + qtSpraak, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

// ---- TEST HOOK (used only by tests/views/tst_krasj) -------------------------------------------
// TILSYN_TEST_SCRIPT="rediger:<id>:<text>" opens case <id> and appends <text> to its sammendrag
// (one unsaved edit, autosaved to the recovery folder); the test then kills the process.
// TILSYN_TEST_SCRIPT="skjermbilde:<velkomst|hovedvindu|bm5|synkproblemer>:<file.png>" renders the
// window (for bm5: the editor on the first BM 5 case; synkproblemer: the sync problems window;
// hovedvindu:<file>:<id>: with case <id> open) to a PNG with QWidget::grab() and quits
// (scripts/screenshots.sh).
// TILSYN_TEST_SCRIPT="gjenopprett" answers the recovery offer with yes, prints what was offered
// and restored on stdout, and quits.
// TILSYN_TEST_SCRIPT="oppfolging:<id>" opens case <id>, shows the View menu, prints whether its
// follow-up can start, starts it through the menu, prints the open follow-ups the window lists,
// and quits. Without the variable nothing here runs.
void kjoerTestskript(MainWindow &vindu, const QString &skript)
{
    QTextStream ut(stdout);
    if (skript.startsWith(u"oppfolging:"_s)) {
        vindu.aapneSak(skript.section(u':', 1));
        emit vindu.visningsmeny()->aboutToShow();
        auto *start = vindu.findChild<QAction *>(u"handlingStartOppfolging"_s);
        auto *meny = vindu.findChild<QAction *>(u"handlingOppfolging"_s);
        ut << "MENY " << (meny ? meny->text() : QString()) << Qt::endl;
        ut << "KAN_STARTE " << (start && start->isEnabled() ? 1 : 0) << Qt::endl;
        if (start && start->isEnabled())
            start->trigger();
        auto *visning = vindu.findChild<OppfolgingVisning *>();
        ut << "OPPFOLGINGER " << (visning ? visning->modell()->rowCount() : -1) << Qt::endl;
        ut << "VALGT " << (visning ? visning->valgtSak() : QString()) << Qt::endl;
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    } else if (skript.startsWith(u"rediger:"_s)) {
        const QStringList d = skript.split(u':');
        vindu.aapneSak(d.value(1));
        vindu.editor()->utkast()->endre(u"sammendrag"_s, u"test"_s, [&](Tilsynssak &s) {
            s.sammendrag = s.sammendrag.value_or(QString()) + d.value(2);
        });
        ut << "REDIGERT " << vindu.editor()->sak().id << Qt::endl;
    } else if (skript.startsWith(u"skjermbilde:"_s)) {
        const QStringList d = skript.split(u':');
        if (d.value(1) == u"bm5") {
            SakFilter f;
            f.behandlingsmaate = 5;
            vindu.saksliste()->settFilter(f);
            vindu.aapneSak(vindu.saksliste()->id(0));
            QCoreApplication::processEvents();
            vindu.editor()->visFelt(u"vurderinger"_s);
        }
        QWidget *motiv = &vindu;
        if (d.value(1) == u"hovedvindu" && !d.value(3).isEmpty()) // with a case open
            vindu.aapneSak(d.value(3));
        if (d.value(1) == u"oppfolging") { // the follow-up window, on the case given as d[3]
            vindu.aapneSak(d.value(3));
            emit vindu.visningsmeny()->aboutToShow();
            if (auto *start = vindu.findChild<QAction *>(u"handlingStartOppfolging"_s); start && start->isEnabled())
                start->trigger();
            if (auto *visning = vindu.findChild<OppfolgingVisning *>())
                motiv = visning->window();
        }
        if (d.value(1) == u"synkproblemer") { // the sync problems window, first conflict, "keep mine" chosen
            if (auto *handling = vindu.findChild<QAction *>(u"handlingSynkproblemer"_s))
                handling->trigger();
            if (auto *visning = vindu.findChild<SynkProblemVisning *>()) {
                if (auto *mine = visning->findChild<QAbstractButton *>(u"velgMine"_s); mine && mine->isEnabled())
                    mine->click();
                motiv = visning->window();
            }
        }
        QCoreApplication::processEvents();
        const bool ok = motiv->grab().save(d.value(2));
        ut << (ok ? "SKJERMBILDE " : "FEIL ") << d.value(2) << Qt::endl;
        QTimer::singleShot(0, qApp, [ok] { QCoreApplication::exit(ok ? 0 : 1); });
    } else if (skript == u"gjenopprett") {
        vindu.tilbyGjenoppretting([&](const QString &spoersmaal) {
            ut << "TILBUDT " << spoersmaal << Qt::endl;
            return true;
        });
        if (vindu.editor()->harSak()) {
            ut << "SAK " << vindu.editor()->sak().id << Qt::endl;
            ut << "SAMMENDRAG " << vindu.editor()->sak().sammendrag.value_or(QString()) << Qt::endl;
            ut << "ULAGRET " << (vindu.editor()->erEndret() ? 1 : 0) << Qt::endl;
        }
        // exit(), not quit(): quit() would close the window and ask about the unsaved changes
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
}
// ---- end of TEST HOOK -------------------------------------------------------------------------

} // namespace

int kjoerGui(int &argc, char **argv, const QString &dbSti)
{
    QApplication app(argc, argv);
    Innstillinger::migrer();
    QTranslator program, qt;
    lastOversettelser(program, qt);
    std::unique_ptr<Store> store;
    try {
        store = Store::aapne(dbSti);
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("tilsyn::Gui", "Tilsynsklient"),
                              QApplication::translate("tilsyn::Gui", "The case store could not be opened:\n%1")
                                  .arg(e.melding()));
        return 1;
    }
    const Katalog &katalog = Katalog::innebygd();
    store->registrerKatalog(katalog);
    SakRepository repo(*store, katalog);
    MainWindow vindu(*store, repo, katalog, brukernavn());
    QObject::connect(&vindu, &MainWindow::spraakEndret, &vindu, [&] { lastOversettelser(program, qt); });

    // Letters: Print… on the open case opens its letters (templates from the office folder, if set).
    const Brevmalkilde maler(QSettings().value(u"brev/malmappe"_s).toString());
    BrevRepository brevarkiv(*store);
    QObject::connect(&vindu, &MainWindow::brevOnsket, &vindu, [&](const Tilsynssak &sak) {
        BrevDialog d(sak, katalog, maler, &brevarkiv, brukernavn(), &vindu);
        d.visning()->settSaker(&repo);
        QObject::connect(d.visning(), &Brevvisning::sakEndret, &vindu, [&](const QString &id) {
            vindu.saksliste()->sakLagret(id);
            vindu.aapneSak(id); // shows the recorded milestone (asks first if there are unsaved edits)
        });
        d.exec();
    });
    // Sync with the central store: on its own thread, on start, every few minutes and on request.
    SynkStyring synk(store->sti(), brukernavn());
    QObject::connect(&synk, &SynkStyring::status, &vindu, &MainWindow::settSynkstatus);
    // What sync leaves for a person (conflicts, rejected changes): a status-bar button and a window.
    SynkProblemer synkproblemer(*store, repo, katalog, brukernavn());
    QPointer<SynkProblemVisning> problemvindu;
    auto oppdaterProblemer = [&] {
        try {
            vindu.settSynkproblemer(synkproblemer.antallKonflikter(), synkproblemer.antallAvviste());
        } catch (const StoreError &e) {
            vindu.settSynkstatus(e.melding());
        }
        if (problemvindu)
            problemvindu->lesPaaNytt();
    };
    auto visProblemer = [&] {
        if (!problemvindu) {
            problemvindu = new SynkProblemVisning(synkproblemer, katalog, &vindu);
            problemvindu->setWindowFlag(Qt::Window);
            problemvindu->setAttribute(Qt::WA_DeleteOnClose);
            problemvindu->setWindowTitle(QApplication::translate("tilsyn::Gui", "Sync: conflicts and rejected changes"));
            settStorrelse(problemvindu, {1100, 750});
            QObject::connect(problemvindu, &SynkProblemVisning::antallEndret, &vindu, &MainWindow::settSynkproblemer);
            QObject::connect(problemvindu, &SynkProblemVisning::sakEndret, &vindu, [&](const QString &id) {
                vindu.saksliste()->sakLagret(id);
                vindu.editor()->lesInnLagret();
            });
        }
        problemvindu->lesPaaNytt();
        if (synkproblemer.antallKonflikter() == 0 && synkproblemer.antallAvviste() > 0)
            problemvindu->visAvviste();
        problemvindu->show();
        problemvindu->raise();
    };
    QObject::connect(&vindu, &MainWindow::synkproblemerOnsket, &vindu, visProblemer);
    vindu.settSakensSynkproblemer([&](const QString &id) {
        try {
            return synkproblemer.forSak(id);
        } catch (const StoreError &) {
            return std::pair{0, 0};
        }
    });
    QObject::connect(&synk, &SynkStyring::oppdatert, &vindu, [&](int pushet, int hentet, int, int) {
        if (pushet > 0 || hentet > 0) {
            vindu.saksliste()->lesPaaNytt(); // new saksnummer, pulled cases
            vindu.editor()->lesInnLagret(); // the open case, keeping unsaved edits on top
        }
        oppdaterProblemer();
    });
    oppdaterProblemer();
    QAction *synkNaa = vindu.visningsmeny()->addAction(QApplication::translate("tilsyn::Gui", "S&ynchronise now"));
    synkNaa->setObjectName(u"handlingSynkroniser"_s);
    synkNaa->setShortcut(QKeySequence(u"F5"_s));
    QObject::connect(synkNaa, &QAction::triggered, &synk, &SynkStyring::synkroniserNaa);
    QAction *problemer =
        vindu.visningsmeny()->addAction(QApplication::translate("tilsyn::Gui", "Sync c&onflicts and rejected changes…"));
    problemer->setObjectName(u"handlingSynkproblemer"_s);
    QObject::connect(problemer, &QAction::triggered, &vindu, visProblemer);
    QAction *sentral = vindu.visningsmeny()->addAction(QApplication::translate("tilsyn::Gui", "&Central store…"));
    sentral->setObjectName(u"handlingSentral"_s);
    QObject::connect(sentral, &QAction::triggered, &vindu, [&] {
        SentralDialog d(synk.conninfo(), &vindu); // writes sentral/conninfo; the password only to the keychain
        if (d.exec() == QDialog::Accepted && !Eksempellager::erEksempellager(*store))
            synk.settConninfo(d.conninfo());
    });
    // sample cases: an example store is never synced; "Load sample cases" opens a window on one
    if (!Eksempellager::erEksempellager(*store))
        synk.settConninfo(QSettings().value(u"sentral/conninfo"_s).toString());
    QObject::connect(&vindu, &MainWindow::eksempellagerLaget, &vindu, [](const QString &sti) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--db"_s, sti});
    });

    // Statistics: its own window, computing off the GUI thread on its own connection.
    QAction *statistikk = vindu.visningsmeny()->addAction(QApplication::translate("tilsyn::Gui", "&Statistics…"));
    statistikk->setObjectName(u"handlingStatistikk"_s);
    QObject::connect(statistikk, &QAction::triggered, &vindu, [&] {
        auto *s = new StatistikkVisning(store->sti(), katalog, &vindu);
        s->setWindowFlag(Qt::Window);
        s->setAttribute(Qt::WA_DeleteOnClose);
        s->setWindowTitle(QApplication::translate("tilsyn::Gui", "Statistics"));
        settStorrelse(s, {1500, 900});
        s->show();
    });
    // Follow-up of breaches (Internserien 6/2021): one window, opened from the menu; for an open
    // decided BM 5 case with lovbrudd the menu also offers to start its follow-up.
    OppfolgingRepository oppfolging(*store, repo);
    QPointer<OppfolgingVisning> oppfolgingsvindu;
    auto visOppfolging = [&]() -> OppfolgingVisning * {
        if (!oppfolgingsvindu) {
            oppfolgingsvindu = new OppfolgingVisning(oppfolging, repo, katalog, brukernavn(), &vindu);
            oppfolgingsvindu->setWindowFlag(Qt::Window);
            oppfolgingsvindu->setAttribute(Qt::WA_DeleteOnClose);
            oppfolgingsvindu->setWindowTitle(QApplication::translate("tilsyn::Gui", "Follow-up of breaches"));
            settStorrelse(oppfolgingsvindu, {1300, 800});
        }
        oppfolgingsvindu->show();
        oppfolgingsvindu->raise();
        return oppfolgingsvindu;
    };
    QAction *oppfolgingHandling =
        vindu.visningsmeny()->addAction(QApplication::translate("tilsyn::Gui", "&Follow-up of breaches…"));
    oppfolgingHandling->setObjectName(u"handlingOppfolging"_s);
    QObject::connect(oppfolgingHandling, &QAction::triggered, &vindu, [&] { visOppfolging(); });
    QAction *startOppfolging =
        vindu.visningsmeny()->addAction(QApplication::translate("tilsyn::Gui", "Start follow-up of this case's breaches"));
    startOppfolging->setObjectName(u"handlingStartOppfolging"_s);
    QObject::connect(vindu.visningsmeny(), &QMenu::aboutToShow, &vindu, [&] {
        const bool kan = vindu.editor()->harSak() && kanStarteOppfolging(vindu.editor()->sak()).isEmpty()
                         && !oppfolging.hent(vindu.editor()->sak().id);
        startOppfolging->setEnabled(kan);
    });
    QObject::connect(startOppfolging, &QAction::triggered, &vindu, [&] {
        if (vindu.editor()->harSak())
            visOppfolging()->startOppfolging(vindu.editor()->sak().id);
    });
    vindu.show();
    const QString testskript = qEnvironmentVariable("TILSYN_TEST_SCRIPT");
    if (!testskript.isEmpty()) {
        QTimer::singleShot(0, &vindu, [&] { kjoerTestskript(vindu, testskript); });
    } else {
        QTimer::singleShot(0, &vindu, [&] {
            if (!Innstillinger::profilSpurt.verdi()) { // first start: ask once for the profile
                InnstillingerDialog d(katalog, &vindu);
                d.setWindowTitle(QApplication::translate("tilsyn::Gui", "Your profile"));
                if (d.exec() != QDialog::Accepted)
                    Innstillinger::profilSpurt.sett(true);
                lastOversettelser(program, qt);
            }
            vindu.tilbyGjenoppretting();
        });
    }
    return app.exec();
}

} // namespace tilsyn
