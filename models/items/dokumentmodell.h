#pragma once

#include "letters/brevrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tilsyn {

/// The documents of one case: its finalised letters, oldest first, with date, type, recipient,
/// målform and who finalised. Letters are append-only, so re-reading only ever inserts rows at
/// the end (exact change notification; a reset only when another case is shown).
class DokumentModell final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DokumentModell)

public:
    enum Column { Dato, Type, Mottaker, Maalform, FerdigstiltAv, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, BrevIdRole };

    explicit DokumentModell(const BrevRepository &brev, QObject *parent = nullptr);
    ~DokumentModell() override;

    /// Shows the letters of case `sakId` (empty: none).
    void visSak(const QString &sakId);
    /// Reads the case's letters again; new ones are appended.
    void lesPaaNytt();
    const QString &sakId() const { return m_sakId; }
    /// The letter in row `rad` (without its bytes).
    const FerdigBrev &brev(int rad) const { return m_brev.at(rad); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const BrevRepository &m_arkiv;
    QString m_sakId;
    QList<FerdigBrev> m_brev;
    QHash<QString, QString> m_av; ///< ferdigstiltAv -> the person's name (Personnavn)

    void navngi();
};

} // namespace tilsyn
