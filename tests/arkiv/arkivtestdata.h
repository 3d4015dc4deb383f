#pragma once

#include "domain/tilsynssak.h"

#include <QList>
#include <QString>

namespace tilsyn::test {

/// A store with what an archive package is made from.
struct Arkivlager
{
    QString db;
    Tilsynssak sak;          ///< BM 5, saksnummer 2024/4711, two tilsynsobjekter and an innsender
    QList<qint64> brev;      ///< its finalised letters, oldest first: a kvittering (nynorsk) and
                             ///< an avgjørelse to each object with copies to the others
    QString utenSaksnummer;  ///< id of a case that has no saksnummer yet
    QString utenBrev;        ///< saksnummer of a registered case with no finalised letter
};

/// Creates the store file `db` and fills it, finalising real PDF/A letters through BrevRepository.
Arkivlager lagArkivlager(const QString &db);

} // namespace tilsyn::test
