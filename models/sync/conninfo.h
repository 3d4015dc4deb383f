#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tilsyn {

/// A libpq key=value connection string, split into its pairs and written back (values with
/// spaces, quotes or backslashes single-quoted with \' and \\ escapes, as libpq reads them).
class Conninfo final
{
public:
    using Par = std::pair<QString, QString>; ///< key, value

    /// The pairs in order; nullopt with `feil` set when the string is not key=value pairs.
    static std::optional<QList<Par>> les(const QString &conninfo, QString *feil = nullptr);
    /// Pairs with an empty value are left out.
    static QString skriv(const QList<Par> &par);
    /// The value of `noekkel` (the last one wins, as in libpq), or empty.
    static QString verdi(const QList<Par> &par, const QString &noekkel);
};

} // namespace tilsyn
