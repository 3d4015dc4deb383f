#pragma once

#include "domain/validering.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tilsyn {

class SakRepository;
class Store;

/// A user of an office as the central store reported it at the last sync.
struct Kontorbruker
{
    QString bruker; ///< login
    bool leder = false;
    QString navn = {}; ///< by name (Dokumentflyt::navn) when known; empty: show the login
    /// How a person is shown and written into the case's saksbehandler field: the name, or the login.
    QString visning() const { return navn.isEmpty() ? bruker : navn; }
};

/// An assignment to this user by someone else, accepted by the central store and still standing.
struct Tildelingsvarsel
{
    QString id;
    QString sakId;
    QString saksnummer; ///< empty before the case has one
    QString av;         ///< the leader's login
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
    /// Assigns as tildel() does and makes the assignee the case's saksbehandler, so the list, the
    /// case and "Mine saker" say the same on every client (the field syncs with the case):
    /// `navn` is written (Kontorbruker::visning()); unassigning empties the field. Returns what
    /// stopped the case's save (empty: saved); the assignment stands either way.
    Problemer fordel(SakRepository &repo, const QString &sakId, const QString &bruker, const QString &navn,
                     const QString &hvem);
    /// Who has the case now, as a login of `brukere`: its assignment, or, never assigned, the user
    /// whose login or name the case's saksbehandler field holds. Empty: nobody (or not a user).
    QString gjeldende(const QString &sakId, const QString &saksbehandler, const QList<Kontorbruker> &brukere) const;
    /// The users of an office, as the last sync reported them.
    QList<Kontorbruker> brukere(const QString &embete) const;
    /// Cases assigned to `meg` by someone else, as pulled from the central store, still standing.
    QList<Tildelingsvarsel> tilMeg(const QString &meg) const;

private:
    Store &m_store;
};

} // namespace tilsyn
