#pragma once

#include "domain/frist.h"
#include "items/sakfilter.h"

#include <QAbstractTableModel>
#include <QAtomicInt>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace tilsyn {

class Katalog;
class Store;

/// The case list over the local store, for 100 000 cases and more. Filtering (SakFilter) and
/// sorting run in SQLite; rowCount is the filtered count, and rows are read on demand in small
/// pages (LIMIT/OFFSET on an indexed ORDER BY) kept in a small cache. Nothing loads every case.
/// Typing in the filter uses settFilterIBakgrunnen(): the count and the first page are read on a
/// worker thread with its own read-only connection, the newest request wins, and the rows shown
/// stay until the new ones replace them in one reset.
class SakListeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SakListeModel)

public:
    // The order shown. What the day is planned by comes first, so that it is in view in the list's
    // share of a 1366×768 window whatever the other columns hold (issue 10 tryout: a long office
    // name pushed Frist and Alvorlig out of view): case number, deadline, serious, status.
    enum Column {
        SaksnummerColumn,
        FristColumn, // BM 5 deadlines must be impossible to overlook
        AlvorligColumn,
        StatusColumn,
        TilsynsobjektColumn,
        EmbeteColumn, // equal saksnumre of two offices are told apart here
        MottattColumn,
        BehandlingsmaateColumn,
        SektorColumn,
        SaksbehandlerColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< the stored value of the cell (ISO date, code, number)
        IdRole,                      ///< the case id of the row
        ForfaltRole,                 ///< true when the frist has passed without its milestone
    };

    static constexpr int kSideStoerrelse = 100;
    static constexpr int kMaksSider = 40;

    SakListeModel(Store &store, const Katalog &katalog, QObject *parent = nullptr);
    ~SakListeModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const SakFilter &filter() const { return m_filter; }
    /// Applies `filter` at once, on the calling thread.
    void settFilter(const SakFilter &filter);
    /// Applies `filter` without blocking: the query runs on the worker thread and the rows
    /// change when its result arrives: the first page in one reset, then (for more than a page)
    /// the rest of the count as inserted rows, then soekFerdig. A newer call supersedes an older.
    void settFilterIBakgrunnen(const SakFilter &filter);
    /// A background filter has been asked for and its rows have not arrived yet.
    bool soeker() const { return m_venter; }
    /// The day deadlines are measured against (tests pass a fixed day).
    void settIdag(const QDate &idag);
    QDate idag() const { return m_idag; }
    int sorteringskolonne() const { return m_kolonne; }
    Qt::SortOrder sorteringsrekkefoelge() const { return m_rekkefoelge; }

    QString id(int rad) const;
    /// The row of a case among the cached pages, or -1.
    int radForId(const QString &id) const;

    /// A case was saved: its row is refreshed in place (dataChanged) if it is shown; a case new
    /// to the list re-runs the query so it appears where filter and sorting put it.
    void sakLagret(const QString &id);
    /// Re-reads count and rows, e.g. after an import.
    void lesPaaNytt();
    /// Re-reads count and rows on the worker thread (as settFilterIBakgrunnen with the current
    /// filter), e.g. after a sync changed cases or assignments: the rows shown stay until the new
    /// ones replace them, then soekFerdig. A filter being searched for is searched again.
    void lesPaaNyttIBakgrunnen();
    /// Which case the list keeps selected across a background search (the view's selected or
    /// open case), asked as each starts: its worker also finds the case's row in the new order and
    /// reads its page, so radForId(behold()) finds it among the new rows without a query here.
    void settBeholdKilde(std::function<QString()> kilde) { m_beholdKilde = std::move(kilde); }
    /// The case the newest background search looked for (empty: none).
    const QString &behold() const { return m_behold; }

    /// Whether the store holds any case at all (one indexed look, not a count).
    bool harSaker() const;

signals:
    void antallEndret(int antall);
    /// The rows of the newest settFilterIBakgrunnen() are in the model.
    void soekFerdig();

private:
    struct Rad
    {
        QString id;
        std::optional<QString> saksnummer;
        QDate mottatt;
        QString sektor;
        QString objektNavn;
        std::optional<int> behandlingsmaate;
        QString saksbehandler;
        QString embete;
        QDate avsluttet;
        QDate fristDato;
        QDate milepel;
        bool alvorlig = false;
        QDate rapportfrist; ///< BM 3 awaiting the report: its due date (SakFilter::rapportfristSql)
    };

    // What one background search asked for and found.
    struct Soek
    {
        int generasjon = 0;
        SakFilter filter;
        QDate idag;
        int kolonne = 0;
        Qt::SortOrder rekkefoelge = Qt::AscendingOrder;
        int antall = 0;
        QList<Rad> foersteSide;
        QString feil;
        bool endelig = true; ///< false: the first page only, its count still to come
        QString behold;          ///< the case whose row is wanted (settFilterIBakgrunnen)
        QHash<int, QList<Rad>> beholdSider; ///< the page with that case and its nearest neighbour
    };

    const Rad *rad(int rad) const;
    QList<Rad> lesSide(int side) const;
    int tell() const;
    // The queries themselves, on any connection (the GUI's or the worker's).
    static QList<Rad> lesSide(const QSqlDatabase &db, const Soek &s, int side);
    static QString ordenSql(const Soek &s);
    /// Runs one of the list's queries; throws StoreError (an outdated worker query: "avbrutt").
    static void kjoerListe(QSqlQuery &q, const QSqlDatabase &db, const char *hva);
    static int tellEllerKast(const QSqlDatabase &db, const Soek &s);
    /// The row of case `id` among the filtered, sorted rows, or -1 (on the worker: O(rows)).
    static int radAv(const QSqlDatabase &db, const Soek &s, const QString &id);
    /// Reads the page(s) of `s.behold` into s.beholdSider, unless it is on the first page.
    static void lesBeholdt(const QSqlDatabase &db, Soek &s);
    void leggTilSider(const Soek &s);
    Soek gjeldende() const;
    void startSoek();
    void soekPaaArbeider(Soek s);
    static int avbrytUtdatert(void *modell);
    void brukSoek(const Soek &s);
    bool forfalt(const Rad &r) const;
    /// An open case without a behandlingsmåte: no deadline runs yet (DOMAIN.md §2).
    bool venterPaaBm(const Rad &r) const;
    /// The office's target date for choosing the method (valgfrist, domain/frist.h); invalid without mottatt.
    QDate valgfrist(const Rad &r) const;
    /// The row's current frist (gjeldendeFrist: the same the deadline filters use).
    GjeldendeFrist gjeldende(const Rad &r) const;
    QVariant visning(const Rad &r, int kolonne) const;
    QVariant raaverdi(const Rad &r, int kolonne) const;
    static Rad radFraSpoerring(const QSqlQuery &q);

    Store &m_store;
    const Katalog &m_katalog;
    SakFilter m_filter;
    QDate m_idag;
    /// The deadline settings, read when rows are (re)read, not per cell: a QSettings per data()
    /// call was most of the GUI thread's time per filter keystroke (issue 14).
    Fristvalg m_fristvalg;
    int m_kolonne = MottattColumn;
    Qt::SortOrder m_rekkefoelge = Qt::DescendingOrder;
    int m_antall = 0;
    mutable QHash<int, QList<Rad>> m_sider;
    mutable QList<int> m_brukt; ///< page numbers, least recently used first

    SakFilter m_oensket;  ///< the newest background filter asked for
    QString m_behold;     ///< the case whose row the newest background search also looks for
    std::function<QString()> m_beholdKilde;
    bool m_venter = false;
    int m_delvisGenerasjon = 0; ///< the search whose first page is shown without its count
    QAtomicInt m_generasjon; ///< the newest background search; older ones are dropped
    int m_arbeidsgenerasjon = 0; ///< the search the worker is running; touched only there
    std::unique_ptr<Store> m_arbeiderStore; ///< the worker's own connection, touched only there
    QThreadPool m_arbeider; ///< one long-lived thread (last member: stopped first)
};

} // namespace tilsyn
