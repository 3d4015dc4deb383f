#include "gui.h"

#include "domain/katalog.h"
#include "enkeltinstans.h"
#include "items/innstillinger.h"
#include "oversettelser.h"
#include "plattform.h"
#include "skrivebord.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QMessageBox>

namespace tilsyn {

int kjoerGui(int &argc, char **argv, const QString &dbSti)
{
    QApplication app(argc, argv);
    Innstillinger::migrer();
    Oversettelser oversettelser;
    oversettelser.last();
    const QString tittel = QApplication::translate("tilsyn::Gui", "Tilsynsklient");

    // One instance per store: a second start brings the first window to the front.
    EnkeltInstans instans(dbSti, plattform::kontoId());
    switch (instans.start()) {
    case EnkeltInstans::Utfall::Foerste: break;
    case EnkeltInstans::Utfall::Varslet: return 0;
    case EnkeltInstans::Utfall::Opptatt:
        QMessageBox::information(nullptr, tittel,
                                 QApplication::translate("tilsyn::Gui", "The case store %1 is already open in Tilsynsklient: %2.")
                                     .arg(dbSti, instans.eier()));
        return 1;
    case EnkeltInstans::Utfall::Feil:
        QMessageBox::critical(nullptr, tittel,
                              QApplication::translate("tilsyn::Gui", "The case store %1 could not be locked: %2.")
                                  .arg(dbSti, instans.eier()));
        return 1;
    }
    std::unique_ptr<Store> store;
    try {
        store = Store::aapne(dbSti);
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, tittel,
                              QApplication::translate("tilsyn::Gui", "The case store could not be opened:\n%1").arg(e.melding()));
        return 1;
    }
    const Katalog &katalog = Katalog::innebygd();
    store->registrerKatalog(katalog);
    Skrivebord skrivebord(*store, katalog, oversettelser);
    QObject::connect(&instans, &EnkeltInstans::fremSoekt, &skrivebord, &Skrivebord::fremst);
    // Until the main window shows, closing the first-run profile dialog must not end the program
    // by itself: refusing the profile does, explicitly.
    app.setQuitOnLastWindowClosed(false);
    QObject::connect(&skrivebord, &Skrivebord::vist, &app, [&app] { app.setQuitOnLastWindowClosed(true); });
    QObject::connect(&skrivebord, &Skrivebord::profilAvslaatt, &app, [] { QCoreApplication::exit(0); });
    skrivebord.start();
    return app.exec();
}

} // namespace tilsyn
