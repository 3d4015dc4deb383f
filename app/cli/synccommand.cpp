// tilsynsklient [--db PATH] sync --central CONNINFO

#include "cli.h"
#include "terminalfremdrift.h"

#include "domain/katalog.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"
#include "sync/synkmotor.h"
#include "sync/synkproblemer.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

namespace {

// What waits for a person after the sync, on stderr: every rejected change with its reason, and
// how many conflicts are open (the desktop shows and resolves both).
void rapporterProblemer(const QString &db)
{
    auto store = Store::aapne(db);
    SakRepository repo(*store, Katalog::innebygd());
    const SynkProblemer problemer(*store, repo, Katalog::innebygd(), bruker());
    for (const SynkProblemer::Avvist &a : problemer.avviste()) {
        feil() << u"avvist av sentralen: %1: %2"_s.arg(a.saksnummer.isEmpty() ? a.sakId : a.saksnummer, a.feil)
               << '\n';
    }
    for (const SynkProblemer::TaptAvskrivning &t : problemer.tapteAvskrivninger()) {
        feil() << u"avskrivningen av %1 «%2» ble ikke beholdt (%3); sentralen har: %4"_s.arg(t.dokument, t.tittel, t.mine,
                                                                                            t.deres)
               << '\n';
    }
    if (const int n = problemer.antallKonflikter(); n > 0) {
        feil() << (n == 1 ? u"1 konflikt venter på avgjørelse (Vis → Synkroniseringskonflikter i programmet)"_s
                          : u"%1 konflikter venter på avgjørelse (Vis → Synkroniseringskonflikter i programmet)"_s.arg(n))
               << '\n';
    }
}

} // namespace

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
        // Progress on a terminal only (stderr): ops sent, then cases received.
        QString fase;
        QObject::connect(&motor, &SynkMotor::fremdrift, &motor, [&fase](const QString &f, qint64) { fase = f; });
        Terminalfremdrift vis([&fase](qint64 gjort, qint64 totalt) -> QString {
            return fase == u"push" ? u"synkroniserer: sendt "_s + Terminalfremdrift::antallAv(gjort, totalt, u"endringer"_s)
                                   : u"synkroniserer: hentet "_s + Terminalfremdrift::antallAv(gjort, totalt, u"saker"_s);
        });
        motor.settFremdrift(vis.fremdrift());
        const SynkMotor::Resultat r = motor.synkroniser();
        vis.fjern();
        rapporterProblemer(globalt.db);
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
