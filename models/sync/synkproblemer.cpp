#include "synkproblemer.h"

#include "domain/validering.h"
#include "items/personnavn.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/synclager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// sync_konflikt keeps each value as compact JSON text; NULL means absent.
QJsonValue fraTekst(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonArray a = QJsonDocument::fromJson(u"["_s.append(v.toString()).append(u']').toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Undefined) : a.first();
}

QString naa()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlQuery spoer(const Store &store, const QString &sql, const QVariantList &verdier, const char *hva)
{
    QSqlQuery q(store.db());
    if (!q.prepare(sql))
        throw StoreError::fraSql(q.lastError(), QString::fromUtf8(hva));
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    kjoer(q, hva);
    return q;
}

// A list field's elements are matched by id for tilsynsobjekter and by value otherwise, as the
// central merge does.
bool sammeElement(const QString &liste, const QJsonValue &a, const QJsonValue &b)
{
    if (a.isUndefined() || b.isUndefined())
        return false;
    if (liste == u"tilsynsobjekter")
        return a.toObject().value("id"_L1) == b.toObject().value("id"_L1);
    return a == b;
}

} // namespace

SynkProblemer::SynkProblemer(Store &store, SakRepository &repo, const Katalog &katalog, QString bruker)
    : m_store(store), m_repo(repo), m_katalog(katalog), m_bruker(std::move(bruker))
{
}

QList<SynkProblemer::Konflikt> SynkProblemer::konflikter() const
{
    QSqlQuery q = spoer(m_store,
                        u"SELECT k.id, k.sak_id, s.saksnummer, k.felt, k.base, k.mine, k.deres, k.registrert, "
                        u"d.av, d.tidspunkt FROM sync_konflikt k LEFT JOIN tilsynssak s ON s.id = k.sak_id "
                        u"LEFT JOIN sync_konflikt_deres d ON d.op_id = k.op_id AND d.felt = k.felt "
                        u"WHERE k.loest = 0 ORDER BY k.id"_s,
                        {}, "kan ikke lese konfliktene");
    const Personnavn personer(m_store.db()); // by name, as the case's history shows people
    QList<Konflikt> ut;
    while (q.next()) {
        const QString av = q.value(8).toString();
        ut.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   fraTekst(q.value(4)), fraTekst(q.value(5)), fraTekst(q.value(6)),
                   QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs), av, personer.navn(av),
                   QDateTime::fromString(q.value(9).toString(), Qt::ISODate)});
    }
    return ut;
}

QJsonValue SynkProblemer::verdiI(const QJsonObject &dokument, const QString &felt, const QList<QJsonValue> &kandidater)
{
    const qsizetype skille = felt.indexOf(u'/');
    if (skille < 0)
        return dokument.contains(felt) ? dokument.value(felt) : QJsonValue(QJsonValue::Undefined);
    const QString liste = felt.left(skille);
    for (const QJsonValue &e : dokument.value(liste).toArray()) {
        for (const QJsonValue &k : kandidater) {
            if (sammeElement(liste, e, k))
                return e;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject SynkProblemer::medVerdi(QJsonObject dokument, const QString &felt, const QJsonValue &verdi,
                                    const QList<QJsonValue> &kandidater)
{
    const qsizetype skille = felt.indexOf(u'/');
    if (skille < 0) {
        if (verdi.isUndefined())
            dokument.remove(felt);
        else
            dokument.insert(felt, verdi);
        return dokument;
    }
    const QString liste = felt.left(skille);
    QJsonArray ny;
    bool plassert = false;
    for (const QJsonValue &e : dokument.value(liste).toArray()) {
        const bool treff = std::any_of(kandidater.begin(), kandidater.end(),
                                       [&](const QJsonValue &k) { return sammeElement(liste, e, k); });
        if (!treff) {
            ny.append(e);
        } else if (!plassert && !verdi.isUndefined() && !verdi.isNull()) {
            ny.append(verdi); // in place of the element it resolves
            plassert = true;
        }
    }
    if (!plassert && !verdi.isUndefined() && !verdi.isNull())
        ny.append(verdi);
    dokument.insert(liste, ny);
    return dokument;
}

void SynkProblemer::loes(qint64 id, Valg valg, const QJsonValue &redigert)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery k = spoer(m_store, u"SELECT sak_id, felt, base, mine, deres FROM sync_konflikt WHERE id = ? AND loest = 0"_s,
                        {id}, "kan ikke lese konflikten");
    if (!k.next())
        throw StoreError(u"konflikten finnes ikke eller er allerede løst"_s, StoreError::Art::IkkeFunnet);
    const QString sakId = k.value(0).toString();
    const QString felt = k.value(1).toString();
    const QList<QJsonValue> kandidater{fraTekst(k.value(2)), fraTekst(k.value(3)), fraTekst(k.value(4))};
    k.finish();
    const std::optional<Tilsynssak> lokal = m_repo.hent(sakId);
    if (!lokal)
        throw StoreError(u"saken %1 finnes ikke lokalt"_s.arg(sakId), StoreError::Art::IkkeFunnet);

    const QJsonValue verdi = valg == Valg::Mine ? kandidater[1] : valg == Valg::Deres ? kandidater[2] : redigert;
    const QJsonObject foer = SyncLager::dokument(*lokal);
    const QJsonObject etter = medVerdi(foer, felt, verdi, kandidater);
    QString feil;
    const std::optional<Tilsynssak> sak = SyncLager::sakFraDokument(etter, &feil);
    if (!sak)
        throw StoreError(feil, StoreError::Art::Avvist);
    const Problemer problemer = valider(*sak, m_katalog);
    if (!problemer.isEmpty())
        throw StoreError(problemer.constFirst().felt + u": "_s + problemer.constFirst().melding, StoreError::Art::Avvist);

    if (etter != foer)
        m_repo.skriv(*sak, Endringskontekst{.bruker = m_bruker, .handling = u"konflikt løst"_s});
    // The edit that carries the resolution: the case's waiting op (new, or one that already held
    // later local edits). Choosing theirs when nothing differs needs no edit at all.
    QSqlQuery op = spoer(m_store, u"SELECT op_id FROM outbox WHERE sak_id = ? AND status = 'ventende'"_s, {sakId},
                         "kan ikke lese utboksen");
    const QVariant opId = op.next() ? op.value(0) : QVariant();
    op.finish();
    static const char *const navn[] = {"mine", "deres", "redigert"};
    spoer(m_store,
          u"UPDATE sync_konflikt SET loest = 1, loest_valg = ?, loest_op = ?, loest_av = ?, loest_tidspunkt = ?, "
          u"loest_sendt = 0 WHERE id = ?"_s,
          {QString::fromLatin1(navn[int(valg)]), opId, m_bruker, naa(), id}, "kan ikke merke konflikten som løst");
    t.commit();
}

QList<SynkProblemer::Avvist> SynkProblemer::avviste() const
{
    QSqlQuery q = spoer(m_store,
                        u"SELECT o.op_id, o.sak_id, s.saksnummer, o.opprettet, o.forsok, o.feil FROM outbox o "
                        u"LEFT JOIN tilsynssak s ON s.id = o.sak_id WHERE o.status = 'avvist' ORDER BY o.seq"_s,
                        {}, "kan ikke lese avviste endringer");
    QList<Avvist> ut;
    while (q.next()) {
        ut.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toInt(),
                   q.value(5).toString()});
    }
    return ut;
}

QString SynkProblemer::behandlet(const QString &hva) const
{
    return u"%1 av %2 %3"_s.arg(hva, m_bruker, naa());
}

void SynkProblemer::sendPaaNytt(const QString &opId)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery q = spoer(m_store, u"SELECT sak_id FROM outbox WHERE op_id = ? AND status = 'avvist'"_s, {opId},
                        "kan ikke lese utboksen");
    if (!q.next())
        throw StoreError(u"endringen er ikke avvist (lenger)"_s, StoreError::Art::IkkeFunnet);
    const QString sakId = q.value(0).toString();
    q.finish();
    spoer(m_store, u"UPDATE outbox SET status = 'forkastet', behandlet = ? WHERE op_id = ?"_s,
          {behandlet(u"sendt på nytt"_s), opId}, "kan ikke oppdatere utboksen");
    QSqlQuery v = spoer(m_store, u"SELECT op_id FROM outbox WHERE sak_id = ? AND status = 'ventende'"_s, {sakId},
                        "kan ikke lese utboksen");
    QString nyOp = v.next() ? v.value(0).toString() : QString();
    v.finish();
    if (nyOp.isEmpty()) {
        nyOp = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spoer(m_store, u"INSERT INTO outbox (op_id, sak_id, opprettet) VALUES (?, ?, ?)"_s, {nyOp, sakId, naa()},
              "kan ikke skrive til utboksen");
    }
    // A conflict resolution carried by the rejected op is now carried by the new one.
    spoer(m_store, u"UPDATE sync_konflikt SET loest_op = ? WHERE loest_op = ?"_s, {nyOp, opId},
          "kan ikke oppdatere konfliktene");
    t.commit();
}

void SynkProblemer::forkast(const QString &opId)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery q = spoer(m_store,
                        u"SELECT o.sak_id, g.dokument, g.rev, g.embete FROM outbox o LEFT JOIN sync_sak g "
                        u"ON g.sak_id = o.sak_id WHERE o.op_id = ? AND o.status = 'avvist'"_s,
                        {opId}, "kan ikke lese utboksen");
    if (!q.next())
        throw StoreError(u"endringen er ikke avvist (lenger)"_s, StoreError::Art::IkkeFunnet);
    const QString sakId = q.value(0).toString();
    const QString grunnlag = q.value(1).toString();
    const QVariant rev = q.value(2);
    const QString embete = q.value(3).toString();
    q.finish();
    if (grunnlag.isEmpty() && !rev.isNull()) {
        // A case from a bulk first sync keeps no base text until its first change here writes it
        // out (SakRepository::skriv). Missing after a change, the rows are no longer the base:
        // going back to them would discard nothing, so nothing is done.
        throw StoreError(u"versjonen saken bygde på (revisjon %1 i sentralen) er ikke lagret her, så endringene "
                         u"kan ikke forkastes; ingenting er endret. Send saken på nytt: sentralen fletter den mot "
                         u"sin egen kopi av den versjonen, og det som kolliderer blir konflikter"_s
                             .arg(rev.toLongLong()),
                         StoreError::Art::Avvist);
    }
    if (grunnlag.isEmpty() || rev.isNull()) {
        throw StoreError(u"saken er aldri lagret i sentralen, så det finnes ingen versjon å gå tilbake til; "
                         u"send den på nytt når årsaken er rettet"_s,
                         StoreError::Art::Avvist);
    }
    QSqlQuery s = spoer(m_store, u"SELECT 1 FROM outbox WHERE sak_id = ? AND status = 'sendt'"_s, {sakId},
                        "kan ikke lese utboksen");
    if (s.next())
        throw StoreError(u"saken sendes til sentralen akkurat nå; prøv igjen om litt"_s, StoreError::Art::Avvist);
    s.finish();

    QString feil;
    const auto sak = SyncLager::sakFraDokument(QJsonDocument::fromJson(grunnlag.toUtf8()).object(), &feil);
    if (!sak)
        throw StoreError(u"sentralens versjon av saken kan ikke leses: %1"_s.arg(feil));
    // The server's version: nothing to send back (and any waiting local edits go below).
    m_repo.skriv(*sak, Endringskontekst{.bruker = m_bruker, .handling = u"lokale endringer forkastet"_s,
                                        .tilUtboks = false});
    spoer(m_store, u"UPDATE outbox SET status = 'forkastet', behandlet = ? WHERE sak_id = ? AND status = 'avvist'"_s,
          {behandlet(u"forkastet"_s), sakId}, "kan ikke oppdatere utboksen");
    spoer(m_store, u"DELETE FROM outbox WHERE sak_id = ? AND status = 'ventende'"_s, {sakId},
          "kan ikke rydde utboksen");
    // Revisions of the case that came while it was held back are pulled again from its base on.
    spoer(m_store, u"UPDATE sync_markor SET rev = min(rev, ?) WHERE embete = ?"_s, {rev, embete},
          "kan ikke oppdatere markøren");
    t.commit();
}

QList<SynkProblemer::TaptAvskrivning> SynkProblemer::tapteAvskrivninger() const
{
    // One avskrivning as a line: how, by which letter (its document number), when, who, why.
    const auto beskriv = [](const QString &p) {
        return u"t.%1maate || coalesce(' ' || s.saksnummer || '-' || (SELECT coalesce(m.nummer, m.foreloepig) "
               u"FROM journalpost m WHERE m.id = t.%1med), '') || ', ' || substr(t.%1dato, 9, 2) || '.' || "
               u"substr(t.%1dato, 6, 2) || '.' || substr(t.%1dato, 1, 4) || coalesce(', ' || t.%1av, '') || "
               u"coalesce(': ' || t.%1merknad, '')"_s.arg(p);
    };
    QSqlQuery q = spoer(m_store,
                        u"SELECT t.id, t.journalpost_id, t.sak_id, coalesce(s.saksnummer, '') || '-' || "
                        u"coalesce(p.nummer, p.foreloepig), p.tittel, "_s + beskriv(QString()) + u", "_s
                            + beskriv(u"sentral_"_s)
                            + u", t.registrert FROM journal_avskrivning_tapt t JOIN journalpost p "
                              u"ON p.id = t.journalpost_id LEFT JOIN tilsynssak s ON s.id = t.sak_id "
                              u"WHERE t.sett IS NULL ORDER BY t.id"_s,
                        {}, "kan ikke lese avskrivninger som ikke ble beholdt");
    QList<TaptAvskrivning> ut;
    while (q.next()) {
        ut.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                   QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)});
    }
    return ut;
}

void SynkProblemer::settSett(qint64 id)
{
    QSqlQuery q = spoer(m_store, u"UPDATE journal_avskrivning_tapt SET sett_av = ?, sett = ? WHERE id = ? AND sett IS NULL"_s,
                        {m_bruker, naa(), id}, "kan ikke merke avskrivningen som sett");
    if (q.numRowsAffected() != 1)
        throw StoreError(u"avskrivningen er allerede sett eller finnes ikke"_s, StoreError::Art::IkkeFunnet);
}

int SynkProblemer::antallTapteAvskrivninger() const
{
    QSqlQuery q = spoer(m_store, u"SELECT count(*) FROM journal_avskrivning_tapt WHERE sett IS NULL"_s, {},
                        "kan ikke telle avskrivninger som ikke ble beholdt");
    return q.next() ? q.value(0).toInt() : 0;
}

int SynkProblemer::antallKonflikter() const
{
    QSqlQuery q = spoer(m_store, u"SELECT count(*) FROM sync_konflikt WHERE loest = 0"_s, {}, "kan ikke telle konflikter");
    return q.next() ? q.value(0).toInt() : 0;
}

int SynkProblemer::antallAvviste() const
{
    QSqlQuery q = spoer(m_store, u"SELECT count(*) FROM outbox WHERE status = 'avvist'"_s, {},
                        "kan ikke telle avviste endringer");
    return q.next() ? q.value(0).toInt() : 0;
}

std::pair<int, int> SynkProblemer::forSak(const QString &sakId) const
{
    QSqlQuery q = spoer(m_store,
                        u"SELECT (SELECT count(*) FROM sync_konflikt WHERE sak_id = ? AND loest = 0), "
                        u"(SELECT count(*) FROM outbox WHERE sak_id = ? AND status = 'avvist')"_s,
                        {sakId, sakId}, "kan ikke telle sakens synkroniseringsproblemer");
    return q.next() ? std::pair{q.value(0).toInt(), q.value(1).toInt()} : std::pair{0, 0};
}

} // namespace tilsyn
