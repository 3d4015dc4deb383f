#include "bulkskriver.h"

#include "domain/tilsynssak.h"
#include "store/bulktraader.h"
#include "store/flerrad.h"
#include "store/rapportfakta.h"
#include "store/rapportrader.h"
#include "drift/fremdrift.h"
#include "store/avledet.h"
#include "store/revisjon.h"
#include "store/sakrepository.h"
#include "store/setning.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/virtuellekolonner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <optional>
#include <vector>

namespace tilsyn {

using namespace Qt::StringLiterals;

// Where the time of a load goes: QT_LOGGING_RULES="tilsyn.bulk.info=true".
Q_LOGGING_CATEGORY(lcBulk, "tilsyn.bulk", QtWarningMsg)

namespace {

// The tables a case's rows are in; their secondary indexes are rebuilt after a large load.
constexpr const char *kSakTabeller = "'tilsynssak', 'sak_kilde', 'sak_tema', 'tilsynsobjekt', 'vurdering', "
                                     "'audit', 'outbox'";
// The one trigger a case insert fires that the load replaces: the search index's (migration 006).
constexpr const char *kSoekTrigger = "tilsynssak_sok_ny";
// Page cache during the load (KiB, as PRAGMA cache_size takes a negative number): the indexes of
// 100 000 cases and the sorter that rebuilds them fit, so no page is read twice.
constexpr int kBulkBufferKiB = 256 * 1024;
constexpr qsizetype kSakerPerBit = 256;
// Rows per INSERT statement (Flerrad): 16 to 64 cost the same in sqlite3; one costs ~1.7 times that.
constexpr int kRaderPerSetning = 32;
// The search index's in-memory terms while it is built after a load (bytes), and FTS5's own
// default, put back after it (incremental writes flush at every commit anyway).
constexpr int kSoekHashBytes = 128 * 1024 * 1024;
constexpr int kFts5HashBytes = 1024 * 1024;

// CPU time of the process (every thread) in ms, for the log (std::clock: CPU time on POSIX).
qint64 cpuMs()
{
    return qint64(std::clock() / (CLOCKS_PER_SEC / 1000));
}


// The CHECK constraints of the case tables as the migrations wrote them, each one true of every
// row BulkSkriver writes by construction or by its own check (alvorlig is a bool, the outbox's
// status its default, behandlingsmaate checked in skriv()). SQLite evaluates the outbox's IN
// list of five through a temporary table it builds again for every row (~0.26 s of CPU per
// 100 000 rows, the sqlite3 library on its own); with these and no other CHECK in the tables
// the load runs with `ignore_check_constraints`. Any other CHECK (a later migration) and the
// load leaves SQLite to check them all, as before.
constexpr const char *kKjenteSjekker[][2] = {
    {"tilsynssak", "CHECK (alvorlig IN (0, 1))"},
    {"tilsynssak", "CHECK (behandlingsmaate BETWEEN 0 AND 5)"},
    {"outbox", "CHECK (status IN ('ventende', 'sendt', 'avvist', 'ferdig', 'forkastet'))"},
};

// What each case needs besides its own fields, made on every core before the writing starts.
struct Forberedt
{
    AvledeteKolonner avledet;
    QByteArray revisjon; ///< the audit row's endringer, compact JSON
    std::optional<RapportRader::Sak> rapport; ///< the case's report facts (RapportRader)
};

// yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes the years 0-9999 (without its formatting
// machinery: eight dates per case).
QByteArray isoDato(const QDate &d)
{
    if (!d.isValid())
        return QByteArray();
    const int aar = d.year(), mnd = d.month(), dag = d.day();
    if (aar < 0 || aar > 9999)
        return d.toString(Qt::ISODate).toLatin1();
    const char tekst[10] = {char('0' + aar / 1000), char('0' + aar / 100 % 10), char('0' + aar / 10 % 10),
                            char('0' + aar % 10), '-', char('0' + mnd / 10), char('0' + mnd % 10), '-',
                            char('0' + dag / 10), char('0' + dag % 10)};
    return QByteArray(tekst, 10);
}

} // namespace

struct BulkSkriver::Data
{
    Data(Store &s, const Katalog &k) : store(s), katalog(k) {}

    Store &store;
    const Katalog &katalog;
    Fremdrift *fremdrift = nullptr;
    qint64 foer = 0;
    qint64 totalt = 0;

    // Between begynn() and fullfoer():
    sqlite3 *db = nullptr;
    bool byggEtterpaa = false;
    std::optional<int> buffer, traader; ///< the connection's settings before begynn(), put back after
    bool utenSjekker = false; ///< bareKjenteSjekker(): skriv() runs with ignore_check_constraints
    qint64 hoeyesteRowid = 0;
    QList<std::pair<QString, QString>> indekser, triggere;
    std::optional<VirtuelleKolonner> virtuelle; ///< the case table's sort keys, set aside with their indexes
    std::unique_ptr<Flerrad> sak, kilde, tema, objekt, vurdering, revisjon, utboks;
    std::optional<RapportfaktaPause> rapportfakta; ///< the report facts, made once in fullfoer()
    std::unique_ptr<RapportRader> rapportRader; ///< into an empty store: rapport_sak's rows made as the cases are written
    qint64 skrevet = 0;
    qint64 raderMs = 0;
    qint64 raderCpuMs = 0;
};

BulkSkriver::BulkSkriver(Store &store, const Katalog &katalog) : d(std::make_unique<Data>(store, katalog))
{
}

void BulkSkriver::settFremdrift(Fremdrift *fremdrift, qint64 foer, qint64 totalt)
{
    d->fremdrift = fremdrift;
    d->foer = foer;
    d->totalt = totalt;
}

BulkSkriver::~BulkSkriver()
{
    // Statements first (a prepared statement holds the schema), then the settings.
    d->rapportRader.reset();
    d->sak.reset();
    d->kilde.reset();
    d->tema.reset();
    d->objekt.reset();
    d->vurdering.reset();
    d->revisjon.reset();
    d->utboks.reset();
    if (d->db && d->buffer)
        sqlite3_exec(d->db, QByteArray("PRAGMA cache_size=" + QByteArray::number(*d->buffer)).constData(), nullptr, nullptr, nullptr);
    if (d->db && d->traader)
        sqlite3_exec(d->db, QByteArray("PRAGMA threads=" + QByteArray::number(*d->traader)).constData(), nullptr, nullptr, nullptr);
}

bool BulkSkriver::bareKjenteSjekker(sqlite3 *db)
{
    const auto tabeller = navnOgSql(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN (%1)"_s
                                            .arg(QString::fromLatin1(kSakTabeller)));
    for (const auto &[navn, sql] : tabeller) {
        qsizetype kjente = 0;
        for (const auto &[tabell, sjekk] : kKjenteSjekker)
            kjente += navn == QLatin1StringView(tabell) && sql.contains(QLatin1StringView(sjekk));
        if (sql.count(u"check"_s, Qt::CaseInsensitive) != kjente)
            return false;
    }
    return true;
}

bool BulkSkriver::lonnerGjenoppbygging(qint64 nye, qint64 lagret)
{
    return nye > 0 && (lagret == 0 || (nye >= kMinstForGjenoppbygging && nye * 4 >= lagret));
}

void BulkSkriver::skrivNye(const QList<const Tilsynssak *> &saker, const Endringskontekst &hvem, bool byggEtterpaa)
{
    if (saker.isEmpty())
        return;
    begynn(byggEtterpaa);
    skriv(saker, hvem);
    fullfoer();
}

void BulkSkriver::begynn(bool byggEtterpaa, bool beholdUnike)
{
    if (d->db)
        throw StoreError(u"innlesingen er allerede begynt"_s);
    sqlite3 *db = raaHandle(d->store.db());
    d->db = db;
    d->byggEtterpaa = byggEtterpaa;
    d->buffer = int(heltallSvar(db, "PRAGMA cache_size"));
    utfoer(db, u"PRAGMA cache_size=-%1"_s.arg(kBulkBufferKiB), "kan ikke sette sidebufferen");
    // The sorts that build the indexes may use a helper thread per core.
    d->traader = int(heltallSvar(db, "PRAGMA threads"));
    utfoer(db, u"PRAGMA threads=%1"_s.arg(QThread::idealThreadCount()), "kan ikke sette antall tråder");
    d->utenSjekker = heltallSvar(db, "PRAGMA ignore_check_constraints") == 0 && bareKjenteSjekker(db);
    qCInfo(lcBulk, "CHECK constraints %s", d->utenSjekker ? "of the case tables checked by the writer" : "checked by SQLite");

    // Secondary indexes (not the keys SQLite makes for PRIMARY KEY and UNIQUE) and the search
    // trigger, as they are now, to be made again from the same SQL after the load.
    d->hoeyesteRowid = heltallSvar(db, "SELECT coalesce(max(rowid), 0) FROM tilsynssak");
    if (byggEtterpaa) {
        d->indekser = navnOgSql(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                    u"AND tbl_name IN (%1) %2 ORDER BY name"_s.arg(QString::fromLatin1(kSakTabeller),
                                    beholdUnike ? u"AND sql NOT LIKE 'CREATE UNIQUE%'"_s : QString()));
        d->triggere = navnOgSql(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name = '%1'"_s
                                        .arg(QString::fromLatin1(kSoekTrigger)));
        for (const auto &[navn, sql] : std::as_const(d->indekser))
            utfoer(db, u"DROP INDEX \"%1\""_s.arg(navn), "kan ikke forberede innlesingen");
        for (const auto &[navn, sql] : std::as_const(d->triggere))
            utfoer(db, u"DROP TRIGGER \"%1\""_s.arg(navn), "kan ikke forberede innlesingen");
        // With their indexes gone nothing reads the list's sort keys during the load; SQLite would
        // still compute them for every row inserted.
        d->virtuelle.emplace(db, u"tilsynssak"_s);
    }
    // The report facts' triggers too: the loaded cases' facts are made in one statement at the end,
    // or into an empty store rapport_sak's rows from the cases as they are written.
    d->rapportfakta.emplace(d->store.db());
    if (d->hoeyesteRowid == 0)
        d->rapportRader = std::make_unique<RapportRader>();

    d->sak = std::make_unique<Flerrad>(
        db, "INSERT INTO tilsynssak (id, saksnummer, embete, sektor, mottatt, saksbehandler, alvorlig, "
            "bruker_vurdert, bruker_tilbudt_mote, bruker_merknad, sammendrag, har_innsender, innsender_navn, "
            "innsender_adresse, innsender_maalform, behandlingsmaate, oversendt, mote, avsluttet, "
            "rapport_mottatt, utfall, frist_dato, milepel_dato, objekt_navn, soketekst, opprettet, endret, "
            "innsender_deres_dato, innsender_deres_ref, server_rev) VALUES ",
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
        "?20, ?21, ?22, ?23, ?24, ?25, ?26, ?26, ?27, ?28, ?29)", kRaderPerSetning);
    d->kilde = std::make_unique<Flerrad>(db, "INSERT INTO sak_kilde (sak_id, pos, kode) VALUES ", "(?1, ?2, ?3)",
                                         kRaderPerSetning);
    d->tema = std::make_unique<Flerrad>(db, "INSERT INTO sak_tema (sak_id, pos, kode) VALUES ", "(?1, ?2, ?3)",
                                        kRaderPerSetning);
    d->objekt = std::make_unique<Flerrad>(
        db, "INSERT INTO tilsynsobjekt (sak_id, pos, objekt_id, type, navn, tjenesteniva, orgnr, hpr, "
            "adresse, maalform, deres_dato, deres_ref, autorisasjon) VALUES ",
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", kRaderPerSetning);
    d->vurdering = std::make_unique<Flerrad>(
        db, "INSERT INTO vurdering (sak_id, pos, bestemmelse, objekt_id, konklusjon, begrunnelse) VALUES ",
        "(?1, ?2, ?3, ?4, ?5, ?6)", kRaderPerSetning);
    d->revisjon = std::make_unique<Flerrad>(
        db, "INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) VALUES ", "(?1, ?2, ?3, ?4, ?5)",
        kRaderPerSetning);
    d->utboks = std::make_unique<Flerrad>(db, "INSERT INTO outbox (op_id, sak_id, opprettet, base_rev) VALUES ",
                                          "(?1, ?2, ?3, NULL)", kRaderPerSetning);
}

void BulkSkriver::skriv(const QList<const Tilsynssak *> &saker, const Endringskontekst &hvem,
                        const QList<qint64> &serverRev, const QList<QByteArray> &revisjoner)
{
    if (!d->db)
        throw StoreError(u"innlesingen er ikke begynt"_s);
    if ((!serverRev.isEmpty() && serverRev.size() != saker.size())
        || (!revisjoner.isEmpty() && revisjoner.size() != saker.size()))
        throw StoreError(u"innlesingen fikk ulikt antall saker og revisjoner"_s);
    sqlite3 *db = d->db;
    QElapsedTimer tid;
    tid.start();
    const qint64 cpuFoer = cpuMs();
    // No foreign-key lookups for these rows (one into the parent's key per child row: ~0.9 s of
    // CPU for 100 000 cases): every child row names the case inserted just before it, and a
    // vurdering's object is checked below among the case's own, which is what the deferred key
    // on tilsynsobjekt (sak_id, objekt_id) checked at the commit. sqlite3_db_config, unlike the
    // pragma, may be used inside the caller's transaction: statements prepared while it is off
    // leave the deferred count alone, so what other statements of the transaction counted is
    // still checked at the commit. On again when this returns (every statement is then prepared
    // again with the checks: the per-case writes between two pages of the first sync have them).
    int noekler = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &noekler);
    if (noekler)
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 0, nullptr);
    const auto noeklerTilbake = qScopeGuard([db, noekler] {
        if (noekler)
            sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    });
    // The CHECKs likewise (kKjenteSjekker), on again when this returns. The pragma changes only
    // how statements are prepared, and every statement is prepared again after it.
    const bool utenSjekker = d->utenSjekker;
    if (utenSjekker)
        utfoer(db, u"PRAGMA ignore_check_constraints=ON"_s, "kan ikke forberede innlesingen");
    const auto sjekkerTilbake = qScopeGuard([db, utenSjekker] {
        if (utenSjekker)
            sqlite3_exec(db, "PRAGMA ignore_check_constraints=OFF", nullptr, nullptr, nullptr);
    });

    // Each chunk of cases is prepared on the thread pool while this thread writes the chunks
    // before it; the writing waits only for a chunk that is not ready yet.
    const bool helRevisjon = hvem.revisjonsspor && revisjoner.isEmpty();
    std::vector<Forberedt> forberedt(size_t(saker.size()));
    std::vector<QFuture<void>> biter;
    struct Vent
    {
        std::vector<QFuture<void>> &biter;
        ~Vent()
        {
            for (QFuture<void> &f : biter)
                f.waitForFinished();
        }
    } vent{biter};
    const Katalog &katalog = d->katalog;
    const bool medRapport = d->rapportRader != nullptr;
    for (qsizetype fra = 0; fra < saker.size(); fra += kSakerPerBit) {
        biter.push_back(QtConcurrent::run(bulktraader(), [&saker, &forberedt, &katalog, &hvem, helRevisjon, medRapport, fra] {
            const qsizetype til = std::min(fra + kSakerPerBit, saker.size());
            for (qsizetype i = fra; i < til; ++i) {
                const Tilsynssak &sak = *saker[i];
                Forberedt &f = forberedt[size_t(i)];
                f.avledet = avledeteKolonner(sak, katalog);
                if (helRevisjon)
                    f.revisjon = QJsonDocument(QJsonObject{{"til"_L1, revisjonsdokument(sak)}}).toJson(QJsonDocument::Compact);
                if (medRapport)
                    f.rapport = RapportRader::lag(sak, {isoDato(sak.mottatt), isoDato(sak.avsluttet),
                                                        isoDato(f.avledet.fristDato), isoDato(f.avledet.milepel)});
            }
        }));
    }

    // The op ids (random version 4 UUIDs, as QUuid::createUuid makes them) in ascending order
    // down the load: the outbox's UNIQUE index on op_id then grows at its end instead of taking
    // each id at a random place (which case gets which of the random ids tells nothing).
    std::vector<QByteArray> opIder;
    if (hvem.tilUtboks) {
        std::vector<quint32> tilfeldig(size_t(saker.size()) * 4);
        QRandomGenerator::system()->fillRange(tilfeldig.data(), qsizetype(tilfeldig.size()));
        opIder.reserve(size_t(saker.size()));
        for (size_t i = 0; i < size_t(saker.size()); ++i) {
            QByteArray b(reinterpret_cast<const char *>(&tilfeldig[i * 4]), 16);
            b[6] = char((b[6] & 0x0f) | 0x40); // version 4
            b[8] = char((b[8] & 0x3f) | 0x80); // variant RFC 4122
            opIder.push_back(QUuid::fromRfc4122(b).toByteArray(QUuid::WithoutBraces));
        }
        std::sort(opIder.begin(), opIder.end());
    }

    Flerrad &sak = *d->sak, &kilde = *d->kilde, &tema = *d->tema, &objekt = *d->objekt,
            &vurdering = *d->vurdering, &revisjon = *d->revisjon, &utboks = *d->utboks;
    // Text the same in every row, made UTF-8 once (outlives the statements' runs); a null
    // QString stays NULL, as Setning binds it.
    const QString naa = hvem.tidspunkt.toString(Qt::ISODateWithMs);
    const QByteArray naa8 = naa.toUtf8(), bruker8 = hvem.bruker.toUtf8(), opprettet8 = QByteArrayLiteral("opprettet");
    const auto varig = [](Flerrad &r, int nr, const QString &tekst, const QByteArray &utf8) {
        if (!tekst.isNull())
            r.utf8Varig(nr, utf8);
    };
    // The cases whose tilsynssak rows wait in `sak` (their indexes in `saker`).
    std::vector<qsizetype> iSak;
    iSak.reserve(size_t(kRaderPerSetning));
    const auto skrivSaker = [&] {
        const int feil = sak.kjoer("kan ikke skrive saken", true);
        if (feil >= 0) {
            // The case was added since the file was read: the person decided on something else.
            const QString melding = QString::fromUtf8(sqlite3_errmsg(db));
            if (melding.contains(u"tilsynssak.id"_s))
                throw StoreError(u"saken %1 ble endret i lageret etter at filen ble lest; ingenting ble importert"_s
                                     .arg(saker[iSak[size_t(feil)]]->id), StoreError::Art::Konflikt);
            throw StoreError(u"kan ikke skrive saken: %1"_s.arg(melding));
        }
        // One statement's rows get rowids one after the other, the last one's is the last insert's.
        if (d->rapportRader) {
            qint64 rowid = sqlite3_last_insert_rowid(db) - qint64(iSak.size());
            for (const qsizetype i : iSak)
                d->rapportRader->legg(++rowid, std::move(*forberedt[size_t(i)].rapport));
        }
        iSak.clear();
        // The children of the cases written so far, in whole statements: a child row is never
        // written before its case, so a case in the store already fails as the case (above).
        kilde.kjoer("kan ikke skrive kilde", false, true);
        tema.kjoer("kan ikke skrive tema", false, true);
        objekt.kjoer("kan ikke skrive tilsynsobjekt", false, true);
        vurdering.kjoer("kan ikke skrive vurdering", false, true);
        revisjon.kjoer("kan ikke skrive revisjonsspor", false, true);
        utboks.kjoer("kan ikke skrive til utboksen", false, true);
    };
    for (qsizetype i = 0; i < saker.size(); ++i) {
        if (i % kSakerPerBit == 0) {
            Fremdrift::steg(d->fremdrift, d->foer + d->skrevet + i, d->totalt);
            biter[size_t(i / kSakerPerBit)].waitForFinished();
        }
        const Tilsynssak &s = *saker[i];
        Forberedt &f = forberedt[size_t(i)];
        const QByteArray id = s.id.toUtf8();
        // The one CHECK of kKjenteSjekker a case's fields can break, in SQLite's words.
        if (s.behandlingsmaate && (*s.behandlingsmaate < 0 || *s.behandlingsmaate > 5))
            throw StoreError(u"kan ikke skrive saken: CHECK constraint failed: behandlingsmaate BETWEEN 0 AND 5"_s);
        // A date: yyyy-MM-dd, NULL when not set.
        const auto dato = [](Flerrad &r, int nr, const QDate &d) { r.utf8(nr, isoDato(d), true); };
        sak.ny();
        sak.utf8(1, id);
        sak.tekst(2, s.saksnummer);
        sak.tekst(3, s.embete);
        sak.tekst(4, s.sektor);
        dato(sak, 5, s.mottatt);
        sak.tekst(6, s.saksbehandler);
        sak.heltall(7, int(s.alvorlig));
        if (s.brukerinvolvering) {
            sak.heltall(8, int(s.brukerinvolvering->vurdert));
            sak.heltall(9, int(s.brukerinvolvering->tilbudtMote));
            sak.tekst(10, s.brukerinvolvering->merknad);
        }
        sak.tekst(11, s.sammendrag);
        sak.heltall(12, int(s.innsender.has_value()));
        if (s.innsender) {
            sak.tekst(13, s.innsender->navn);
            sak.tekst(14, s.innsender->adresse);
            sak.tekst(15, s.innsender->maalform);
            dato(sak, 27, s.innsender->deresDato);
            if (!s.innsender->deresRef.isEmpty())
                sak.tekst(28, s.innsender->deresRef);
        }
        sak.heltall(16, s.behandlingsmaate);
        dato(sak, 17, s.oversendt);
        dato(sak, 18, s.mote);
        dato(sak, 19, s.avsluttet);
        dato(sak, 20, s.rapportMottatt);
        sak.tekst(21, s.utfall);
        dato(sak, 22, f.avledet.fristDato);
        dato(sak, 23, f.avledet.milepel);
        sak.tekst(24, f.avledet.objektNavn);
        sak.tekst(25, f.avledet.soketekst);
        varig(sak, 26, naa, naa8);
        if (!serverRev.isEmpty())
            sak.heltall(29, serverRev[i]);
        iSak.push_back(i);
        if (sak.full())
            skrivSaker();
        for (qsizetype k = 0; k < s.kilder.size(); ++k) {
            kilde.ny();
            kilde.utf8(1, id);
            kilde.heltall(2, k);
            kilde.tekst(3, s.kilder[k]);
        }
        for (qsizetype k = 0; k < s.temaer.size(); ++k) {
            tema.ny();
            tema.utf8(1, id);
            tema.heltall(2, k);
            tema.tekst(3, s.temaer[k]);
        }
        for (qsizetype k = 0; k < s.tilsynsobjekter.size(); ++k) {
            const Tilsynsobjekt &o = s.tilsynsobjekter[k];
            objekt.ny();
            objekt.utf8(1, id);
            objekt.heltall(2, k);
            objekt.tekst(3, o.id);
            objekt.tekst(4, o.type);
            objekt.tekst(5, o.navn);
            objekt.tekst(6, o.tjenesteniva);
            objekt.tekst(7, o.orgnr);
            objekt.tekst(8, o.hpr);
            objekt.tekst(9, o.adresse);
            objekt.tekst(10, o.maalform);
            dato(objekt, 11, o.deresDato);
            if (!o.deresRef.isEmpty())
                objekt.tekst(12, o.deresRef);
            if (!o.autorisasjon.isEmpty())
                objekt.tekst(13, o.autorisasjon);
        }
        for (qsizetype k = 0; k < s.vurderinger.size(); ++k) {
            const Vurdering &v = s.vurderinger[k];
            if (!s.objekt(v.objekt))
                throw StoreError(u"kan ikke skrive vurdering: saken %1 har ikke tilsynsobjektet %2 som vurdering %3 "
                                 u"gjelder (FOREIGN KEY constraint failed)"_s.arg(s.id, v.objekt).arg(k + 1));
            vurdering.ny();
            vurdering.utf8(1, id);
            vurdering.heltall(2, k);
            vurdering.tekst(3, v.bestemmelse);
            vurdering.tekst(4, v.objekt);
            vurdering.tekst(5, v.konklusjon);
            if (v.begrunnelse.isNull())
                vurdering.utf8(6, QByteArrayView(""));
            else
                vurdering.tekst(6, v.begrunnelse);
        }
        if (hvem.revisjonsspor) {
            revisjon.ny();
            varig(revisjon, 1, naa, naa8);
            varig(revisjon, 2, hvem.bruker, bruker8);
            revisjon.utf8(3, id);
            revisjon.utf8Varig(4, opprettet8);
            revisjon.utf8Varig(5, helRevisjon ? f.revisjon : revisjoner[i]);
        }
        // A new case has no pending op (a discarded draft's were deleted with it).
        if (hvem.tilUtboks) {
            utboks.ny();
            utboks.utf8Varig(1, opIder[size_t(i)]);
            utboks.utf8(2, id);
            varig(utboks, 3, naa, naa8);
        }
    }
    // The rows of the last, partly filled statements.
    if (sak.ventende() > 0)
        skrivSaker();
    kilde.kjoer("kan ikke skrive kilde");
    tema.kjoer("kan ikke skrive tema");
    objekt.kjoer("kan ikke skrive tilsynsobjekt");
    vurdering.kjoer("kan ikke skrive vurdering");
    revisjon.kjoer("kan ikke skrive revisjonsspor");
    utboks.kjoer("kan ikke skrive til utboksen");
    d->skrevet += saker.size();
    d->raderMs += tid.elapsed();
    d->raderCpuMs += cpuMs() - cpuFoer;
}

void BulkSkriver::fullfoer(bool helSoekeindeks)
{
    if (!d->db)
        throw StoreError(u"innlesingen er ikke begynt"_s);
    sqlite3 *db = d->db;
    QElapsedTimer tid;
    tid.start();
    qint64 cpu = cpuMs();
    qint64 indekserMs = 0, indekserCpu = 0;
    bool rapportIMinne = false;
    if (d->byggEtterpaa) {
        if (d->virtuelle) {
            d->virtuelle->leggTilbake();
            d->virtuelle.reset();
        }
        for (const auto &[navn, sql] : std::as_const(d->indekser))
            utfoer(db, sql, "kan ikke bygge lagerets indekser");
        indekserMs = tid.restart();
        indekserCpu = cpuMs() - cpu;
        cpu += indekserCpu;
        // The new rows are those above the highest rowid before the load (rowids only grow).
        if (!d->triggere.isEmpty()) {
            // FTS5 writes its in-memory terms out as a new segment whenever they pass `hashsize`
            // (1 MiB by default) and merges the segments as they pile up: for 100 000 cases a
            // few hundred segments merged again and again. With room for the whole load the
            // index is written once, in one or two segments; the setting is put back after.
            utfoer(db, u"INSERT INTO tilsynssak_sok (tilsynssak_sok, rank) VALUES ('hashsize', %1)"_s.arg(kSoekHashBytes),
                   "kan ikke bygge søkeindeksen");
            utfoer(db, d->hoeyesteRowid == 0 || helSoekeindeks
                           ? u"INSERT INTO tilsynssak_sok (tilsynssak_sok) VALUES ('rebuild')"_s
                           : u"INSERT INTO tilsynssak_sok (rowid, soketekst) SELECT rowid, soketekst FROM tilsynssak "
                             u"WHERE rowid > %1"_s.arg(d->hoeyesteRowid),
                   "kan ikke bygge søkeindeksen");
            utfoer(db, u"INSERT INTO tilsynssak_sok (tilsynssak_sok, rank) VALUES ('hashsize', %1)"_s.arg(kFts5HashBytes),
                   "kan ikke bygge søkeindeksen");
            for (const auto &[navn, sql] : std::as_const(d->triggere))
                utfoer(db, sql, "kan ikke bygge søkeindeksen");
        }
        d->indekser.clear();
        d->triggere.clear();
    }
    const qint64 soekMs = tid.restart();
    const qint64 soekCpu = cpuMs() - cpu;
    cpu += soekCpu;
    // Cases written one by one during the load (helSoekeindeks) may have changed older rows too.
    if (d->rapportfakta) {
        const bool skrevet = d->rapportRader && !helSoekeindeks && d->rapportRader->skriv(db);
        d->rapportfakta->ferdig(helSoekeindeks ? 0 : d->hoeyesteRowid, skrevet);
        d->rapportfakta.reset();
        rapportIMinne = skrevet;
    }
    d->rapportRader.reset();
    qCInfo(lcBulk, "%lld new cases, wall (CPU of every thread) in ms: rows (prepared alongside on the pool) %lld (%lld), "
                   "indexes rebuilt %lld (%lld), search index %lld (%lld), report facts %lld (%lld) (%s)",
           d->skrevet, d->raderMs, d->raderCpuMs, indekserMs, indekserCpu, soekMs, soekCpu, qint64(tid.elapsed()),
           cpuMs() - cpu,
           rapportIMinne ? "rows made as the cases were written" : "from the views");
}

} // namespace tilsyn
