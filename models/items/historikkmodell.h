#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace tilsyn {

/// One change of one field in a case's audit trail (table audit).
struct Historikkrad
{
    enum class Kilde { Lokal, Synk, Konflikt, Import };
    QDateTime tidspunkt; ///< UTC
    QString bruker;      ///< as stored: a login (older entries, other clients) or the profile's name
    Kilde kilde = Kilde::Lokal;
    QString handling;    ///< the audit row's handling: "lagret", "hentet fra sentralen", …
    QString felt;        ///< the field (a key of the case document), or "journal", "brev", …
    QString fra;         ///< the value before, as text (empty: none)
    QString til;         ///< the value after, as text
    QString navn = {};   ///< who, by name (Personnavn); empty: as stored
};

/// Where an audit row's change came from, by its handling: pulled or acknowledged by sync, a
/// resolved conflict, an import, else made here.
Historikkrad::Kilde historikkilde(const QString &handling);
/// The rows one audit row stands for: one per changed field ({"felt": {"fra", "til"}}), every
/// field of a new case ({"til": {...}}), or one summary row for letters and the journal.
QList<Historikkrad> historikkrader(const QDateTime &tidspunkt, const QString &bruker, const QString &handling,
                                   const QJsonObject &endringer);

/// A case's history: who changed which field from what to what, when, and whether locally,
/// through sync or by resolving a conflict, newest first. Read with one query when a case is
/// opened (a case's history is small); filter with HistorikkFilter.
class HistorikkModell final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorikkModell)

public:
    enum Column { Tidspunkt, Bruker, Kilde, Felt, Fra, Til, Handling, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole };

    explicit HistorikkModell(QObject *parent = nullptr);
    ~HistorikkModell() override;

    /// Reads the audit trail of `sakId` from `db` (one query, and one per person for the name:
    /// Personnavn) and shows it. Throws StoreError.
    void last(const QSqlDatabase &db, const QString &sakId);
    /// Shows `rader` as they are (already read, e.g. off the GUI thread).
    void vis(QList<Historikkrad> rader);
    const QList<Historikkrad> &rader() const { return m_rader; }
    /// How the Felt column names a field key ("sammendrag", "import", "journal") for the reader;
    /// without it the key itself. RawValueRole always gives the key (the filter's value).
    void settFeltnavn(std::function<QString(const QString &)> feltnavn);
    /// The distinct fields and users, sorted (for the filter choices).
    QStringList felter() const;
    QStringList brukere() const;
    /// How the Bruker column names `bruker` (one of brukere()): the person's name where known.
    QString navn(const QString &bruker) const;

    static QString kildenavn(Historikkrad::Kilde k);
    /// An audit row's stored handling ("lagret", "brev ferdigstilt") in the UI's language; an
    /// unknown one as stored.
    static QString handlingsnavn(const QString &handling);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Historikkrad> m_rader;
    std::function<QString(const QString &)> m_feltnavn;
};

} // namespace tilsyn
