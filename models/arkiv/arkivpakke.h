#pragma once

#include "arkiv/arkivmelding.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tilsyn {

class Katalog;
class Store;

/// The archive package of a case: `arkivmelding.xml` and its finalised letters as PDF/A files,
/// for the office's Noark 5 sak-/arkivsystem. Written from the stored letters (the journal),
/// never from the screen.
class Arkivpakke final
{
public:
    Arkivpakke(Store &store, const Katalog &katalog);

    /// The arkivmelding of the case `sakId` with every finalised letter and its bytes, each
    /// checked against its stored SHA-256. `hvem` is who makes the package (arkivertAv), `naa`
    /// its time. Throws StoreError: IkkeFunnet when there is no such case, Avvist when the case
    /// has no saksnummer or no finalised letter, Korrupt when a letter's bytes do not match.
    Arkivmelding lag(const QString &sakId, const QString &hvem, const QDateTime &naa) const;

    /// Writes `melding` as a package in the folder `mappe`, which must not exist or be empty:
    /// built in a temporary folder beside it, each file checked, then renamed into place, so
    /// `mappe` never holds a partial package. Returns the files written (arkivmelding.xml
    /// last). Throws StoreError: Avvist when `mappe` is a file or a non-empty folder, Annet
    /// (naming the file) when something cannot be written.
    static QStringList skriv(const Arkivmelding &melding, const QString &mappe);

    /// The file name of the arkivmelding in a package.
    static QString meldingsfil() { return QStringLiteral("arkivmelding.xml"); }

private:
    Store &m_store;
    const Katalog &m_katalog;
};

} // namespace tilsyn
