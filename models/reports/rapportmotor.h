#pragma once

#include "rapporttabell.h"
#include "rapportvalg.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tilsyn {

class Katalog;

/// The statistics over the store, aggregated in SQL: the annual report's tables
/// (behandlingsmaate, vurderinger, resultatmaal, exactly as the CLI contract says) and the
/// office's own figures (temaer, kilder, restanser, behandlingstid). Reads only; use it on the
/// thread that owns the connection (a worker opens its own Store).
class Rapportmotor final
{
public:
    Rapportmotor(QSqlDatabase db, const Katalog &katalog);

    /// The report names, contract reports first.
    static const QStringList &rapporter();

    /// Runs the named report; throws StoreError on a database failure. Unknown names give an
    /// empty table (check with rapporter()).
    Rapporttabell lag(const QString &navn, const Rapportvalg &valg) const;

    // The annual report's tables (contracts/cli.md).
    Rapporttabell behandlingsmaate(const Rapportvalg &valg) const;
    Rapporttabell vurderinger(const Rapportvalg &valg) const;
    Rapporttabell resultatmaal(const Rapportvalg &valg) const;

    // The office's own figures (docs/reports.md).
    Rapporttabell temaer(const Rapportvalg &valg) const;
    Rapporttabell kilder(const Rapportvalg &valg) const;
    Rapporttabell restanser(const Rapportvalg &valg) const;
    Rapporttabell behandlingstid(const Rapportvalg &valg) const;

    /// 100 * del / helhet rounded half up; null when helhet is 0.
    static QVariant andel(qint64 del, qint64 helhet);

private:
    QSqlDatabase m_db;
    const Katalog &m_katalog;
};

} // namespace tilsyn
