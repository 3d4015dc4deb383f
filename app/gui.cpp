#include "gui.h"

#include "caseeditor.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "items/sakutkast.h"
#include "mainwindow.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QMessageBox>
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

// ---- TEST HOOK (used only by tests/views/tst_krasj) -------------------------------------------
// TILSYN_TEST_SCRIPT="rediger:<id>:<text>" opens case <id> and appends <text> to its sammendrag
// (one unsaved edit, autosaved to the recovery folder); the test then kills the process.
// TILSYN_TEST_SCRIPT="gjenopprett" answers the recovery offer with yes, prints what was offered
// and restored on stdout, and quits. Without the variable nothing here runs.
void kjoerTestskript(MainWindow &vindu, const QString &skript)
{
    QTextStream ut(stdout);
    if (skript.startsWith(u"rediger:"_s)) {
        const QStringList d = skript.split(u':');
        vindu.aapneSak(d.value(1));
        vindu.editor()->utkast()->endre(u"sammendrag"_s, u"test"_s, [&](Tilsynssak &s) {
            s.sammendrag = s.sammendrag.value_or(QString()) + d.value(2);
        });
        ut << "REDIGERT " << vindu.editor()->sak().id << Qt::endl;
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
    vindu.show();
    const QString testskript = qEnvironmentVariable("TILSYN_TEST_SCRIPT");
    if (!testskript.isEmpty())
        QTimer::singleShot(0, &vindu, [&] { kjoerTestskript(vindu, testskript); });
    else
        QTimer::singleShot(0, &vindu, [&] { vindu.tilbyGjenoppretting(); });
    return app.exec();
}

} // namespace tilsyn
