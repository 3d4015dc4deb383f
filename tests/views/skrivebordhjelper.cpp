// A caseworker's process for the tests that need a second, real process (tst_krasj): the real
// desktop (Skrivebord) on a store, with one case opened and one unsaved edit made through the
// editor's undo stack; then it waits (to be killed). Not part of the shipped program.
// Usage: tilsyn_skrivebordhjelper DB CASE-ID TEXT

#include "caseeditor.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "items/sakutkast.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tilsyn;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"tilsynsklient"_s);
    QCoreApplication::setApplicationName(u"tilsynsklient"_s);
    const QStringList a = app.arguments();
    if (a.size() != 4)
        return 2;
    if (!Innstillinger::profilKomplett()) {
        test::fyllProfil();
    }
    Oversettelser oversettelser;
    oversettelser.last(u"nb"_s);
    auto store = Store::aapne(a[1]);
    Skrivebord skrivebord(*store, Katalog::innebygd(), oversettelser);
    skrivebord.start();
    QTimer::singleShot(0, &app, [&] {
        MainWindow *v = skrivebord.vindu();
        v->aapneSak(a[2]);
        v->editor()->utkast()->endre(u"sammendrag"_s, u"test"_s, [&](Tilsynssak &s) {
            s.sammendrag = s.sammendrag.value_or(QString()) + a[3];
        });
        QTextStream(stdout) << "REDIGERT " << v->editor()->sak().id << Qt::endl;
    });
    return app.exec();
}
