#include "brevrepository.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "flyt/dokumentflyt.h"
#include "flyt/utkastjson.h"
#include "items/kontorpraksis.h"
#include "io/sakjson.h"
#include "io/utfil.h"
#include "journal/journalrepository.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kKolonner = "id, sak_id, type, maalform, mottaker, kopi_til, offentlig_tittel, "
                           "unntatt_offentlighet, hjemmel, dato, sha256, ferdigstilt_av, ferdigstilt";

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString ikkeNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

FerdigBrev lesRad(const QSqlQuery &q)
{
    FerdigBrev b;
    b.id = q.value(0).toLongLong();
    b.sakId = q.value(1).toString();
    b.type = q.value(2).toString();
    b.maalform = q.value(3).toString();
    b.mottaker = q.value(4).toString();
    const QString kopi = q.value(5).toString();
    b.kopiTil = kopi.isEmpty() ? QStringList() : kopi.split(u'\n');
    b.offentligTittel = q.value(6).toString();
    b.unntattOffentlighet = q.value(7).toBool();
    b.hjemmel = q.value(8).toString();
    b.dato = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    b.sha256 = q.value(10).toString();
    b.ferdigstiltAv = q.value(11).toString();
    b.ferdigstilt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    return b;
}

QJsonObject person(const Brevperson &p)
{
    return {{"navn"_L1, p.navn}, {"tittel"_L1, p.tittel}, {"telefon"_L1, p.telefon}};
}

QJsonObject mottaker(const Brevmottaker &m)
{
    return {{"navn"_L1, m.navn}, {"adresse"_L1, m.adresse}, {"maalform"_L1, maalformKode(m.maalform)},
            {"rolle"_L1, int(m.rolle)}, {"objekt"_L1, m.objektId}};
}

// The deadline the letter itself states (stored in brev.svarfrist, migration 018): a decision
// states when documentation of the correction is due (its oppfolgingsfrist, "Fristen for
// dokumentasjonen er ..."); other letters their svarfrist.
QDate fristIBrevet(const Brevutkast &utkast)
{
    if (utkast.type == u"bm5-avgjorelse"_s && utkast.oppfolgingsfrist.isValid())
        return utkast.oppfolgingsfrist;
    return utkast.svarfrist;
}

QString isoDato(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

BrevRepository::BrevRepository(Store &store) : m_store(store) {}

QString BrevRepository::sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

qint64 BrevRepository::ferdigstill(const Tilsynssak &sak, const Brevutkast &utkast, const QByteArray &pdf,
                                   const QString &hvem, bool *nytt)
{
    return lagre(sak, utkast, pdf, hvem, {}, nytt);
}

QString BrevRepository::utkastnoekkel(const Tilsynssak &sak, const Brevutkast &utkast)
{
    // Not in the key: the chronology (hendelser), which is read from the case's letters and so
    // changes when this very letter is finalised; a second finalising would otherwise store it
    // again. Everything the caseworker chooses or types is in the key.
    // The case as it stands once the letter is finalised: a second finalising after the
    // milestone was recorded is still the same draft.
    const Tilsynssak etter = medMilepel(sak, utkast).value_or(sak);
    QJsonArray kopi;
    for (const Brevmottaker &m : utkast.kopiTil)
        kopi.append(mottaker(m));
    QJsonObject fritekst;
    for (auto it = utkast.fritekst.cbegin(); it != utkast.fritekst.cend(); ++it)
        fritekst.insert(it.key(), it.value());
    QJsonObject o{{"sak"_L1, sakTilJson(etter)},
                        {"type"_L1, utkast.type},
                        {"maalform"_L1, maalformKode(utkast.maalform)},
                        {"mottaker"_L1, mottaker(utkast.mottaker)},
                        {"kopi_til"_L1, kopi},
                        {"dato"_L1, isoDato(utkast.dato)},
                        {"deres_dato"_L1, isoDato(utkast.deresDato)},
                        {"deres_ref"_L1, utkast.deresRef},
                        {"saksbehandler"_L1, person(utkast.saksbehandler)},
                        {"godkjenning"_L1, utkast.godkjenning
                                               ? QJsonObject{{"godkjenner"_L1, person(utkast.godkjenning->godkjenner)},
                                                             {"tidspunkt"_L1, utkast.godkjenning->tidspunkt.toString(Qt::ISODateWithMs)}}
                                               : QJsonValue()},
                        // The document number is the journal's next one when the letter is
                        // finalised, not a choice: a second finalising of the same draft prints
                        // the next number but is still the same draft.
                        {"dokumentnummer"_L1, QJsonValue()},
                        {"objekter"_L1, QJsonArray::fromStringList(utkast.objekter)},
                        {"vedlegg"_L1, QJsonArray::fromStringList(utkast.vedlegg)},
                        {"oppfolgingsfrist"_L1, isoDato(utkast.oppfolgingsfrist)},
                        {"unntatt_offentlighet"_L1, utkast.unntattOffentlighet},
                        {"hjemmel"_L1, utkast.hjemmel},
                        {"svarfrist"_L1, isoDato(utkast.svarfrist)},
                        {"ny_forventet_dato"_L1, isoDato(utkast.nyForventetDato)},
                        {"kopimottaker"_L1, utkast.kopimottaker},
                        {"fritekst"_L1, fritekst}};
    if (utkast.navngiInnsender) // only when chosen: the keys of drafts made before stay the same
        o.insert("navngi_innsender"_L1, true);
    if (!utkast.oppfolging.isEmpty()) // only a follow-up letter: the keys of other drafts stay the same
        o.insert("oppfolging"_L1, oppfolgingTilJson(utkast.oppfolging));
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return sha256(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<qint64> BrevRepository::idForNoekkel(const QString &noekkel) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM brev WHERE utkast_noekkel = ?"_s);
    q.addBindValue(noekkel);
    kjoer(q, "kan ikke lete etter brevet");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool BrevRepository::erLagretMedSaksnummer(const Tilsynssak &sak) const
{
    if (!sak.saksnummer)
        return false;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT 1 FROM tilsynssak WHERE id = ? AND saksnummer = ?"_s);
    q.addBindValue(sak.id);
    q.addBindValue(*sak.saksnummer);
    kjoer(q, "kan ikke lese saken");
    return q.next();
}

std::optional<FerdigBrev> BrevRepository::ferdigstiltFra(const Tilsynssak &sak, const Brevutkast &utkast) const
{
    const auto id = idForNoekkel(utkastnoekkel(sak, utkast));
    if (!id)
        return std::nullopt;
    auto b = hent(*id);
    if (b)
        b->pdf.clear();
    return b;
}

std::optional<Tilsynssak> BrevRepository::medMilepel(const Tilsynssak &sak, const Brevutkast &utkast,
                                                     const std::optional<QStringList> &bare)
{
    const Brevtype *t = brevtype(utkast.type);
    if (!t)
        return std::nullopt;
    Tilsynssak ny = sak;
    bool endret = false;
    for (const QString &milepel : t->milepeler()) {
        if (bare && !bare->contains(milepel))
            continue;
        QDate &felt = milepel == u"oversendt"_s ? ny.oversendt : milepel == u"mote"_s ? ny.mote : ny.avsluttet;
        if (felt.isValid())
            continue;
        felt = utkast.dato;
        endret = true;
    }
    return endret ? std::optional<Tilsynssak>(ny) : std::nullopt;
}

Problemer BrevRepository::milepelproblemer(const Tilsynssak &sak, const Brevutkast &utkast, const Katalog &katalog,
                                           const std::optional<QStringList> &bare)
{
    const std::optional<Tilsynssak> oppdatert = medMilepel(sak, utkast, bare);
    return oppdatert ? valider(*oppdatert, katalog) : Problemer{};
}

qint64 BrevRepository::ferdigstillMedMilepel(const Tilsynssak &sak, const Brevutkast &utkast, const QByteArray &pdf,
                                             const QString &hvem, SakRepository &saker, const Katalog &katalog,
                                             bool *nytt, const std::optional<QStringList> &milepeler)
{
    return lagre(sak, utkast, pdf, hvem, [&] {
        // The milestone goes onto the case as stored, read inside this transaction: never onto
        // the caller's copy, which may hold unsaved or stale edits that would overwrite newer ones.
        const std::optional<Tilsynssak> lagret = saker.hent(sak.id);
        const auto oppdatert = lagret ? medMilepel(*lagret, utkast, milepeler) : std::nullopt;
        if (!oppdatert)
            return;
        const Problemer problemer = milepelproblemer(*lagret, utkast, katalog, milepeler);
        if (!problemer.isEmpty())
            throw StoreError(u"milepælen kan ikke registreres: %1: %2"_s.arg(problemer.constFirst().felt,
                                                                            problemer.constFirst().melding),
                             StoreError::Art::Avvist);
        const Endringskontekst kontekst{hvem, QDateTime::currentDateTimeUtc(),
                                        u"milepæl registrert ved ferdigstilt brev"_s};
        saker.skriv(*oppdatert, kontekst);
        // A closing letter answers every incoming document still open (journal, issue 12).
        if (oppdatert->avsluttet.isValid() && !lagret->avsluttet.isValid()) {
            QSqlQuery p(m_store.db());
            p.prepare(u"SELECT id FROM journalpost WHERE sak_id = ? AND brev_sha256 = ?"_s);
            p.addBindValue(sak.id);
            p.addBindValue(sha256(pdf));
            kjoer(p, "kan ikke lese journalen");
            JournalRepository::avskrivAlle(m_store.db(), sak.id, {}, p.next() ? p.value(0).toString() : QString(),
                                           kontekst);
        }
    }, nytt);
}

qint64 BrevRepository::lagre(const Tilsynssak &sak, const Brevutkast &utkast, const QByteArray &pdf,
                             const QString &hvem, const std::function<void()> &iSammeTransaksjon, bool *nytt)
{
    if (nytt)
        *nytt = false;
    if (!sak.saksnummer || sak.saksnummer->isEmpty())
        throw StoreError(u"brevet kan ikke ferdigstilles: saken har ikke saksnummer ennå (bare utkast "
                         u"kan forhåndsvises og skrives ut)"_s, StoreError::Art::Avvist);
    if (utkast.utkast)
        throw StoreError(u"brevet kan ikke ferdigstilles: det er merket som utkast"_s, StoreError::Art::Avvist);
    if (!pdf.startsWith("%PDF-"))
        throw StoreError(u"brevet kan ikke ferdigstilles: innholdet er ikke en PDF"_s, StoreError::Art::Avvist);
    // Two-step approval: no letter claims an approval that did not happen, and a type that
    // needs one waits until the central store has accepted it.
    if (utkast.godkjenning || Kontorpraksis::typerSomKreverGodkjenning().contains(utkast.type)) {
        const std::optional<Godkjenning> g = godkjenning(sak, utkast);
        if (!g)
            throw StoreError(u"brevet kan ikke ferdigstilles: brev av typen %1 må godkjennes av en leder, og "
                             u"sentralen har ennå ikke godtatt en godkjenning av akkurat dette utkastet"_s
                                 .arg(utkast.type), StoreError::Art::Avvist);
        if (!utkast.godkjenning || utkast.godkjenning->godkjenner.navn != g->godkjenner.navn)
            throw StoreError(u"brevet kan ikke ferdigstilles: signaturen må nevne lederen som godkjente (%1)"_s
                                 .arg(g->godkjenner.navn), StoreError::Art::Avvist);
    }
    QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery q(db);
    q.prepare(u"SELECT saksnummer FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(sak.id);
    kjoer(q, "kan ikke lese saken");
    if (!q.next() || q.value(0).toString() != *sak.saksnummer)
        throw StoreError(u"brevet kan ikke ferdigstilles: saken %1 med saksnummer %2 finnes ikke i lageret"_s
                             .arg(sak.id, *sak.saksnummer), StoreError::Art::Avvist);
    q.finish();
    // Inside the write lock (BEGIN IMMEDIATE): a second writer of the same draft waits for the
    // first and then finds its letter here; the unique index is the last guard.
    const QString noekkel = utkastnoekkel(sak, utkast);
    if (const auto finnes = idForNoekkel(noekkel)) {
        // The letter stands; what was asked on top of it (recording its milestone, if still
        // missing) is still done, once.
        if (iSammeTransaksjon)
            iSammeTransaksjon();
        t.commit();
        return *finnes;
    }

    QStringList kopi;
    for (const Brevmottaker &m : utkast.kopiTil)
        kopi.append(m.navn);
    const QString naa = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString hash = sha256(pdf);
    const QString tittel = Brevrenderer::offentligTittel(sak, utkast);
    q.prepare(u"INSERT INTO brev (sak_id, type, maalform, mottaker, kopi_til, offentlig_tittel, "
              u"unntatt_offentlighet, hjemmel, dato, pdf, sha256, ferdigstilt_av, ferdigstilt, utkast_noekkel, svarfrist) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(sak.id), QVariant(utkast.type), QVariant(maalformKode(utkast.maalform)),
                              QVariant(ikkeNull(utkast.mottaker.navn)), QVariant(ikkeNull(kopi.join(u'\n'))),
                              QVariant(tittel),
                              QVariant(utkast.unntattOffentlighet ? 1 : 0),
                              QVariant(utkast.unntattOffentlighet ? ikkeNull(utkast.hjemmel) : QStringLiteral("")),
                              QVariant(utkast.dato.toString(Qt::ISODate)), QVariant(pdf), QVariant(hash),
                              QVariant(ikkeNull(hvem)), QVariant(naa), QVariant(noekkel),
                              fristIBrevet(utkast).isValid()
                                  ? QVariant(fristIBrevet(utkast).toString(Qt::ISODate))
                                  : QVariant(QMetaType::fromType<QString>())})
        q.addBindValue(v);
    kjoer(q, "kan ikke lagre det ferdigstilte brevet");
    const qint64 id = q.lastInsertId().toLongLong();

    const QJsonObject endring{{"brev"_L1, id}, {"type"_L1, utkast.type}, {"tittel"_L1, tittel},
                              {"sha256"_L1, hash}};
    q.prepare(u"INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(naa);
    q.addBindValue(hvem);
    q.addBindValue(sak.id);
    q.addBindValue(u"brev ferdigstilt"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(endring).toJson(QJsonDocument::Compact)));
    kjoer(q, "kan ikke skrive revisjonssporet");
    journalfoer(sak, utkast, hash, tittel, hvem);
    if (iSammeTransaksjon)
        iSammeTransaksjon();
    t.commit();
    if (nytt)
        *nytt = true;
    return id;
}

std::optional<Godkjenning> BrevRepository::godkjenning(const Tilsynssak &sak, const Brevutkast &utkast) const
{
    return Dokumentflyt(m_store).godkjenning(sak, utkast);
}

int BrevRepository::nesteDokumentnummer(const QString &sakId) const
{
    return JournalRepository(m_store).nesteNummer(sakId);
}

void BrevRepository::journalfoer(const Tilsynssak &sak, const Brevutkast &utkast, const QString &hash,
                                 const QString &offentligTittel, const QString &hvem)
{
    const Brevtype *t = brevtype(utkast.type);
    const QString typenavn = t ? t->navnPaa(utkast.maalform) : utkast.type;
    Journalpost p;
    p.sakId = sak.id;
    p.journaldato = QDate::currentDate();
    p.dokumentdato = utkast.dato;
    p.tittel = utkast.mottaker.navn.isEmpty() ? typenavn : typenavn + u" – "_s + utkast.mottaker.navn;
    p.offentligTittel = offentligTittel;
    p.parter.append({u"Mottaker"_s, ikkeNull(utkast.mottaker.navn)});
    for (const Brevmottaker &m : utkast.kopiTil)
        p.parter.append({u"Kopimottaker"_s, m.navn});
    p.unntattOffentlighet = utkast.unntattOffentlighet;
    p.hjemmel = utkast.unntattOffentlighet ? utkast.hjemmel : QString();
    p.brevSha256 = hash;
    p.tryktNummer = utkast.dokumentnummer;
    JournalRepository::journalfoerBrev(m_store.db(), p, Endringskontekst{hvem, QDateTime::currentDateTimeUtc(), {}});
}

std::optional<FerdigBrev> BrevRepository::hent(qint64 id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1, pdf FROM brev WHERE id = ?"_s.arg(QLatin1StringView(kKolonner)));
    q.addBindValue(id);
    kjoer(q, "kan ikke lese brevet");
    if (!q.next())
        return std::nullopt;
    FerdigBrev b = lesRad(q);
    b.pdf = q.value(13).toByteArray();
    return b;
}

QList<FerdigBrev> BrevRepository::forSak(const QString &sakId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM brev WHERE sak_id = ? ORDER BY id"_s.arg(QLatin1StringView(kKolonner)));
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese brevene i saken");
    QList<FerdigBrev> ut;
    while (q.next())
        ut.append(lesRad(q));
    return ut;
}

FerdigBrev BrevRepository::hentKontrollert(qint64 id) const
{
    auto b = hent(id);
    if (!b)
        throw StoreError(u"brev %1 finnes ikke"_s.arg(id), StoreError::Art::IkkeFunnet);
    if (sha256(b->pdf) != b->sha256)
        throw StoreError(u"brev %1 er skadet: innholdet stemmer ikke med lagret SHA-256 (%2); det vises ikke"_s
                             .arg(id).arg(b->sha256),
                         StoreError::Art::Korrupt);
    return *b;
}

void BrevRepository::eksporter(qint64 id, const QString &filsti) const
{
    const FerdigBrev b = hentKontrollert(id);
    Utfil f(filsti); // whole or not at all; a device such as /dev/full is never replaced
    if (!f.aapne() || !f.skriv(b.pdf) || !f.fullfoer())
        throw StoreError(f.feil());
}

std::optional<QString> BrevRepository::finnSak(const QString &idEllerSaksnummer) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM tilsynssak WHERE id = ? OR saksnummer = ? ORDER BY id = ? DESC"_s);
    q.addBindValue(idEllerSaksnummer);
    q.addBindValue(idEllerSaksnummer);
    q.addBindValue(idEllerSaksnummer);
    kjoer(q, "kan ikke lete etter saken");
    QStringList treff;
    while (q.next())
        treff.append(q.value(0).toString());
    if (treff.isEmpty())
        return std::nullopt;
    if (treff.size() > 1 && treff.constFirst() != idEllerSaksnummer)
        throw StoreError(u"saksnummer %1 finnes i flere embeter; bruk sakens id"_s.arg(idEllerSaksnummer),
                         StoreError::Art::Avvist);
    return treff.constFirst();
}

std::pair<QString, std::optional<int>> BrevRepository::referanse(const FerdigBrev &brev) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT saksnummer FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(brev.sakId);
    kjoer(q, "kan ikke lese sakens saksnummer");
    const QString saksnummer = q.next() ? q.value(0).toString() : QString();
    std::optional<int> nummer;
    for (const Journalpost &p : JournalRepository(m_store).forSak(brev.sakId))
        if (!brev.sha256.isEmpty() && p.brevSha256 == brev.sha256)
            nummer = p.dokumentnummer();
    return {saksnummer, nummer};
}

} // namespace tilsyn
