#pragma once

#include "items/sakfilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class QSqlQuery;

namespace tilsyn {

class Katalog;
class Store;

/// The case list over the local store, for 100 000 cases and more. Filtering (SakFilter) and
/// sorting run in SQLite; rowCount is the filtered count, and rows are read on demand in small
/// pages (LIMIT/OFFSET on an indexed ORDER BY) kept in a small cache. Nothing loads every case.
class SakListeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SakListeModel)

public:
    enum Column {
        SaksnummerColumn,
        EmbeteColumn, // equal saksnumre of two offices are told apart here
        MottattColumn,
        FristColumn, // early: BM 5 deadlines must be impossible to overlook
        AlvorligColumn,
        TilsynsobjektColumn,
        BehandlingsmaateColumn,
        SektorColumn,
        SaksbehandlerColumn,
        StatusColumn,
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
    void settFilter(const SakFilter &filter);
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

    /// Total cases in the store, ignoring the filter.
    qint64 antallIAlt() const;

signals:
    void antallEndret(int antall);

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
    };

    const Rad *rad(int rad) const;
    QList<Rad> lesSide(int side) const;
    QString sql(const QString &kolonner, const QString &hale) const;
    int tell() const;
    int tellEllerKast() const;
    bool forfalt(const Rad &r) const;
    QVariant visning(const Rad &r, int kolonne) const;
    QVariant raaverdi(const Rad &r, int kolonne) const;
    static Rad radFraSpoerring(const QSqlQuery &q);

    Store &m_store;
    const Katalog &m_katalog;
    SakFilter m_filter;
    QDate m_idag;
    int m_kolonne = MottattColumn;
    Qt::SortOrder m_rekkefoelge = Qt::DescendingOrder;
    int m_antall = 0;
    mutable QHash<int, QList<Rad>> m_sider;
    mutable QList<int> m_brukt; ///< page numbers, least recently used first
};

} // namespace tilsyn
