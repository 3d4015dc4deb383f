#include "gui.h"

#include "mainwindow.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QMessageBox>

namespace tilsyn {

int kjoerGui(int &argc, char **argv, const QString &dbSti)
{
    QApplication app(argc, argv);
    std::unique_ptr<Store> store;
    try {
        store = Store::aapne(dbSti);
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("tilsyn::Gui", "Tilsynsklient"),
                              QApplication::translate("tilsyn::Gui", "The case store could not be opened:\n%1")
                                  .arg(e.melding()));
        return 1;
    }
    MainWindow vindu(*store);
    vindu.show();
    return app.exec();
}

} // namespace tilsyn
