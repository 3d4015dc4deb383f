#include "dokumentflyt.h"

#include "items/personnavn.h"

#include "domain/tilsynssak.h"
#include "drift/fremdrift.h"
#include "flyt/utkastjson.h"
#include "letters/brevrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kVersjon = "v.id, v.sak_id, v.brev, v.noekkel, v.forrige, v.laget_av, v.laget, v.sentral, v.innhold";
constexpr auto kSteg = "f.id, f.utkast_id, f.sak_id, f.fra, f.til, f.status, f.merknad, f.godkjenner_navn, "
                       "f.godkjenner_tittel, f.sendt, f.mottatt, f.avvist";

QString naa()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime tid(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

Utkastversjon lesVersjon(const QSqlQuery &q, int i = 0)
{
    Utkastversjon v;
    v.id = q.value(i).toString();
    v.sakId = q.value(i + 1).toString();
    v.brev = q.value(i + 2).toString();
    v.noekkel = q.value(i + 3).toString();
    v.forrige = q.value(i + 4).toString();
    v.lagetAv = q.value(i + 5).toString();
    v.laget = tid(q.value(i + 6));
    v.iSentralen = !q.value(i + 7).isNull();
    v.utkast = utkastFraJson(QJsonDocument::fromJson(q.value(i + 8).toString().toUtf8()).object());
    return v;
}

Flytsteg lesSteg(const QSqlQuery &q, int i = 0)
{
    Flytsteg s;
    s.id = q.value(i).toString();
    s.utkastId = q.value(i + 1).toString();
    s.sakId = q.value(i + 2).toString();
    s.fra = q.value(i + 3).toString();
    s.til = q.value(i + 4).toString();
    s.status = flytstatusFraKode(q.value(i + 5).toString()).value_or(Flytstatus::TilGodkjenning);
    s.merknad = q.value(i + 6).toString();
    s.godkjenner.navn = q.value(i + 7).toString();
    s.godkjenner.tittel = q.value(i + 8).toString();
    s.sendt = tid(q.value(i + 9));
    if (!q.value(i + 10).isNull())
        s.mottatt = tid(q.value(i + 10));
    s.avvist = q.value(i + 11).toString();
    return s;
}

void revisjonsspor(QSqlDatabase &db, const QString &hvem, const QString &sakId, const QString &handling,
                   const QJsonObject &endring)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(naa());
    q.addBindValue(hvem);
    q.addBindValue(sakId);
    q.addBindValue(handling);
    q.addBindValue(QString::fromUtf8(QJsonDocument(endring).toJson(QJsonDocument::Compact)));
    kjoer(q, "kan ikke skrive revisjonssporet");
}

} // namespace

QString flytstatusKode(Flytstatus s)
{
    switch (s) {
    case Flytstatus::TilGodkjenning: return u"Til godkjenning"_s;
    case Flytstatus::Godkjent: return u"Godkjent"_s;
    case Flytstatus::IkkeGodkjent: return u"Ikke godkjent"_s;
    case Flytstatus::SendtTilbake: return u"Sendt tilbake med kommentarer"_s;
    }
    return {};
}

std::optional<Flytstatus> flytstatusFraKode(const QString &kode)
{
    for (Flytstatus s : {Flytstatus::TilGodkjenning, Flytstatus::Godkjent, Flytstatus::IkkeGodkjent,
                         Flytstatus::SendtTilbake}) {
        if (flytstatusKode(s) == kode)
            return s;
    }
    return std::nullopt;
}

Dokumentflyt::Dokumentflyt(Store &store) : m_store(store) {}

QString Dokumentflyt::noekkel(const Tilsynssak &sak, const Brevutkast &utkast)
{
    Brevutkast u = utkast;
    u.godkjenning.reset();
    u.utkast = true;
    return BrevRepository::utkastnoekkel(sak, u);
}

QString Dokumentflyt::brevnoekkel(const Brevutkast &utkast)
{
    return utkast.type + u'|' + utkast.mottaker.noekkel() + u'|' + utkast.kopimottaker;
}

QStringList Dokumentflyt::lederEmbeter() const
{
    return m_store.meta(u"sentral_lederroller"_s).split(u',', Qt::SkipEmptyParts);
}

Utkastversjon Dokumentflyt::lagreUtkast(const Tilsynssak &sak, const Brevutkast &utkast, const QString &hvem)
{
    Transaksjon t(m_store.db());
    const Utkastversjon v = lagreIApenTransaksjon(sak, utkast, hvem);
    t.commit();
    return v;
}

QList<Utkastversjon> Dokumentflyt::lagreUtkast(const Tilsynssak &sak, const QList<Brevutkast> &bunke,
                                               const QString &hvem, const std::function<void()> &foerCommit,
                                               Fremdrift *fremdrift)
{
    Transaksjon t(m_store.db());
    QList<Utkastversjon> ut;
    for (const Brevutkast &u : bunke) {
        if (fremdrift)
            fremdrift->sjekk(); // cancelled: the transaction rolls back, none is stored
        ut.append(lagreIApenTransaksjon(sak, u, hvem));
    }
    if (foerCommit)
        foerCommit();
    t.commit();
    return ut;
}

Utkastversjon Dokumentflyt::lagreIApenTransaksjon(const Tilsynssak &sak, const Brevutkast &utkast, const QString &hvem)
{
    const QString brev = brevnoekkel(utkast);
    const QString key = noekkel(sak, utkast);
    QSqlDatabase db = m_store.db();
    const std::optional<Utkastversjon> siste = sisteVersjon(sak.id, brev);
    if (siste && siste->noekkel == key)
        return *siste;
    Utkastversjon v;
    v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.sakId = sak.id;
    v.brev = brev;
    v.noekkel = key;
    v.forrige = siste ? siste->id : QString();
    v.lagetAv = hvem;
    v.laget = QDateTime::currentDateTimeUtc();
    v.utkast = utkast;
    v.utkast.godkjenning.reset();
    v.utkast.utkast = true;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO brevutkast (id, sak_id, type, brev, innhold, noekkel, forrige, laget_av, laget) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &x : {QVariant(v.id), QVariant(sak.id), QVariant(utkast.type), QVariant(brev),
                              QVariant(QString::fromUtf8(QJsonDocument(utkastTilJson(v.utkast)).toJson(QJsonDocument::Compact))),
                              QVariant(key), v.forrige.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.forrige),
                              QVariant(hvem), QVariant(v.laget.toString(Qt::ISODateWithMs))})
        q.addBindValue(x);
    kjoer(q, "kan ikke lagre brevutkastet");
    revisjonsspor(db, hvem, sak.id, u"brevutkast lagret"_s,
                  {{"utkast"_L1, v.id}, {"type"_L1, utkast.type}, {"forrige"_L1, v.forrige}, {"noekkel"_L1, key}});
    return v;
}

Flytsteg Dokumentflyt::leggTilSteg(const Utkastversjon &v, Flytstatus status, const QString &til,
                                   const QString &merknad, const QString &hvem, const Brevperson &leder)
{
    Flytsteg s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.utkastId = v.id;
    s.sakId = v.sakId;
    s.fra = hvem;
    s.til = til;
    s.status = status;
    s.merknad = merknad;
    s.godkjenner = leder; // who made the step (the signature uses it only for Godkjent)
    s.sendt = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO dokumentflyt (id, utkast_id, sak_id, fra, til, status, merknad, godkjenner_navn, "
              u"godkjenner_tittel, sendt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &x : {QVariant(s.id), QVariant(v.id), QVariant(v.sakId), QVariant(hvem), QVariant(til + u""_s),
                              QVariant(flytstatusKode(status)), QVariant(merknad + u""_s),
                              QVariant(s.godkjenner.navn + u""_s), QVariant(s.godkjenner.tittel + u""_s),
                              QVariant(s.sendt.toString(Qt::ISODateWithMs))})
        q.addBindValue(x);
    kjoer(q, "kan ikke lagre flytsteget");
    revisjonsspor(db, hvem, v.sakId, u"dokumentflyt: "_s + flytstatusKode(status),
                  {{"utkast"_L1, v.id}, {"steg"_L1, s.id}, {"til"_L1, til}, {"merknad"_L1, merknad}});
    return s;
}

Flytsteg Dokumentflyt::sendTilGodkjenning(const QString &versjonId, const QString &til, const QString &merknad,
                                          const QString &hvem, const Brevperson &avsender)
{
    Transaksjon t(m_store.db());
    const auto v = versjon(versjonId);
    if (!v)
        throw StoreError(u"utkastversjonen %1 finnes ikke"_s.arg(versjonId), StoreError::Art::IkkeFunnet);
    const auto siste = sisteSteg(versjonId);
    if (siste && siste->status == Flytstatus::TilGodkjenning)
        throw StoreError(u"utkastet venter allerede på godkjenning"_s, StoreError::Art::Avvist);
    if (siste && siste->status == Flytstatus::Godkjent)
        throw StoreError(u"utkastet er allerede godkjent; en endring blir et nytt utkast"_s, StoreError::Art::Avvist);
    Brevperson hvemNavn = avsender;
    if (hvemNavn.navn.trimmed().isEmpty() && v->lagetAv == hvem)
        hvemNavn = v->utkast.saksbehandler;
    hvemNavn.telefon.clear();
    Flytsteg s = leggTilSteg(*v, Flytstatus::TilGodkjenning, til, merknad, hvem, hvemNavn);
    t.commit();
    return s;
}

Flytsteg Dokumentflyt::behandle(const QString &versjonId, Flytstatus status, const QString &merknad,
                                const QString &hvem, const Brevperson &leder)
{
    if (status == Flytstatus::TilGodkjenning)
        throw StoreError(u"en leder godkjenner, sender tilbake eller avslår; ikke send til godkjenning"_s,
                         StoreError::Art::Avvist);
    if (status != Flytstatus::Godkjent && merknad.trimmed().isEmpty())
        throw StoreError(u"skriv en kommentar til saksbehandleren"_s, StoreError::Art::Avvist);
    Transaksjon t(m_store.db());
    const auto v = versjon(versjonId);
    if (!v)
        throw StoreError(u"utkastversjonen %1 finnes ikke"_s.arg(versjonId), StoreError::Art::IkkeFunnet);
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT embete FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(v->sakId);
    kjoer(q, "kan ikke lese saken");
    const QString embete = q.next() ? q.value(0).toString() : QString();
    if (!erLeder(embete))
        throw StoreError(u"bare en leder i embetet %1 kan godkjenne (lederrollen er ikke registrert for denne "
                         u"brukeren ved siste synkronisering)"_s.arg(embete), StoreError::Art::Avvist);
    const auto siste = sisteSteg(versjonId);
    if (!siste || siste->status != Flytstatus::TilGodkjenning)
        throw StoreError(u"utkastet venter ikke på godkjenning"_s, StoreError::Art::Avvist);
    if (status == Flytstatus::Godkjent && leder.navn.trimmed().isEmpty())
        throw StoreError(u"lederens navn mangler (profilen): signaturen må nevne den som godkjente"_s,
                         StoreError::Art::Avvist);
    Flytsteg s = leggTilSteg(*v, status, siste->fra, merknad, hvem, leder);
    t.commit();
    return s;
}

std::optional<Utkastversjon> Dokumentflyt::versjon(const QString &id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM brevutkast v WHERE v.id = ?"_s.arg(QLatin1StringView(kVersjon)));
    q.addBindValue(id);
    kjoer(q, "kan ikke lese brevutkastet");
    if (!q.next())
        return std::nullopt;
    return lesVersjon(q);
}

std::optional<Utkastversjon> Dokumentflyt::sisteVersjon(const QString &sakId, const QString &brev) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM brevutkast v WHERE v.sak_id = ? AND v.brev = ? ORDER BY v.laget DESC, v.rowid DESC LIMIT 1"_s
                  .arg(QLatin1StringView(kVersjon)));
    q.addBindValue(sakId);
    q.addBindValue(brev);
    kjoer(q, "kan ikke lese brevutkastet");
    if (!q.next())
        return std::nullopt;
    return lesVersjon(q);
}

QList<Utkastversjon> Dokumentflyt::versjoner(const QString &sakId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM brevutkast v WHERE v.sak_id = ? ORDER BY v.laget DESC, v.rowid DESC"_s
                  .arg(QLatin1StringView(kVersjon)));
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese brevutkastene");
    QList<Utkastversjon> ut;
    while (q.next())
        ut.append(lesVersjon(q));
    return ut;
}

QList<Flytsteg> Dokumentflyt::steg(const QString &versjonId) const
{
    QSqlQuery q(m_store.db());
    // The central store's order where known; a step only this client has comes after those.
    q.prepare(u"SELECT %1 FROM dokumentflyt f WHERE f.utkast_id = ? ORDER BY f.rev IS NULL, f.rev, f.sendt, f.rowid"_s
                  .arg(QLatin1StringView(kSteg)));
    q.addBindValue(versjonId);
    kjoer(q, "kan ikke lese dokumentflyten");
    QList<Flytsteg> ut;
    while (q.next())
        ut.append(lesSteg(q));
    return ut;
}

std::optional<Flytsteg> Dokumentflyt::sisteSteg(const QString &versjonId) const
{
    // Refused steps never count.
    QList<Flytsteg> alle = steg(versjonId);
    while (!alle.isEmpty() && !alle.constLast().avvist.isEmpty())
        alle.removeLast();
    if (alle.isEmpty())
        return std::nullopt;
    return alle.constLast();
}

std::optional<Godkjenning> Dokumentflyt::godkjenning(const Tilsynssak &sak, const Brevutkast &utkast) const
{
    const auto v = sisteVersjon(sak.id, brevnoekkel(utkast));
    if (!v || v->noekkel != noekkel(sak, utkast))
        return std::nullopt;
    const auto s = sisteSteg(v->id);
    if (!s || s->status != Flytstatus::Godkjent || !s->erEndelig())
        return std::nullopt;
    return Godkjenning{s->godkjenner, s->sendt};
}

std::optional<std::pair<Utkastversjon, Godkjenning>> Dokumentflyt::godkjentVersjon(const QString &sakId,
                                                                                   const QString &brev) const
{
    const auto v = sisteVersjon(sakId, brev);
    if (!v)
        return std::nullopt;
    const auto s = sisteSteg(v->id);
    if (!s || s->status != Flytstatus::Godkjent || !s->erEndelig())
        return std::nullopt;
    return std::pair{*v, Godkjenning{s->godkjenner, s->sendt}};
}

QList<Flytpost> Dokumentflyt::poster(const QString &where, const QVariantList &verdier, const char *rekkefoelge) const
{
    // The latest step of each version that is the latest version of its letter.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1, %2, coalesce(s.saksnummer, ''), s.embete, s.id FROM brevutkast v "
              u"JOIN dokumentflyt f ON f.rowid = (SELECT f2.rowid FROM dokumentflyt f2 WHERE f2.utkast_id = v.id "
              u"  AND f2.avvist IS NULL ORDER BY f2.rev IS NULL DESC, f2.rev DESC, f2.sendt DESC, f2.rowid DESC LIMIT 1) "
              u"JOIN tilsynssak s ON s.id = v.sak_id "
              u"WHERE NOT EXISTS (SELECT 1 FROM brevutkast n WHERE n.sak_id = v.sak_id AND n.brev = v.brev "
              u"  AND (n.laget > v.laget OR (n.laget = v.laget AND n.rowid > v.rowid))) AND %3 ORDER BY f.sendt %4"_s
                  .arg(QLatin1StringView(kVersjon), QLatin1StringView(kSteg), where, QLatin1StringView(rekkefoelge)));
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    kjoer(q, "kan ikke lese godkjenningskøen");
    QList<Flytpost> ut;
    while (q.next()) {
        Flytpost p;
        p.versjon = lesVersjon(q, 0);
        p.steg = lesSteg(q, 9);
        p.saksnummer = q.value(21).toString();
        p.embete = q.value(22).toString();
        p.sakstittel = p.versjon.utkast.mottaker.navn;
        ut.append(p);
    }
    q.finish();
    const Personnavn navnene(m_store.db()); // one look-up per person, not per row
    for (Flytpost &p : ut) {
        p.fraNavn = p.steg.godkjenner.navn.trimmed().isEmpty() ? navnene.navn(p.steg.fra) : p.steg.godkjenner.navn;
        p.tilNavn = navnene.navn(p.steg.til);
    }
    return ut;
}

QString Dokumentflyt::navn(const QString &login) const
{
    return Personnavn(m_store.db()).navn(login); // the one look-up (items/personnavn.h)
}

QList<Flytpost> Dokumentflyt::tilGodkjenning(const QString &meg) const
{
    const QStringList embeter = lederEmbeter();
    if (embeter.isEmpty())
        return {};
    QStringList plass;
    QVariantList verdier{flytstatusKode(Flytstatus::TilGodkjenning), meg};
    for (const QString &e : embeter) {
        plass.append(u"?"_s);
        verdier.append(e);
    }
    return poster(u"f.status = ? AND (f.til = '' OR f.til = ?) AND s.embete IN (%1)"_s.arg(plass.join(u',')),
                  verdier, "ASC");
}

QString Dokumentflyt::antallTilGodkjenningSql(qsizetype embeter)
{
    QStringList plass(embeter, u"?"_s);
    return u"SELECT count(*) FROM godkjenningskoe WHERE embete IN (%1) AND til IN ('', ?)"_s.arg(plass.join(u','));
}

int Dokumentflyt::antallTilGodkjenning(const QString &meg) const
{
    const QStringList embeter = lederEmbeter();
    if (embeter.isEmpty())
        return 0;
    QSqlQuery q(m_store.db());
    q.prepare(antallTilGodkjenningSql(embeter.size()));
    for (const QString &e : embeter)
        q.addBindValue(e);
    q.addBindValue(meg);
    kjoer(q, "kan ikke telle godkjenningskøen");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Flytpost> Dokumentflyt::tilbakesendt(const QString &meg) const
{
    return poster(u"f.status IN (?, ?) AND f.til = ?"_s,
                  {flytstatusKode(Flytstatus::SendtTilbake), flytstatusKode(Flytstatus::IkkeGodkjent), meg}, "DESC");
}

QList<Flytpost> Dokumentflyt::venterPaaGodkjenning(const QString &meg) const
{
    return poster(u"f.status = ? AND f.fra = ?"_s, {flytstatusKode(Flytstatus::TilGodkjenning), meg}, "ASC");
}

QList<Flytpost> Dokumentflyt::besvart(const QString &meg) const
{
    return poster(u"f.status <> ? AND f.til = ? AND f.mottatt IS NOT NULL"_s,
                  {flytstatusKode(Flytstatus::TilGodkjenning), meg}, "DESC");
}

} // namespace tilsyn
