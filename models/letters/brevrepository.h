#pragma once

#include "domain/validering.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tilsyn {

class Katalog;
class SakRepository;
class Store;
struct Brevutkast;
struct Godkjenning;
struct Tilsynssak;

/// A finalised letter as stored in its case: the archive copy, never changed afterwards.
struct FerdigBrev
{
    qint64 id = 0;
    QString sakId;
    QString type;
    QString maalform; ///< "nb" or "nn"
    QString mottaker;
    QStringList kopiTil;
    QString offentligTittel;
    bool unntattOffentlighet = true;
    QString hjemmel;
    QDate dato;
    QByteArray pdf;
    QString sha256; ///< lower-case hex of the SHA-256 of `pdf`
    QString ferdigstiltAv;
    QDateTime ferdigstilt;
};

/// Finalised letters in the local store (table brev, migration 002). Append-only: there is no
/// way to change or remove a letter through this class, and triggers refuse UPDATE and DELETE
/// from any SQL.
class BrevRepository final
{
public:
    explicit BrevRepository(Store &store);

    /// Stores `pdf` (the PDF/A rendering of `utkast`, not a draft) as a finalised letter of
    /// `sak`, with an audit row, in one transaction; returns the letter's id. Idempotent per
    /// draft: if this draft (utkastnoekkel()) was finalised before, nothing is stored and the id of
    /// that letter is returned (`*nytt` false). Throws StoreError (Avvist) if the case has no
    /// saksnummer, is not in the store, or `utkast` is still marked as a draft.
    qint64 ferdigstill(const Tilsynssak &sak, const Brevutkast &utkast, const QByteArray &pdf,
                       const QString &hvem, bool *nytt = nullptr);

    /// When the caseworker confirms: finalises as above and, in the same transaction, records the
    /// milestone the letter stands for (e.g. oversendt for BM 2) with the letter's date, if the
    /// case does not have it yet. Throws StoreError (Avvist) with the rule that fails if the
    /// case would become invalid (e.g. a BM 5 case closed without utfall); nothing is stored then.
    /// `milepeler`: which of the type's milestones (Brevtype::milepeler()) to record; nullopt: all.
    qint64 ferdigstillMedMilepel(const Tilsynssak &sak, const Brevutkast &utkast, const QByteArray &pdf,
                                 const QString &hvem, SakRepository &saker, const Katalog &katalog,
                                 bool *nytt = nullptr, const std::optional<QStringList> &milepeler = std::nullopt);

    /// What makes a draft the same draft: SHA-256 (hex) over the case as it will stand after
    /// finalising (with the letter's milestone recorded) and every field of `utkast` except its
    /// draft mark. Two finalisings with the same key store one letter.
    static QString utkastnoekkel(const Tilsynssak &sak, const Brevutkast &utkast);
    /// Whether the case is stored with the saksnummer it carries (an unsaved number cannot be
    /// finalised under: the archive copy must name the number the store holds).
    bool erLagretMedSaksnummer(const Tilsynssak &sak) const;
    /// The letter already finalised from this draft, if any (without the PDF bytes).
    std::optional<FerdigBrev> ferdigstiltFra(const Tilsynssak &sak, const Brevutkast &utkast) const;

    /// The case with the milestones of the letter's type (Brevtype::milepeler(); only those in
    /// `bare` when given) set to the letter's date where the case has none; nullopt when there
    /// is none to set.
    static std::optional<Tilsynssak> medMilepel(const Tilsynssak &sak, const Brevutkast &utkast,
                                                const std::optional<QStringList> &bare = std::nullopt);
    /// Why the milestone of the letter's type cannot be recorded on `sak` (the case as stored)
    /// with this letter: the rules valider() finds broken on the case with the milestone set
    /// (e.g. a BM 5 case closed without utfall, a date before mottatt). Empty when it can be
    /// recorded or there is none to record. The one check ferdigstillMedMilepel() makes in its
    /// transaction, so the letter window can say so before it asks.
    static Problemer milepelproblemer(const Tilsynssak &sak, const Brevutkast &utkast, const Katalog &katalog,
                                      const std::optional<QStringList> &bare = std::nullopt);

    std::optional<FerdigBrev> hent(qint64 id) const;
    /// The letter with its bytes checked against the stored SHA-256. Throws StoreError
    /// (IkkeFunnet) if there is no such letter and (Korrupt) if the bytes do not match: a
    /// damaged letter is never handed out to be shown, printed or saved.
    FerdigBrev hentKontrollert(qint64 id) const;
    /// The case's finalised letters, oldest first, without the PDF bytes.
    QList<FerdigBrev> forSak(const QString &sakId) const;
    /// Writes the stored bytes to `filsti` after checking them against the stored SHA-256.
    /// Throws StoreError if the bytes do not match or the file cannot be written.
    void eksporter(qint64 id, const QString &filsti) const;

    /// The id of the case with this id or saksnummer (in any embete); nullopt if none. Throws
    /// StoreError if a saksnummer is held by cases in more than one embete.
    std::optional<QString> finnSak(const QString &idEllerSaksnummer) const;

    static QString sha256(const QByteArray &data);

    /// What names a finalised letter's file: the case's saksnummer as stored (empty: none) and
    /// the letter's document number in the case's journal (nullopt: not journalled). Throws
    /// StoreError.
    std::pair<QString, std::optional<int>> referanse(const FerdigBrev &brev) const;

    /// The approval of exactly this draft, once the central store has accepted it
    /// (Dokumentflyt::godkjenning); nullopt otherwise.
    std::optional<Godkjenning> godkjenning(const Tilsynssak &sak, const Brevutkast &utkast) const;
    Store &store() const { return m_store; }
    /// The document number the next letter of the case gets in its journal: put it in the
    /// draft (Brevbestilling::dokumentnummer) so the header's Vår ref reads saksnummer-N. The one
    /// place the letters learn the number; finalising refuses a draft whose number is stale.
    int nesteDokumentnummer(const QString &sakId) const;

private:
    qint64 lagre(const Tilsynssak &sak, const Brevutkast &utkast, const QByteArray &pdf, const QString &hvem,
                 const std::function<void()> &iSammeTransaksjon, bool *nytt);
    std::optional<qint64> idForNoekkel(const QString &noekkel) const;
    /// The letter's outgoing post in the case's journal, in the finalising transaction.
    void journalfoer(const Tilsynssak &sak, const Brevutkast &utkast, const QString &hash,
                     const QString &offentligTittel, const QString &hvem);

    Store &m_store;
};

} // namespace tilsyn
