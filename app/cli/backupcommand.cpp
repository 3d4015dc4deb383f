// tilsynsklient [--db PATH] backup --out FILE

#include "cli.h"

#include "store/sikkerhetskopi.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int sikkerhetskopier(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Write a consistent copy of the store to FILE (SQLite's online backup: safe "
                                u"while the desktop application has the store open)."_s);
    p.addOption({u"out"_s, u"The backup file to write (replaced only when the copy is complete and checked)."_s,
                 u"FILE"_s});
    p.addHelpOption();
    if (!p.parse(argumenter) || !p.positionalArguments().isEmpty() || (!p.isSet(u"out"_s) && !p.isSet(u"help"_s))) {
        feil() << (p.errorText().isEmpty() ? u"usage: tilsynsklient [--db PATH] backup --out FILE"_s : p.errorText())
               << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    const QString til = p.value(u"out"_s);
    try {
        sikkerhetskopi::taKopi(globalt.db, til);
        ut() << u"backup written to %1"_s.arg(til) << '\n';
        return Ok;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
