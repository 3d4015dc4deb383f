#include "gui.h"

#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "mainwindow.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QMessageBox>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString brukernavn()
{
    const QString navn = qEnvironmentVariable("USER");
    return navn.isEmpty() ? u"ukjent"_s : navn;
}

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
    return app.exec();
}

} // namespace tilsyn
