#include "synctestklient.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "store/storeerror.h"
#include "sync/synclager.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tilsyn::test {

using namespace Qt::StringLiterals;

SyncTestKlient::SyncTestKlient(const QString &mappe, const QString &navn, QString conninfo)
    : m_sti(mappe + u'/' + navn + u".sqlite"_s), m_conninfo(std::move(conninfo)), m_navn(navn)
{
    m_store = Store::aapne(m_sti);
    m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
}

SyncTestKlient::~SyncTestKlient() = default;

QString SyncTestKlient::nySak(const QString &embete, quint32 seed, const QDateTime &klokke)
{
    CaseGenerator g(Katalog::innebygd(), seed);
    Tilsynssak s = g.neste();
    s.id = nyId();
    s.embete = embete;
    s.saksnummer.reset();
    const auto r = m_repo->lagre(s, Endringskontekst{.bruker = m_navn, .tidspunkt = klokke});
    if (!r.ok())
        throw StoreError(u"testsaken er ugyldig: "_s + r.problemer.constFirst().melding);
    return s.id;
}

void SyncTestKlient::endre(const QString &id, const std::function<void(Tilsynssak &)> &endring, const QDateTime &klokke)
{
    std::optional<Tilsynssak> s = m_repo->hent(id);
    if (!s)
        throw StoreError(u"finner ikke saken "_s + id);
    endring(*s);
    const auto r = m_repo->lagre(*s, Endringskontekst{.bruker = m_navn, .tidspunkt = klokke});
    if (!r.ok())
        throw StoreError(u"endringen er ugyldig: "_s + r.problemer.constFirst().melding);
}

void SyncTestKlient::leggTilObjekt(const QString &id, const QString &objektId, const QString &navn)
{
    endre(id, [&](Tilsynssak &s) {
        Tilsynsobjekt o = s.tilsynsobjekter.constFirst();
        o.id = objektId;
        o.navn = navn;
        s.tilsynsobjekter.append(o);
    });
}

SynkMotor::Resultat SyncTestKlient::synk(SynkMotor::Avbrudd avbrudd)
{
    SynkMotor motor(m_sti, m_conninfo, m_navn);
    motor.settAvbrudd(avbrudd);
    motor.settSidestorrelse(7); // small pages so paging is exercised
    motor.settBatchstorrelse(5);
    return motor.synkroniser();
}

QStringList SyncTestKlient::alle() const
{
    QStringList ut;
    m_repo->forHver([&ut](const Tilsynssak &s) {
        ut.append(QString::fromUtf8(QJsonDocument(SyncLager::dokument(s)).toJson(QJsonDocument::Compact)));
    });
    ut.sort();
    return ut;
}

qint64 SyncTestKlient::antallIUtboks(const QString &status) const
{
    QSqlQuery q(m_store->db());
    q.prepare(u"SELECT count(*) FROM outbox WHERE status = ?"_s);
    q.addBindValue(status);
    kjoer(q, "test");
    return q.next() ? q.value(0).toLongLong() : -1;
}

QVariant SyncTestKlient::verdi(const QString &sql) const
{
    QSqlQuery q(m_store->db());
    kjoer(q, sql, "test");
    return q.next() ? q.value(0) : QVariant();
}

} // namespace tilsyn::test
