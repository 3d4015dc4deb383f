#pragma once

#include <QDate>

#include <optional>

namespace tilsyn {

class Katalog;
struct Fristregel;
struct Tilsynssak;

/// Where a case stands against the resultatmål of its behandlingsmåte.
enum class Friststatus {
    IkkeValgt,   ///< no behandlingsmåte yet, or BM 0 (no deadline)
    Loeper,      ///< milestone not reached, frist not passed
    Forfalt,     ///< milestone not reached, frist passed
    InnenFrist,  ///< milestone reached on or before the frist
    EtterFrist,  ///< milestone reached after the frist
};

/// The deadline facts of one case, derived (never stored) from mottatt, the BM and its milestone.
struct Frist
{
    Friststatus status = Friststatus::IkkeValgt;
    QDate fristDato;   ///< mottatt + the BM's deadline; invalid when no deadline applies
    QDate milepel;     ///< the milestone date of the BM, if recorded
    int dagerIgjen = 0; ///< frist − today (negative when overdue); only when Loeper/Forfalt

    bool aapen() const { return status == Friststatus::Loeper || status == Friststatus::Forfalt; }
};

/// mottatt + the rule's deadline: whole days, or calendar months as QDate::addMonths
/// (31 Jan + 1 month = 28/29 Feb).
QDate fristDato(const QDate &mottatt, const Fristregel &regel);

/// The date of the milestone the rule names ("avsluttet", "oversendt", "mote"), if set.
QDate milepelDato(const Tilsynssak &sak, const Fristregel &regel);

/// True when the milestone is recorded and falls on or before the frist.
bool innenFrist(const Tilsynssak &sak, const Fristregel &regel);

/// The deadline facts of a case seen on the day `idag`.
Frist beregnFrist(const Tilsynssak &sak, const Katalog &katalog, const QDate &idag);

/// Office settings for the deadline views (configurable; defaults as agreed with the offices).
struct Fristvalg
{
    int dagerTilValgAvBm = 14;  ///< soft internal target for choosing a behandlingsmåte
    int forfallerSnartDager = 14; ///< "Forfaller snart": frist within this many days
};

/// What the case's current frist is the deadline of.
enum class Fristart {
    Ingen,            ///< no deadline runs (closed, or the milestone met and nothing awaited)
    ValgAvBm,         ///< open without a behandlingsmåte: the office's target for choosing one (valgfrist)
    Behandlingsmaate, ///< the BM's deadline (frist_dato), its milestone not reached
    Rapport,          ///< BM 3, request sent: the service's report, due as the request letter said
};

/// What the current frist is read from: the case's stored columns (tilsynssak: mottatt,
/// behandlingsmaate, avsluttet, frist_dato, milepel_dato, rapport_mottatt) and the report
/// deadline of its finalised BM 3 request (brev.svarfrist of 'bm3-anmodning').
struct Fristgrunnlag
{
    QDate mottatt;
    std::optional<int> behandlingsmaate;
    QDate avsluttet;
    QDate fristDato;
    QDate milepel;
    QDate rapportMottatt;
    QDate rapportfrist;
};

/// The case's current frist: the one definition behind the case list's Frist column and its
/// "Forfaller snart" and "Over fristen" filters (SakFilter::tilSql states the same in SQL).
/// In this order: open without a BM, the valgfrist; the BM's milestone not reached, the BM's
/// frist; BM 3 open with the request sent and no report yet, the report's due date.
struct GjeldendeFrist
{
    Fristart art = Fristart::Ingen;
    QDate dato;

    /// Passed on `idag` (the frist was yesterday or before).
    bool over(const QDate &idag) const { return art != Fristart::Ingen && dato < idag; }
    /// Today or within the next `dager` days.
    bool snart(const QDate &idag, int dager) const
    {
        return art != Fristart::Ingen && dato >= idag && dato <= idag.addDays(dager);
    }
};

GjeldendeFrist gjeldendeFrist(const Fristgrunnlag &g, const Fristvalg &valg = {});

/// Before a behandlingsmåte is chosen: the soft internal target for choosing one.
QDate valgfrist(const Tilsynssak &sak, const Fristvalg &valg = {});

/// An open case whose frist falls within the next `forfallerSnartDager` days (not yet passed).
bool forfallerSnart(const Frist &f, const Fristvalg &valg = {});

/// Whether to propose a forsinkelsesmelding (delay notice): the case is open and its frist has
/// passed or falls within the warning window, and no notice was sent after the last one was due.
bool boerSendeForsinkelsesmelding(const Frist &f, const Fristvalg &valg = {});

} // namespace tilsyn
