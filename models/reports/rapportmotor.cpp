#include "rapportmotor.h"

#include "domain/katalog.h"
#include "rapportsql.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;
using rapportsql::kjoerSql;

namespace {

// Codes in catalogue order; codes the catalogue does not know come last, sorted.
QStringList iKatalogrekkefolge(const Katalog &katalog, Liste liste, QStringList koder)
{
    std::stable_sort(koder.begin(), koder.end(), [&](const QString &a, const QString &b) {
        const int pa = katalog.posisjon(liste, a);
        const int pb = katalog.posisjon(liste, b);
        const bool ka = pa >= 0;
        const bool kb = pb >= 0;
        if (ka != kb)
            return ka;
        return ka ? pa < pb : a < b;
    });
    return koder;
}

} // namespace

Rapportmotor::Rapportmotor(QSqlDatabase db, const Katalog &katalog) : m_db(std::move(db)), m_katalog(katalog)
{
    // The reports read scattered pages of the child tables (keyed by random UUIDs); memory-mapped
    // reads use the OS page cache directly, which a fresh worker connection benefits from.
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA mmap_size = 268435456"_s); // a hint only: SQLite builds without mmap ignore it
}

const QStringList &Rapportmotor::rapporter()
{
    static const QStringList navn{u"behandlingsmaate"_s, u"vurderinger"_s, u"resultatmaal"_s,
                                  u"temaer"_s, u"kilder"_s, u"restanser"_s, u"behandlingstid"_s};
    return navn;
}

Rapporttabell Rapportmotor::lag(const QString &navn, const Rapportvalg &valg) const
{
    using Metode = Rapporttabell (Rapportmotor::*)(const Rapportvalg &) const;
    static const QHash<QString, Metode> metoder{
        {u"behandlingsmaate"_s, &Rapportmotor::behandlingsmaate},
        {u"vurderinger"_s, &Rapportmotor::vurderinger},
        {u"resultatmaal"_s, &Rapportmotor::resultatmaal},
        {u"temaer"_s, &Rapportmotor::temaer},
        {u"kilder"_s, &Rapportmotor::kilder},
        {u"restanser"_s, &Rapportmotor::restanser},
        {u"behandlingstid"_s, &Rapportmotor::behandlingstid},
    };
    const Metode m = metoder.value(navn, nullptr);
    if (!m)
        return Rapporttabell{navn, {}, {}};
    return (this->*m)(valg);
}

QVariant Rapportmotor::andel(qint64 del, qint64 helhet)
{
    if (helhet <= 0)
        return {};
    // Half up in whole numbers: floor((200 * del + helhet) / (2 * helhet)).
    return qint64((200 * del + helhet) / (2 * helhet));
}

Rapporttabell Rapportmotor::behandlingsmaate(const Rapportvalg &valg) const
{
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT t.embete, t.behandlingsmaate, count(*) FROM tilsynssak t WHERE "_s
                               + rapportsql::avsluttetIPerioden(valg)
                               + u" AND t.behandlingsmaate IS NOT NULL GROUP BY t.embete, t.behandlingsmaate"_s,
                           valg);
    QMap<QString, QHash<int, qint64>> perEmbete;
    bool harBm0 = false;
    while (q.next()) {
        const int bm = q.value(1).toInt();
        perEmbete[q.value(0).toString()][bm] = q.value(2).toLongLong();
        harBm0 = harBm0 || bm == 0;
    }

    Rapporttabell t{u"behandlingsmaate"_s, {u"embete"_s}, {}};
    const int forsteBm = harBm0 ? 0 : 1;
    for (int bm = forsteBm; bm <= 5; ++bm)
        t.kolonner.append(u"bm%1"_s.arg(bm));
    t.kolonner.append(u"i_alt"_s);

    QList<qint64> sum(6 - forsteBm + 1, 0);
    for (const QString &embete : iKatalogrekkefolge(m_katalog, Liste::Embete, perEmbete.keys())) {
        QVariantList rad{embete};
        qint64 iAlt = 0;
        for (int bm = forsteBm; bm <= 5; ++bm) {
            const qint64 n = perEmbete[embete].value(bm);
            rad.append(n);
            sum[bm - forsteBm] += n;
            iAlt += n;
        }
        rad.append(iAlt);
        sum.last() += iAlt;
        t.rader.append(rad);
    }
    QVariantList landet{u"landet"_s};
    for (qint64 n : sum)
        landet.append(n);
    t.rader.append(landet);
    return t;
}

Rapporttabell Rapportmotor::vurderinger(const Rapportvalg &valg) const
{
    // The BM 5 cases closed in the period grouped by their list of vurderinger (the report facts,
    // rapport_sak: bestemmelse char(30) 1 when the konklusjon is lovbrudd or oversendt-htil, else
    // 0); every vurdering counts, each case once in the saker row.
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT f.vurderinger, count(*) FROM rapport_sak f WHERE "_s
                               + rapportsql::faktaIPerioden(valg)
                               + u" AND f.bm = 5 AND f.vurderinger <> '' GROUP BY f.vurderinger"_s,
                           valg);
    QHash<QString, std::pair<qint64, qint64>> perBestemmelse;
    qint64 sakerVurdert = 0;
    qint64 sakerLovbrudd = 0;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        bool lovbruddISaken = false;
        for (const QString &vurdering : rapportsql::faktaliste(q.value(0).toString(), false)) {
            const bool lovbrudd = vurdering.endsWith(u'1');
            // Exact provisions are counted under their statistics category (the annual report's rows).
            auto &[v, l] = perBestemmelse[m_katalog.statistikkategori(vurdering.chopped(2))];
            v += n;
            l += lovbrudd ? n : 0;
            lovbruddISaken = lovbruddISaken || lovbrudd;
        }
        sakerVurdert += n;
        sakerLovbrudd += lovbruddISaken ? n : 0;
    }

    Rapporttabell t{u"vurderinger"_s, {u"bestemmelse"_s, u"tekst"_s, u"vurdert"_s, u"lovbrudd"_s}, {}};
    qint64 vurdert = 0;
    qint64 lovbrudd = 0;
    for (const QString &kode : iKatalogrekkefolge(m_katalog, Liste::Bestemmelse, perBestemmelse.keys())) {
        const auto [v, l] = perBestemmelse.value(kode);
        t.rader.append({kode, m_katalog.navn(Liste::Bestemmelse, kode), v, l});
        vurdert += v;
        lovbrudd += l;
    }
    t.rader.append({u"sum"_s, QString(), vurdert, lovbrudd});
    t.rader.append({u"saker"_s, QString(), sakerVurdert, sakerLovbrudd});
    return t;
}

Rapporttabell Rapportmotor::resultatmaal(const Rapportvalg &valg) const
{
    // frist_dato and milepel_dato are derived on every save from mottatt, the BM and the
    // catalogue's Fristregel (domain/frist.h), so the deadline rule lives in one place.
    QSqlQuery q = kjoerSql(m_db,
                           u"SELECT t.behandlingsmaate, count(*), "
                           u"sum(t.milepel_dato IS NOT NULL AND t.frist_dato IS NOT NULL "
                           u"AND t.milepel_dato <= t.frist_dato) FROM tilsynssak t WHERE "_s
                               + rapportsql::avsluttetIPerioden(valg)
                               + u" AND t.behandlingsmaate BETWEEN 1 AND 5 GROUP BY t.behandlingsmaate"_s,
                           valg);
    QHash<int, std::pair<qint64, qint64>> perBm;
    while (q.next())
        perBm.insert(q.value(0).toInt(), {q.value(1).toLongLong(), q.value(2).toLongLong()});

    Rapporttabell t{u"resultatmaal"_s,
                    {u"behandlingsmaate"_s, u"frist"_s, u"antall"_s, u"innen_frist"_s, u"andel"_s}, {}};
    for (int bm = 1; bm <= 5; ++bm) {
        const Fristregel *regel = m_katalog.behandlingsmaate(bm);
        const auto [antall, innen] = perBm.value(bm);
        t.rader.append({qint64(bm), regel ? regel->fristTekst : QString(), antall, innen, andel(innen, antall)});
    }
    return t;
}

} // namespace tilsyn
