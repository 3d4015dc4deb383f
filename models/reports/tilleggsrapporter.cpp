// The office's own figures beyond the annual report's tables: temaer per tilsynsobjekttype,
// kilder, restanser and behandlingstid. Part of Rapportmotor (rapportmotor.h).

#include "rapportmotor.h"

#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "items/sakfilter.h"
#include "rapportsql.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;
using rapportsql::kjoerSql;

namespace {

// The sektor's entries in catalogue order, then codes found in the data that it does not list.
QStringList koderFor(const Katalog &katalog, Liste liste, const QString &sektor, const QSet<QString> &funnet)
{
    QStringList ut;
    for (const KatalogPost &p : katalog.forSektor(liste, sektor))
        ut.append(p.kode);
    QStringList ukjente;
    for (const QString &k : funnet) {
        if (!ut.contains(k))
            ukjente.append(k);
    }
    std::sort(ukjente.begin(), ukjente.end());
    return ut + ukjente;
}

QStringList embeterFor(const Katalog &katalog, const QSet<QString> &funnet)
{
    QStringList ut;
    for (const KatalogPost &p : katalog.poster(Liste::Embete)) {
        if (funnet.contains(p.kode))
            ut.append(p.kode);
    }
    QStringList ukjente;
    for (const QString &k : funnet) {
        if (!ut.contains(k))
            ukjente.append(k);
    }
    std::sort(ukjente.begin(), ukjente.end());
    return ut + ukjente;
}

QVariant heltEllerDesimal(const QVariant &v)
{
    if (v.isNull())
        return {};
    const double d = v.toDouble();
    return d == std::floor(d) ? QVariant(qint64(d)) : QVariant(d);
}

} // namespace

Rapporttabell Rapportmotor::temaer(const Rapportvalg &valg) const
{
    // One range scan over the report facts (rapport_sak): the closed cases grouped by their lists
    // of temaer and object types, a few hundred combinations, counted here per (tema, type) and
    // per tema; each code once per case (a case with objects of two types is one case of the tema).
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT f.temaer, f.typer, count(*) FROM rapport_sak f WHERE "_s
                               + rapportsql::faktaIPerioden(valg)
                               + u" AND f.temaer <> '' GROUP BY f.temaer, f.typer"_s,
                           valg);
    QHash<QString, QHash<QString, qint64>> perTema;
    QSet<QString> typer;
    QHash<QString, qint64> iAlt;
    while (q.next()) {
        const QStringList saksTyper = rapportsql::faktaliste(q.value(1).toString(), true);
        const qint64 n = q.value(2).toLongLong();
        for (const QString &tema : rapportsql::faktaliste(q.value(0).toString(), true)) {
            iAlt[tema] += n;
            QHash<QString, qint64> &rad = perTema[tema];
            for (const QString &type : saksTyper) {
                rad[type] += n;
                typer.insert(type);
            }
        }
    }

    const QStringList typeKoder = koderFor(m_katalog, Liste::Objekttype, valg.sektor, typer);
    Rapporttabell t{u"temaer"_s, QStringList{u"tema"_s, u"tekst"_s} + typeKoder + QStringList{u"i_alt"_s}, {}};
    const QStringList temaKoder = koderFor(m_katalog, Liste::Tema, valg.sektor, {iAlt.keyBegin(), iAlt.keyEnd()});
    for (const QString &tema : temaKoder) {
        if (!iAlt.contains(tema))
            continue;
        QVariantList rad{tema, m_katalog.navn(Liste::Tema, tema)};
        for (const QString &type : typeKoder)
            rad.append(perTema.value(tema).value(type));
        rad.append(iAlt.value(tema));
        t.rader.append(rad);
    }
    return t;
}

Rapporttabell Rapportmotor::kilder(const Rapportvalg &valg) const
{
    // The closed cases grouped by their list of kilder (the report facts, rapport_sak); every
    // closed case has a row, so the sum of the counts is the number of cases closed in the period.
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT f.kilder, count(*) FROM rapport_sak f WHERE "_s + rapportsql::faktaIPerioden(valg)
                               + u" GROUP BY f.kilder"_s,
                           valg);
    QHash<QString, qint64> perKilde;
    qint64 saker = 0;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        saker += n;
        for (const QString &kilde : rapportsql::faktaliste(q.value(0).toString(), true))
            perKilde[kilde] += n;
    }

    Rapporttabell t{u"kilder"_s, {u"kilde"_s, u"tekst"_s, u"saker"_s, u"andel"_s}, {}};
    for (const QString &kilde : koderFor(m_katalog, Liste::Kilde, valg.sektor, {perKilde.keyBegin(), perKilde.keyEnd()})) {
        if (perKilde.contains(kilde))
            t.rader.append({kilde, m_katalog.navn(Liste::Kilde, kilde), perKilde.value(kilde),
                            andel(perKilde.value(kilde), saker)});
    }
    t.rader.append({u"alle_saker"_s, QString(), saker, QVariant()});
    return t;
}

Rapporttabell Rapportmotor::restanser(const Rapportvalg &valg) const
{
    // A case is open on a day when it was received on or before it and not closed by its end.
    // Every named parameter appears once (in p) so the driver binds each once.
    const QString kunEmbete = valg.embete.isEmpty() ? QString() : u" AND t.embete = p.embete"_s;
    QString sql;
    if (valg.erHeltAar()) {
        // A calendar year: the counts kept per (received, closed, frist and milestone year) by
        // the triggers of migration 039 (rapport_restanse, whose comment derives these sums).
        sql = u"WITH p(sektor, embete, aar, til) AS (SELECT :sektor, :embete, CAST(substr(:fra, 1, 4) AS INTEGER), :til) "
              u"SELECT t.embete, sum(t.antall * (t.m_aar < p.aar)), sum(t.antall * (t.m_aar = p.aar)), "
              u"sum(t.antall * (t.a_aar = p.aar)), sum(t.antall * (t.a_aar > p.aar)), "
              u"sum(t.antall * (t.a_aar > p.aar AND t.g_aar <= p.aar AND p.aar < t.h_aar)) "
              u"FROM p, rapport_restanse t WHERE t.sektor = p.sektor AND t.m_aar <= p.aar AND t.a_aar >= p.aar "
              u"AND t.antall > 0"_s + kunEmbete + u" GROUP BY t.embete"_s;
    } else {
        // Any other period: the population read as two index ranges, each aggregated per embete
        // on its own (still open; closed on or after fra); the two rows of an embete are added.
        const QString fra = u" FROM p, tilsynssak t WHERE t.sektor = p.sektor AND t.mottatt <= p.til"_s + kunEmbete;
        const QString overFrist = u"t.frist_dato < p.til AND (t.milepel_dato IS NULL OR t.milepel_dato > p.til)"_s;
        sql = u"WITH p(sektor, embete, fra, til) AS (SELECT :sektor, :embete, :fra, :til) "
              u"SELECT t.embete, sum(t.mottatt < p.fra), sum(t.mottatt >= p.fra), 0, count(*), sum("_s
              + overFrist + u")"_s + fra + u" AND t.avsluttet IS NULL GROUP BY t.embete UNION ALL "
              u"SELECT t.embete, sum(t.mottatt < p.fra), sum(t.mottatt >= p.fra), sum(t.avsluttet <= p.til), "
              u"sum(t.avsluttet > p.til), sum(t.avsluttet > p.til AND "_s
              + overFrist + u")"_s + fra + u" AND t.avsluttet >= p.fra GROUP BY t.embete"_s;
    }
    QSqlQuery q = kjoerSql(m_db, sql, valg);
    constexpr int kTall = 5;
    QHash<QString, std::array<qint64, kTall>> perEmbete;
    while (q.next()) {
        std::array<qint64, kTall> &tall = perEmbete[q.value(0).toString()];
        for (int i = 0; i < kTall; ++i)
            tall[i] += q.value(i + 1).toLongLong();
    }
    // Over fristen by the cases' current frist (gjeldendeFrist, domain/frist.h, as the case list's
    // Over fristen filter): the kinds the stored frist_dato does not hold — choosing the method,
    // the BM 3 report — are known only as the cases stand now, so they count for a period that
    // ends today or later, as open cases are counted open at its end. Those cases have no
    // frist_dato (no BM) or their milestone (BM 3: oversendt), so the sums above left them out.
    if (valg.til >= QDate::currentDate()) {
        const QString embeteVilkaar = valg.embete.isEmpty() ? QString() : u" AND embete = :embete"_s;
        QSqlQuery n = kjoerSql(m_db,
                               u"SELECT embete, count(*) FROM tilsynssak WHERE sektor = :sektor AND mottatt <= :til"_s
                                   + embeteVilkaar + u" AND "_s
                                   + SakFilter::valgEllerRapportfristFoer(valg.til, Innstillinger::fristvalg().dagerTilValgAvBm)
                                   + u" GROUP BY embete"_s,
                               valg);
        while (n.next())
            perEmbete[n.value(0).toString()][kTall - 1] += n.value(1).toLongLong();
    }
    Rapporttabell t{u"restanser"_s,
                    {u"embete"_s, u"inngaaende"_s, u"mottatt"_s, u"avsluttet"_s, u"utgaaende"_s, u"over_frist"_s},
                    {}};
    std::array<qint64, kTall> sum{};
    for (const QString &embete : embeterFor(m_katalog, {perEmbete.keyBegin(), perEmbete.keyEnd()})) {
        QVariantList rad{embete};
        const auto tall = perEmbete.value(embete);
        for (int i = 0; i < kTall; ++i) {
            rad.append(tall[i]);
            sum[i] += tall[i];
        }
        t.rader.append(rad);
    }
    QVariantList landet{u"landet"_s};
    for (qint64 n : sum)
        landet.append(n);
    t.rader.append(landet);
    return t;
}

Rapporttabell Rapportmotor::behandlingstid(const Rapportvalg &valg) const
{
    // SQL reduces the cases to a histogram (BM, days, count) — at most a few thousand rows — and
    // the median and buckets are read off it, per BM and for all BMs together.
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT t.behandlingsmaate, "
                           u"CAST(julianday(t.avsluttet) - julianday(t.mottatt) AS INTEGER) AS dager, count(*) "
                           u"FROM tilsynssak t WHERE "_s
                               + rapportsql::avsluttetIPerioden(valg)
                               + u" AND t.behandlingsmaate IS NOT NULL GROUP BY t.behandlingsmaate, dager"_s,
                           valg);
    constexpr int kAlle = -1;
    QMap<int, QMap<qint64, qint64>> fordeling; // BM -> days -> cases
    while (q.next()) {
        const qint64 dager = q.value(1).toLongLong();
        const qint64 n = q.value(2).toLongLong();
        fordeling[q.value(0).toInt()][dager] += n;
        fordeling[kAlle][dager] += n;
    }
    const auto rad = [](const QMap<qint64, qint64> &f) {
        qint64 antall = 0;
        for (qint64 n : f)
            antall += n;
        // The middle value; the mean of the two middle values for an even count.
        const qint64 lav = (antall + 1) / 2;
        const qint64 hoy = antall / 2 + 1;
        qint64 sett = 0;
        double sum = 0;
        std::array<qint64, 5> kurv{};
        for (auto it = f.cbegin(); it != f.cend(); ++it) {
            const qint64 foer = sett;
            sett += it.value();
            if (foer < lav && lav <= sett)
                sum += double(it.key());
            if (foer < hoy && hoy <= sett)
                sum += double(it.key());
            const qint64 d = it.key();
            kurv[d <= 30 ? 0 : d <= 90 ? 1 : d <= 182 ? 2 : d <= 365 ? 3 : 4] += it.value();
        }
        QVariantList ut{antall, antall > 0 ? heltEllerDesimal(sum / 2.0) : QVariant()};
        for (qint64 n : kurv)
            ut.append(n);
        return ut;
    };
    Rapporttabell t{u"behandlingstid"_s,
                    {u"behandlingsmaate"_s, u"antall"_s, u"median_dager"_s, u"dager_0_30"_s, u"dager_31_90"_s,
                     u"dager_91_182"_s, u"dager_183_365"_s, u"over_365"_s},
                    {}};
    for (int bm = fordeling.contains(0) ? 0 : 1; bm <= 5; ++bm)
        t.rader.append(QVariantList{qint64(bm)} + rad(fordeling.value(bm)));
    t.rader.append(QVariantList{u"alle"_s} + rad(fordeling.value(kAlle)));
    return t;
}

} // namespace tilsyn
