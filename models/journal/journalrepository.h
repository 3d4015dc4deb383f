#pragma once

#include "journal/journalpost.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace tilsyn {

class Store;
struct Endringskontekst;

/// What the caseworker registers: an incoming document or an internal note.
struct NyJournalpost
{
    QString type = QStringLiteral("I"); ///< "I", "N" or "X" (letters are journalled when finalised)
    QDate dokumentdato;
    QDate journaldato;                  ///< invalid: today
    QString tittel;
    QString offentligTittel;            ///< empty: "Dokument i tilsynssak" (no personal data)
    QList<Korrespondent> parter;        ///< I: at least the Avsender
    bool unntattOffentlighet = true;
    QString hjemmel;                    ///< empty with unntatt: offl. § 13 jf. fvl. § 13 første ledd nr. 1
    QByteArray fil;                     ///< the document's bytes (optional; stored once by SHA-256)
    QString filnavn;
};

/// The journal of the cases in the local store (tables journalpost and dokumentfil, local
/// migrations 025-026). Every write is one transaction with its audit row. Posts are never
/// deleted; an incoming document's avskrivning is set once.
class JournalRepository final
{
public:
    explicit JournalRepository(Store &store);

    /// The case's posts in document-number order.
    QList<Journalpost> forSak(const QString &sakId) const;
    /// The case's saksnummer as stored now (empty: none, or no such case). The journal's
    /// document numbers read it here, never from a snapshot of the case (issue 10).
    QString lagretSaksnummer(const QString &sakId) const;
    std::optional<Journalpost> hent(const QString &id) const;
    /// Incoming documents of the case not yet avskrevet.
    QList<Journalpost> ubesvarte(const QString &sakId) const;

    /// Registers an incoming document or a note; returns its id. Throws StoreError (Avvist) with
    /// what is wrong (no title, no sender for an incoming document, a date in the future, no such
    /// case); nothing is stored then.
    QString registrer(const QString &sakId, const NyJournalpost &ny, const Endringskontekst &hvem);

    /// Avskriver an incoming document: answered by the letter whose post is `medPost`
    /// ("Besvart med brev"), or in another way with `merknad` saying how or why. Throws
    /// StoreError (Avvist) if the post is not an open incoming document, the letter's post is not
    /// an outgoing one of the same case, or neither a letter nor a merknad is given.
    void avskriv(const QString &postId, const QString &maate, const QString &medPost, const QString &merknad,
                 const Endringskontekst &hvem);

    /// The bytes of a post's file, checked against the stored SHA-256. Throws StoreError:
    /// IkkeFunnet (no file, or not fetched from the central store yet), Korrupt (bytes differ).
    QByteArray fil(const QString &postId) const;

    /// The number the next document of the case gets here (the letter's Vår ref).
    int nesteNummer(const QString &sakId) const;

    // Inside the caller's transaction ----------------------------------------------------------

    /// The outgoing post of a letter just stored in table brev; `trykt` the number printed as
    /// Vår ref (it must be the next number then). Returns the post's id.
    static QString journalfoerBrev(const QSqlDatabase &db, const Journalpost &brevpost, const Endringskontekst &hvem);
    /// Avskriver every open incoming document of the case with "Tatt til orientering" and the
    /// reason, or with "Besvart med brev" by `medPost` when given (closing the case).
    static int avskrivAlle(const QSqlDatabase &db, const QString &sakId, const QString &grunn,
                           const QString &medPost, const Endringskontekst &hvem);
    static QList<Journalpost> ubesvarte(const QSqlDatabase &db, const QString &sakId);
    /// Whether this store settles numbers itself: it has never synced with a central store.
    static bool settesLokalt(const QSqlDatabase &db);
    static int nesteNummer(const QSqlDatabase &db, const QString &sakId);

private:
    Store &m_store;
};

} // namespace tilsyn
