#include "flytsynk.h"

#include "flyt/dokumentflyt.h"
#include "flyt/utkastjson.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"
#include "sync/synksammendrag.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSide = 500;

QVariant nullEllers(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString iso(const QJsonValue &v)
{
    // PostgreSQL's timestamptz as JSON ("2026-11-30T07:01:02.123456+00:00") in the local form.
    QString t = v.toString();
    t.replace(QRegularExpression(u"(\\.\\d{3})\\d+"_s), u"\\1"_s);
    return QDateTime::fromString(t, Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs);
}

QSqlQuery sql(Store &store, const QString &tekst, const QVariantList &verdier, const char *hva)
{
    QSqlQuery q(store.db());
    q.prepare(tekst);
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    kjoer(q, hva);
    return q;
}

// The current assignment of a case from its history: a step only this client has wins (it is
// on its way), else the newest the central store accepted; none: no row.
void oppdaterTildelt(Store &store, const QString &sakId)
{
    QSqlQuery q = sql(store, u"SELECT bruker FROM tildeling WHERE sak_id = ? AND avvist IS NULL "
                             u"ORDER BY rev IS NULL DESC, rev DESC, tidspunkt DESC LIMIT 1"_s, {sakId},
                      "kan ikke lese tildelingen");
    if (q.next())
        sql(store, u"INSERT INTO sak_tildelt (sak_id, bruker) VALUES (?, ?) ON CONFLICT (sak_id) DO UPDATE SET "
                   u"bruker = excluded.bruker"_s, {sakId, q.value(0)}, "kan ikke lagre tildelingen");
    else
        sql(store, u"DELETE FROM sak_tildelt WHERE sak_id = ?"_s, {sakId}, "kan ikke lagre tildelingen");
}

// Runs one server call; a refusal (not a lost connection) is returned as its message.
QString kall(const SentralTilkobling &t, const QString &tekst, const QVariantList &verdier, QVariant *svar)
{
    try {
        QSqlQuery q = t.kjoer(tekst, verdier, "sentralen avviste flyten");
        if (svar && q.next())
            *svar = q.value(0);
        return {};
    } catch (const SentralFeil &e) {
        if (e.art() == SentralFeil::Art::Utilgjengelig)
            throw;
        return e.melding();
    }
}

void push(const SentralTilkobling &t, Store &store, FlytSynk::Resultat &r)
{
    const QString naa = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Versions first (a step needs its version there). A refused version (its case is not in
    // the central store yet) is tried again next time.
    QSqlQuery q = sql(store, u"SELECT id, sak_id, type, innhold, noekkel FROM brevutkast WHERE sentral IS NULL "
                             u"ORDER BY laget"_s, {}, "kan ikke lese brevutkastene");
    QList<QVariantList> versjoner;
    while (q.next())
        versjoner.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)});
    q.finish();
    for (const QVariantList &v : versjoner) {
        const QString feil = kall(t, u"SELECT tilsyn_lagre_utkast(?::uuid, ?::uuid, ?, ?, ?)"_s, v, nullptr);
        sql(store, u"UPDATE brevutkast SET sentral = ?, avvist = ? WHERE id = ?"_s,
            {feil.isEmpty() ? QVariant(naa) : QVariant(QMetaType::fromType<QString>()), nullEllers(feil), v[0]},
            "kan ikke merke utkastet");
        if (feil.isEmpty())
            ++r.sendt;
    }
    q = sql(store, u"SELECT f.id, f.utkast_id, f.status, f.til, f.merknad, f.sendt, f.godkjenner_navn, "
                   u"f.godkjenner_tittel FROM dokumentflyt f JOIN brevutkast v ON v.id = f.utkast_id "
                   u"WHERE f.mottatt IS NULL AND f.avvist IS NULL AND v.sentral IS NOT NULL ORDER BY f.sendt"_s,
            {}, "kan ikke lese dokumentflyten");
    QList<QVariantList> steg;
    while (q.next())
        steg.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6), q.value(7)});
    q.finish();
    for (const QVariantList &s : steg) {
        QVariant mottatt;
        const QString feil = kall(t, u"SELECT tilsyn_flyt(?::uuid, ?::uuid, ?, ?, ?, ?::timestamptz, ?, ?)"_s, s,
                                  &mottatt);
        if (feil.isEmpty()) {
            sql(store, u"UPDATE dokumentflyt SET mottatt = ? WHERE id = ?"_s,
                {mottatt.toDateTime().toUTC().toString(Qt::ISODateWithMs), s[0]}, "kan ikke merke flytsteget");
            ++r.sendt;
        } else {
            sql(store, u"UPDATE dokumentflyt SET avvist = ? WHERE id = ?"_s, {feil, s[0]}, "kan ikke merke flytsteget");
            ++r.avvist;
        }
    }
    q = sql(store, u"SELECT id, sak_id, coalesce(bruker, '') FROM tildeling WHERE mottatt IS NULL AND avvist IS NULL "
                   u"ORDER BY tidspunkt"_s, {}, "kan ikke lese tildelingene");
    QList<QVariantList> tildelinger;
    while (q.next())
        tildelinger.append({q.value(0), q.value(1), q.value(2)});
    q.finish();
    for (const QVariantList &a : tildelinger) {
        QVariant mottatt;
        const QString feil = kall(t, u"SELECT tilsyn_tildel(?::uuid, ?::uuid, ?)"_s, a, &mottatt);
        Transaksjon tx(store.db());
        if (feil.isEmpty()) {
            sql(store, u"UPDATE tildeling SET mottatt = ? WHERE id = ?"_s,
                {mottatt.toDateTime().toUTC().toString(Qt::ISODateWithMs), a[0]}, "kan ikke merke tildelingen");
            ++r.sendt;
        } else {
            sql(store, u"UPDATE tildeling SET avvist = ? WHERE id = ?"_s, {feil, a[0]}, "kan ikke merke tildelingen");
            oppdaterTildelt(store, a[1].toString());
            ++r.avvist;
        }
        tx.commit();
    }
}

bool sakFinnes(Store &store, const QString &sakId)
{
    return sql(store, u"SELECT 1 FROM tilsynssak WHERE id = ?"_s, {sakId}, "kan ikke lese saken").next();
}

void brukRad(Store &store, const QString &art, const QJsonObject &d, qint64 rev)
{
    const QString id = d.value("id"_L1).toString();
    const QString sakId = d.value("sak_id"_L1).toString();
    if (!sakFinnes(store, sakId))
        return; // the case is not here (yet): the summary check of the cases reports it
    if (art == u"utkast") {
        const QString innhold = d.value("innhold"_L1).toString();
        const Brevutkast u = utkastFraJson(QJsonDocument::fromJson(innhold.toUtf8()).object());
        sql(store, u"INSERT INTO brevutkast (id, sak_id, type, brev, innhold, noekkel, laget_av, laget, sentral) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET sentral = coalesce(sentral, "
                   u"excluded.sentral), avvist = NULL"_s,
            {id, sakId, d.value("type"_L1).toString(), Dokumentflyt::brevnoekkel(u), innhold,
             d.value("noekkel"_L1).toString(), d.value("bruker"_L1).toString(), iso(d.value("tidspunkt"_L1)),
             iso(d.value("tidspunkt"_L1))},
            "kan ikke lagre brevutkastet");
    } else if (art == u"flyt") {
        sql(store, u"INSERT INTO dokumentflyt (id, utkast_id, sak_id, fra, til, status, merknad, godkjenner_navn, "
                   u"godkjenner_tittel, sendt, mottatt, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   u"ON CONFLICT (id) DO UPDATE SET fra = excluded.fra, mottatt = excluded.mottatt, rev = excluded.rev"_s,
            {id, d.value("utkast_id"_L1).toString(), sakId, d.value("fra"_L1).toString(), d.value("til"_L1).toString(),
             d.value("status"_L1).toString(), d.value("merknad"_L1).toString(), d.value("godkjenner_navn"_L1).toString(),
             d.value("godkjenner_tittel"_L1).toString(), iso(d.value("sendt"_L1)), iso(d.value("mottatt"_L1)), rev},
            "kan ikke lagre flytsteget");
    } else if (art == u"tildeling") {
        const QJsonValue bruker = d.value("bruker"_L1);
        sql(store, u"INSERT INTO tildeling (id, sak_id, bruker, av, tidspunkt, mottatt, rev) VALUES (?, ?, ?, ?, ?, ?, ?) "
                   u"ON CONFLICT (id) DO UPDATE SET av = excluded.av, mottatt = excluded.mottatt, rev = excluded.rev"_s,
            {id, sakId, bruker.isString() ? QVariant(bruker.toString()) : QVariant(QMetaType::fromType<QString>()),
             d.value("av"_L1).toString(), iso(d.value("tidspunkt"_L1)), iso(d.value("tidspunkt"_L1)), rev},
            "kan ikke lagre tildelingen");
        oppdaterTildelt(store, sakId);
    }
}

int pull(const SentralTilkobling &t, Store &store, const QString &embete)
{
    const QString markor = u"flyt_markor_"_s + embete;
    int hentet = 0;
    while (true) {
        QSqlQuery q = t.kjoer(u"SELECT rev, art, data::text FROM tilsyn_hent_flyt(?, ?, ?)"_s,
                              {embete, store.meta(markor).toLongLong(), kSide}, "kan ikke hente dokumentflyten");
        QList<std::tuple<qint64, QString, QJsonObject>> rader;
        while (q.next())
            rader.append({q.value(0).toLongLong(), q.value(1).toString(),
                          QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
        if (rader.isEmpty())
            return hentet;
        // A page and its cursor in one local transaction.
        Transaksjon tx(store.db());
        for (const auto &[rev, art, data] : rader)
            brukRad(store, art, data, rev);
        store.settMeta(markor, QString::number(std::get<0>(rader.constLast())));
        tx.commit();
        hentet += int(rader.size());
    }
}

void brukere(const SentralTilkobling &t, Store &store, const QString &embete)
{
    QSqlQuery q = t.kjoer(u"SELECT bruker, leder FROM tilsyn_embete_brukere(?)"_s, {embete},
                          "kan ikke lese brukerne i embetet");
    QList<std::pair<QString, bool>> rader;
    while (q.next())
        rader.append({q.value(0).toString(), q.value(1).toBool()});
    std::sort(rader.begin(), rader.end());
    // Unchanged (the usual case): no write, so a no-op sync commits nothing here (a commit costs
    // an fdatasync under synchronous=FULL, per office and per sync).
    QList<std::pair<QString, bool>> lagret;
    QSqlQuery l = sql(store, u"SELECT bruker, leder FROM sentral_bruker WHERE embete = ? ORDER BY bruker"_s, {embete},
                      "kan ikke lese brukerne");
    while (l.next())
        lagret.append({l.value(0).toString(), l.value(1).toBool()});
    l.finish();
    std::sort(lagret.begin(), lagret.end());
    if (lagret == rader)
        return;
    Transaksjon tx(store.db());
    sql(store, u"DELETE FROM sentral_bruker WHERE embete = ?"_s, {embete}, "kan ikke lagre brukerne");
    for (const auto &[bruker, leder] : rader)
        sql(store, u"INSERT INTO sentral_bruker (embete, bruker, leder) VALUES (?, ?, ?)"_s, {embete, bruker, leder ? 1 : 0},
            "kan ikke lagre brukerne");
    tx.commit();
}

} // namespace

FlytSynk::Resultat FlytSynk::synkroniser(const SentralTilkobling &t, Store &store,
                                         const QList<synksammendrag::Embete> &embeter)
{
    Resultat r;
    push(t, store, r);
    const bool sendt = r.sendt + r.avvist > 0; // our own rows come back: pull every office
    for (const synksammendrag::Embete &e : embeter) {
        if (sendt || e.flytRev < 0 || store.meta(u"flyt_markor_"_s + e.embete).toLongLong() != e.flytRev)
            r.hentet += pull(t, store, e.embete);
        const QString avtrykk = u"sentral_brukere:"_s + e.embete;
        if (e.brukere.isEmpty() || store.meta(avtrykk) != e.brukere) {
            brukere(t, store, e.embete);
            if (!e.brukere.isEmpty())
                store.settMeta(avtrykk, e.brukere);
        }
    }
    return r;
}

} // namespace tilsyn
