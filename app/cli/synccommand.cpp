// tilsynsklient [--db PATH] sync --central CONNINFO

#include "cli.h"

#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"
#include "sync/synkmotor.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

int synkroniser(const Globalt &globalt, const QStringList &argumenter)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Push local changes to the central store and pull its changes, once."_s);
    p.addOption({u"central"_s, u"libpq connection string (host=… dbname=… user=…); the password comes from "
                               u"PGPASSWORD or ~/.pgpass."_s, u"CONNINFO"_s});
    p.addHelpOption();
    if (!p.parse(argumenter) || !p.positionalArguments().isEmpty() || (!p.isSet(u"central"_s) && !p.isSet(u"help"_s))) {
        feil() << (p.errorText().isEmpty() ? u"usage: tilsynsklient [--db PATH] sync --central CONNINFO"_s : p.errorText())
               << '\n';
        return Ugyldig;
    }
    if (p.isSet(u"help"_s)) {
        ut() << p.helpText();
        return Ok;
    }
    const QString conninfo = p.value(u"central"_s);
    if (const QString galt = SentralTilkobling::kontroller(conninfo); !galt.isEmpty()) {
        feil() << u"--central: %1"_s.arg(galt) << '\n';
        return Ugyldig;
    }
    try {
        SynkMotor motor(globalt.db, conninfo, bruker());
        const SynkMotor::Resultat r = motor.synkroniser();
        if (r.avvist > 0)
            feil() << u"%1 endringer ble avvist av sentralen (se utboksen)"_s.arg(r.avvist) << '\n';
        if (r.avvik > 0)
            feil() << u"advarsel: %1 embeter stemmer ikke med sentralens sammendrag etter ny henting"_s.arg(r.avvik) << '\n';
        ut() << u"pushed %1, pulled %2, conflicts %3"_s.arg(r.pushet).arg(r.hentet).arg(r.konflikter) << '\n';
        return Ok;
    } catch (const SentralFeil &e) {
        feil() << e.melding() << '\n';
        return e.art() == SentralFeil::Art::Ugyldig ? Ugyldig : Driftsfeil;
    } catch (const StoreError &e) {
        feil() << e.melding() << '\n';
        return Driftsfeil;
    }
}

} // namespace tilsyn::cli
