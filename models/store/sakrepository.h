#pragma once

#include "domain/tilsynssak.h"
#include "domain/validering.h"

#include <QDateTime>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace tilsyn {

class Katalog;
class Store;

/// Who makes a change and when; written to the audit trail with it.
struct Endringskontekst
{
    QString bruker;
    QDateTime tidspunkt = QDateTime::currentDateTimeUtc();
    QString handling = QStringLiteral("lagret");
    /// False for a version written from the central store: it is what the server has, so there
    /// is nothing to send back (no outbox entry).
    bool tilUtboks = true;
    /// Closing a case (setting avsluttet) while an incoming document of its journal is not
    /// avskrevet is refused unless this says why; the documents are then avskrevet "Tatt til
    /// orientering" with this reason, in the same transaction. Only lagre() applies the rule
    /// (desktop and store API); import and sync write what they are given.
    QString avslutningsgrunn = {};
    /// False for a version the central store sent in a bulk first sync: its history there is the
    /// audit trail, so no local audit row is written.
    bool revisjonsspor = true;
};

/// Loads and saves whole tilsynssaker. Every save is one transaction that writes the case rows,
/// an audit row and an outbox entry together. A registered case is never deleted.
class SakRepository final
{
public:
    SakRepository(Store &store, const Katalog &katalog);
    ~SakRepository();
    Q_DISABLE_COPY_MOVE(SakRepository)

    std::optional<Tilsynssak> hent(const QString &id) const;
    /// The store's file (for what belongs to one store, e.g. its recovery copies).
    QString lagerSti() const;
    /// The local edit counter of a case (0 when it does not exist).
    int versjon(const QString &id) const;
    qint64 antall() const;
    /// The id of the case holding `saksnummer` in `embete`, if any.
    std::optional<QString> idForSaksnummer(const QString &embete, const QString &saksnummer) const;
    /// What the store says about the case's saksnummer (one rule for the editor, which shows it at
    /// once, and for lagre(), which refuses): another case of the same embete holds it (named by
    /// received date, objects and id), or it differs from the stored one although letters were
    /// finalised under that. Empty when there is nothing to say.
    Problemer saksnummerProblemer(const Tilsynssak &sak) const;
    /// Whether letters have been finalised in the case (its saksnummer is then fixed).
    bool harFerdigstilteBrev(const QString &id) const;
    /// The report deadline of the case's finalised BM 3 request (its letter's svarfrist, the
    /// latest if several); invalid without one (Fristgrunnlag::rapportfrist, domain/frist.h).
    QDate rapportfrist(const QString &id) const;
    /// Why the case cannot be closed as it stands: it gets avsluttet now, and incoming documents
    /// of its journal are not avskrevet (named by document number) while `grunn` is empty.
    Problemer avslutningsproblemer(const Tilsynssak &sak, const QString &grunn) const;
    /// avslutningsproblemer()'s problem for these documents (each named as «2024/4711-1 «Henvendelse»»),
    /// its message in the program's language.
    static Problem uavskrevneDokumenter(const QStringList &dokumenter);
    /// Whether `p` is that problem, which a reason given by the caseworker lifts.
    static bool erUavskrevneDokumenter(const Problem &p);

    struct Resultat
    {
        Problemer problemer; ///< non-empty: nothing was written
        int versjon = 0;     ///< the case's edit counter after the save
        bool ok() const { return problemer.isEmpty(); }
    };

    /// Validates and saves one case in its own transaction. With `forventetVersjon`, the save is
    /// refused (StoreError Konflikt) if someone else saved the case since it was loaded.
    Resultat lagre(const Tilsynssak &sak, const Endringskontekst &hvem,
                   std::optional<int> forventetVersjon = std::nullopt);

    /// Writes a case that the caller has validated, inside the caller's transaction. The one
    /// place a stored case changes: a case whose merge base is still "the case as stored" (a
    /// bulk first sync's, sync_sak.dokument NULL) gets that base written out first.
    void skriv(const Tilsynssak &sak, const Endringskontekst &hvem);

    /// Discards a local draft that never got a saksnummer and was never synced. Throws for a
    /// registered case.
    void forkastUtkast(const QString &id, const Endringskontekst &hvem);

    /// Calls `f` for every case in id order, reading the tables in bulk (for export).
    void forHver(const std::function<void(const Tilsynssak &)> &f) const;

private:
    /// Writes the merge base of a case pulled in a bulk first sync (`foer`, the case as stored
    /// before this change, as its sync document) when it has none yet.
    void skrivGrunnlag(const Tilsynssak &foer);
    /// The stored case's avsluttet ("" when open; nullopt when the case is not stored).
    std::optional<QString> lagretAvsluttet(const QString &id) const;
    struct Spoerringer;
    Store &m_store;
    const Katalog &m_katalog;
    std::unique_ptr<Spoerringer> m_q;
};

} // namespace tilsyn
