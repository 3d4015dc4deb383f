#include "forstesynk.h"

#include "domain/tilsynssak.h"
#include "io/sakrask.h"
#include "store/sakrepository.h"
#include "store/setning.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sammendragpause.h"

#include <QJsonDocument>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace tilsyn {

using namespace Qt::StringLiterals;

// Where the time of a first sync goes: QT_LOGGING_RULES="tilsyn.bulk*.info=true".
Q_LOGGING_CATEGORY(lcForste, "tilsyn.bulk.forste", QtWarningMsg)

namespace {

bool finnes(Setning &q, std::initializer_list<QString> verdier, const char *hva)
{
    int i = 0;
    for (const QString &v : verdier)
        q.tekst(++i, v);
    return q.harRad(hva);
}

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
    // An empty store (the usual first sync): no case and no merge base but those of this load,
    // which the sets below know, so no lookup is needed while nothing goes the per-case way.
    kjoer(q, u"SELECT NOT EXISTS (SELECT 1 FROM tilsynssak) AND NOT EXISTS (SELECT 1 FROM sync_sak)"_s,
          "kan ikke lese lageret");
    m_tomt = q.next() && q.value(0).toBool();
    q.finish();
    // The unique index on (embete, saksnummer) stays current: the lookups below use it.
    m_bulk.begynn(true, true);
    sqlite3 *h = raaHandle(db);
    m_sammendrag = std::make_unique<SammendragPause>(db);
    m_finnes = std::make_unique<Setning>(h, "SELECT 1 FROM tilsynssak WHERE id = ?");
    m_kjent = std::make_unique<Setning>(h, "SELECT 1 FROM sync_sak WHERE sak_id = ?");
    m_opptatt = std::make_unique<Setning>(h, "SELECT 1 FROM tilsynssak WHERE embete = ? AND saksnummer = ?");
    // No merge base text (about 40 % of what a first sync wrote, and wrote again at the checkpoint):
    // the base of a case pulled and not changed here since is the case as stored, and
    // SakRepository::skriv writes it out before the case first changes.
    m_grunnlag = std::make_unique<Setning>(h, "INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) "
                                              "VALUES (?1, ?2, ?3, NULL, ?3, ?4)");
    m_markor = std::make_unique<Setning>(h, "INSERT INTO sync_markor (embete, rev) VALUES (?, ?) ON CONFLICT (embete) "
                                            "DO UPDATE SET rev = excluded.rev");
}

ForsteSynk::~ForsteSynk() = default;

ForsteSynk::Side ForsteSynk::dekod(const QString &embete, const QStringList &ider, const QList<qint64> &revisjoner,
                                   const QList<QByteArrayView> &dokumenter)
{
    Side side{embete, ider, revisjoner, std::vector<Side::Rad>(size_t(ider.size()))};
    for (qsizetype i = 0; i < ider.size(); ++i) {
        Side::Rad &d = side.rader[size_t(i)];
        const QByteArrayView json = dokumenter[i];
        // Straight from the bytes; anything the fast reader is not sure of goes the strict way,
        // which also words the problem.
        d.sak = lesSynkdokumentRask(json);
        if (!d.sak)
            d.sak = SyncLager::sakFraDokument(QJsonDocument::fromJson(json.toByteArray()).object(), &d.feil);
        d.json = json.toByteArray();
    }
    return side;
}

int ForsteSynk::side(const Side &side, const QString &epoke, int avbrytEtter)
{
    const QString &embete = side.embete;
    const QStringList &ider = side.ider;
    const QList<qint64> &revisjoner = side.revisjoner;
    const std::vector<Side::Rad> &dekodet = side.rader;
    const qsizetype n = ider.size();
    if (n == 0)
        return 0;
    if (!m_embeter.contains(embete))
        m_embeter.append(embete);
    QElapsedTimer tid;
    tid.start();

    // Plainly new cases go in bulk; the others, in page order, through the per-case rules.
    QList<const Tilsynssak *> nye;
    QList<qint64> nyeRev;
    QList<qsizetype> nyeRad;
    QList<SyncLager::Rad> andre;
    const qsizetype grense = avbrytEtter >= 0 ? std::min<qsizetype>(avbrytEtter, n) : n;
    for (qsizetype i = 0; i < grense; ++i) {
        const Side::Rad &d = dekodet[size_t(i)];
        if (!d.sak) {
            qWarning("tilsynsklient: sentralen sendte en ugyldig sak (%s): %s", qUtf8Printable(ider[i]),
                     qUtf8Printable(d.feil));
            continue;
        }
        const Tilsynssak &s = *d.sak;
        bool vanlig = s.id == ider[i] && !m_utestaaende.contains(s.id) && !m_skrevet.contains(s.id);
        if (vanlig && m_tomt) {
            const QString nr = s.saksnummer ? s.embete + QChar(0x1f) + *s.saksnummer : QString();
            vanlig = nr.isNull() || !m_nummer.contains(nr);
            if (vanlig && !nr.isNull())
                m_nummer.insert(nr);
        } else if (vanlig) {
            vanlig = !finnes(*m_finnes, {s.id}, "kan ikke lese saken")
                     && !finnes(*m_kjent, {s.id}, "kan ikke lese flettegrunnlaget")
                     && !(s.saksnummer && finnes(*m_opptatt, {s.embete, *s.saksnummer}, "kan ikke slå opp saksnummer"));
        }
        if (vanlig)
            nyeRad.append(i);
        else
            andre.append({ider[i], revisjoner[i], QJsonDocument::fromJson(d.json).object()});
    }
    // In the order of the keys (the case id leads the key of every table written): each b-tree
    // page is then filled in one visit, not revisited at random.
    std::sort(nyeRad.begin(), nyeRad.end(), [&dekodet](qsizetype a, qsizetype b) {
        return dekodet[size_t(a)].sak->id < dekodet[size_t(b)].sak->id;
    });
    for (const qsizetype i : std::as_const(nyeRad)) {
        nye.append(&*dekodet[size_t(i)].sak);
        nyeRev.append(revisjoner[i]);
    }
    m_tider.sjekkMs += tid.restart();
    m_bulk.skriv(nye, Endringskontekst{.bruker = QString(), .tilUtboks = false, .revisjonsspor = false}, nyeRev);
    m_tider.raderMs += tid.restart();
    for (qsizetype k = 0; k < nyeRad.size(); ++k) {
        const qsizetype i = nyeRad[k];
        const Tilsynssak &s = *nye[k];
        m_grunnlag->tekst(1, s.id);
        m_grunnlag->tekst(2, s.embete);
        m_grunnlag->heltall64(3, revisjoner[i]);
        m_grunnlag->tekst(4, epoke);
        m_grunnlag->kjoer("kan ikke lagre flettegrunnlaget");
        m_sammendrag->legg(s.embete, epoke, s.id, revisjoner[i]);
        m_skrevet.insert(s.id);
    }
    m_tider.grunnlagMs += tid.restart();
    int skrevet = int(nye.size());
    if (!andre.isEmpty()) {
        // A case written earlier in this load has no search row yet for its update trigger to
        // replace: the whole search index is then built at the end.
        for (const SyncLager::Rad &r : std::as_const(andre)) {
            if (m_skrevet.contains(r.sakId))
                m_helSoekeindeks = true;
            m_skrevet.insert(r.sakId);
        }
        m_tomt = false; // cases written one by one: from now on the store is asked
        m_sammendrag->enkeltvis(true);
        skrevet += m_lager.brukBoetter(embete, andre, epoke);
        m_sammendrag->enkeltvis(false);
    }
    if (avbrytEtter >= 0 && avbrytEtter < n)
        throw StoreError(u"henting avbrutt (feilinjeksjon)"_s);
    m_markor->tekst(1, embete);
    m_markor->heltall64(2, revisjoner.constLast());
    m_markor->kjoer("kan ikke lagre markøren");
    m_tider.andreMs += tid.elapsed();
    m_tider.rader += n;
    return skrevet;
}

void ForsteSynk::fullfoer()
{
    QElapsedTimer tid;
    tid.start();
    m_bulk.fullfoer(m_helSoekeindeks);
    m_sammendrag->ferdig(m_embeter);
    m_tider.fullfoerMs = tid.elapsed();
    qCInfo(lcForste, "first sync, %lld rows: decode %lld ms, checks %lld ms, case rows %lld ms, merge bases %lld ms, "
                     "per-case rules and cursor %lld ms, indexes + search index + report facts %lld ms",
           m_tider.rader, m_tider.dekodMs, m_tider.sjekkMs, m_tider.raderMs, m_tider.grunnlagMs, m_tider.andreMs,
           m_tider.fullfoerMs);
}

} // namespace tilsyn
