#include "journalrepository.h"

#include "store/revisjon.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kKolonner =
    "id, sak_id, type, nummer, foreloepig, journaldato, dokumentdato, tittel, offentlig_tittel, parter, "
    "unntatt_offentlighet, hjemmel, status, brev_sha256, trykt_nummer, fil_sha256, filnavn, avskrevet_dato, "
    "avskrevet_av, avskrivningsmaate, avskrevet_med, avskrivning_merknad, registrert_av, registrert, synk, synk_feil";

QString ikkeNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant ellerNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString parterJson(const QList<Korrespondent> &parter)
{
    QJsonArray a;
    for (const Korrespondent &k : parter)
        a.append(QJsonObject{{"rolle"_L1, k.rolle}, {"navn"_L1, k.navn}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Korrespondent> parterFra(const QString &json)
{
    QList<Korrespondent> ut;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ut.append({v[u"rolle"_s].toString(), v[u"navn"_s].toString()});
    return ut;
}

Journalpost lesRad(const QSqlQuery &q)
{
    Journalpost p;
    p.id = q.value(0).toString();
    p.sakId = q.value(1).toString();
    p.type = q.value(2).toString();
    if (!q.value(3).isNull())
        p.nummer = q.value(3).toInt();
    p.foreloepig = q.value(4).toInt();
    p.journaldato = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.dokumentdato = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.tittel = q.value(7).toString();
    p.offentligTittel = q.value(8).toString();
    p.parter = parterFra(q.value(9).toString());
    p.unntattOffentlighet = q.value(10).toBool();
    p.hjemmel = q.value(11).toString();
    p.status = q.value(12).toString();
    p.brevSha256 = q.value(13).toString();
    if (!q.value(14).isNull())
        p.tryktNummer = q.value(14).toInt();
    p.filSha256 = q.value(15).toString();
    p.filnavn = q.value(16).toString();
    p.avskrevetDato = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    p.avskrevetAv = q.value(18).toString();
    p.avskrivningsmaate = q.value(19).toString();
    p.avskrevetMed = q.value(20).toString();
    p.avskrivningMerknad = q.value(21).toString();
    p.registrertAv = q.value(22).toString();
    p.registrert = QDateTime::fromString(q.value(23).toString(), Qt::ISODate);
    p.synk = q.value(24).toString();
    p.synkFeil = q.value(25).toString();
    return p;
}

QList<Journalpost> les(const QSqlDatabase &db, const QString &hvor, const QVariantList &verdier)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM journalpost WHERE %2 ORDER BY coalesce(nummer, foreloepig), registrert, id"_s
                  .arg(QLatin1StringView(kKolonner), hvor));
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    kjoer(q, "kan ikke lese journalen");
    QList<Journalpost> ut;
    while (q.next())
        ut.append(lesRad(q));
    return ut;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void settInn(const QSqlDatabase &db, const Journalpost &p)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO journalpost (id, sak_id, type, nummer, foreloepig, journaldato, dokumentdato, tittel, "
              u"offentlig_tittel, parter, unntatt_offentlighet, hjemmel, status, brev_sha256, trykt_nummer, "
              u"fil_sha256, filnavn, registrert_av, registrert, synk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              u"?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(p.id), QVariant(p.sakId), QVariant(p.type),
          p.nummer ? QVariant(*p.nummer) : QVariant(QMetaType::fromType<int>()), QVariant(p.foreloepig),
          QVariant(p.journaldato.toString(Qt::ISODate)), QVariant(p.dokumentdato.toString(Qt::ISODate)),
          QVariant(p.tittel), QVariant(p.offentligTittel), QVariant(parterJson(p.parter)),
          QVariant(p.unntattOffentlighet ? 1 : 0), QVariant(ikkeNull(p.hjemmel)), QVariant(p.status),
          ellerNull(p.brevSha256), p.tryktNummer ? QVariant(*p.tryktNummer) : QVariant(QMetaType::fromType<int>()),
          ellerNull(p.filSha256), ellerNull(p.filnavn), QVariant(ikkeNull(p.registrertAv)),
          QVariant(p.registrert.toUTC().toString(Qt::ISODateWithMs)), QVariant(p.synk)})
        q.addBindValue(v);
    kjoer(q, "kan ikke skrive journalposten");
}

QJsonObject revisjon(const Journalpost &p, const QString &ref)
{
    return {{"journalpost"_L1, p.id}, {"dokumentnummer"_L1, ref}, {"type"_L1, p.type}, {"tittel"_L1, p.tittel}};
}

QString saksnummer(const QSqlDatabase &db, const QString &sakId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(saksnummer, '') FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese saken");
    if (!q.next())
        throw StoreError(u"saken %1 finnes ikke"_s.arg(sakId), StoreError::Art::Avvist);
    return q.value(0).toString();
}

} // namespace

QString dokumentreferanse(const QString &saksnummer, int nummer)
{
    return saksnummer + u'-' + QString::number(nummer);
}

QString journalposttypeNavn(const QString &type)
{
    if (type == u"I")
        return u"Inngående dokument"_s;
    if (type == u"U")
        return u"Utgående dokument"_s;
    if (type == u"N")
        return u"Organinternt dokument for oppfølging"_s;
    return u"Organinternt dokument uten oppfølging"_s;
}

const QStringList &avskrivningsmaater()
{
    static const QStringList m{u"Besvart med brev"_s, u"Besvart med e-post"_s, u"Besvart på telefon"_s,
                               u"Tatt til etterretning"_s, u"Tatt til orientering"_s};
    return m;
}

JournalRepository::JournalRepository(Store &store) : m_store(store) {}

QList<Journalpost> JournalRepository::forSak(const QString &sakId) const
{
    return les(m_store.db(), u"sak_id = ?"_s, {sakId});
}

QString JournalRepository::lagretSaksnummer(const QString &sakId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT coalesce(saksnummer, '') FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese saksnummeret");
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<Journalpost> JournalRepository::hent(const QString &id) const
{
    const QList<Journalpost> p = les(m_store.db(), u"id = ?"_s, {id});
    if (p.isEmpty())
        return std::nullopt;
    return p.constFirst();
}

QList<Journalpost> JournalRepository::ubesvarte(const QString &sakId) const
{
    return ubesvarte(m_store.db(), sakId);
}

QList<Journalpost> JournalRepository::ubesvarte(const QSqlDatabase &db, const QString &sakId)
{
    return les(db, u"sak_id = ? AND type = 'I' AND avskrevet_dato IS NULL"_s, {sakId});
}

bool JournalRepository::settesLokalt(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    kjoer(q, u"SELECT 1 FROM meta WHERE noekkel = 'sentral_epoke' AND verdi <> ''"_s, "kan ikke lese lageret");
    return !q.next();
}

int JournalRepository::nesteNummer(const QString &sakId) const
{
    return nesteNummer(m_store.db(), sakId);
}

int JournalRepository::nesteNummer(const QSqlDatabase &db, const QString &sakId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(max(coalesce(nummer, foreloepig)), 0) + 1 FROM journalpost WHERE sak_id = ?"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese journalen");
    return q.next() ? q.value(0).toInt() : 1;
}

QString JournalRepository::registrer(const QString &sakId, const NyJournalpost &ny, const Endringskontekst &hvem)
{
    QStringList feil;
    if (ny.type != u"I" && ny.type != u"N" && ny.type != u"X")
        feil.append(u"journalposttypen må være I, N eller X (brev journalføres når de ferdigstilles), ikke «%1»"_s
                        .arg(ny.type));
    if (ny.tittel.trimmed().isEmpty())
        feil.append(u"tittel mangler"_s);
    const QDate idag = hvem.tidspunkt.toLocalTime().date();
    if (!ny.dokumentdato.isValid())
        feil.append(u"dokumentets dato mangler"_s);
    else if (ny.dokumentdato > idag)
        feil.append(u"dokumentets dato %1 er etter i dag"_s.arg(ny.dokumentdato.toString(u"dd.MM.yyyy"_s)));
    bool harAvsender = false;
    for (const Korrespondent &k : ny.parter) {
        harAvsender = harAvsender || (k.rolle == u"Avsender" && !k.navn.trimmed().isEmpty());
        if (k.navn.trimmed().isEmpty())
            feil.append(u"en korrespondansepart (%1) mangler navn"_s.arg(k.rolle));
    }
    if (ny.type == u"I" && !harAvsender)
        feil.append(u"avsender mangler: et inngående dokument har en avsender"_s);
    if (!ny.fil.isEmpty() && ny.filnavn.trimmed().isEmpty())
        feil.append(u"filen mangler navn"_s);
    if (!feil.isEmpty())
        throw StoreError(u"dokumentet kan ikke registreres: %1"_s.arg(feil.join(u"; "_s)), StoreError::Art::Avvist);

    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    const QString nr = saksnummer(db, sakId);
    Journalpost p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.sakId = sakId;
    p.type = ny.type;
    p.foreloepig = nesteNummer(db, sakId);
    if (settesLokalt(db))
        p.nummer = p.foreloepig;
    p.journaldato = ny.journaldato.isValid() ? ny.journaldato : idag;
    p.dokumentdato = ny.dokumentdato;
    p.tittel = ny.tittel.trimmed();
    p.offentligTittel = ny.offentligTittel.trimmed().isEmpty() ? u"Dokument i tilsynssak"_s : ny.offentligTittel.trimmed();
    p.parter = ny.parter;
    p.unntattOffentlighet = ny.unntattOffentlighet;
    p.hjemmel = !ny.unntattOffentlighet ? QString()
                : ny.hjemmel.isEmpty()   ? u"offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s
                                         : ny.hjemmel;
    p.status = u"Journalført"_s;
    p.registrertAv = hvem.bruker;
    p.registrert = hvem.tidspunkt;
    if (!ny.fil.isEmpty()) {
        p.filSha256 = sha256(ny.fil);
        p.filnavn = ny.filnavn.trimmed();
        QSqlQuery f(db);
        f.prepare(u"INSERT INTO dokumentfil (sha256, innhold, storrelse) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
        f.addBindValue(p.filSha256);
        f.addBindValue(ny.fil);
        f.addBindValue(ny.fil.size());
        kjoer(f, "kan ikke lagre dokumentfilen");
    }
    settInn(db, p);
    QJsonObject r = revisjon(p, dokumentreferanse(nr, p.dokumentnummer()));
    if (!p.filSha256.isEmpty())
        r.insert("sha256"_L1, p.filSha256);
    skrivRevisjon(db, hvem, sakId, u"journalpost registrert"_s, r);
    t.commit();
    return p.id;
}

void JournalRepository::avskriv(const QString &postId, const QString &maate, const QString &medPost,
                                const QString &merknad, const Endringskontekst &hvem)
{
    const QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    const auto post = hent(postId);
    if (!post)
        throw StoreError(u"journalposten %1 finnes ikke"_s.arg(postId), StoreError::Art::Avvist);
    if (post->type != u"I")
        throw StoreError(u"bare inngående dokumenter avskrives"_s, StoreError::Art::Avvist);
    if (!post->erUbesvart())
        throw StoreError(u"dokumentet er allerede avskrevet %1 (%2)"_s
                             .arg(post->avskrevetDato.toString(u"dd.MM.yyyy"_s), post->avskrivningsmaate),
                         StoreError::Art::Avvist);
    if (!avskrivningsmaater().contains(maate))
        throw StoreError(u"ukjent avskrivningsmåte «%1»"_s.arg(maate), StoreError::Art::Avvist);
    if (maate == u"Besvart med brev") {
        const auto brev = medPost.isEmpty() ? std::nullopt : hent(medPost);
        if (!brev || brev->type != u"U" || brev->sakId != post->sakId)
            throw StoreError(u"«Besvart med brev» krever et utgående brev i samme sak"_s, StoreError::Art::Avvist);
    } else if (merknad.trimmed().isEmpty()) {
        throw StoreError(u"si hvordan dokumentet ble besvart eller hvorfor det ikke besvares (merknad)"_s,
                         StoreError::Art::Avvist);
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE journalpost SET avskrevet_dato = ?, avskrevet_av = ?, avskrivningsmaate = ?, avskrevet_med = ?, "
              u"avskrivning_merknad = ?, synk = 'ventende' WHERE id = ? AND avskrevet_dato IS NULL"_s);
    q.addBindValue(hvem.tidspunkt.toLocalTime().date().toString(Qt::ISODate));
    q.addBindValue(hvem.bruker);
    q.addBindValue(maate);
    q.addBindValue(maate == u"Besvart med brev" ? QVariant(medPost) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(ellerNull(merknad.trimmed()));
    q.addBindValue(postId);
    kjoer(q, "kan ikke avskrive dokumentet");
    QJsonObject r = revisjon(*post, dokumentreferanse(saksnummer(db, post->sakId), post->dokumentnummer()));
    r.insert("avskrivningsmaate"_L1, maate);
    if (!merknad.trimmed().isEmpty())
        r.insert("merknad"_L1, merknad.trimmed());
    skrivRevisjon(db, hvem, post->sakId, u"dokument avskrevet"_s, r);
    t.commit();
}

QByteArray JournalRepository::fil(const QString &postId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT p.fil_sha256, f.innhold FROM journalpost p LEFT JOIN dokumentfil f ON f.sha256 = p.fil_sha256 "
              u"WHERE p.id = ?"_s);
    q.addBindValue(postId);
    kjoer(q, "kan ikke lese dokumentfilen");
    if (!q.next() || q.value(0).isNull())
        throw StoreError(u"journalposten har ingen fil"_s, StoreError::Art::IkkeFunnet);
    if (q.value(1).isNull())
        throw StoreError(u"filen er ikke hentet fra sentralen ennå; synkroniser og prøv igjen"_s,
                         StoreError::Art::IkkeFunnet);
    const QByteArray innhold = q.value(1).toByteArray();
    if (sha256(innhold) != q.value(0).toString())
        throw StoreError(u"filen er skadet: innholdet stemmer ikke med lagret SHA-256 (%1); den åpnes ikke"_s
                             .arg(q.value(0).toString()),
                         StoreError::Art::Korrupt);
    return innhold;
}

QString JournalRepository::journalfoerBrev(const QSqlDatabase &db, const Journalpost &brevpost,
                                           const Endringskontekst &hvem)
{
    Journalpost p = brevpost;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.type = u"U"_s;
    p.foreloepig = nesteNummer(db, p.sakId);
    if (p.tryktNummer && *p.tryktNummer != p.foreloepig)
        throw StoreError(u"brevet kan ikke ferdigstilles: dokumentnummeret %1 i Vår ref er ikke lenger sakens neste "
                         u"(%2); lag forhåndsvisningen på nytt"_s.arg(*p.tryktNummer).arg(p.foreloepig),
                         StoreError::Art::Avvist);
    if (settesLokalt(db))
        p.nummer = p.foreloepig;
    p.status = u"Ekspedert"_s;
    p.registrertAv = hvem.bruker;
    p.registrert = hvem.tidspunkt;
    settInn(db, p);
    return p.id;
}

int JournalRepository::avskrivAlle(const QSqlDatabase &db, const QString &sakId, const QString &grunn,
                                   const QString &medPost, const Endringskontekst &hvem)
{
    const QList<Journalpost> aapne = ubesvarte(db, sakId);
    if (aapne.isEmpty())
        return 0;
    const QString maate = medPost.isEmpty() ? u"Tatt til orientering"_s : u"Besvart med brev"_s;
    QSqlQuery q(db);
    q.prepare(u"UPDATE journalpost SET avskrevet_dato = ?, avskrevet_av = ?, avskrivningsmaate = ?, avskrevet_med = ?, "
              u"avskrivning_merknad = ?, synk = 'ventende' WHERE id = ? AND avskrevet_dato IS NULL"_s);
    QStringList numre;
    const QString nr = saksnummer(db, sakId);
    for (const Journalpost &p : aapne) {
        q.addBindValue(hvem.tidspunkt.toLocalTime().date().toString(Qt::ISODate));
        q.addBindValue(hvem.bruker);
        q.addBindValue(maate);
        q.addBindValue(ellerNull(medPost));
        q.addBindValue(ellerNull(grunn.trimmed()));
        q.addBindValue(p.id);
        kjoer(q, "kan ikke avskrive dokumentet");
        numre.append(dokumentreferanse(nr, p.dokumentnummer()));
    }
    QJsonObject r{{"dokumenter"_L1, QJsonArray::fromStringList(numre)}, {"avskrivningsmaate"_L1, maate}};
    if (!grunn.trimmed().isEmpty())
        r.insert("merknad"_L1, grunn.trimmed());
    skrivRevisjon(db, hvem, sakId, u"dokumenter avskrevet ved avslutning"_s, r);
    return int(aapne.size());
}

} // namespace tilsyn
