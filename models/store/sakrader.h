#pragma once

// Mapping between the domain's value types and SQLite values. Internal to the store.

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace tilsyn::rader {

inline QVariant dato(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate dato(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant tekst(const std::optional<QString> &s)
{
    return s ? QVariant(*s) : QVariant();
}

inline std::optional<QString> tekst(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

} // namespace tilsyn::rader
