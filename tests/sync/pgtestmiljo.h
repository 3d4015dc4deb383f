#pragma once

#include "sync/sentraltilkobling.h"

#include <QString>

#include <memory>

namespace tilsyn::test {

/// A fresh central database in the PostgreSQL that pg_virtualenv started (PGHOST, PGUSER=postgres,
/// PGPASSWORD): created with a unique name, installed with the central schema, dropped at the end.
/// Users get PGPASSWORD as their password, so libpq finds it in the environment for every user.
class PgTestMiljo final
{
public:
    PgTestMiljo();
    ~PgTestMiljo();
    Q_DISABLE_COPY_MOVE(PgTestMiljo)

    /// False when no PostgreSQL was started for the tests (then they exit 77: skipped).
    static bool tilgjengelig();

    QString dbNavn() const { return m_db; }
    QString conninfo(const QString &bruker) const;
    QString adminConninfo() const;
    /// A superuser connection to this test's database.
    std::unique_ptr<SentralTilkobling> admin() const;
    /// A superuser connection to the maintenance database (to create, copy and drop databases).
    const SentralTilkobling &vedlikehold() const { return *m_vedlikehold; }

    void opprettEmbete(const QString &embete);
    /// A LOGIN user (unique name from `navn`) that is a member of the office roles.
    QString opprettBruker(const QString &navn, const QStringList &embeter);
    /// Runs SQL as superuser in this database; returns the first column of the first row.
    QVariant verdi(const QString &sql, const QVariantList &verdier = {}) const;

private:
    std::unique_ptr<SentralTilkobling> m_vedlikehold;
    QString m_db;
};

} // namespace tilsyn::test
