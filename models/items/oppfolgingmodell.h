#pragma once

#include "domain/oppfolging.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace tilsyn {

class OppfolgingRepository;
class SakRepository;

/// The open follow-ups of lovbrudd (Internserien 6/2021), the one with the earliest unrettet
/// frist first (and, when asked, the closed ones after them): case number, the subjects
/// (tilsynsobjekter) whose breaches are followed up, lovbrudd rettet of total, the next frist and
/// the status: closed, overdue, requirement not set, documentation to assess, waiting for the
/// service, or ready to close.
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
    /// Re-reads the follow-ups from the store.
    void lesPaaNytt();
    /// Whether the closed follow-ups are listed too (after the open ones); re-reads the store.
    void settVisAvsluttede(bool vis);
    bool visAvsluttede() const { return m_visAvsluttede; }

    QString id(int rad) const;
    /// The row of a case, or -1 (a closed follow-up has none unless closed ones are shown).
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
    bool m_visAvsluttede = false;
    QList<Rad> m_rader;
};

} // namespace tilsyn
