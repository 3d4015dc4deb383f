#include "lagerkontroll.h"

#include "domain/katalog.h"
#include "domain/validering.h"
#include "store/avledet.h"
#include "store/rapportfakta.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDate>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString dato(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString vis(const QString &s)
{
    return s.isEmpty() ? u"(tom)"_s : u"«%1»"_s.arg(s);
}

QStringList sqliteKontroll(const QSqlDatabase &db)
{
    QStringList ut;
    QSqlQuery q(db);
    kjoer(q, u"PRAGMA integrity_check"_s, "kan ikke kontrollere lageret");
    while (q.next()) {
        if (const QString linje = q.value(0).toString(); linje != u"ok")
            ut.append(u"integrity_check: %1"_s.arg(linje));
    }
    kjoer(q, u"PRAGMA foreign_key_check"_s, "kan ikke kontrollere fremmednøkler");
    while (q.next()) {
        ut.append(u"foreign_key_check: en rad i %1 (rowid %2) peker på en manglende rad i %3"_s.arg(
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    return ut;
}

} // namespace

QStringList kontrollerLager(Store &store, const Katalog &katalog)
{
    const QSqlDatabase db = store.db();
    QStringList ut = sqliteKontroll(db);
    if (!ut.isEmpty() && ut.constFirst().startsWith(u"integrity_check"_s))
        return ut; // a damaged file: reading the cases would only add noise (or fail)
    if (store.versjon() != Store::skjemaversjon())
        ut.append(u"skjema: versjon %1, programmet skriver versjon %2"_s.arg(store.versjon()).arg(Store::skjemaversjon()));

    // The derived columns as stored, in the same id order as SakRepository::forHver.
    QSqlQuery lagret(db);
    lagret.setForwardOnly(true);
    kjoer(lagret, u"SELECT id, frist_dato, milepel_dato, objekt_navn, soketekst FROM tilsynssak ORDER BY id"_s,
          "kan ikke lese sakene");
    Valideringsvalg valg;
    valg.tillatHistoriskBm = true; // imported historical cases may have BM 0
    const SakRepository repo(store, katalog);
    repo.forHver([&](const Tilsynssak &sak) {
        const QString ref = sak.saksnummer ? u"sak %1 %2"_s.arg(sak.embete, *sak.saksnummer) : u"sak %1"_s.arg(sak.id);
        for (const Problem &p : valider(sak, katalog, valg))
            ut.append(u"%1: %2: %3"_s.arg(ref, p.felt, p.melding));
        if (!lagret.next() || lagret.value(0).toString() != sak.id) {
            ut.append(u"%1: raden kunne ikke leses"_s.arg(ref));
            return;
        }
        const AvledeteKolonner a = avledeteKolonner(sak, katalog);
        const QString faktisk[] = {lagret.value(1).toString(), lagret.value(2).toString(),
                                   lagret.value(3).toString(), lagret.value(4).toString()};
        const QString forventet[] = {dato(a.fristDato), dato(a.milepel), a.objektNavn, a.soketekst};
        const char *kolonner[] = {"frist_dato", "milepel_dato", "objekt_navn", "soketekst"};
        for (int i = 0; i < 4; ++i) {
            if (faktisk[i] != forventet[i])
                ut.append(u"%1: %2 er %3, men skal være %4"_s.arg(ref, QLatin1StringView(kolonner[i]),
                                                                  vis(faktisk[i]), vis(forventet[i])));
        }
    });

    QSqlQuery q(db);
    kjoer(q, u"SELECT coalesce(embete || ' ' || saksnummer, id) FROM tilsynssak t "
             u"WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.sak_id = t.id) "
             // a version from the central store's bulk first sync: its history there is the trail
             u"AND NOT EXISTS (SELECT 1 FROM sync_sak g WHERE g.sak_id = t.id) ORDER BY id"_s,
          "kan ikke lese revisjonssporet");
    while (q.next())
        ut.append(u"sak %1: mangler revisjonsspor (ingen audit-rad)"_s.arg(q.value(0).toString()));
    // The report facts (migration 039) are derived: they must be what the cases give.
    if (const qint64 avvik = store.versjon() == Store::skjemaversjon() ? Rapportfakta::avvik(db) : 0; avvik > 0)
        ut.append(u"rapportgrunnlag: %1 rader i rapport_sak/rapport_restanse stemmer ikke med sakene"_s.arg(avvik));
    return ut;
}

} // namespace tilsyn
