#pragma once

#include <QSortFilterProxyModel>

namespace tilsyn {

/// Filters a HistorikkModell by field and by person (exact values; empty: all), on raw values.
class HistorikkFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorikkFilter)

public:
    explicit HistorikkFilter(QObject *parent = nullptr);
    ~HistorikkFilter() override;

    void settFelt(const QString &felt);
    void settBruker(const QString &bruker);
    const QString &felt() const { return m_felt; }
    const QString &bruker() const { return m_bruker; }

    /// The rule itself: a row with this field and user passes the filter (felt, bruker).
    static bool slipperGjennom(const QString &radFelt, const QString &radBruker, const QString &felt,
                               const QString &bruker);

protected:
    bool filterAcceptsRow(int kildeRad, const QModelIndex &forelder) const override;

private:
    QString m_felt;
    QString m_bruker;
};

} // namespace tilsyn
