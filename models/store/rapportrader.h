#pragma once

#include <QByteArray>

#include <memory>
#include <optional>
#include <tuple>

struct sqlite3;

namespace tilsyn {

struct Tilsynssak;

/// The report facts' rapport_sak rows (local migration 039, the view rapport_sak_beregnet) of a
/// bulk load into an empty store, made from the cases in memory while they are written instead
/// of by the view's four lookups per case into the child tables after the load (issue 14: the
/// view took ~0.75 s of the writing thread for 100 000 cases, inserting its rows ~0.35 s more),
/// and rapport_restanse's counts (the view rapport_restanse_noekkel grouped: ~0.25 s).
/// BulkSkriver makes the lists on its pool, adds each case as it inserts it and writes the rows
/// in the table's key order (appends) at the end. Checked against the view (every 997th row,
/// the first and the last): any difference, or a table holding other rows than those added,
/// and nothing is written, so the caller makes the facts from the view as before.
class RapportRader final
{
public:
    /// One case's row; the lists are the view's group_concat of the child rows in pos order.
    struct Rad
    {
        QByteArray sektor, avsluttet, sakId, embete;
        std::optional<int> bm;
        QByteArray temaer, typer, kilder, vurderinger;
    };

    RapportRader();
    ~RapportRader();
    Q_DISABLE_COPY_MOVE(RapportRader)

    /// A case's dates as stored in tilsynssak (yyyy-MM-dd, empty for NULL).
    struct Datoer
    {
        QByteArray mottatt, avsluttet, frist, milepel;
    };
    /// A rapport_restanse key (the view rapport_restanse_noekkel): sektor, m_aar, a_aar, embete,
    /// g_aar, h_aar.
    using Noekkel = std::tuple<QByteArray, qint64, qint64, QByteArray, qint64, qint64>;
    /// One case's share: its restanse key (none when something only the views can read, e.g. a
    /// NULL sektor or a date of another form) and, when it is closed, its rapport_sak row.
    struct Sak
    {
        std::optional<Noekkel> noekkel;
        std::optional<Rad> rad;
    };

    /// `sak`'s share with its dates as they are bound (BulkSkriver), as the views make it; any
    /// thread (BulkSkriver's pool).
    static Sak lag(const Tilsynssak &sak, const Datoer &datoer);

    /// A case just inserted into tilsynssak with `rowid`, and its share from lag().
    void legg(qint64 rowid, Sak &&sak);

    /// Writes the rows into rapport_sak and the counts into rapport_restanse (both emptied
    /// first) when tilsynssak holds exactly the cases added (count and sum of rowids) and the
    /// sampled rows and keys equal the views'; returns whether it did (false: both tables as
    /// they were). Throws StoreError when the database fails.
    bool skriv(struct sqlite3 *db);

private:
    bool restanserLike(struct sqlite3 *db) const;

    struct Data;
    std::unique_ptr<Data> d;
    bool m_brukbar = true;
};

} // namespace tilsyn
