#pragma once

#include "domain/tilsynssak.h"

#include <QList>
#include <QString>
#include <QStringList>

class QByteArray;

namespace tilsyn {

class Katalog;
class SakRepository;
class Store;
struct Endringskontekst;

/// Reads and imports a tilsynssak JSON Lines file (contract format version 1): the whole file is
/// checked first; a valid file is written in one transaction, all or nothing.
class JsonlImport final
{
public:
    static constexpr qsizetype kMaksLinje = 1024 * 1024; ///< a longer line is refused

    struct Lest
    {
        QList<Tilsynssak> saker;
        QStringList problemer; ///< "FILE:LINE: FIELD: message", in line order
        bool ok() const { return problemer.isEmpty(); }
    };

    JsonlImport(Store &store, SakRepository &repo, const Katalog &katalog);

    /// Parses and validates `innhold`; `filnavn` is only used in the messages. Also checks that
    /// no saksnummer is held by another case in the store.
    Lest les(const QByteArray &innhold, const QString &filnavn) const;

    /// Writes already validated cases in one transaction (replacing cases with the same id).
    void skriv(const QList<Tilsynssak> &saker, const Endringskontekst &hvem);

private:
    Store &m_store;
    SakRepository &m_repo;
    const Katalog &m_katalog;
};

} // namespace tilsyn
