#include "sakrepository.h"

#include "domain/frist.h"
#include "store/avledet.h"
#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "io/jsonlimport.h"
#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "journal/journalrepository.h"
#include "store/revisjon.h"
#include "store/sakrader.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// avslutningsproblemer()'s message, "%1" for the documents: one text, so erUavskrevneDokumenter()
// knows it in any language.
QString uavskrevetMelding()
{
    return QCoreApplication::translate("tilsyn::SakRepository",
                                       "the case cannot be closed until every incoming document is written off, or "
                                       "you say why not: %1");
}

// The case columns in the order the SELECT and the upsert use them.
constexpr const char *kSakKolonner =
    "id, saksnummer, embete, sektor, mottatt, saksbehandler, alvorlig, bruker_vurdert, "
    "bruker_tilbudt_mote, bruker_merknad, sammendrag, har_innsender, innsender_navn, "
    "innsender_adresse, innsender_maalform, behandlingsmaate, oversendt, mote, avsluttet, "
    "rapport_mottatt, utfall, frist_dato, milepel_dato, objekt_navn, soketekst, innsender_deres_dato, "
    "innsender_deres_ref";
constexpr int kAntallSakKolonner = 27;
// The tilsynsobjekt columns objektFraRad() reads, in its order.
constexpr const char *kObjektKolonner =
    "sak_id, objekt_id, type, navn, tjenesteniva, orgnr, hpr, adresse, maalform, deres_dato, deres_ref, autorisasjon";

QString plassholdere(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += i == 0 ? u"?"_s : u", ?"_s;
    return s;
}

QSqlQuery forbered(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw StoreError::fraSql(q.lastError(), u"kan ikke forberede spørring"_s);
    return q;
}

Tilsynssak sakFraRad(const QSqlQuery &q)
{
    using namespace rader;
    Tilsynssak s;
    s.id = q.value(0).toString();
    s.saksnummer = tekst(q.value(1));
    s.embete = q.value(2).toString();
    s.sektor = q.value(3).toString();
    s.mottatt = dato(q.value(4));
    s.saksbehandler = tekst(q.value(5));
    s.alvorlig = q.value(6).toBool();
    if (!q.value(7).isNull())
        s.brukerinvolvering = Brukerinvolvering{q.value(7).toBool(), q.value(8).toBool(), q.value(9).toString()};
    s.sammendrag = tekst(q.value(10));
    if (q.value(11).toBool())
        s.innsender = Innsender{q.value(12).toString(), q.value(13).toString(), tekst(q.value(14)), dato(q.value(25)),
                                q.value(26).toString()};
    if (!q.value(15).isNull())
        s.behandlingsmaate = q.value(15).toInt();
    s.oversendt = dato(q.value(16));
    s.mote = dato(q.value(17));
    s.avsluttet = dato(q.value(18));
    s.rapportMottatt = dato(q.value(19));
    s.utfall = tekst(q.value(20));
    return s;
}

Tilsynsobjekt objektFraRad(const QSqlQuery &q)
{
    using namespace rader;
    // columns: kObjektKolonner
    return Tilsynsobjekt{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         tekst(q.value(4)), tekst(q.value(5)), tekst(q.value(6)),
                         tekst(q.value(7)), tekst(q.value(8)), dato(q.value(9)), q.value(10).toString(),
                         q.value(11).toString()};
}

Vurdering vurderingFraRad(const QSqlQuery &q)
{
    // columns: sak_id, bestemmelse, objekt_id, konklusjon, begrunnelse
    return Vurdering{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()};
}

// What changed between two versions of a case, field by field, for the audit trail.
QJsonObject endringer(const QJsonObject &foer, const QJsonObject &etter)
{
    QJsonObject ut;
    for (auto it = etter.begin(); it != etter.end(); ++it) {
        const QJsonValue gammel = foer.value(it.key());
        if (gammel != it.value())
            ut.insert(it.key(), QJsonObject{{"fra"_L1, gammel.isUndefined() ? QJsonValue() : gammel},
                                            {"til"_L1, it.value()}});
    }
    return ut;
}

} // namespace

struct SakRepository::Spoerringer
{
    explicit Spoerringer(const QSqlDatabase &db)
        : finnes(forbered(db, u"SELECT versjon FROM tilsynssak WHERE id = ?"_s))
        , upsert(forbered(db, u"INSERT INTO tilsynssak (%1, opprettet, endret) VALUES (%2, ?, ?) "
                              u"ON CONFLICT (id) DO UPDATE SET %3, endret = excluded.endret, "
                              u"versjon = tilsynssak.versjon + 1"_s
                                  .arg(QString::fromLatin1(kSakKolonner),
                                       plassholdere(kAntallSakKolonner), oppdateringer())))
        , slettKilder(forbered(db, u"DELETE FROM sak_kilde WHERE sak_id = ?"_s))
        , slettTemaer(forbered(db, u"DELETE FROM sak_tema WHERE sak_id = ?"_s))
        , slettVurderinger(forbered(db, u"DELETE FROM vurdering WHERE sak_id = ?"_s))
        , slettObjekter(forbered(db, u"DELETE FROM tilsynsobjekt WHERE sak_id = ?"_s))
        , kilde(forbered(db, u"INSERT INTO sak_kilde (sak_id, pos, kode) VALUES (?, ?, ?)"_s))
        , tema(forbered(db, u"INSERT INTO sak_tema (sak_id, pos, kode) VALUES (?, ?, ?)"_s))
        , objekt(forbered(db, u"INSERT INTO tilsynsobjekt (sak_id, pos, objekt_id, type, navn, "
                              u"tjenesteniva, orgnr, hpr, adresse, maalform, deres_dato, deres_ref, autorisasjon) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        , vurdering(forbered(db, u"INSERT INTO vurdering (sak_id, pos, bestemmelse, objekt_id, "
                                 u"konklusjon, begrunnelse) VALUES (?, ?, ?, ?, ?, ?)"_s))
        , audit(forbered(db, u"INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) "
                             u"VALUES (?, ?, ?, ?, ?)"_s))
        , outboxFinnes(forbered(db, u"SELECT 1 FROM outbox WHERE sak_id = ? AND status = 'ventende'"_s))
        , outbox(forbered(db, u"INSERT INTO outbox (op_id, sak_id, opprettet, base_rev) "
                              u"SELECT ?, id, ?, server_rev FROM tilsynssak WHERE id = ?"_s))
        , grunnlagUskrevet(forbered(db, u"SELECT 1 FROM sync_sak WHERE sak_id = ? AND rev IS NOT NULL "
                                        u"AND dokument IS NULL"_s))
        , grunnlag(forbered(db, u"UPDATE sync_sak SET dokument = ? WHERE sak_id = ? AND dokument IS NULL"_s))
    {
    }

    static QString oppdateringer()
    {
        QStringList deler;
        const QStringList kolonner = QString::fromLatin1(kSakKolonner).split(u", "_s);
        for (const QString &k : kolonner) {
            if (k != u"id")
                deler.append(u"%1 = excluded.%1"_s.arg(k));
        }
        return deler.join(u", "_s);
    }

    QSqlQuery finnes, upsert, slettKilder, slettTemaer, slettVurderinger, slettObjekter;
    QSqlQuery kilde, tema, objekt, vurdering, audit, outboxFinnes, outbox, grunnlagUskrevet, grunnlag;
};

SakRepository::SakRepository(Store &store, const Katalog &katalog)
    : m_store(store), m_katalog(katalog), m_q(std::make_unique<Spoerringer>(store.db()))
{
}

SakRepository::~SakRepository() = default;

QString SakRepository::lagerSti() const
{
    return m_store.sti();
}

std::optional<Tilsynssak> SakRepository::hent(const QString &id) const
{
    const QSqlDatabase db = m_store.db();
    QSqlQuery q = forbered(db, u"SELECT %1 FROM tilsynssak WHERE id = ?"_s.arg(QString::fromLatin1(kSakKolonner)));
    q.addBindValue(id);
    kjoer(q, "kan ikke lese saken");
    if (!q.next())
        return std::nullopt;
    Tilsynssak sak = sakFraRad(q);

    QSqlQuery k = forbered(db, u"SELECT kode FROM sak_kilde WHERE sak_id = ? ORDER BY pos"_s);
    k.addBindValue(id);
    kjoer(k, "kan ikke lese kilder");
    while (k.next())
        sak.kilder.append(k.value(0).toString());
    QSqlQuery t = forbered(db, u"SELECT kode FROM sak_tema WHERE sak_id = ? ORDER BY pos"_s);
    t.addBindValue(id);
    kjoer(t, "kan ikke lese temaer");
    while (t.next())
        sak.temaer.append(t.value(0).toString());
    QSqlQuery o = forbered(db, u"SELECT %1 FROM tilsynsobjekt WHERE sak_id = ? ORDER BY pos"_s
                                   .arg(QString::fromLatin1(kObjektKolonner)));
    o.addBindValue(id);
    kjoer(o, "kan ikke lese tilsynsobjekter");
    while (o.next())
        sak.tilsynsobjekter.append(objektFraRad(o));
    QSqlQuery v = forbered(db, u"SELECT sak_id, bestemmelse, objekt_id, konklusjon, begrunnelse "
                               u"FROM vurdering WHERE sak_id = ? ORDER BY pos"_s);
    v.addBindValue(id);
    kjoer(v, "kan ikke lese vurderinger");
    while (v.next())
        sak.vurderinger.append(vurderingFraRad(v));
    return sak;
}

int SakRepository::versjon(const QString &id) const
{
    QSqlQuery &q = m_q->finnes;
    q.addBindValue(id);
    kjoer(q, "kan ikke lese saken");
    const int v = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return v;
}

qint64 SakRepository::antall() const
{
    QSqlQuery q(m_store.db());
    kjoer(q, u"SELECT count(*) FROM tilsynssak"_s, "kan ikke telle saker");
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QString> SakRepository::idForSaksnummer(const QString &embete, const QString &saksnummer) const
{
    QSqlQuery q = forbered(m_store.db(), u"SELECT id FROM tilsynssak WHERE embete = ? AND saksnummer = ?"_s);
    q.addBindValue(embete);
    q.addBindValue(saksnummer);
    kjoer(q, "kan ikke slå opp saksnummer");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Problemer SakRepository::saksnummerProblemer(const Tilsynssak &sak) const
{
    Problemer p;
    const QSqlDatabase db = m_store.db();
    if (sak.saksnummer && !sak.saksnummer->isEmpty()) {
        QSqlQuery q = forbered(db, u"SELECT id, mottatt, objekt_navn FROM tilsynssak "
                                   u"WHERE embete = ? AND saksnummer = ? AND id <> ?"_s);
        q.addBindValue(sak.embete);
        q.addBindValue(*sak.saksnummer);
        q.addBindValue(sak.id);
        kjoer(q, "kan ikke slå opp saksnummer");
        if (q.next()) {
            const QString mottatt = QDate::fromString(q.value(1).toString(), Qt::ISODate).toString(u"dd.MM.yyyy"_s);
            const QString objekt = q.value(2).toString();
            // The other case by what the caseworker sees of it (its date and object), not its id.
            p.append({u"saksnummer"_s,
                      objekt.isEmpty()
                          ? QCoreApplication::translate("tilsyn::SakRepository",
                                                        "the case number %1 is already used in this office by the "
                                                        "case received %2")
                                .arg(*sak.saksnummer, mottatt)
                          : QCoreApplication::translate("tilsyn::SakRepository",
                                                        "the case number %1 is already used in this office by the "
                                                        "case received %2 about %3")
                                .arg(*sak.saksnummer, mottatt, objekt)});
        }
    }
    QSqlQuery lagret = forbered(db, u"SELECT saksnummer FROM tilsynssak WHERE id = ?"_s);
    lagret.addBindValue(sak.id);
    kjoer(lagret, "kan ikke lese saken");
    if (lagret.next() && !lagret.value(0).isNull() && lagret.value(0).toString() != sak.saksnummer.value_or(QString())
        && harFerdigstilteBrev(sak.id)) {
        p.append({u"saksnummer"_s, u"saksnummeret kan ikke endres fra %1: saken har ferdigstilte brev med dette nummeret"_s
                                       .arg(lagret.value(0).toString())});
    }
    return p;
}

bool SakRepository::harFerdigstilteBrev(const QString &id) const
{
    QSqlQuery q = forbered(m_store.db(), u"SELECT 1 FROM brev WHERE sak_id = ? LIMIT 1"_s);
    q.addBindValue(id);
    kjoer(q, "kan ikke lese sakens brev");
    return q.next();
}

QDate SakRepository::rapportfrist(const QString &id) const
{
    QSqlQuery q = forbered(m_store.db(), u"SELECT max(svarfrist) FROM brev WHERE sak_id = ? AND type = 'bm3-anmodning'"_s);
    q.addBindValue(id);
    kjoer(q, "kan ikke lese sakens brev");
    return q.next() && !q.value(0).isNull() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

SakRepository::Resultat SakRepository::lagre(const Tilsynssak &sak, const Endringskontekst &hvem,
                                             std::optional<int> forventetVersjon)
{
    Resultat r;
    r.problemer = valider(sak, m_katalog);
    r.problemer.append(saksnummerProblemer(sak));
    r.problemer.append(avslutningsproblemer(sak, hvem.avslutningsgrunn));
    // Export must be able to write what is saved, within the line limit import reads.
    if (const qsizetype lengde = eksportLinje(sak).size(); lengde > JsonlImport::kMaksLinje)
        r.problemer.append({u"-"_s, u"saken er for stor: %1 byte som eksportlinje, største tillatte er %2 byte"_s
                                        .arg(lengde).arg(JsonlImport::kMaksLinje)});
    if (!r.ok())
        return r;
    Transaksjon t(m_store.db());
    if (forventetVersjon && versjon(sak.id) != *forventetVersjon) {
        throw StoreError(u"saken er endret et annet sted etter at du åpnet den; last den inn på nytt "
                         u"og gjør endringen igjen"_s,
                         StoreError::Art::Konflikt);
    }
    const bool lukkes = sak.avsluttet.isValid() && lagretAvsluttet(sak.id).value_or(QString()).isEmpty();
    skriv(sak, hvem);
    if (lukkes && !hvem.avslutningsgrunn.trimmed().isEmpty())
        JournalRepository::avskrivAlle(m_store.db(), sak.id, hvem.avslutningsgrunn, {}, hvem);
    r.versjon = versjon(sak.id);
    t.commit();
    return r;
}

std::optional<QString> SakRepository::lagretAvsluttet(const QString &id) const
{
    QSqlQuery q = forbered(m_store.db(), u"SELECT coalesce(avsluttet, '') FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(id);
    kjoer(q, "kan ikke lese saken");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Problemer SakRepository::avslutningsproblemer(const Tilsynssak &sak, const QString &grunn) const
{
    if (!sak.avsluttet.isValid() || !grunn.trimmed().isEmpty() || !lagretAvsluttet(sak.id).value_or(QString()).isEmpty())
        return {};
    const QList<Journalpost> aapne = JournalRepository::ubesvarte(m_store.db(), sak.id);
    if (aapne.isEmpty())
        return {};
    QStringList navn;
    for (const Journalpost &p : aapne)
        navn.append(u"%1 «%2»"_s.arg(dokumentreferanse(sak.saksnummer.value_or(QString()), p.dokumentnummer()),
                                     p.tittel));
    return {uavskrevneDokumenter(navn)};
}

Problem SakRepository::uavskrevneDokumenter(const QStringList &dokumenter)
{
    return {u"avsluttet"_s, uavskrevetMelding().arg(dokumenter.join(u", "_s))};
}

bool SakRepository::erUavskrevneDokumenter(const Problem &p)
{
    return p.felt == u"avsluttet" && p.melding.startsWith(uavskrevetMelding().section(u"%1"_s, 0, 0));
}

void SakRepository::skriv(const Tilsynssak &sak, const Endringskontekst &hvem)
{
    using namespace rader;
    const int foerVersjon = versjon(sak.id);
    const bool ny = foerVersjon == 0;
    const std::optional<Tilsynssak> foer = ny ? std::nullopt : hent(sak.id);
    if (foer)
        skrivGrunnlag(*foer);

    const AvledeteKolonner avledet = avledeteKolonner(sak, m_katalog);
    const QString naa = hvem.tidspunkt.toString(Qt::ISODateWithMs);

    QSqlQuery &u = m_q->upsert;
    const QVariantList verdier{
        sak.id, tekst(sak.saksnummer), sak.embete, sak.sektor, dato(sak.mottatt),
        tekst(sak.saksbehandler), int(sak.alvorlig),
        sak.brukerinvolvering ? QVariant(int(sak.brukerinvolvering->vurdert)) : QVariant(),
        sak.brukerinvolvering ? QVariant(int(sak.brukerinvolvering->tilbudtMote)) : QVariant(),
        sak.brukerinvolvering ? QVariant(sak.brukerinvolvering->merknad) : QVariant(),
        tekst(sak.sammendrag), int(sak.innsender.has_value()),
        sak.innsender ? QVariant(sak.innsender->navn) : QVariant(),
        sak.innsender ? QVariant(sak.innsender->adresse) : QVariant(),
        sak.innsender ? tekst(sak.innsender->maalform) : QVariant(),
        sak.behandlingsmaate ? QVariant(*sak.behandlingsmaate) : QVariant(),
        dato(sak.oversendt), dato(sak.mote), dato(sak.avsluttet), dato(sak.rapportMottatt),
        tekst(sak.utfall), dato(avledet.fristDato), dato(avledet.milepel), avledet.objektNavn, avledet.soketekst,
        sak.innsender ? dato(sak.innsender->deresDato) : QVariant(),
        sak.innsender && !sak.innsender->deresRef.isEmpty() ? QVariant(sak.innsender->deresRef) : QVariant(), naa, naa};
    for (const QVariant &v : verdier)
        u.addBindValue(v);
    kjoer(u, "kan ikke skrive saken");

    if (!ny) {
        for (QSqlQuery *q : {&m_q->slettVurderinger, &m_q->slettObjekter, &m_q->slettKilder, &m_q->slettTemaer}) {
            q->addBindValue(sak.id);
            kjoer(*q, "kan ikke erstatte sakens detaljer");
        }
    }
    for (qsizetype i = 0; i < sak.kilder.size(); ++i) {
        m_q->kilde.addBindValue(sak.id);
        m_q->kilde.addBindValue(int(i));
        m_q->kilde.addBindValue(sak.kilder[i]);
        kjoer(m_q->kilde, "kan ikke skrive kilde");
    }
    for (qsizetype i = 0; i < sak.temaer.size(); ++i) {
        m_q->tema.addBindValue(sak.id);
        m_q->tema.addBindValue(int(i));
        m_q->tema.addBindValue(sak.temaer[i]);
        kjoer(m_q->tema, "kan ikke skrive tema");
    }
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i) {
        const Tilsynsobjekt &o = sak.tilsynsobjekter[i];
        QSqlQuery &q = m_q->objekt;
        for (const QVariant &v : {QVariant(sak.id), QVariant(int(i)), QVariant(o.id), QVariant(o.type),
                                  QVariant(o.navn), tekst(o.tjenesteniva), tekst(o.orgnr), tekst(o.hpr),
                                  tekst(o.adresse), tekst(o.maalform), dato(o.deresDato),
                                  o.deresRef.isEmpty() ? QVariant() : QVariant(o.deresRef),
                                  o.autorisasjon.isEmpty() ? QVariant() : QVariant(o.autorisasjon)})
            q.addBindValue(v);
        kjoer(q, "kan ikke skrive tilsynsobjekt");
    }
    for (qsizetype i = 0; i < sak.vurderinger.size(); ++i) {
        const Vurdering &v = sak.vurderinger[i];
        QSqlQuery &q = m_q->vurdering;
        for (const QVariant &x : {QVariant(sak.id), QVariant(int(i)), QVariant(v.bestemmelse),
                                  QVariant(v.objekt), QVariant(v.konklusjon),
                                  QVariant(v.begrunnelse.isNull() ? u""_s : v.begrunnelse)})
            q.addBindValue(x);
        kjoer(q, "kan ikke skrive vurdering");
    }

    // A new case records its whole first state; a changed one the fields that changed, from and to.
    if (hvem.revisjonsspor) {
        const QJsonObject diff = foer ? endringer(revisjonsdokument(*foer), revisjonsdokument(sak))
                                      : QJsonObject{{"til"_L1, revisjonsdokument(sak)}};
        QSqlQuery &a = m_q->audit;
        a.addBindValue(naa);
        a.addBindValue(hvem.bruker);
        a.addBindValue(sak.id);
        a.addBindValue(ny ? u"opprettet"_s : hvem.handling);
        a.addBindValue(QString::fromUtf8(QJsonDocument(diff).toJson(QJsonDocument::Compact)));
        kjoer(a, "kan ikke skrive revisjonsspor");
    }

    if (!hvem.tilUtboks)
        return;
    QSqlQuery &f = m_q->outboxFinnes;
    f.addBindValue(sak.id);
    kjoer(f, "kan ikke lese utboksen");
    const bool harVentende = f.next();
    f.finish();
    if (!harVentende) {
        QSqlQuery &ob = m_q->outbox;
        ob.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ob.addBindValue(naa);
        ob.addBindValue(sak.id);
        kjoer(ob, "kan ikke skrive til utboksen");
    }
}

void SakRepository::skrivGrunnlag(const Tilsynssak &foer)
{
    // A case pulled in the bulk first sync has no merge base text: its base is the case as stored
    // (sync_sak.rev set, dokument NULL; docs/forstesynk.md). Before its first change here the
    // base is written out from the rows as they still are, in the caller's transaction.
    QSqlQuery &u = m_q->grunnlagUskrevet;
    u.addBindValue(foer.id);
    kjoer(u, "kan ikke lese flettegrunnlaget");
    const bool uskrevet = u.next();
    u.finish();
    if (!uskrevet)
        return;
    QSqlQuery &g = m_q->grunnlag;
    g.addBindValue(QString::fromUtf8(QJsonDocument(synkdokument(foer)).toJson(QJsonDocument::Compact)));
    g.addBindValue(foer.id);
    kjoer(g, "kan ikke lagre flettegrunnlaget");
}

void SakRepository::forkastUtkast(const QString &id, const Endringskontekst &hvem)
{
    Transaksjon t(m_store.db());
    QSqlQuery q = forbered(m_store.db(), u"SELECT saksnummer, server_rev FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(id);
    kjoer(q, "kan ikke lese saken");
    if (!q.next())
        throw StoreError(u"saken %1 finnes ikke"_s.arg(id), StoreError::Art::IkkeFunnet);
    if (!q.value(0).isNull() || !q.value(1).isNull())
        throw StoreError(u"saken er registrert og kan ikke slettes"_s, StoreError::Art::Avvist);
    q.finish();
    QSqlQuery d(m_store.db());
    d.prepare(u"DELETE FROM outbox WHERE sak_id = ? AND status = 'ventende'"_s);
    d.addBindValue(id);
    kjoer(d, "kan ikke rydde utboksen");
    d.prepare(u"DELETE FROM tilsynssak WHERE id = ?"_s);
    d.addBindValue(id);
    kjoer(d, "kan ikke forkaste utkastet");
    skrivRevisjon(m_store.db(), hvem, id, u"utkast forkastet"_s, {});
    t.commit();
}

void SakRepository::forHver(const std::function<void(const Tilsynssak &)> &f) const
{
    const QSqlDatabase db = m_store.db();
    QSqlQuery saker(db), kilder(db), temaer(db), objekter(db), vurderinger(db);
    saker.setForwardOnly(true);
    kilder.setForwardOnly(true);
    temaer.setForwardOnly(true);
    objekter.setForwardOnly(true);
    vurderinger.setForwardOnly(true);
    kjoer(saker, u"SELECT %1 FROM tilsynssak ORDER BY id"_s.arg(QString::fromLatin1(kSakKolonner)), "kan ikke lese saker");
    kjoer(kilder, u"SELECT sak_id, kode FROM sak_kilde ORDER BY sak_id, pos"_s, "kan ikke lese kilder");
    kjoer(temaer, u"SELECT sak_id, kode FROM sak_tema ORDER BY sak_id, pos"_s, "kan ikke lese temaer");
    kjoer(objekter, u"SELECT %1 FROM tilsynsobjekt ORDER BY sak_id, pos"_s.arg(QString::fromLatin1(kObjektKolonner)),
          "kan ikke lese tilsynsobjekter");
    kjoer(vurderinger, u"SELECT sak_id, bestemmelse, objekt_id, konklusjon, begrunnelse FROM vurdering "
                       u"ORDER BY sak_id, pos"_s, "kan ikke lese vurderinger");
    // Each child cursor runs in the same id order; advance it while it is on the current case.
    bool harKilde = kilder.next(), harTema = temaer.next(), harObjekt = objekter.next(),
         harVurdering = vurderinger.next();
    while (saker.next()) {
        Tilsynssak sak = sakFraRad(saker);
        for (; harKilde && kilder.value(0).toString() == sak.id; harKilde = kilder.next())
            sak.kilder.append(kilder.value(1).toString());
        for (; harTema && temaer.value(0).toString() == sak.id; harTema = temaer.next())
            sak.temaer.append(temaer.value(1).toString());
        for (; harObjekt && objekter.value(0).toString() == sak.id; harObjekt = objekter.next())
            sak.tilsynsobjekter.append(objektFraRad(objekter));
        for (; harVurdering && vurderinger.value(0).toString() == sak.id; harVurdering = vurderinger.next())
            sak.vurderinger.append(vurderingFraRad(vurderinger));
        f(sak);
    }
}

} // namespace tilsyn
