#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tilsyn {

class Store;

/// A user of an office as the central store reported it at the last sync.
struct Kontorbruker
{
    QString bruker; ///< login
    bool leder = false;
    QString navn = {}; ///< by name (Dokumentflyt::navn) when known; empty: show the login
};

/// Assignment of cases to caseworkers (issue 12 item 3; tables tildeling and sak_tildelt,
/// migration 024). A leader assigns; the step is audited, recorded at once (also offline) and
/// synced (models/sync/flytsynk), where the central store checks the leader role again.
class Tildeling final
{
public:
    explicit Tildeling(Store &store);

    /// Assigns `sakId` to `bruker` (a login; empty: unassigned) as `hvem`. Throws StoreError
    /// (Avvist) if this client has not learnt the leader role of the case's office, or `bruker`
    /// is not a user of that office (as last synced); nothing changes then.
    void tildel(const QString &sakId, const QString &bruker, const QString &hvem);
    /// Who the case is assigned to now; nullopt: never assigned (then the case's own
    /// saksbehandler field stands), an empty string: unassigned by a leader.
    std::optional<QString> tildelt(const QString &sakId) const;
    /// The users of an office, as the last sync reported them.
    QList<Kontorbruker> brukere(const QString &embete) const;

private:
    Store &m_store;
};

} // namespace tilsyn
