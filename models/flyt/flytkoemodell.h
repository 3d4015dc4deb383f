#pragma once

#include "flyt/dokumentflyt.h"

#include <QAbstractTableModel>

namespace tilsyn {

/// The queue "Til godkjenning" (a leader's letters waiting for approval), the caseworker's
/// returned letters or her letters still waiting, as a table: saksnummer, letter type, recipient,
/// from (by name; the login in the tool tip) or, for her waiting letters, to whom, sent, note/comment.
/// Read with Dokumentflyt; last() is refreshed with oppdater() (one indexed query, no per-row work).
class FlytkoeModell final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlytkoeModell)

public:
    enum class Utvalg { TilGodkjenning, Tilbakesendt, Venter };
    enum Kolonne { SaksnummerKolonne, TypeKolonne, MottakerKolonne, FraKolonne, SendtKolonne, MerknadKolonne,
                   AntallKolonner };
    /// Qt::UserRole on any column: the version id.
    static constexpr int VersjonRolle = Qt::UserRole;

    FlytkoeModell(Dokumentflyt &flyt, Utvalg utvalg, QString meg, QObject *parent = nullptr);

    /// Re-reads the queue. Throws StoreError if the store cannot be read.
    void oppdater();
    const Flytpost &post(int rad) const { return m_poster.at(rad); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Dokumentflyt &m_flyt;
    Utvalg m_utvalg;
    QString m_meg;
    QList<Flytpost> m_poster;
};

} // namespace tilsyn
