// tilsynsklient central init --central CONNINFO

#include "cli.h"

#include "sync/sentralfeil.h"
#include "sync/sentralskjema.h"
#include "sync/sentraltilkobling.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int sentral(const Globalt &, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Create or upgrade the central schema (idempotent; refuses to downgrade)."_s);
    p.addPositionalArgument(u"init"_s, u"The action: init."_s);
    p.addOption({u"central"_s, u"libpq connection string of an administrator (host=… dbname=… user=…)."_s,
                 u"CONNINFO"_s});
    p.addHelpOption();
    const QString bruk = u"usage: tilsynsklient central init --central CONNINFO"_s;
    if (!p.parse(argumenter)) {
        feil() << p.errorText() << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    if (p.positionalArguments() != QStringList{u"init"_s} || !p.isSet(u"central"_s)) {
        feil() << bruk << '\n';
        return Ugyldig;
    }
    const QString conninfo = p.value(u"central"_s);
    if (const QString galt = SentralTilkobling::kontroller(conninfo); !galt.isEmpty()) {
        feil() << u"--central: %1"_s.arg(galt) << '\n';
        return Ugyldig;
    }
    try {
        const SentralTilkobling t(conninfo);
        QStringList endringer;
        const int fra = SentralSkjema::installer(t, &endringer);
        const int til = SentralSkjema::programversjon();
        // Says what it did: nothing for a store already at this version.
        if (fra == 0) {
            ut() << u"installed central schema version %1"_s.arg(til) << '\n';
        } else if (fra < til) {
            ut() << u"upgraded central schema from version %1 to %2"_s.arg(fra).arg(til) << '\n';
            for (const QString &e : std::as_const(endringer))
                ut() << u"  "_s << e << '\n';
        }
        return Ok;
    } catch (const SentralFeil &e) {
        feil() << e.melding() << '\n';
        return e.art() == SentralFeil::Art::Ugyldig ? Ugyldig : Driftsfeil;
    }
}

} // namespace tilsyn::cli
