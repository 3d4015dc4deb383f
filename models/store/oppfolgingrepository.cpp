#include "oppfolgingrepository.h"
#include "store/dokumentasjonsfrist.h"

#include "store/revisjon.h"
#include "store/sakrader.h"
#include "domain/katalog.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr std::pair<Oppfolgingshendelse::Type, const char *> kTyper[] = {
    {Oppfolgingshendelse::Type::Milepel, "milepel"},
    {Oppfolgingshendelse::Type::Dokumentasjon, "dokumentasjon"},
    {Oppfolgingshendelse::Type::Purring, "purring"},
};

QString typeKode(Oppfolgingshendelse::Type t)
{
    for (const auto &[type, kode] : kTyper) {
        if (type == t)
            return QString::fromLatin1(kode);
    }
    return {};
}

Oppfolgingshendelse::Type typeFraKode(const QString &k)
{
    for (const auto &[type, kode] : kTyper) {
        if (k == QLatin1StringView(kode))
            return type;
    }
    return Oppfolgingshendelse::Type::Dokumentasjon;
}

Problemer ikkeFunnet(const QString &hva)
{
    return {{u"-"_s, hva}};
}

} // namespace

OppfolgingRepository::OppfolgingRepository(Store &store, const SakRepository &saker)
    : OppfolgingRepository(store, saker, Katalog::innebygd())
{
}

OppfolgingRepository::OppfolgingRepository(Store &store, const SakRepository &saker, const Katalog &katalog)
    : m_store(store), m_saker(saker), m_katalog(katalog)
{
}

std::optional<Oppfolging> OppfolgingRepository::hent(const QString &sakId) const
{
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    q.prepare(u"SELECT startet, avsluttet FROM oppfolging WHERE sak_id = ?"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese oppfølgingen");
    if (!q.next())
        return std::nullopt;
    Oppfolging o;
    o.sakId = sakId;
    o.startet = rader::dato(q.value(0));
    o.avsluttet = rader::dato(q.value(1));
    q.prepare(u"SELECT id, bestemmelse, objekt_id, krav, frist, rettet, bevis FROM oppfolging_lovbrudd "
              u"WHERE sak_id = ? ORDER BY pos"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese lovbruddene");
    QSqlQuery h(db);
    h.prepare(u"SELECT type, dato, tekst FROM oppfolging_hendelse WHERE lovbrudd_id = ? ORDER BY id"_s);
    while (q.next()) {
        Lovbruddoppfolging l;
        l.id = q.value(0).toLongLong();
        l.bestemmelse = q.value(1).toString();
        l.objekt = q.value(2).toString();
        l.krav = q.value(3).toString();
        l.frist = rader::dato(q.value(4));
        l.rettet = rader::dato(q.value(5));
        l.bevis = q.value(6).toString();
        h.addBindValue(l.id);
        kjoer(h, "kan ikke lese hendelsene");
        while (h.next())
            l.hendelser.append({typeFraKode(h.value(0).toString()), rader::dato(h.value(1)), h.value(2).toString()});
        o.lovbrudd.append(l);
    }
    return o;
}

QList<Oppfolging> OppfolgingRepository::aapne(bool medAvsluttede) const
{
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Open ones first (earliest unrettet frist first), then the closed ones, latest closed first.
    q.prepare(u"SELECT o.sak_id, o.startet, l.id, l.bestemmelse, l.objekt_id, l.krav, l.frist, l.rettet, l.bevis, o.avsluttet "
              u"FROM oppfolging o JOIN oppfolging_lovbrudd l ON l.sak_id = o.sak_id "
              u"WHERE (? OR o.avsluttet IS NULL) ORDER BY o.avsluttet IS NOT NULL, o.avsluttet DESC, COALESCE((SELECT MIN(x.frist) FROM oppfolging_lovbrudd x "
              u"WHERE x.sak_id = o.sak_id AND x.rettet IS NULL), '9999-12-31'), o.sak_id, l.pos"_s);
    q.addBindValue(medAvsluttede);
    kjoer(q, "kan ikke lese de åpne oppfølgingene");
    QList<Oppfolging> ut;
    QHash<qint64, std::pair<qsizetype, qsizetype>> plass; // lovbrudd id -> (follow-up, lovbrudd)
    while (q.next()) {
        const QString sakId = q.value(0).toString();
        if (ut.isEmpty() || ut.constLast().sakId != sakId) {
            Oppfolging o;
            o.sakId = sakId;
            o.startet = rader::dato(q.value(1));
            o.avsluttet = rader::dato(q.value(9));
            ut.append(o);
        }
        Lovbruddoppfolging l;
        l.id = q.value(2).toLongLong();
        l.bestemmelse = q.value(3).toString();
        l.objekt = q.value(4).toString();
        l.krav = q.value(5).toString();
        l.frist = rader::dato(q.value(6));
        l.rettet = rader::dato(q.value(7));
        l.bevis = q.value(8).toString();
        plass.insert(l.id, {ut.size() - 1, ut.constLast().lovbrudd.size()});
        ut.last().lovbrudd.append(l);
    }
    q.prepare(u"SELECT h.lovbrudd_id, h.type, h.dato, h.tekst FROM oppfolging_hendelse h "
              u"JOIN oppfolging_lovbrudd l ON l.id = h.lovbrudd_id JOIN oppfolging o ON o.sak_id = l.sak_id "
              u"WHERE (? OR o.avsluttet IS NULL) ORDER BY h.id"_s);
    q.addBindValue(medAvsluttede);
    kjoer(q, "kan ikke lese hendelsene");
    while (q.next()) {
        const auto [i, j] = plass.value(q.value(0).toLongLong(), {-1, -1});
        if (i >= 0)
            ut[i].lovbrudd[j].hendelser.append(
                {typeFraKode(q.value(1).toString()), rader::dato(q.value(2)), q.value(3).toString()});
    }
    return ut;
}

Problemer OppfolgingRepository::endreLovbrudd(qint64 lovbruddId, const Endringskontekst &hvem,
                                              const QString &handling, const Sjekk &sjekk, const Skriv &skriv)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT sak_id FROM oppfolging_lovbrudd WHERE id = ?"_s);
    q.addBindValue(lovbruddId);
    kjoer(q, "kan ikke lese lovbruddet");
    const std::optional<Oppfolging> o = q.next() ? hent(q.value(0).toString()) : std::nullopt;
    const auto l = o ? std::find_if(o->lovbrudd.cbegin(), o->lovbrudd.cend(),
                                    [&](const Lovbruddoppfolging &x) { return x.id == lovbruddId; })
                     : QList<Lovbruddoppfolging>::const_iterator();
    if (!o || l == o->lovbrudd.cend())
        return ikkeFunnet(QCoreApplication::translate("Oppfolging", "the breach was not found"));
    Problemer p;
    if (o->erAvsluttet())
        p.append({u"-"_s, QCoreApplication::translate("Oppfolging", "the follow-up is closed; nothing can be registered in it")});
    p += sjekk(*o, *l);
    if (!p.isEmpty())
        return p;
    Transaksjon t(m_store.db());
    QSqlQuery w(m_store.db());
    QJsonObject detaljer = skriv(w);
    detaljer.insert("bestemmelse"_L1, l->bestemmelse);
    skrivRevisjon(m_store.db(), hvem, o->sakId, handling, detaljer);
    t.commit();
    return {};
}

Problemer OppfolgingRepository::start(const QString &sakId, const QDate &dato, const Endringskontekst &hvem)
{
    const std::optional<Tilsynssak> sak = m_saker.hent(sakId);
    if (!sak)
        return ikkeFunnet(QCoreApplication::translate("Oppfolging", "the case was not found"));
    Problemer p = kanStarteOppfolging(*sak);
    if (hent(sakId))
        p.append({u"-"_s, QCoreApplication::translate("Oppfolging", "the follow-up has already started")});
    if (dato < sak->avsluttet)
        p.append({u"startet"_s, QCoreApplication::translate("Oppfolging", "the follow-up cannot start before the decision")});
    if (!p.isEmpty())
        return p;
    Transaksjon t(m_store.db());
    QSqlQuery q(m_store.db());
    q.prepare(u"INSERT INTO oppfolging (sak_id, startet) VALUES (?, ?)"_s);
    q.addBindValue(sakId);
    q.addBindValue(rader::dato(dato));
    kjoer(q, "kan ikke starte oppfølgingen");
    const QList<Lovbruddoppfolging> liste = lovbruddFraSak(*sak);
    q.prepare(u"INSERT INTO oppfolging_lovbrudd (sak_id, pos, bestemmelse, objekt_id) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < liste.size(); ++i) {
        q.addBindValue(sakId);
        q.addBindValue(int(i));
        q.addBindValue(liste[i].bestemmelse);
        q.addBindValue(liste[i].objekt);
        kjoer(q, "kan ikke registrere lovbrudd");
    }
    skrivRevisjon(m_store.db(), hvem, sakId, u"oppfølging startet"_s,
                  {{"startet"_L1, dato.toString(Qt::ISODate)}, {"lovbrudd"_L1, int(liste.size())}});
    t.commit();
    return {};
}

Problemer OppfolgingRepository::settKrav(qint64 lovbruddId, const QString &krav, const QDate &frist,
                                         const Endringskontekst &hvem)
{
    return endreLovbrudd(
        lovbruddId, hvem, u"oppfølging: krav og frist"_s,
        [&](const Oppfolging &o, const Lovbruddoppfolging &) {
            Problemer p;
            if (krav.trimmed().isEmpty())
                p.append({u"krav"_s, QCoreApplication::translate("Oppfolging", "describe what the service must document")});
            if (!frist.isValid() || frist < o.startet)
                p.append({u"frist"_s, QCoreApplication::translate("Oppfolging", "the deadline is missing or before the follow-up started")});
            return p;
        },
        [&](QSqlQuery &q) {
            q.prepare(u"UPDATE oppfolging_lovbrudd SET krav = ?, frist = ? WHERE id = ?"_s);
            q.addBindValue(krav);
            q.addBindValue(rader::dato(frist));
            q.addBindValue(lovbruddId);
            kjoer(q, "kan ikke lagre kravet");
            return QJsonObject{{"krav"_L1, krav}, {"frist"_L1, frist.toString(Qt::ISODate)}};
        });
}

Problemer OppfolgingRepository::leggTilHendelse(qint64 lovbruddId, Oppfolgingshendelse h,
                                                const Endringskontekst &hvem)
{
    return endreLovbrudd(
        lovbruddId, hvem, u"oppfølging: %1"_s.arg(typeKode(h.type)),
        [&](const Oppfolging &o, const Lovbruddoppfolging &l) {
            Problemer p;
            if (!h.dato.isValid() || h.dato < o.startet)
                p.append({u"dato"_s, QCoreApplication::translate("Oppfolging", "the date is missing or before the follow-up started")});
            if (h.type == Oppfolgingshendelse::Type::Purring)
                p += kanPurre(l, h.dato);
            if (h.type == Oppfolgingshendelse::Type::Dokumentasjon && h.tekst.trimmed().isEmpty())
                p.append({u"tekst"_s, QCoreApplication::translate("Oppfolging", "describe what was received")});
            return p;
        },
        [&](QSqlQuery &q) {
            q.prepare(u"INSERT INTO oppfolging_hendelse (lovbrudd_id, type, dato, tekst) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(lovbruddId);
            q.addBindValue(typeKode(h.type));
            q.addBindValue(rader::dato(h.dato));
            q.addBindValue(h.tekst.isNull() ? u""_s : h.tekst); // a NOT NULL column: no text is ""
            kjoer(q, "kan ikke registrere hendelsen");
            return QJsonObject{{"dato"_L1, h.dato.toString(Qt::ISODate)}, {"tekst"_L1, h.tekst}};
        });
}

Problemer OppfolgingRepository::leggTilMilepel(qint64 lovbruddId, const QDate &dato, const QString &tekst,
                                               const Endringskontekst &hvem)
{
    return leggTilHendelse(lovbruddId, {Oppfolgingshendelse::Type::Milepel, dato, tekst}, hvem);
}

Problemer OppfolgingRepository::registrerDokumentasjon(qint64 lovbruddId, const QDate &mottatt, const QString &hva,
                                                       const Endringskontekst &hvem)
{
    return leggTilHendelse(lovbruddId, {Oppfolgingshendelse::Type::Dokumentasjon, mottatt, hva}, hvem);
}

Problemer OppfolgingRepository::registrerPurring(qint64 lovbruddId, const QDate &dato, const Endringskontekst &hvem)
{
    return leggTilHendelse(lovbruddId, {Oppfolgingshendelse::Type::Purring, dato, QString()}, hvem);
}

Problemer OppfolgingRepository::markerRettet(qint64 lovbruddId, const QDate &dato, const QString &bevis,
                                             const Endringskontekst &hvem)
{
    return endreLovbrudd(
        lovbruddId, hvem, u"oppfølging: rettet"_s,
        [&](const Oppfolging &, const Lovbruddoppfolging &l) { return kanMarkereRettet(l, dato, bevis); },
        [&](QSqlQuery &q) {
            q.prepare(u"UPDATE oppfolging_lovbrudd SET rettet = ?, bevis = ? WHERE id = ?"_s);
            q.addBindValue(rader::dato(dato));
            q.addBindValue(bevis);
            q.addBindValue(lovbruddId);
            kjoer(q, "kan ikke markere lovbruddet som rettet");
            return QJsonObject{{"rettet"_L1, dato.toString(Qt::ISODate)}, {"bevis"_L1, bevis}};
        });
}

Problemer OppfolgingRepository::kanAvslutte(const QString &sakId, const QDate &dato) const
{
    const std::optional<Oppfolging> o = hent(sakId);
    if (!o)
        return ikkeFunnet(QCoreApplication::translate("Oppfolging", "the follow-up was not found"));
    return kanAvslutteOppfolging(*o, dato, m_katalog);
}

Problemer OppfolgingRepository::avslutt(const QString &sakId, const QDate &dato, const Endringskontekst &hvem)
{
    const Problemer p = kanAvslutte(sakId, dato);
    if (!p.isEmpty())
        return p;
    Transaksjon t(m_store.db());
    QSqlQuery q(m_store.db());
    q.prepare(u"UPDATE oppfolging SET avsluttet = ? WHERE sak_id = ?"_s);
    q.addBindValue(rader::dato(dato));
    q.addBindValue(sakId);
    kjoer(q, "kan ikke avslutte oppfølgingen");
    skrivRevisjon(m_store.db(), hvem, sakId, u"oppfølging avsluttet"_s, {{"avsluttet"_L1, dato.toString(Qt::ISODate)}});
    t.commit();
    return {};
}

QList<Oppfolgingslogg> OppfolgingRepository::logg(const QString &sakId) const
{
    // The audit rows every change writes (endreLovbrudd, start, avslutt): what, when, by whom.
    static const std::pair<const char *, const char *> kHandlinger[] = {
        {"oppfølging startet", "startet"}, {"oppfølging: krav og frist", "krav"},
        {"oppfølging: milepel", "milepel"}, {"oppfølging: dokumentasjon", "dokumentasjon"},
        {"oppfølging: purring", "purring"}, {"oppfølging: rettet", "rettet"},
        {"oppfølging avsluttet", "avsluttet"},
    };
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT tidspunkt, bruker, handling, endringer FROM audit WHERE sak_id = ? AND handling LIKE 'oppfølging%' "
              u"ORDER BY id"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese oppfølgingens hendelser");
    QList<Oppfolgingslogg> ut;
    while (q.next()) {
        const QString handling = q.value(2).toString();
        const auto treff = std::find_if(std::cbegin(kHandlinger), std::cend(kHandlinger),
                                        [&](const auto &h) { return handling == QString::fromUtf8(h.first); });
        if (treff == std::cend(kHandlinger))
            continue;
        const QJsonObject d = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        Oppfolgingslogg l;
        l.type = QString::fromLatin1(treff->second);
        l.registrert = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        l.bruker = q.value(1).toString();
        l.bestemmelse = d.value("bestemmelse"_L1).toString();
        for (const char *felt : {"dato", "rettet", "avsluttet", "startet"})
            if (!l.dato.isValid())
                l.dato = QDate::fromString(d.value(QLatin1StringView(felt)).toString(), Qt::ISODate);
        if (!l.dato.isValid())
            l.dato = l.registrert.toLocalTime().date();
        l.frist = QDate::fromString(d.value("frist"_L1).toString(), Qt::ISODate);
        l.tekst = d.value(l.type == u"rettet" ? "bevis"_L1 : l.type == u"krav" ? "krav"_L1 : "tekst"_L1).toString();
        ut.append(l);
    }
    return ut;
}

QStringList OppfolgingRepository::forfalte(const QDate &idag) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT DISTINCT o.sak_id FROM oppfolging o JOIN oppfolging_lovbrudd l ON l.sak_id = o.sak_id "
              u"WHERE o.avsluttet IS NULL AND l.rettet IS NULL AND l.frist < ? ORDER BY o.sak_id"_s);
    q.addBindValue(rader::dato(idag));
    kjoer(q, "kan ikke lese forfalte oppfølginger");
    QStringList ut;
    while (q.next())
        ut.append(q.value(0).toString());
    return ut;
}

QDate OppfolgingRepository::avgjorelsesfrist(const QString &sakId) const
{
    // The case's one deadline, wherever a decision letter set it (typed, or stated when finalised).
    if (const QDate satt = Dokumentasjonsfrist(m_store).hent(sakId); satt.isValid())
        return satt;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT svarfrist, dato FROM brev WHERE sak_id = ? AND type = 'bm5-avgjorelse' ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese avgjørelsen");
    if (q.next()) {
        const QDate frist = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (frist.isValid())
            return frist;
        const QDate dato = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (dato.isValid())
            return dato.addDays(kStandardfristDager);
    }
    const std::optional<Tilsynssak> sak = m_saker.hent(sakId);
    return sak && sak->avsluttet.isValid() ? sak->avsluttet.addDays(kStandardfristDager) : QDate();
}

} // namespace tilsyn
