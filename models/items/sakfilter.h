#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tilsyn {

/// What the case list shows: free text, sektor, behandlingsmåte, open/closed, "mine saker" and
/// overdue. "Mine saker" follows assignment (table sak_tildelt): a case a leader assigned is the
/// assignee's; a case never assigned is its saksbehandler's. A plain value; `tilSql` turns it into a WHERE clause over the tilsynssak table so the
/// filtering runs in SQLite on indexed columns, never over loaded rows.
struct SakFilter
{
    enum class Status { Alle, Aapne, Avsluttede };
    static constexpr int kIkkeValgtBm = -1; ///< behandlingsmaate filter for "not chosen yet"

    QString tekst{};                     ///< words that must all occur in saksnummer, objects or sammendrag
    QString sektor{};                    ///< sektor code; empty: all
    std::optional<int> behandlingsmaate{}; ///< 0–5, kIkkeValgtBm, or unset for all
    Status status = Status::Alle;
    QString saksbehandler{};             ///< "mine saker": the user name; empty: everyone's
    QString sentralbruker{};             ///< "mine saker": the user's login in the central store (assignments); empty: as saksbehandler
    bool bareUfordelte = false;          ///< "Ufordelte": cases assigned to nobody (combine with status Open)
    bool bareForfalte = false;           ///< "Restanser": frist passed and milestone not reached
    bool bareForfallerSnart = false;     ///< "Forfaller snart": frist within the next days, not passed
    int forfallerSnartDager = 14;        ///< the window of "Forfaller snart" (Fristvalg)
    int dagerTilValgAvBm = 14;           ///< the valgfrist of a case without a BM (Fristvalg)

    /// The deadline views list alvorlig cases first.
    bool alvorligFoerst() const { return bareForfalte || bareForfallerSnart; }

    struct Sql
    {
        QString where; ///< "" or "WHERE ..." with positional placeholders
        QVariantList verdier;
    };
    /// The WHERE clause for the day `idag` (the overdue rule depends on it).
    Sql tilSql(const QDate &idag) const;

    /// The report deadline of a BM 3 case awaiting the service's report (Fristart::Rapport), as
    /// an SQL expression over a tilsynssak row: NULL for every other case.
    static QString rapportfristSql();
    /// A tilsynssak row whose current frist is one its stored deadline columns do not hold — the
    /// valgfrist of an open case without a BM, or a BM 3 report's — and falls before `dato` (the
    /// restanser report's "over fristen"; the date written in).
    static QString valgEllerRapportfristFoer(const QDate &dato, int dagerTilValgAvBm);

    /// The free text split into case-folded words, as they are matched against `soketekst`.
    QStringList soekeord() const;

    bool erTom() const;
    friend bool operator==(const SakFilter &, const SakFilter &) = default;
};

} // namespace tilsyn
