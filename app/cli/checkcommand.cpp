// tilsynsklient [--db PATH] check

#include "cli.h"

#include "domain/katalog.h"
#include "store/lagerkontroll.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int kontroller(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Check the store: SQLite's integrity check and foreign keys, every case valid, "
                                u"the derived columns as computed, an audit row for every case. Prints \"ok\" "
                                u"(exit 0) or one line per problem (exit 1)."_s);
    p.addHelpOption();
    if (!p.parse(argumenter) || !p.positionalArguments().isEmpty()) {
        feil() << (p.errorText().isEmpty() ? u"usage: tilsynsklient [--db PATH] check"_s : p.errorText()) << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    if (!QFileInfo(globalt.db).isFile()) { // a check never creates a store
        feil() << u"lageret %1 finnes ikke"_s.arg(globalt.db) << '\n';
        return Driftsfeil;
    }
    try {
        auto store = Store::aapne(globalt.db);
        const QStringList problemer = kontrollerLager(*store, Katalog::innebygd());
        for (const QString &problem : problemer)
            ut() << problem << '\n';
        if (problemer.isEmpty())
            ut() << "ok\n";
        return problemer.isEmpty() ? Ok : Driftsfeil;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
