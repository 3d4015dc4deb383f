#pragma once

#include "letters/brevutkast.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tilsyn {

class Fremdrift;
class Store;
struct Tilsynssak;

/// The state a dokumentflyt step gives a draft version (Noark 5 flytStatus).
enum class Flytstatus { TilGodkjenning, Godkjent, IkkeGodkjent, SendtTilbake };

/// "Til godkjenning", "Godkjent", "Ikke godkjent", "Sendt tilbake med kommentarer" (as stored).
QString flytstatusKode(Flytstatus s);
/// nullopt for an unknown text.
std::optional<Flytstatus> flytstatusFraKode(const QString &kode);

/// One frozen version of a letter draft (table brevutkast, migration 023).
struct Utkastversjon
{
    QString id;      ///< uuid
    QString sakId;
    QString brev;    ///< which letter of the case (Dokumentflyt::brevnoekkel)
    QString noekkel; ///< the approval key (Dokumentflyt::noekkel) when it was stored
    QString forrige; ///< the version it replaced; empty for the first
    QString lagetAv;
    QDateTime laget; ///< UTC
    bool iSentralen = false;
    Brevutkast utkast;
};

/// One audited step (table dokumentflyt): from, to, sent, received, status, comment.
struct Flytsteg
{
    QString id;
    QString utkastId;
    QString sakId;
    QString fra;
    QString til; ///< a user, or empty for all leaders of the office
    Flytstatus status = Flytstatus::TilGodkjenning;
    QString merknad;
    /// Who made the step, by their profile (name and title; the central store keeps them with the
    /// step): for Godkjent the leader who approved, as the signature names them. Empty in steps
    /// recorded before every step carried it (Dokumentflyt::navn() then finds the name).
    Brevperson godkjenner;
    QDateTime sendt;       ///< when the step was made (UTC; also offline)
    std::optional<QDateTime> mottatt; ///< when the central store accepted it; nullopt: not final yet
    QString avvist;        ///< the central store's refusal, if any

    bool erEndelig() const { return mottatt.has_value(); }
};

/// A version whose latest step is the one shown in a queue (Til godkjenning, or returned).
struct Flytpost
{
    Utkastversjon versjon;
    Flytsteg steg;
    QString saksnummer;
    QString sakstittel; ///< the first tilsynsobjekt's name
    QString embete;
    QString fraNavn; ///< who made the latest step, by name (Dokumentflyt::navn); the login if none is known
    QString tilNavn; ///< whom the step was sent to, by name (Dokumentflyt::navn); empty for the office's leaders
};

/// Two-step approval as a state of a letter (DOMAIN.md §5, docs/godkjenning.md). Drafts are
/// persisted as frozen versions; each step is an audited row that syncs (models/sync/flytsynk).
/// The roles the client learnt at sync (meta sentral_lederroller) decide what is offered here;
/// the central store checks them again when the step is pushed.
class Dokumentflyt final
{
public:
    explicit Dokumentflyt(Store &store);

    /// The approval key: SHA-256 (hex) over the case as it will stand after finalising and every
    /// field of the draft except its draft mark, approval and chronology (BrevRepository::
    /// utkastnoekkel). Any edit of the draft or the case gives another key.
    static QString noekkel(const Tilsynssak &sak, const Brevutkast &utkast);
    /// Which letter of the case a draft is: type, recipient and copy recipient.
    static QString brevnoekkel(const Brevutkast &utkast);

    /// Stores the draft: the latest version of this letter if it has the same key, else a new
    /// version replacing it (an approved version is never changed: its edit is a new version
    /// that needs approval again). One transaction, with an audit row.
    Utkastversjon lagreUtkast(const Tilsynssak &sak, const Brevutkast &utkast, const QString &hvem);
    /// A batch of drafts of one case (the decision letters for all parties), each stored as above,
    /// all in ONE transaction: every version is stored or none. `foerCommit` runs inside the
    /// transaction after the last draft (e.g. putting the batch's files in place); when it, a
    /// draft or the commit throws, nothing is stored. `fremdrift` (nullable) is checked before each
    /// draft: Cancel throws Avbrutt and nothing is stored.
    QList<Utkastversjon> lagreUtkast(const Tilsynssak &sak, const QList<Brevutkast> &bunke, const QString &hvem,
                                     const std::function<void()> &foerCommit, Fremdrift *fremdrift = nullptr);

    /// Sends a version for approval to `til` (a leader's login, or empty: the office's leaders)
    /// with a note. Throws StoreError (Avvist) if the version is waiting or approved already.
    /// `avsender` is the sender's name and title; empty: the caseworker the draft names, when the
    /// sender wrote the draft.
    Flytsteg sendTilGodkjenning(const QString &versjonId, const QString &til, const QString &merknad,
                                const QString &hvem, const Brevperson &avsender = {});
    /// A leader's decision on a version waiting for approval (not TilGodkjenning). Recorded at
    /// once, also offline; final only when the central store accepts it. Throws StoreError
    /// (Avvist) if this client has not learnt the leader role of the case's office, the version
    /// is not waiting, or a return has no comment.
    Flytsteg behandle(const QString &versjonId, Flytstatus status, const QString &merknad, const QString &hvem,
                      const Brevperson &leder);

    std::optional<Utkastversjon> versjon(const QString &id) const;
    /// The newest version of one letter of a case.
    std::optional<Utkastversjon> sisteVersjon(const QString &sakId, const QString &brev) const;
    /// Every version of a case, newest first.
    QList<Utkastversjon> versjoner(const QString &sakId) const;
    /// The steps of a version, oldest first.
    QList<Flytsteg> steg(const QString &versjonId) const;
    std::optional<Flytsteg> sisteSteg(const QString &versjonId) const;

    /// The approval of exactly this draft about this case, only once the central store accepted
    /// it; the approver as recorded. nullopt otherwise.
    std::optional<Godkjenning> godkjenning(const Tilsynssak &sak, const Brevutkast &utkast) const;
    /// The newest approved and accepted version of the letter `brev` of the case, with its approval.
    std::optional<std::pair<Utkastversjon, Godkjenning>> godkjentVersjon(const QString &sakId,
                                                                         const QString &brev) const;

    /// The queue "Til godkjenning": versions whose latest step asks for approval, in the offices
    /// where this client holds the leader role, addressed to `meg` or to all leaders; oldest first.
    QList<Flytpost> tilGodkjenning(const QString &meg) const;
    /// How many letters tilGodkjenning(meg) lists, without reading them: one COUNT on the index
    /// of the table godkjenningskoe (local migration 064), which triggers keep where the queue
    /// changes (a version, a step, a step's order or refusal), whoever writes it. For the count a
    /// leader sees in the status bar after every sync: not O(versions) on the GUI thread.
    int antallTilGodkjenning(const QString &meg) const;
    /// The statement antallTilGodkjenning() runs for `embeter` offices (bind: the offices, then meg);
    /// for the test that reads its query plan.
    static QString antallTilGodkjenningSql(qsizetype embeter);
    /// Versions sent by `meg` whose latest step returned or refused them; newest first.
    QList<Flytpost> tilbakesendt(const QString &meg) const;
    /// Versions sent by `meg` still waiting for a leader; oldest first.
    QList<Flytpost> venterPaaGodkjenning(const QString &meg) const;
    /// Versions sent by `meg` whose latest step is a leader's answer the central store accepted
    /// (approved, returned or refused); newest first. What a sync can bring the caseworker.
    QList<Flytpost> besvart(const QString &meg) const;

    /// A person's name for the lists and the trail: the name the central store keeps with their
    /// newest step, else the caseworker named in the newest draft they wrote; `login` if neither
    /// is known (issue 10 item 1: people are shown by their profile's name, the login is a fallback).
    QString navn(const QString &login) const;

    /// The offices where this client learnt (at its last sync) that its user is a leader.
    QStringList lederEmbeter() const;
    bool erLeder(const QString &embete) const { return lederEmbeter().contains(embete); }

private:
    /// lagreUtkast() inside the caller's transaction.
    Utkastversjon lagreIApenTransaksjon(const Tilsynssak &sak, const Brevutkast &utkast, const QString &hvem);
    QList<Flytpost> poster(const QString &where, const QVariantList &verdier, const char *rekkefoelge) const;
    Flytsteg leggTilSteg(const Utkastversjon &v, Flytstatus status, const QString &til, const QString &merknad,
                         const QString &hvem, const Brevperson &leder);

    Store &m_store;
};

} // namespace tilsyn
