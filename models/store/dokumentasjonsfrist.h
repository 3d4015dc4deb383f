#pragma once

#include <QDate>
#include <QString>

namespace tilsyn {

class Store;

/// The case's ONE documentation deadline after a lovbrudd (DOMAIN.md § 3 step 8: the service gets
/// a realistic deadline for documenting that the breach is put right; local migration 063). It
/// lives with the case's follow-up: typed in any party's decision letter (the letter window's
/// Documentation deadline), every party's avgjørelse states it — opened one by one or made by
/// «Avgjørelser til alle parter» (Brevbestilling::dokumentasjonsfrist) — and the follow-up window
/// proposes it for each breach (OppfolgingRepository::avgjorelsesfrist). Once a finalised decision
/// states it, it is fixed. Local data of this client, not synced (as the letter drafts' texts).
class Dokumentasjonsfrist final
{
public:
    explicit Dokumentasjonsfrist(Store &store) : m_store(store) {}

    /// The case's deadline: the one set (typed in a decision letter, or stated by a finalised
    /// one); for a case decided before migration 063, the date its latest finalised avgjørelse
    /// states (brev.svarfrist); invalid when there is none. Throws StoreError.
    QDate hent(const QString &sakId) const;
    /// Whether a finalised decision states the deadline: it can no longer be changed.
    bool erFastsatt(const QString &sakId) const;
    /// Sets the case's deadline, as typed in a decision letter (`brevId` 0) or as stated by the
    /// finalised decision `brevId` (which fixes it). A fixed deadline is changed by nothing but
    /// another finalised decision: false then, nothing written. Throws StoreError.
    bool sett(const QString &sakId, const QDate &frist, const QString &hvem, qint64 brevId = 0);

private:
    Store &m_store;
};

} // namespace tilsyn
