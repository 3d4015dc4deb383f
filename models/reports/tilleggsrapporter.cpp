// The office's own figures beyond the annual report's tables: temaer per tilsynsobjekttype,
// kilder, restanser and behandlingstid. Part of Rapportmotor (rapportmotor.h).

#include "rapportmotor.h"

#include "domain/katalog.h"
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
    const QString fra = u" FROM tilsynssak t JOIN sak_tema st ON st.sak_id = t.id"_s;
    const QString hvor = u" WHERE "_s + rapportsql::avsluttetIPerioden(valg);
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT st.kode, o.type, count(DISTINCT t.id)"_s + fra
                               + u" JOIN tilsynsobjekt o ON o.sak_id = t.id"_s + hvor + u" GROUP BY st.kode, o.type"_s,
                           valg);
    QHash<QString, QHash<QString, qint64>> perTema;
    QSet<QString> typer;
    while (q.next()) {
        perTema[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();
        typer.insert(q.value(1).toString());
    }
    QSqlQuery alle = kjoerSql(m_db, u"SELECT st.kode, count(DISTINCT t.id)"_s + fra + hvor + u" GROUP BY st.kode"_s, valg);
    QHash<QString, qint64> iAlt;
    while (alle.next())
        iAlt.insert(alle.value(0).toString(), alle.value(1).toLongLong());

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
    const QString hvor = u" WHERE "_s + rapportsql::avsluttetIPerioden(valg);
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT k.kode, count(DISTINCT t.id) FROM tilsynssak t JOIN sak_kilde k ON k.sak_id = t.id"_s
                               + hvor + u" GROUP BY k.kode"_s,
                           valg);
    QHash<QString, qint64> perKilde;
    while (q.next())
        perKilde.insert(q.value(0).toString(), q.value(1).toLongLong());
    QSqlQuery alle = kjoerSql(m_db, u"SELECT count(*) FROM tilsynssak t"_s + hvor, valg);
    const qint64 saker = alle.next() ? alle.value(0).toLongLong() : 0;

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
    // Each named parameter appears once (in p), so the driver binds it once.
    QSqlQuery q = kjoerSql(
        m_db,
        u"WITH p(fra, til) AS (SELECT :fra, :til) SELECT t.embete, "
        u"sum(t.mottatt < p.fra AND (t.avsluttet IS NULL OR t.avsluttet >= p.fra)), "
        u"sum(t.mottatt >= p.fra), "
        u"sum(t.avsluttet IS NOT NULL AND t.avsluttet <= p.til), "
        u"sum(t.avsluttet IS NULL OR t.avsluttet > p.til), "
        u"sum((t.avsluttet IS NULL OR t.avsluttet > p.til) AND t.frist_dato < p.til "
        u"AND (t.milepel_dato IS NULL OR t.milepel_dato > p.til)) "
        u"FROM tilsynssak t, p WHERE "_s
            + rapportsql::sektorOgEmbete(valg)
            + u" AND t.mottatt <= p.til AND (t.avsluttet IS NULL OR t.avsluttet >= p.fra) GROUP BY t.embete"_s,
        valg);
    constexpr int kTall = 5;
    QHash<QString, std::array<qint64, kTall>> perEmbete;
    while (q.next()) {
        std::array<qint64, kTall> tall{};
        for (int i = 0; i < kTall; ++i)
            tall[i] = q.value(i + 1).toLongLong();
        perEmbete.insert(q.value(0).toString(), tall);
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
    // Days from mottatt to avsluttet; the median per BM with window functions (-1: every BM).
    QSqlQuery q = kjoerSql(
        m_db,
        u"WITH d0 AS (SELECT t.behandlingsmaate AS bm, "
        u"CAST(julianday(t.avsluttet) - julianday(t.mottatt) AS INTEGER) AS dager FROM tilsynssak t WHERE "_s
            + rapportsql::avsluttetIPerioden(valg)
            + u" AND t.behandlingsmaate IS NOT NULL), "
              u"d AS (SELECT bm, dager FROM d0 UNION ALL SELECT -1, dager FROM d0), "
              u"r AS (SELECT bm, dager, row_number() OVER (PARTITION BY bm ORDER BY dager) AS rn, "
              u"count(*) OVER (PARTITION BY bm) AS n FROM d) "
              u"SELECT bm, count(*), avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN dager END), "
              u"sum(dager <= 30), sum(dager BETWEEN 31 AND 90), sum(dager BETWEEN 91 AND 182), "
              u"sum(dager BETWEEN 183 AND 365), sum(dager > 365) FROM r GROUP BY bm"_s,
        valg);
    QMap<int, QVariantList> perBm;
    while (q.next()) {
        QVariantList tall{q.value(1).toLongLong(), heltEllerDesimal(q.value(2))};
        for (int i = 3; i <= 7; ++i)
            tall.append(q.value(i).toLongLong());
        perBm.insert(q.value(0).toInt(), tall);
    }
    Rapporttabell t{u"behandlingstid"_s,
                    {u"behandlingsmaate"_s, u"antall"_s, u"median_dager"_s, u"dager_0_30"_s, u"dager_31_90"_s,
                     u"dager_91_182"_s, u"dager_183_365"_s, u"over_365"_s},
                    {}};
    const QVariantList tom{qint64(0), QVariant(), qint64(0), qint64(0), qint64(0), qint64(0), qint64(0)};
    for (int bm = perBm.contains(0) ? 0 : 1; bm <= 5; ++bm)
        t.rader.append(QVariantList{qint64(bm)} + perBm.value(bm, tom));
    t.rader.append(QVariantList{u"alle"_s} + perBm.value(-1, tom));
    return t;
}

} // namespace tilsyn
