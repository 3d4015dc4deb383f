#include "tildeling.h"

#include "flyt/dokumentflyt.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace tilsyn {

using namespace Qt::StringLiterals;

Tildeling::Tildeling(Store &store) : m_store(store) {}

void Tildeling::tildel(const QString &sakId, const QString &bruker, const QString &hvem)
{
    QSqlDatabase db = m_store.db();
    Transaksjon t(db);
    QSqlQuery q(db);
    q.prepare(u"SELECT embete FROM tilsynssak WHERE id = ?"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese saken");
    if (!q.next())
        throw StoreError(u"saken %1 finnes ikke"_s.arg(sakId), StoreError::Art::IkkeFunnet);
    const QString embete = q.value(0).toString();
    q.finish();
    if (!m_store.meta(u"sentral_lederroller"_s).split(u',', Qt::SkipEmptyParts).contains(embete))
        throw StoreError(u"bare en leder i embetet %1 kan fordele saker"_s.arg(embete), StoreError::Art::Avvist);
    if (!bruker.isEmpty()) {
        q.prepare(u"SELECT 1 FROM sentral_bruker WHERE embete = ? AND bruker = ?"_s);
        q.addBindValue(embete);
        q.addBindValue(bruker);
        kjoer(q, "kan ikke lese brukerne i embetet");
        if (!q.next())
            throw StoreError(u"%1 er ikke saksbehandler i embetet %2"_s.arg(bruker, embete), StoreError::Art::Avvist);
        q.finish();
    }
    const QString naa = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QVariant hvemFaar = bruker.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(bruker);
    q.prepare(u"INSERT INTO tildeling (id, sak_id, bruker, av, tidspunkt) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(sakId);
    q.addBindValue(hvemFaar);
    q.addBindValue(hvem);
    q.addBindValue(naa);
    kjoer(q, "kan ikke lagre tildelingen");
    q.prepare(u"INSERT INTO sak_tildelt (sak_id, bruker) VALUES (?, ?) "
              u"ON CONFLICT (sak_id) DO UPDATE SET bruker = excluded.bruker"_s);
    q.addBindValue(sakId);
    q.addBindValue(hvemFaar);
    kjoer(q, "kan ikke lagre tildelingen");
    q.prepare(u"INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(naa);
    q.addBindValue(hvem);
    q.addBindValue(sakId);
    q.addBindValue(u"sak tildelt"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{"tildelt"_L1, bruker}}).toJson(QJsonDocument::Compact)));
    kjoer(q, "kan ikke skrive revisjonssporet");
    t.commit();
}

Problemer Tildeling::fordel(SakRepository &repo, const QString &sakId, const QString &bruker, const QString &navn,
                           const QString &hvem)
{
    tildel(sakId, bruker, hvem);
    std::optional<Tilsynssak> sak = repo.hent(sakId);
    if (!sak)
        return {};
    const std::optional<QString> ny = bruker.isEmpty() || navn.trimmed().isEmpty() ? std::nullopt
                                                                                     : std::optional<QString>(navn);
    if (sak->saksbehandler == ny)
        return {};
    sak->saksbehandler = ny;
    return repo.lagre(*sak, Endringskontekst{.bruker = hvem}).problemer;
}

QString Tildeling::gjeldende(const QString &sakId, const QString &saksbehandler,
                             const QList<Kontorbruker> &brukere) const
{
    if (const std::optional<QString> t = tildelt(sakId))
        return *t;
    const QString felt = saksbehandler.trimmed();
    if (felt.isEmpty())
        return {};
    for (const Kontorbruker &b : brukere)
        if (b.bruker == felt || (!b.navn.isEmpty() && b.navn.compare(felt, Qt::CaseInsensitive) == 0))
            return b.bruker;
    return {};
}

QList<Tildelingsvarsel> Tildeling::tilMeg(const QString &meg) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT t.id, t.sak_id, coalesce(s.saksnummer, ''), t.av FROM tildeling t "
              u"JOIN sak_tildelt g ON g.sak_id = t.sak_id AND g.bruker = t.bruker "
              u"JOIN tilsynssak s ON s.id = t.sak_id "
              u"WHERE t.bruker = ? AND t.av <> ? AND t.mottatt IS NOT NULL AND t.avvist IS NULL ORDER BY t.tidspunkt"_s);
    q.addBindValue(meg);
    q.addBindValue(meg);
    kjoer(q, "kan ikke lese tildelingene");
    QList<Tildelingsvarsel> ut;
    while (q.next())
        ut.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return ut;
}

std::optional<QString> Tildeling::tildelt(const QString &sakId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT coalesce(bruker, '') FROM sak_tildelt WHERE sak_id = ?"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese tildelingen");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QList<Kontorbruker> Tildeling::brukere(const QString &embete) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT bruker, leder FROM sentral_bruker WHERE embete = ? ORDER BY bruker"_s);
    q.addBindValue(embete);
    kjoer(q, "kan ikke lese brukerne i embetet");
    QList<Kontorbruker> ut;
    while (q.next())
        ut.append({q.value(0).toString(), q.value(1).toBool(), {}});
    q.finish();
    const Dokumentflyt flyt(m_store);
    for (Kontorbruker &b : ut)
        if (const QString n = flyt.navn(b.bruker); n != b.bruker)
            b.navn = n;
    return ut;
}

} // namespace tilsyn
