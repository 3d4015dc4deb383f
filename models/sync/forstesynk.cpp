#include "forstesynk.h"

#include "domain/tilsynssak.h"
#include "store/bulktraader.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>
#include <vector>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kRaderPerBit = 256;

QSqlQuery forbered(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw StoreError::fraSql(q.lastError(), u"kan ikke forberede spørring"_s);
    return q;
}

bool finnes(QSqlQuery &q, const QVariantList &verdier, const char *hva)
{
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    kjoer(q, hva);
    const bool ja = q.next();
    q.finish();
    return ja;
}

// One row of a page, decoded on a bulk thread.
struct Dekodet
{
    QJsonObject dokument;
    std::optional<Tilsynssak> sak;
    QString feil;
    QByteArray grunnlag; ///< the merge base as stored: the document's compact JSON
};

} // namespace

ForsteSynk::ForsteSynk(SyncLager &lager, const Katalog &katalog)
    : m_lager(lager), m_bulk(lager.store(), katalog)
{
    const QSqlDatabase db = lager.store().db();
    QSqlQuery q(db);
    kjoer(q, u"SELECT DISTINCT sak_id FROM outbox WHERE status IN ('ventende', 'sendt', 'avvist')"_s,
          "kan ikke lese utboksen");
    while (q.next())
        m_utestaaende.insert(q.value(0).toString());
    // The unique index on (embete, saksnummer) stays current: the lookups below use it.
    m_bulk.begynn(true, true);
    m_finnes = forbered(db, u"SELECT 1 FROM tilsynssak WHERE id = ?"_s);
    m_kjent = forbered(db, u"SELECT 1 FROM sync_sak WHERE sak_id = ?"_s);
    m_opptatt = forbered(db, u"SELECT 1 FROM tilsynssak WHERE embete = ? AND saksnummer = ?"_s);
    m_grunnlag = forbered(db, u"INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) "
                              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    m_markor = forbered(db, u"INSERT INTO sync_markor (embete, rev) VALUES (?, ?) ON CONFLICT (embete) DO UPDATE SET "
                            u"rev = excluded.rev"_s);
}

ForsteSynk::~ForsteSynk() = default;

int ForsteSynk::side(const QString &embete, const QStringList &ider, const QList<qint64> &revisjoner,
                     const QStringList &dokumenter, const QString &epoke, int avbrytEtter)
{
    const qsizetype n = ider.size();
    if (n == 0)
        return 0;
    // Decoding is most of the work per row: on the bulk threads, in chunks.
    std::vector<Dekodet> dekodet(static_cast<size_t>(n));
    QList<qsizetype> biter;
    for (qsizetype i = 0; i < n; i += kRaderPerBit)
        biter.append(i);
    QtConcurrent::blockingMap(bulktraader(), biter, [&](qsizetype fra) {
        for (qsizetype i = fra; i < std::min(fra + kRaderPerBit, n); ++i) {
            Dekodet &d = dekodet[size_t(i)];
            d.dokument = QJsonDocument::fromJson(dokumenter[i].toUtf8()).object();
            d.sak = SyncLager::sakFraDokument(d.dokument, &d.feil);
            d.grunnlag = QJsonDocument(d.dokument).toJson(QJsonDocument::Compact);
        }
    });

    // Plainly new cases go in bulk; the others, in page order, through the per-case rules.
    QList<const Tilsynssak *> nye;
    QList<qint64> nyeRev;
    QList<qsizetype> nyeRad;
    QList<SyncLager::Rad> andre;
    const qsizetype grense = avbrytEtter >= 0 ? std::min<qsizetype>(avbrytEtter, n) : n;
    for (qsizetype i = 0; i < grense; ++i) {
        Dekodet &d = dekodet[size_t(i)];
        if (!d.sak) {
            qWarning("tilsynsklient: sentralen sendte en ugyldig sak (%s): %s", qUtf8Printable(ider[i]),
                     qUtf8Printable(d.feil));
            continue;
        }
        const Tilsynssak &s = *d.sak;
        const bool vanlig = s.id == ider[i] && !m_utestaaende.contains(s.id) && !m_skrevet.contains(s.id)
                            && !finnes(m_finnes, {s.id}, "kan ikke lese saken")
                            && !finnes(m_kjent, {s.id}, "kan ikke lese flettegrunnlaget")
                            && !(s.saksnummer && finnes(m_opptatt, {s.embete, *s.saksnummer}, "kan ikke slå opp saksnummer"));
        if (vanlig) {
            nye.append(&s);
            nyeRev.append(revisjoner[i]);
            nyeRad.append(i);
        } else {
            andre.append({ider[i], revisjoner[i], d.dokument});
        }
    }
    m_bulk.skriv(nye, Endringskontekst{.bruker = QString(), .tilUtboks = false, .revisjonsspor = false}, nyeRev);
    for (qsizetype k = 0; k < nyeRad.size(); ++k) {
        const qsizetype i = nyeRad[k];
        const Tilsynssak &s = *nye[k];
        m_grunnlag.addBindValue(s.id);
        m_grunnlag.addBindValue(s.embete);
        m_grunnlag.addBindValue(revisjoner[i]);
        m_grunnlag.addBindValue(QString::fromUtf8(dekodet[size_t(i)].grunnlag));
        m_grunnlag.addBindValue(revisjoner[i]);
        m_grunnlag.addBindValue(epoke);
        kjoer(m_grunnlag, "kan ikke lagre flettegrunnlaget");
        m_skrevet.insert(s.id);
    }
    int skrevet = int(nye.size());
    if (!andre.isEmpty()) {
        // A case written earlier in this load has no search row yet for its update trigger to
        // replace: the whole search index is then built at the end.
        for (const SyncLager::Rad &r : std::as_const(andre)) {
            if (m_skrevet.contains(r.sakId))
                m_helSoekeindeks = true;
            m_skrevet.insert(r.sakId);
        }
        skrevet += m_lager.brukBoetter(embete, andre, epoke);
    }
    if (avbrytEtter >= 0 && avbrytEtter < n)
        throw StoreError(u"henting avbrutt (feilinjeksjon)"_s);
    m_markor.addBindValue(embete);
    m_markor.addBindValue(revisjoner.constLast());
    kjoer(m_markor, "kan ikke lagre markøren");
    return skrevet;
}

void ForsteSynk::fullfoer()
{
    m_bulk.fullfoer(m_helSoekeindeks);
}

} // namespace tilsyn
