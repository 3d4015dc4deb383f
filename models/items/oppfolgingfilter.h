#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace tilsyn {

/// The follow-up list's filter (OppfolgingModell beneath it): the words typed, each of which must
/// occur, ignoring case, in the case number, a subject's name (the virksomhet or person) or the
/// status as shown ("Overdue" …). Empty: every row. The open follow-ups are in memory, so a
/// keystroke reads no store: its cost is a pass over the open follow-ups (hundreds), never over
/// the cases.
class OppfolgingFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OppfolgingFilter)

public:
    explicit OppfolgingFilter(QObject *parent = nullptr);

    void settTekst(const QString &tekst);
    QString tekst() const { return m_tekst; }

    /// The rule: whether every word of `ord` occurs in one of `felt` (ignoring case).
    static bool passer(const QStringList &ord, const QStringList &felt);

protected:
    bool filterAcceptsRow(int kilderad, const QModelIndex &kildeforelder) const override;

private:
    QString m_tekst;
    QStringList m_ord;
};

} // namespace tilsyn
