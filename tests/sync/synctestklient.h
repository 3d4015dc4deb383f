#pragma once

#include "domain/tilsynssak.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "sync/synkmotor.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace tilsyn::test {

/// One client installation for sync tests: its own SQLite store (in `mappe`) and user.
class SyncTestKlient final
{
public:
    SyncTestKlient(const QString &mappe, const QString &navn, QString conninfo);
    ~SyncTestKlient();
    Q_DISABLE_COPY_MOVE(SyncTestKlient)

    /// Creates a new unregistered case (no saksnummer) in `embete`; returns its id.
    QString nySak(const QString &embete, quint32 seed, const QDateTime &klokke = QDateTime::currentDateTimeUtc());
    /// Loads, changes and saves a case as a caseworker would.
    void endre(const QString &id, const std::function<void(Tilsynssak &)> &endring,
               const QDateTime &klokke = QDateTime::currentDateTimeUtc());
    /// Adds a second tilsynsobjekt (a copy of the first with this id and name) to a case.
    void leggTilObjekt(const QString &id, const QString &objektId, const QString &navn);
    std::optional<Tilsynssak> hent(const QString &id) const { return m_repo->hent(id); }

    SynkMotor::Resultat synk(SynkMotor::Avbrudd avbrudd = SynkMotor::Avbrudd::Ingen);
    /// Every case as canonical JSON text, sorted (to compare clients).
    QStringList alle() const;
    qint64 antallIUtboks(const QString &status) const;
    QVariant verdi(const QString &sql) const;
    Store &store() { return *m_store; }
    SakRepository &repo() { return *m_repo; }
    const QString &sti() const { return m_sti; }
    const QString &conninfo() const { return m_conninfo; }

private:
    QString m_sti;
    QString m_conninfo;
    QString m_navn;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

} // namespace tilsyn::test
