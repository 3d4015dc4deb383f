#pragma once

#include "domain/validering.h"

#include <QByteArrayView>
#include <QJsonValue>

namespace tilsyn {

/// A strict reader of one JSON text (RFC 8259), used wherever user data enters as JSON.
/// QJsonDocument::fromJson repairs what it should refuse: it turns a lone surrogate escape into
/// whatever follows it, accepts raw control characters, `\0`, `\x41` and unknown escape letters,
/// and keeps the last of two equal keys. This reader refuses each of those, naming the field
/// (`sammendrag`, `tilsynsobjekter[0].orgnr`, or `-` when no field is known), and keeps every
/// valid string exactly, noncharacters such as U+FFFF included.
class StrengJson final
{
public:
    static constexpr int kMaksDybde = 64; ///< nesting deeper than this is refused

    /// Parses `tekst` into `*verdi`. Returns the problems found; empty means valid, and only then
    /// is `*verdi` set. A syntax error stops the reading (one problem); string and key problems
    /// are all collected. `ikkeTegn` (optional) is set when some string holds U+FEFF, U+FFFE or
    /// U+FFFF (written or escaped): false means no string needs a closer look for them.
    static Problemer les(QByteArrayView tekst, QJsonValue *verdi, bool *ikkeTegn = nullptr);

    /// Writes `tekst` as a JSON string literal (with quotes) the way export does: `"` `\` and
    /// U+0000–U+001F escaped, everything else as UTF-8 exactly (unlike QJsonDocument, which
    /// changes U+FFFF and drops U+FFFE).
    static void skrivTekst(const QString &tekst, QByteArray &ut);
    /// A whole value as compact JSON with the same string rules (keys in QJsonObject's order).
    static void skriv(const QJsonValue &verdi, QByteArray &ut);
};

/// The value of one hexadecimal digit (0-9, a-f, A-F) of a JSON \\u escape; -1 for any other byte.
/// Shared by the strict reader and the fast one (sakrask), which must agree on every escape.
constexpr int hexverdi(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace tilsyn
