#pragma once

#include "domain/oppfolging.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace tilsyn {

class OppfolgingRepository;
class SakRepository;

/// The open follow-ups of lovbrudd (Internserien 6/2021), the one with the earliest unrettet
/// frist first: case number, the subjects (tilsynsobjekter) it concerns, lovbrudd rettet of total,
/// the next frist and whether one is overdue.
class OppfolgingModell final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OppfolgingModell)

public:
    enum Column { SaksnummerColumn, TilsynsobjektColumn, LovbruddColumn, NesteFristColumn, StatusColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, ///< the stored value of the cell (ISO date, count)
        IdRole,                      ///< the case id of the row
        ForfaltRole,                 ///< true when a lovbrudd is past its frist without being rettet
    };

    OppfolgingModell(const OppfolgingRepository &oppfolging, const SakRepository &saker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The day deadlines are measured against (tests pass a fixed day).
    void settIdag(const QDate &idag);
    QDate idag() const { return m_idag; }
    /// Re-reads the open follow-ups from the store.
    void lesPaaNytt();

    QString id(int rad) const;
    /// The row of a case, or -1 (a closed follow-up has none).
    int radForId(const QString &id) const;
    const Oppfolging *oppfolging(int rad) const;

private:
    struct Rad
    {
        Oppfolging oppfolging;
        QString saksnummer;
        QStringList objekter; ///< the names of the case's tilsynsobjekter
    };

    bool forfalt(const Rad &r) const;
    QDate nesteFrist(const Rad &r) const;
    int antallRettet(const Rad &r) const;
    QVariant visning(const Rad &r, int kolonne) const;
    QVariant raaverdi(const Rad &r, int kolonne) const;

    const OppfolgingRepository &m_oppfolging;
    const SakRepository &m_saker;
    QDate m_idag = QDate::currentDate();
    QList<Rad> m_rader;
};

} // namespace tilsyn
