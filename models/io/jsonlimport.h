#pragma once

#include "domain/tilsynssak.h"

#include <QList>
#include <QString>
#include <QStringList>

class QByteArray;

namespace tilsyn {

class Fremdrift;
class Katalog;
class SakRepository;
class Store;
struct Endringskontekst;

/// Reads and imports a tilsynssak JSON Lines file (contract format version 1): the whole file is
/// checked first; a valid file is written in one transaction, all or nothing. A case already in
/// the store with the same content is left alone; one with other content is replaced only when
/// the caller asks for it (`--replace`, or the desktop's confirmation), as an audited local edit.
class JsonlImport final
{
public:
    /// The longest line import reads and export writes (the contract's symmetric limit).
    static constexpr qsizetype kMaksLinje = 1024 * 1024;

    enum class Status { Ny, Uendret, Endret };

    struct Post
    {
        Tilsynssak sak;
        qsizetype linje = 0;
        Status status = Status::Ny;
        int lagretVersjon = 0;  ///< the store's edit counter when the file was read (0: new)
        QStringList endredeFelt; ///< for Status::Endret: the contract fields that differ
    };

    struct Lest
    {
        QList<Post> poster;    ///< every valid case, in file order (empty when a line is invalid)
        QStringList problemer; ///< "FILE:LINE: FIELD: message", in line order
        QString filnavn;       ///< as given to les()
        QString sha256;        ///< of the file's bytes, lowercase hex: what each new case's audit row names
        bool ok() const { return problemer.isEmpty(); }
        qsizetype antall(Status s) const;
        /// "FILE:LINE: id: …" for each case that exists with other content.
        QStringList konflikter(const QString &filnavn) const;
    };

    JsonlImport(Store &store, SakRepository &repo, const Katalog &katalog);

    /// Parses and validates `innhold`; `filnavn` is only used in the messages. Also checks that
    /// no saksnummer is held by another case in the store, and compares each case with the
    /// stored one of the same id. `fremdrift` (optional) gets bytes read of the file's size and
    /// may cancel (Avbrutt); nothing is written either way.
    Lest les(const QByteArray &innhold, const QString &filnavn, Fremdrift *fremdrift = nullptr) const;

    /// Writes the new cases, and the changed ones when `erstatt` (else a changed case throws
    /// StoreError Avvist), in one transaction. A new case's audit row ("opprettet") names the
    /// file (its name without the folder), its SHA-256 and the line, {"import": {"fil", "sha256", "linje"}}, instead of a copy
    /// of the case: the file is the first state. A replaced case's row holds the changed fields. A case changed in the store since `les` throws
    /// StoreError Konflikt. Returns the number written (new + replaced). `fremdrift` (optional)
    /// gets cases handled of lest.poster; cancelling throws Avbrutt and the transaction rolls back.
    qsizetype skriv(const Lest &lest, const Endringskontekst &hvem, bool erstatt = false,
                    Fremdrift *fremdrift = nullptr);

    /// The fields of the contract whose values differ between two cases.
    static QStringList ulikeFelt(const Tilsynssak &a, const Tilsynssak &b);

private:
    Store &m_store;
    SakRepository &m_repo;
    const Katalog &m_katalog;
};

} // namespace tilsyn
