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

/// A store whose case (2024/4711) has a whole journal: the innsender's complaint with its file
/// (1), a kvittering that answers it (2, Vår ref 2024/4711-2), an internal note (3) and a second
/// incoming document without a file, not yet answered (4).
struct Journallager
{
    QString db;
    Tilsynssak sak;
    QByteArray klage;        ///< the complaint's file bytes
    qint64 kvittering = 0;   ///< the letter's id
};
Journallager lagJournallager(const QString &db);

} // namespace tilsyn::test
