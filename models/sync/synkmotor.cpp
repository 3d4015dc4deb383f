#include "synkmotor.h"

#include "domain/katalog.h"
#include "drift/fremdrift.h"
#include "store/bulkskriver.h"
#include "store/bulktraader.h"
#include "store/sakrepository.h"
#include "store/setning.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/flytsynk.h"
#include "sync/forstehenting.h"
#include "sync/forstesynk.h"
#include "sync/journalsynk.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"
#include "sync/synclager.h"
#include "sync/synksammendrag.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <ctime>

namespace tilsyn {

using namespace Qt::StringLiterals;

// The phases of a first sync: QT_LOGGING_RULES="tilsyn.bulk*.info=true".
Q_LOGGING_CATEGORY(lcForsteSynk, "tilsyn.bulk.synk", QtWarningMsg)

namespace {

// Who made a case's revisions in (fra, til] that did not come from this client (the one `?`,
// bound last: the client id), in the order of their last change: "per", "anne, per"; NULL for
// none. A scalar subquery on the office's history view (row-level security); `sak`, `fra` and
// `til` are SQL expressions (a column or `?`).
QString forfattere(const QString &sak, const QString &fra, const QString &til)
{
    return u"(SELECT string_agg(x.bruker, ', ' ORDER BY x.siste) FROM (SELECT h.bruker, max(h.rev) AS siste "
           u"FROM sak_historikk h WHERE h.sak_id = %1 AND h.rev > %2 AND h.rev <= %3 "
           u"AND h.klient_id IS DISTINCT FROM ? GROUP BY h.bruker) x)"_s.arg(sak, fra, til);
}

// Who made the central store's value of each conflict of a merged answer `s`, and when: the
// first revision in (base, rev] not from this client whose document holds that value of the
// field; for a list element, or when none matches, the newest such revision. Sets "av" (the
// central login) and "tidspunkt" (ISO 8601, UTC) on the conflicts, for the conflicts window
// (issue 10: «Theirs» never said whose text a caseworker was about to replace).
void merkDeresForfattere(const SentralTilkobling &t, const QString &klient, qint64 base, QJsonObject &s)
{
    QJsonArray konflikter = s.value("konflikter"_L1).toArray();
    if (konflikter.isEmpty())
        return;
    const QVariantList grunn{s.value("sak_id"_L1).toString(), base, s.value("rev"_L1).toInteger(), klient};
    const QString utvalg = u"SELECT bruker, to_char(tidspunkt AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                           u"FROM sak_historikk WHERE sak_id = ?::uuid AND rev > ? AND rev <= ? "
                           u"AND klient_id IS DISTINCT FROM ?::text "_s;
    for (qsizetype j = 0; j < konflikter.size(); ++j) {
        QJsonObject k = konflikter.at(j).toObject();
        const QString felt = k.value("felt"_L1).toString();
        std::optional<QSqlQuery> av;
        if (!felt.contains(u'/')) {
            // [theirs] against [the field]: a removed field is JSON null on both sides.
            QVariantList verdier = grunn;
            verdier << felt << QString::fromUtf8(QJsonDocument(QJsonArray{k.value("deres"_L1)})
                                                     .toJson(QJsonDocument::Compact));
            av.emplace(t.kjoer(utvalg + u"AND jsonb_build_array(dokument -> ?::text) = ?::jsonb ORDER BY rev LIMIT 1"_s,
                               verdier, "kan ikke lese sakens historikk"));
            if (!av->next())
                av.reset();
        }
        if (!av) {
            av.emplace(t.kjoer(utvalg + u"ORDER BY rev DESC LIMIT 1"_s, grunn, "kan ikke lese sakens historikk"));
            if (!av->next())
                continue;
        }
        k.insert("av"_L1, av->value(0).toString());
        k.insert("tidspunkt"_L1, av->value(1).toString());
        konflikter.replace(j, k);
    }
    s.insert("konflikter"_L1, konflikter);
}

// SQLite's default wal_autocheckpoint (pages), should the setting not be readable.
constexpr int kAutoSjekkpunkt = 1000;

// CPU time of a clock (CLOCK_THREAD_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID) in ms, for the log:
// on this shared 2-core machine wall time alone says little about the work.
qint64 cpuMs(clockid_t klokke)
{
    timespec t{};
    return clock_gettime(klokke, &t) == 0 ? qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000 : 0;
}

} // namespace

SynkMotor::SynkMotor(QString dbSti, QString conninfo, QString bruker, QObject *parent)
    : QObject(parent), m_dbSti(std::move(dbSti)), m_conninfo(std::move(conninfo)), m_bruker(std::move(bruker))
{
}

SynkMotor::~SynkMotor() = default;

void SynkMotor::synkroniserNaa()
{
    try {
        const Resultat r = synkroniser();
        Q_EMIT ferdig(r.pushet, r.hentet, r.konflikter, r.avvist, r.andre);
    } catch (const SentralFeil &e) {
        Q_EMIT tilstandEndret(e.art() == SentralFeil::Art::Utilgjengelig ? Tilstand::Frakoblet : Tilstand::Feil);
        if (e.art() == SentralFeil::Art::Utilgjengelig)
            Q_EMIT utilgjengelig(ventende());
        Q_EMIT feilet(e.melding());
    } catch (const StoreError &e) {
        Q_EMIT tilstandEndret(Tilstand::Feil);
        Q_EMIT feilet(e.melding());
    } catch (const Avbrutt &) {
        Q_EMIT tilstandEndret(Tilstand::Frakoblet);
        Q_EMIT feilet(u"avbrutt"_s);
    }
}

int SynkMotor::ventende()
{
    try {
        if (!m_lokal || m_lokalTraad != QThread::currentThread()) {
            m_lokal.reset();
            m_lokal = Store::aapne(m_dbSti);
            m_lokalTraad = QThread::currentThread();
        }
        QSqlQuery q(m_lokal->db());
        if (q.exec(u"SELECT count(*) FROM outbox WHERE status IN ('ventende', 'sendt')"_s) && q.next())
            return q.value(0).toInt();
    } catch (const StoreError &) {
    }
    return -1;
}

SynkMotor::Resultat SynkMotor::synkroniser()
{
    Q_EMIT tilstandEndret(Tilstand::Synkroniserer);
    Resultat r;
    // The local store is kept open between syncs too, in the thread that opened it: opening it
    // (schema read, migrations check, PRAGMAs) cost more than the whole rest of a no-op sync.
    if (!m_lokal || m_lokalTraad != QThread::currentThread()) {
        m_lokal.reset();
        m_lokal = Store::aapne(m_dbSti);
        m_lokalTraad = QThread::currentThread();
    }
    // The central connection is kept between syncs (a no-op sync is then one round trip, not a
    // login); one that the server closed meanwhile is opened again at once.
    const bool gjenbrukt = m_tilkobling && m_traad == QThread::currentThread() && m_tilkobling->db().isOpen();
    if (!gjenbrukt)
        aapneTilkobling();
    qint64 foer = m_tilkobling->spoerringer();
    synksammendrag::Status status;
    try {
        // One round trip: schema version, epoch, and per office its revision, whether the user
        // holds its leader role (approvals) and its summary. A sync that changes nothing ends here.
        status = synksammendrag::lesStatus(*m_tilkobling);
    } catch (const SentralFeil &e) {
        if (!gjenbrukt || e.art() != SentralFeil::Art::Utilgjengelig)
            throw;
        aapneTilkobling();
        foer = 0;
        status = synksammendrag::lesStatus(*m_tilkobling);
    }
    try {
        SakRepository repo(*m_lokal, Katalog::innebygd());
        SyncLager lager(*m_lokal, repo, m_bruker);
        synkroniser(*m_lokal, lager, *m_tilkobling, status, r);
        r.spoerringer = int(m_tilkobling->spoerringer() - foer);
    } catch (...) {
        // Whatever state they were left in (repo and lager, and their statements, are gone
        // here), the next sync starts afresh.
        m_tilkobling.reset();
        m_lokal.reset();
        throw;
    }
    Q_EMIT tilstandEndret(Tilstand::Oppdatert);
    return r;
}

void SynkMotor::aapneTilkobling()
{
    m_tilkobling.reset();
    m_tilkobling = std::make_unique<SentralTilkobling>(m_conninfo);
    m_traad = QThread::currentThread();
}

void SynkMotor::synkroniser(Store &lokal, SyncLager &lager, const SentralTilkobling &t,
                            const synksammendrag::Status &status, Resultat &r)
{
    // A new epoch (restored from a backup), or a server behind our cursors: reconcile fully.
    QStringList embeter;
    QStringList leder;
    bool bakover = false;
    for (const synksammendrag::Embete &e : status.embeter) {
        embeter.append(e.embete);
        bakover = bakover || lager.markor(e.embete) > e.rev;
        if (e.leder)
            leder.append(e.embete);
    }
    if (lokal.meta(u"sentral_lederroller"_s) != leder.join(u','))
        lokal.settMeta(u"sentral_lederroller"_s, leder.join(u','));
    const QString forrige = lokal.meta(u"sentral_epoke"_s);
    r.avstemt = (!forrige.isEmpty() && forrige != status.epoke) || bakover;
    if (r.avstemt)
        lager.nullstillAlleMarkorer();
    if (forrige != status.epoke)
        lokal.settMeta(u"sentral_epoke"_s, status.epoke);

    const bool pushet = push(t, lager, status.epoke, r) > 0;
    // Only offices with revisions past the cursor are asked (all of them after a push: our own
    // changes come back, and the cursor moves past them).
    QStringList nye;
    for (const synksammendrag::Embete &e : status.embeter) {
        if (r.avstemt || pushet || lager.markor(e.embete) != e.rev)
            nye.append(e.embete);
    }
    r.hentet += pull(t, lager, status.epoke, r.avstemt, nye);
    if (r.avstemt) {
        lager.koeUkjente(status.epoke);
        push(t, lager, status.epoke, r);
        r.hentet += pull(t, lager, status.epoke, false, embeter);
    }
    sendEtterPush(t, lager, r);
    // Approval flow and assignments (models/flyt), after the cases they belong to.
    const FlytSynk::Resultat flyt = FlytSynk::synkroniser(t, lokal, status.embeter);
    r.flyt = flyt.sendt;
    r.flytAvvist = flyt.avvist;
    // The case journals after the cases: the central store settles the document numbers.
    const JournalSynk::Resultat j = JournalSynk(lokal, m_bruker).synk(t, status.embeter);
    r.journal = j.sendt + j.hentet;
    r.andre = flyt.hentet + j.hentet + j.brev + j.tapteAvskrivninger;

    kontrollerSammendrag(t, lager, status, pushet || r.avstemt, r);
    for (const QString &e : std::as_const(embeter))
        m_kjentRev.insert(e, lager.markor(e)); // includes our own pushes: pulled back above
    if (m_lytt)
        sjekkLytter();
}

void SynkMotor::kontrollerSammendrag(const SentralTilkobling &t, SyncLager &lager, const synksammendrag::Status &status,
                                     bool endret, Resultat &r)
{
    using synksammendrag::Embete;
    QHash<QString, Embete> server;
    if (!endret) {
        for (const Embete &e : status.embeter)
            server.insert(e.embete, e);
    }
    // A summary is compared only at the revision it was read at. An office whose cursor is not
    // there (this sync pushed or pulled, or someone pushed meanwhile) is read again, and pulled
    // again when it moved on; one that keeps moving is checked at the next sync.
    const auto foreldet = [&] {
        QStringList ut;
        for (const Embete &e : status.embeter) {
            const auto s = server.constFind(e.embete);
            if (s == server.constEnd() || s->rev != lager.markor(e.embete))
                ut.append(e.embete);
        }
        return ut;
    };
    QStringList gamle = foreldet();
    for (int runde = 0; !gamle.isEmpty() && runde < 3; ++runde) {
        if (runde > 0)
            r.hentet += pull(t, lager, status.epoke, false, gamle);
        server = synksammendrag::lesSammendrag(t);
        gamle = foreldet();
    }
    const auto avvikende = [&] {
        QStringList ut;
        for (const Embete &e : status.embeter) {
            const auto s = server.constFind(e.embete);
            if (gamle.contains(e.embete) || s == server.constEnd())
                continue;
            const auto [antall, hash] = lager.sammendrag(e.embete, status.epoke);
            if (s->sammendrag != synksammendrag::Sammendrag{antall, hash})
                ut.append(e.embete);
        }
        return ut;
    };
    const QStringList avvik = avvikende();
    if (avvik.isEmpty())
        return;
    // Top-down: the 4096 bucket sums of each differing office, then the cases of the buckets
    // that differ, applied like a pulled page (never over unpushed edits), the cursor unchanged.
    for (const QString &e : avvik) {
        const QList<int> boetter = synksammendrag::avvikendeBoetter(t, lager.store(), e, status.epoke);
        const QList<SyncLager::Rad> rader = synksammendrag::hentBoetter(t, e, boetter);
        r.boetter += int(boetter.size());
        r.omhentet += int(rader.size());
        r.hentet += lager.brukBoetter(e, rader, status.epoke);
    }
    server = synksammendrag::lesSammendrag(t);
    gamle = foreldet();
    r.avvik = int(avvikende().size());
}

int SynkMotor::push(const SentralTilkobling &t, SyncLager &lager, const QString &epoke, Resultat &r)
{
    lager.snapshot(epoke);
    const QList<SyncLager::Op> ops = lager.sendte();
    if (!ops.isEmpty())
        lager.telForsok();
    const QString klient = lager.klientId();
    const QString reserverte = ops.isEmpty() ? QString() : QString::fromUtf8(
        QJsonDocument(lager.reserverteSaksnummer(epoke)).toJson(QJsonDocument::Compact));
    int gjort = 0;
    for (qsizetype i = 0; i < ops.size(); i += m_batch) {
        QJsonArray batch;
        for (qsizetype j = i; j < std::min(ops.size(), i + m_batch); ++j)
            batch.append(ops[j].melding);
        QSqlQuery q = t.kjoer(u"SELECT tilsyn_push(?, ?::jsonb, ?::jsonb)::text"_s,
                              {klient, QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)),
                               reserverte},
                              "kan ikke sende endringer");
        if (!q.next())
            throw SentralFeil(u"sentralen svarte ikke på sendingen"_s, SentralFeil::Art::Utilgjengelig);
        QJsonArray svar = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        merkAndresEndringer(t, klient, batch, svar);
        if (m_avbrudd == Avbrudd::EtterPushSvar)
            throw SentralFeil(u"avbrutt etter at sentralen lagret (feilinjeksjon)"_s, SentralFeil::Art::Avbrutt);
        const SyncLager::Kvittering k = lager.kvitter(svar, epoke);
        r.pushet += k.ferdig;
        r.avvist += k.avvist;
        r.konflikter += k.konflikter;
        gjort += int(batch.size());
        Q_EMIT fremdrift(u"push"_s, gjort);
        Fremdrift::steg(m_fremdrift, gjort, ops.size());
    }
    return gjort;
}

void SynkMotor::merkAndresEndringer(const SentralTilkobling &t, const QString &klient, const QJsonArray &batch,
                                    QJsonArray &svar)
{
    // A merged answer (flettet, konflikt) carries the changes of the revisions after the op's
    // base that other clients made (up to its own revision, or the server's when the merge
    // changed nothing): name their authors, so the local audit row is theirs (one query per
    // merged op, and one or two per conflict for who made theirs; a plain compare-and-set costs
    // nothing).
    QHash<QString, qint64> baser;
    for (const QJsonValue &v : batch)
        baser.insert(v[u"op_id"_s].toString(), v[u"base_rev"_s].toInteger());
    for (qsizetype i = 0; i < svar.size(); ++i) {
        QJsonObject s = svar.at(i).toObject();
        const QString status = s.value("status"_L1).toString();
        if (status != u"flettet" && status != u"konflikt")
            continue;
        QSqlQuery q = t.kjoer(u"SELECT "_s + forfattere(u"?::uuid"_s, u"?"_s, u"?"_s),
                              {s.value("sak_id"_L1).toString(), baser.value(s.value("op_id"_L1).toString()),
                               s.value("rev"_L1).toInteger(), klient},
                              "kan ikke lese sakens historikk");
        if (q.next() && !q.value(0).toString().isEmpty())
            s.insert("endret_av"_L1, q.value(0).toString());
        q.finish();
        merkDeresForfattere(t, klient, baser.value(s.value("op_id"_L1).toString()), s);
        svar.replace(i, s);
    }
}

int SynkMotor::pull(const SentralTilkobling &t, SyncLager &lager, const QString &epoke, bool avstem,
                    const QStringList &embeter)
{
    // Every office with nothing here yet is pulled first, together, on the bulk path.
    QStringList forste;
    for (const QString &embete : embeter) {
        if (!avstem && lager.forsteSynk(embete))
            forste.append(embete);
    }
    int hentet = forste.isEmpty() ? 0 : forsteSynk(lager, epoke, forste);
    for (const QString &embete : embeter) {
        if (forste.contains(embete))
            continue;
        while (const std::optional<int> n = hentSide(t, lager, epoke, embete, m_side, avstem)) {
            hentet += *n;
            Q_EMIT fremdrift(u"pull"_s, hentet);
            Fremdrift::steg(m_fremdrift, hentet, 0);
        }
    }
    return hentet;
}

std::optional<int> SynkMotor::hentSide(const SentralTilkobling &t, SyncLager &lager, const QString &epoke,
                                       const QString &embete, int grense, bool avstem)
{
    // With each case, who made the changes it brings (issue 10: the local audit row named this
    // client's user): the authors of its revisions after the cursor that did not come from this
    // client, read from the office's history (row-level security: only its own offices).
    const qint64 markor = lager.markor(embete);
    QSqlQuery q = t.kjoer(u"SELECT p.sak_id::text, p.rev, p.dokument::text, "_s
                              + forfattere(u"p.sak_id"_s, u"?"_s, u"p.rev"_s) + u" FROM tilsyn_pull(?, ?, ?) p"_s,
                          {markor, lager.klientId(), embete, markor, grense}, "kan ikke hente endringer");
    QList<SyncLager::Rad> rader;
    while (q.next()) {
        rader.append({q.value(0).toString(), q.value(1).toLongLong(),
                      QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), q.value(3).toString()});
    }
    if (rader.isEmpty())
        return std::nullopt;
    const int avbryt = m_avbrudd == Avbrudd::MidtIPullSide ? int(rader.size() / 2) : -1;
    try {
        return lager.brukSide(embete, rader, epoke, avstem, avbryt);
    } catch (const StoreError &e) {
        if (avbryt >= 0)
            throw SentralFeil(e.melding(), SentralFeil::Art::Avbrutt);
        throw;
    }
}

int SynkMotor::forsteSynk(SyncLager &lager, const QString &epoke,
                          const QStringList &embeter)
{
    // The offices in one local transaction: killed or failed, nothing of them stays, and the
    // next sync starts them again (no duplicate, no half office). The cases go through
    // ForsteSynk (BulkSkriver): indexes and search index built once after the load.
    const QSqlDatabase db = lager.store().db();
    // Into a store without cases, with no other connection on it: written once, not WAL + checkpoint.
    QSqlQuery tom(db);
    const bool tomt = tom.exec(u"SELECT NOT EXISTS (SELECT 1 FROM tilsynssak)"_s) && tom.next() && tom.value(0).toBool();
    tom.finish();
    const UtenWal utenWal(lager.store(), tomt);
    Transaksjon tx(db);
    lager.settBulk(true);
    const auto tilbake = qScopeGuard([&lager] { lager.settBulk(false); });
    const qint64 skriverCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID), prosessCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    ForsteSynk bulk(lager, Katalog::innebygd());
    int hentet = 0;
    QElapsedTimer tid;
    tid.start();
    qint64 skrivMs = 0, skrivCpu = 0;
    // The pages are pulled and decoded on a thread of their own while this one writes.
    QList<qint64> markorer;
    for (const QString &embete : embeter)
        markorer.append(lager.markor(embete));
    ForsteHenting henting(m_conninfo, embeter, markorer, std::max(m_side, m_forsteSide));
    while (std::optional<ForsteSynk::Side> side = henting.neste()) {
        tid.restart();
        const qint64 cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const int avbryt = m_avbrudd == Avbrudd::MidtIPullSide ? int(side->ider.size() / 2) : -1;
        try {
            hentet += bulk.side(*side, epoke, avbryt);
        } catch (const StoreError &e) {
            if (avbryt >= 0)
                throw SentralFeil(e.melding(), SentralFeil::Art::Avbrutt);
            throw;
        }
        // A page's decoded cases (some 10^5 small allocations) are freed on the bulk pool: nothing
        // written keeps a pointer into them, and the writing thread is the one the load waits for.
        (void)QtConcurrent::run(bulktraader(), [ferdig = std::move(*side)] {});
        skrivMs += tid.elapsed();
        skrivCpu += cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu;
        Q_EMIT fremdrift(u"pull"_s, hentet);
        Fremdrift::steg(m_fremdrift, hentet, 0); // cancelled: the whole transaction rolls back
    }
    const qint64 lesMs = henting.lestMs(), dekodMs = henting.dekodetMs(), ventetMs = henting.ventetMs();
    tid.restart();
    qint64 cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    bulk.fullfoer();
    const qint64 fullfoerMs = tid.restart(), fullfoerCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu;
    if (m_avbrudd == Avbrudd::ForCommitForsteSynk)
        throw SentralFeil(u"første synkronisering avbrutt før den ble lagret (feilinjeksjon)"_s, SentralFeil::Art::Avbrutt);
    // The commit writes every page to the WAL; the checkpoint after it writes them again into
    // the store. The same work as SQLite's automatic checkpoint, on this thread, timed apart.
    sqlite3 *h = raaHandle(db);
    QSqlQuery sjekkpunkt(db);
    const int autoSjekkpunkt = sjekkpunkt.exec(u"PRAGMA wal_autocheckpoint"_s) && sjekkpunkt.next()
                                   ? sjekkpunkt.value(0).toInt() : kAutoSjekkpunkt;
    sjekkpunkt.finish();
    sqlite3_wal_autocheckpoint(h, 0);
    const auto sjekkpunktTilbake = qScopeGuard([h, autoSjekkpunkt] { sqlite3_wal_autocheckpoint(h, autoSjekkpunkt); });
    cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    tx.commit();
    const qint64 commitMs = tid.restart(), commitCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu;
    sqlite3_wal_checkpoint_v2(h, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr); // as the automatic one
    qCInfo(lcForsteSynk, "first sync, %d cases: pulling thread: server read %lld ms, decode %lld ms; writing thread: "
                         "waited for pages %lld ms, wrote %lld ms, indexes etc. %lld ms, commit %lld ms, checkpoint "
                         "%lld ms; CPU: writing thread %lld ms (wrote %lld, indexes etc. %lld, commit %lld), whole "
                         "process %lld ms",
           hentet, lesMs, dekodMs, ventetMs, skrivMs, fullfoerMs, commitMs, qint64(tid.elapsed()),
           cpuMs(CLOCK_THREAD_CPUTIME_ID) - skriverCpu, skrivCpu, fullfoerCpu, commitCpu,
           cpuMs(CLOCK_PROCESS_CPUTIME_ID) - prosessCpu);
    return hentet;
}

void SynkMotor::sendEtterPush(const SentralTilkobling &t, SyncLager &lager, Resultat &r)
{
    const auto [loesninger, ider] = lager.loesningerKlare();
    if (!loesninger.isEmpty()) {
        QSqlQuery q = t.kjoer(u"SELECT tilsyn_loes_konflikter(?::jsonb)"_s,
                              {QString::fromUtf8(QJsonDocument(loesninger).toJson(QJsonDocument::Compact))},
                              "kan ikke merke konfliktene som løst");
        r.loesninger = q.next() ? q.value(0).toInt() : 0;
        lager.loesningerSendt(ider);
    }
    // Letters one at a time: a refused one (e.g. its case is not visible to this user) is noted
    // and tried again next time; it does not hold back the others.
    for (const SyncLager::Brev &b : lager.brevKlare()) {
        try {
            t.kjoer(u"SELECT tilsyn_lagre_brev(?, ?::uuid, ?, ?::jsonb)"_s,
                    {b.sha256, b.sakId, lager.brevPdf(b.id),
                     QString::fromUtf8(QJsonDocument(b.metadata).toJson(QJsonDocument::Compact))},
                    "kan ikke arkivere brevet i sentralen");
            lager.brevSendt(b.id, {});
            ++r.brev;
        } catch (const SentralFeil &e) {
            if (e.art() == SentralFeil::Art::Utilgjengelig)
                throw;
            lager.brevSendt(b.id, e.melding());
        }
        Q_EMIT fremdrift(u"brev"_s, r.brev);
    }
}

void SynkMotor::sjekkLytter()
{
    static const QString kanal = u"tilsyn_endret"_s;
    try {
        if (m_lytter && m_lytter->db().isOpen()) { // the driver closes it when the server hangs up
            QSqlQuery q = m_lytter->kjoer(u"SELECT count(*) FROM pg_listening_channels() c WHERE c = ?"_s, {kanal},
                                         "kan ikke sjekke lytteforbindelsen");
            if (q.next() && q.value(0).toInt() == 1)
                return;
        }
    } catch (const SentralFeil &) {
        // the listening connection is gone: open a new one below
    }
    m_lytter.reset();
    try {
        // Named for the server's pg_stat_activity (the later application_name wins in libpq).
        auto t = std::make_unique<SentralTilkobling>(m_conninfo + u" application_name=tilsynsklient-lytter"_s);
        QSqlDriver *driver = t->db().driver();
        if (!driver->subscribeToNotification(kanal)) {
            qWarning("tilsynsklient: kan ikke lytte på %s", qUtf8Printable(kanal));
            return;
        }
        connect(driver, &QSqlDriver::notification, this, &SynkMotor::varslet);
        m_lytter = std::move(t);
    } catch (const SentralFeil &e) {
        qWarning("tilsynsklient: lytteforbindelsen: %s", e.what()); // polling still works
    }
}

void SynkMotor::varslet(const QString &kanal, QSqlDriver::NotificationSource, const QVariant &innhold)
{
    if (kanal != u"tilsyn_endret")
        return;
    // "<embete> <rev>": no case data. Offices this user cannot see (NOTIFY reaches every
    // listener) and revisions we already have are ignored.
    const QStringList deler = innhold.toString().split(u' ');
    bool ok = false;
    const qint64 rev = deler.size() == 2 ? deler[1].toLongLong(&ok) : 0;
    const auto kjent = m_kjentRev.constFind(deler.value(0));
    if (!ok || kjent == m_kjentRev.constEnd() || rev <= *kjent)
        return;
    Q_EMIT endringVarslet(deler[0], rev);
}

} // namespace tilsyn
