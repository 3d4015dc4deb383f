#pragma once

#include <QDate>
#include <QString>

namespace tilsyn {

/// What a report is about: one sektor, a period (normally a calendar year) and optionally one
/// embete. "Closed in the period" means `avsluttet` between `fra` and `til`, both included.
struct Rapportvalg
{
    QString sektor;
    QDate fra;
    QDate til;
    QString embete; ///< empty: every office

    static Rapportvalg forAar(const QString &sektor, int aar, const QString &embete = {})
    {
        return {sektor, QDate(aar, 1, 1), QDate(aar, 12, 31), embete};
    }
    /// True when the period is exactly one calendar year.
    bool erHeltAar() const
    {
        return fra.isValid() && fra == QDate(fra.year(), 1, 1) && til == QDate(fra.year(), 12, 31);
    }
    friend bool operator==(const Rapportvalg &, const Rapportvalg &) = default;
};

} // namespace tilsyn
