#include "synclager.h"

#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString tekst(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject objekt(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString naa()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

SyncLager::SyncLager(Store &store, SakRepository &repo, QString bruker)
    : m_store(store), m_repo(repo), m_bruker(std::move(bruker))
{
}

SyncLager::~SyncLager() = default;

QSqlQuery &SyncLager::sql(const QString &tekst, const QVariantList &verdier, const char *hva) const
{
    // Prepared once per statement text: a first sync runs these a few hundred thousand times.
    auto it = m_spoerringer.find(tekst);
    if (it == m_spoerringer.end()) {
        auto q = std::make_unique<QSqlQuery>(m_store.db());
        if (!q->prepare(tekst))
            throw StoreError::fraSql(q->lastError(), QString::fromUtf8(hva));
        it = m_spoerringer.emplace(tekst, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    kjoer(q, hva);
    return q;
}

QJsonObject SyncLager::dokument(const Tilsynssak &sak)
{
    return synkdokument(sak);
}

std::optional<Tilsynssak> SyncLager::sakFraDokument(const QJsonObject &dokument, QString *feil)
{
    return sakFraSynkdokument(dokument, feil);
}

void SyncLager::snapshot(const QString &epoke)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery &ventende = sql(u"SELECT op_id, sak_id FROM outbox WHERE status = 'ventende' ORDER BY seq"_s,
                                  {}, "kan ikke lese utboksen");
    QList<std::pair<QString, QString>> ops;
    while (ventende.next())
        ops.append({ventende.value(0).toString(), ventende.value(1).toString()});
    for (const auto &[opId, sakId] : std::as_const(ops)) {
        const std::optional<Tilsynssak> sak = m_repo.hent(sakId);
        if (!sak) {
            sql(u"UPDATE outbox SET status = 'avvist', feil = 'saken finnes ikke lokalt' WHERE op_id = ?"_s,
                     {opId}, "kan ikke oppdatere utboksen");
            continue;
        }
        QSqlQuery &base = sql(u"SELECT rev FROM sync_sak WHERE sak_id = ? AND epoke = ?"_s, {sakId, epoke},
                                  "kan ikke lese flettegrunnlaget");
        const QVariant rev = base.next() ? base.value(0) : QVariant();
        base.finish();
        sql(u"UPDATE outbox SET status = 'sendt', dokument = ?, base_rev = ?, epoke = ? WHERE op_id = ?"_s,
                 {tekst(dokument(*sak)), rev, epoke, opId}, "kan ikke ta øyeblikksbilde i utboksen");
    }
    t.commit();
}

QList<SyncLager::Op> SyncLager::sendte() const
{
    QList<Op> ut;
    QSqlQuery &q = sql(u"SELECT op_id, sak_id, base_rev, dokument, epoke, (SELECT meta.verdi FROM meta "
                           u"WHERE meta.noekkel = 'sentral_epoke') FROM outbox WHERE status = 'sendt' ORDER BY seq"_s,
                           {}, "kan ikke lese utboksen");
    while (q.next()) {
        Op op{q.value(0).toString(), q.value(1).toString(), {}};
        // A base revision of another epoch means nothing in this one.
        const bool sammeEpoke = q.value(4).toString() == q.value(5).toString();
        op.melding = QJsonObject{{"op_id"_L1, op.opId},
                                 {"sak_id"_L1, op.sakId},
                                 {"base_rev"_L1, q.value(2).isNull() || !sammeEpoke ? QJsonValue()
                                                                                    : QJsonValue(q.value(2).toLongLong())},
                                 {"dokument"_L1, objekt(q.value(3).toString())}};
        ut.append(op);
    }
    return ut;
}

void SyncLager::telForsok()
{
    sql(u"UPDATE outbox SET forsok = forsok + 1 WHERE status = 'sendt'"_s, {},
             "kan ikke oppdatere utboksen");
}

namespace {

// A savepoint in the current transaction (RAII): rolled back unless released.
class Lagringspunkt final
{
public:
    explicit Lagringspunkt(const QSqlDatabase &db) : m_db(db) { utfoer(u"SAVEPOINT synk_op"_s); }
    ~Lagringspunkt()
    {
        if (m_aktiv) {
            QSqlQuery q(m_db);
            q.exec(u"ROLLBACK TO synk_op"_s);
            q.exec(u"RELEASE synk_op"_s);
        }
    }
    Q_DISABLE_COPY_MOVE(Lagringspunkt)
    void frigi()
    {
        utfoer(u"RELEASE synk_op"_s);
        m_aktiv = false;
    }

private:
    void utfoer(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            throw StoreError::fraSql(q.lastError(), u"kan ikke sette lagringspunkt"_s);
    }
    QSqlDatabase m_db;
    bool m_aktiv = true;
};

} // namespace

SyncLager::Kvittering SyncLager::kvitter(const QJsonArray &svar, const QString &epoke)
{
    const QSqlDatabase db = m_store.db();
    Kvittering k;
    Transaksjon t(db);
    for (const QJsonValue &v : svar) {
        const QJsonObject s = v.toObject();
        const QString opId = s.value("op_id"_L1).toString();
        QSqlQuery &op = sql(u"SELECT seq, sak_id, dokument FROM outbox WHERE op_id = ? AND status = 'sendt'"_s,
                                {opId}, "kan ikke lese utboksen");
        if (!op.next())
            continue; // already acknowledged
        const qint64 seq = op.value(0).toLongLong();
        const QString sakId = op.value(1).toString();
        const QJsonObject sendt = objekt(op.value(2).toString());
        op.finish();
        const QString svartekst = tekst(s);
        if (s.value("status"_L1).toString() == u"avvist") {
            sql(u"UPDATE outbox SET status = 'avvist', feil = ?, svar = ? WHERE op_id = ?"_s,
                     {s.value("feil"_L1).toString(), svartekst, opId}, "kan ikke oppdatere utboksen");
            ++k.avvist;
            continue;
        }
        // A poison answer never blocks the rest: what cannot be written here is rejected locally.
        QString feil;
        {
            Lagringspunkt punkt(db);
            try {
                k.konflikter += kvitterEn(s, opId, seq, sakId, sendt, epoke);
                punkt.frigi();
            } catch (const StoreError &e) {
                feil = hvorforIkkeLagret(s.value("dokument"_L1).toObject(), e.melding());
            }
        }
        if (!feil.isEmpty()) {
            sql(u"UPDATE outbox SET status = 'avvist', feil = ?, svar = ? WHERE op_id = ?"_s,
                {feil, svartekst, opId}, "kan ikke oppdatere utboksen");
            ++k.avvist;
            continue;
        }
        ++k.ferdig;
    }
    t.commit();
    return k;
}

int SyncLager::kvitterEn(const QJsonObject &s, const QString &opId, qint64 seq, const QString &sakId,
                         const QJsonObject &sendt, const QString &epoke)
{
    const QJsonObject dok = s.value("dokument"_L1).toObject();
    const qint64 rev = s.value("rev"_L1).toInteger();
    // A merged answer brings other people's changes: their audit row names them (SynkMotor::push
    // adds who made the revisions in between), never this client's user.
    const QString endretAv = s.value("endret_av"_L1).toString();
    QSqlQuery &nyere = sql(u"SELECT status FROM outbox WHERE sak_id = ? AND seq > ? "
                                   u"AND status IN ('ventende', 'sendt')"_s, {sakId, seq}, "kan ikke lese utboksen");
    bool nyereSendt = false, nyereVentende = false;
    while (nyere.next())
        (nyere.value(0).toString() == u"sendt" ? nyereSendt : nyereVentende) = true;
    if (nyereSendt) {
        // A later op of this case is in flight; its acknowledgement brings the newest state.
    } else if (nyereVentende) {
        // Local edits made after the snapshot: keep them, take the server's value for every
        // field not touched since the snapshot (the later op is merged against `rev`).
        if (const auto lokal = m_repo.hent(sakId)) {
            QJsonObject ny = dokument(*lokal);
            for (auto it = dok.begin(); it != dok.end(); ++it) {
                if (ny.value(it.key()) == sendt.value(it.key()) || it.key() == u"saksnummer")
                    ny.insert(it.key(), it.value());
            }
            QString feil;
            if (const auto sak = sakFraDokument(ny, &feil); sak && ny != dokument(*lokal))
                m_repo.skriv(*sak, Endringskontekst{.bruker = endretAv.isEmpty() ? m_bruker : endretAv,
                                                    .handling = u"synkronisert"_s});
        }
        sql(u"UPDATE tilsynssak SET server_rev = ? WHERE id = ?"_s, {rev, sakId}, "kan ikke oppdatere saken");
        settGrunnlag(sakId, dok.value("embete"_L1).toString(), rev, dok, epoke);
    } else {
        skrivFraServer(dok, rev, epoke, u"synkronisert"_s, endretAv);
    }
    int konflikter = 0;
    for (const QJsonValue &kv : s.value("konflikter"_L1).toArray()) {
        const QJsonObject ko = kv.toObject();
        QSqlQuery &ins = sql(u"INSERT OR IGNORE INTO sync_konflikt (sak_id, op_id, server_rev, felt, base, "
                                     u"mine, deres, registrert) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                 {sakId, opId, rev, ko.value("felt"_L1).toString(), tekst(ko.value("base"_L1)),
                                  tekst(ko.value("mine"_L1)), tekst(ko.value("deres"_L1)), naa()},
                                 "kan ikke lagre konflikt");
        konflikter += ins.numRowsAffected();
        // Who made theirs, and when (SynkMotor::push adds it; local migration 060).
        if (const QString av = ko.value("av"_L1).toString(); !av.isEmpty()) {
            const QString naar = ko.value("tidspunkt"_L1).toString();
            sql(u"INSERT OR IGNORE INTO sync_konflikt_deres (op_id, felt, av, tidspunkt) VALUES (?, ?, ?, ?)"_s,
                {opId, ko.value("felt"_L1).toString(), av,
                 naar.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(naar)},
                "kan ikke lagre hvem som skrev konflikten");
        }
    }
    sql(u"UPDATE outbox SET status = 'ferdig', feil = NULL, svar = ? WHERE op_id = ?"_s,
             {tekst(s), opId}, "kan ikke oppdatere utboksen");
    return konflikter;
}

QString SyncLager::hvorforIkkeLagret(const QJsonObject &dok, const QString &feil) const
{
    const QString nr = dok.value("saksnummer"_L1).toString();
    QSqlQuery &q = sql(u"SELECT id, coalesce(objekt_navn, '') FROM tilsynssak WHERE embete = ? AND saksnummer = ? "
                       u"AND id <> ?"_s, {dok.value("embete"_L1).toString(), nr, dok.value("id"_L1).toString()},
                       "kan ikke slå opp saksnummer");
    QString ut;
    if (!nr.isEmpty() && q.next()) {
        ut = u"sentralen lagret saken med saksnummeret %1, men den lokale saken «%2» (id %3) har det samme "
             u"nummeret; gi en av sakene et annet nummer og send igjen"_s
                 .arg(nr, q.value(1).toString(), q.value(0).toString());
    } else {
        ut = u"sentralens versjon av saken kan ikke lagres her: %1"_s.arg(feil);
    }
    q.finish();
    return ut;
}

QJsonObject SyncLager::reserverteSaksnummer(const QString &epoke) const
{
    const int aar = QDate::currentDate().year();
    QSqlQuery &q = sql(u"SELECT embete, saksnummer FROM tilsynssak s WHERE saksnummer IS NOT NULL "
                       u"AND substr(saksnummer, 1, 4) IN (?, ?, ?) AND (server_rev IS NULL OR NOT EXISTS "
                       u"(SELECT 1 FROM sync_sak g WHERE g.sak_id = s.id AND g.epoke = ? AND g.rev IS NOT NULL)) "
                       u"ORDER BY embete, saksnummer"_s,
                       {QString::number(aar - 1), QString::number(aar), QString::number(aar + 1), epoke},
                       "kan ikke lese lokale saksnummer");
    std::map<QString, QJsonArray> perEmbete;
    while (q.next())
        perEmbete[q.value(0).toString()].append(q.value(1).toString());
    QJsonObject ut;
    for (const auto &[embete, numre] : perEmbete)
        ut.insert(embete, numre);
    return ut;
}

bool SyncLager::harUtestaende(const QString &sakId) const
{
    QSqlQuery &q = sql(u"SELECT 1 FROM outbox WHERE sak_id = ? AND status IN ('ventende', 'sendt', "
                                         u"'avvist') LIMIT 1"_s, {sakId}, "kan ikke lese utboksen");
    const bool finnes = q.next();
    q.finish();
    return finnes;
}

void SyncLager::skrivFraServer(const QJsonObject &dok, qint64 rev, const QString &epoke, const QString &handling,
                               const QString &endretAv)
{
    QString feil;
    const auto sak = sakFraDokument(dok, &feil);
    if (!sak)
        throw StoreError(u"sentralen sendte en ugyldig sak (%1): %2"_s.arg(dok.value("id"_L1).toString(), feil));
    const auto lokal = m_repo.versjon(sak->id) > 0 ? m_repo.hent(sak->id) : std::nullopt;
    if (!lokal || dokument(*lokal) != dok)
        m_repo.skriv(*sak, Endringskontekst{.bruker = endretAv.isEmpty() ? m_bruker : endretAv, .handling = handling,
                                            .tilUtboks = false,
                                            .revisjonsspor = !m_bulk});
    sql(u"UPDATE tilsynssak SET server_rev = ? WHERE id = ?"_s, {rev, sak->id},
             "kan ikke oppdatere saken");
    settGrunnlag(sak->id, sak->embete, rev, dok, epoke);
}

void SyncLager::settGrunnlag(const QString &sakId, const QString &embete, qint64 rev, const QJsonObject &dok,
                             const QString &epoke)
{
    sql(u"INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) VALUES (?, ?, ?, ?, ?, ?) "
             u"ON CONFLICT (sak_id) DO UPDATE SET rev = excluded.rev, dokument = excluded.dokument, "
             u"siste_rev = CASE WHEN sync_sak.epoke = excluded.epoke THEN max(sync_sak.siste_rev, excluded.siste_rev) "
             u"ELSE excluded.siste_rev END, epoke = excluded.epoke"_s,
             {sakId, embete, rev, tekst(dok), rev, epoke}, "kan ikke lagre flettegrunnlaget");
}

void SyncLager::koe(const QString &sakId)
{
    sql(u"INSERT INTO outbox (op_id, sak_id, opprettet) SELECT ?, ?, ? WHERE NOT EXISTS "
                           u"(SELECT 1 FROM outbox WHERE sak_id = ? AND status = 'ventende')"_s,
             {QUuid::createUuid().toString(QUuid::WithoutBraces), sakId, naa(), sakId}, "kan ikke skrive til utboksen");
}

int SyncLager::brukSide(const QString &embete, const QList<Rad> &rader, const QString &epoke, bool avstem,
                        int avbrytEtter)
{
    return brukRader(embete, rader, epoke, avstem, avbrytEtter, true);
}

int SyncLager::brukBoetter(const QString &embete, const QList<Rad> &rader, const QString &epoke)
{
    return brukRader(embete, rader, epoke, false, -1, false);
}

int SyncLager::brukRader(const QString &embete, const QList<Rad> &rader, const QString &epoke, bool avstem,
                         int avbrytEtter, bool flyttMarkor)
{
    const QSqlDatabase db = m_store.db();
    std::optional<Transaksjon> t;
    if (!m_bulk)
        t.emplace(db);
    int skrevet = 0;
    int n = 0;
    for (const Rad &r : rader) {
        if (avbrytEtter >= 0 && n++ == avbrytEtter)
            throw StoreError(u"henting avbrutt (feilinjeksjon)"_s);
        QSqlQuery &s = sql(u"SELECT rev, epoke FROM sync_sak WHERE sak_id = ?"_s, {r.sakId},
                               "kan ikke lese flettegrunnlaget");
        const bool kjent = s.next();
        const bool sammeEpoke = kjent && s.value(1).toString() == epoke;
        const bool harRev = kjent && !s.value(0).isNull();
        const qint64 kjentRev = harRev ? s.value(0).toLongLong() : 0;
        s.finish();
        bool behold = harUtestaende(r.sakId) || (sammeEpoke && harRev && kjentRev >= r.rev);
        if (!behold && avstem && kjent && !sammeEpoke) {
            const auto lokal = m_repo.hent(r.sakId);
            if (lokal && dokument(*lokal) != r.dokument) {
                koe(r.sakId); // pushed without a base: every clash becomes a conflict, nothing is lost
                behold = true;
            }
        }
        if (!behold) {
            // A local case holding the same saksnummer (its own push was rejected for that): keep
            // both and leave this one unrecorded, so the summary check reports and re-pulls it
            // until a person has resolved the clash.
            const QString nr = r.dokument.value("saksnummer"_L1).toString();
            QSqlQuery &opptatt = sql(u"SELECT 1 FROM tilsynssak WHERE embete = ? AND saksnummer = ? AND id <> ?"_s,
                                     {embete, nr, r.sakId}, "kan ikke slå opp saksnummer");
            const bool kollisjon = !nr.isEmpty() && opptatt.next();
            opptatt.finish();
            if (kollisjon)
                continue;
        }
        if (behold) {
            sql(u"INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) "
                         u"VALUES (?, ?, NULL, NULL, ?, ?) ON CONFLICT (sak_id) DO UPDATE SET "
                         u"siste_rev = CASE WHEN sync_sak.epoke = excluded.epoke THEN max(sync_sak.siste_rev, "
                         u"excluded.siste_rev) ELSE excluded.siste_rev END, "
                         u"rev = CASE WHEN sync_sak.epoke = excluded.epoke THEN sync_sak.rev END, "
                         u"epoke = excluded.epoke"_s,
                     {r.sakId, embete, r.rev, epoke}, "kan ikke lagre flettegrunnlaget");
            continue;
        }
        // One case that cannot be written here is left unrecorded (the summary check reports
        // and re-pulls it); it does not stop the page.
        Lagringspunkt punkt(db);
        try {
            skrivFraServer(r.dokument, r.rev, epoke, u"hentet fra sentralen"_s, r.endretAv);
            punkt.frigi();
            ++skrevet;
        } catch (const StoreError &e) {
            qWarning("tilsynsklient: %s", qUtf8Printable(hvorforIkkeLagret(r.dokument, e.melding())));
        }
    }
    if (flyttMarkor && !rader.isEmpty()) {
        sql(u"INSERT INTO sync_markor (embete, rev) VALUES (?, ?) ON CONFLICT (embete) DO UPDATE SET "
                     u"rev = excluded.rev"_s, {embete, rader.constLast().rev}, "kan ikke lagre markøren");
    }
    if (t)
        t->commit();
    return skrevet;
}

bool SyncLager::forsteSynk(const QString &embete) const
{
    QSqlQuery &q = sql(u"SELECT 1 FROM sync_sak WHERE embete = ? LIMIT 1"_s, {embete}, "kan ikke lese flettegrunnlaget");
    const bool finnes = q.next();
    q.finish();
    return !finnes && markor(embete) == 0;
}

bool SyncLager::tomtLager() const
{
    QSqlQuery &q = sql(u"SELECT 1 FROM tilsynssak LIMIT 1"_s, {}, "kan ikke lese sakene");
    const bool finnes = q.next();
    q.finish();
    return !finnes;
}

qint64 SyncLager::markor(const QString &embete) const
{
    QSqlQuery &q = sql(u"SELECT rev FROM sync_markor WHERE embete = ?"_s, {embete},
                           "kan ikke lese markøren");
    const qint64 rev = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return rev;
}

void SyncLager::nullstillMarkor(const QString &embete)
{
    sql(u"DELETE FROM sync_markor WHERE embete = ?"_s, {embete}, "kan ikke nullstille markøren");
}

void SyncLager::nullstillAlleMarkorer()
{
    sql(u"DELETE FROM sync_markor"_s, {}, "kan ikke nullstille markørene");
}

std::pair<qint64, QString> SyncLager::sammendrag(const QString &embete, const QString &epoke) const
{
    // Kept current by the triggers of migration 027: one row, whatever the number of cases.
    QSqlQuery &q = sql(u"SELECT antall, hash FROM sync_sammendrag WHERE embete = ? AND epoke = ? AND antall > 0"_s,
                       {embete, epoke}, "kan ikke lese sammendraget");
    std::pair<qint64, QString> ut{0, QString()};
    if (q.next())
        ut = {q.value(0).toLongLong(), QString::number(q.value(1).toLongLong())};
    q.finish();
    return ut;
}

int SyncLager::koeUkjente(const QString &epoke)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery &q = sql(u"SELECT sak_id FROM sync_sak WHERE epoke <> ?"_s, {epoke}, "kan ikke lese flettegrunnlaget");
    QStringList ider;
    while (q.next())
        ider.append(q.value(0).toString());
    for (const QString &id : std::as_const(ider)) {
        koe(id);
        sql(u"UPDATE sync_sak SET epoke = ?, rev = NULL, siste_rev = 0 WHERE sak_id = ?"_s, {epoke, id},
                 "kan ikke oppdatere flettegrunnlaget");
    }
    t.commit();
    return int(ider.size());
}

int SyncLager::aapneKonflikter() const
{
    QSqlQuery &q = sql(u"SELECT count(*) FROM sync_konflikt WHERE loest = 0"_s, {},
                           "kan ikke telle konflikter");
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::pair<QJsonArray, QList<qint64>> SyncLager::loesningerKlare() const
{
    // A resolution that needed no edit (theirs kept) is sent at once, with the case's server
    // revision; one carried by an edit once the central store has that edit.
    QSqlQuery &q = sql(u"SELECT k.id, k.op_id, k.felt, k.loest_valg, o.svar, g.rev FROM sync_konflikt k "
                       u"LEFT JOIN outbox o ON o.op_id = k.loest_op LEFT JOIN sync_sak g ON g.sak_id = k.sak_id "
                       u"WHERE k.loest = 1 AND k.loest_sendt = 0 AND (k.loest_op IS NULL OR o.status = 'ferdig')"_s,
                       {}, "kan ikke lese løste konflikter");
    std::pair<QJsonArray, QList<qint64>> ut;
    while (q.next()) {
        ut.first.append(QJsonObject{{"op_id"_L1, q.value(1).toString()},
                                    {"felt"_L1, q.value(2).toString()},
                                    {"valg"_L1, q.value(3).toString()},
                                    {"rev"_L1, q.value(4).isNull() ? QJsonValue(q.value(5).toLongLong())
                                                                   : objekt(q.value(4).toString()).value("rev"_L1)}});
        ut.second.append(q.value(0).toLongLong());
    }
    return ut;
}

void SyncLager::loesningerSendt(const QList<qint64> &ider)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    for (const qint64 id : ider)
        sql(u"UPDATE sync_konflikt SET loest_sendt = 1 WHERE id = ?"_s, {id}, "kan ikke merke løsningen som sendt");
    t.commit();
}

QList<SyncLager::Brev> SyncLager::brevKlare() const
{
    QSqlQuery &q = sql(u"SELECT b.id, b.sak_id, b.sha256, b.type, b.maalform, b.dato, b.offentlig_tittel, "
                       u"b.unntatt_offentlighet, b.ferdigstilt_av, b.ferdigstilt FROM brev b "
                       u"JOIN tilsynssak s ON s.id = b.sak_id LEFT JOIN sync_brev sb ON sb.brev_id = b.id "
                       u"WHERE s.server_rev IS NOT NULL AND sb.sendt IS NULL ORDER BY b.id"_s,
                       {}, "kan ikke lese brev som skal sendes");
    QList<Brev> ut;
    while (q.next()) {
        ut.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   QJsonObject{{"type"_L1, q.value(3).toString()},
                               {"maalform"_L1, q.value(4).toString()},
                               {"dato"_L1, q.value(5).toString()},
                               {"offentlig_tittel"_L1, q.value(6).toString()},
                               {"unntatt_offentlighet"_L1, q.value(7).toBool()},
                               {"ferdigstilt_av"_L1, q.value(8).toString()},
                               {"ferdigstilt"_L1, q.value(9).toString()}}});
    }
    return ut;
}

QByteArray SyncLager::brevPdf(qint64 id) const
{
    QSqlQuery &q = sql(u"SELECT pdf FROM brev WHERE id = ?"_s, {id}, "kan ikke lese brevet");
    const QByteArray pdf = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return pdf;
}

void SyncLager::brevSendt(qint64 id, const QString &feil)
{
    sql(u"INSERT INTO sync_brev (brev_id, sendt, feil) VALUES (?, ?, ?) ON CONFLICT (brev_id) DO UPDATE SET "
        u"sendt = excluded.sendt, feil = excluded.feil"_s,
        {id, feil.isEmpty() ? QVariant(naa()) : QVariant(), feil.isEmpty() ? QVariant() : QVariant(feil)},
        "kan ikke merke brevet som sendt");
}

QString SyncLager::klientId() const
{
    return m_store.klientId();
}

} // namespace tilsyn
