#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tilsyn {

/// A sender, recipient or copy recipient of a journalpost (Noark 5 korrespondansepart).
struct Korrespondent
{
    QString rolle; ///< "Avsender", "Mottaker", "Kopimottaker", "Intern mottaker"
    QString navn;

    friend bool operator==(const Korrespondent &, const Korrespondent &) = default;
};

/// One document of a case's journal (table journalpost, local migration 025): an incoming
/// document (type "I"), a finalised letter ("U") or an internal note ("N" for follow-up, "X"
/// without), with its Noark 5 metadata and its document number in the case.
struct Journalpost
{
    QString id;   ///< UUID, the same in every client and in the central store
    QString sakId;
    QString type; ///< "I", "U", "N" or "X"
    std::optional<int> nummer; ///< settled number (central store, or here before any sync)
    int foreloepig = 0;        ///< this client's number until it is settled
    QDate journaldato;
    QDate dokumentdato;
    QString tittel;
    QString offentligTittel;
    QList<Korrespondent> parter;
    bool unntattOffentlighet = true;
    QString hjemmel;
    QString status;            ///< Noark 5 journalstatus: "Journalført", "Ekspedert", …
    QString brevSha256;        ///< U: the letter in table brev
    std::optional<int> tryktNummer; ///< U: the number printed in the letter as Vår ref
    QString filSha256;         ///< I: the stored file, if any
    QString filnavn;
    QDate avskrevetDato;       ///< I: invalid while not avskrevet
    QString avskrevetAv;
    QString avskrivningsmaate; ///< Noark 5: "Besvart med brev", "Tatt til orientering", …
    QString avskrevetMed;      ///< the id of the answering letter's post
    QString avskrivningMerknad;
    QString registrertAv;
    QDateTime registrert;
    QString synk = QStringLiteral("ventende"); ///< "ventende", "ferdig" or "avvist"
    QString synkFeil;

    /// The number to show: settled, else provisional.
    int dokumentnummer() const { return nummer.value_or(foreloepig); }
    bool erFastsatt() const { return nummer.has_value(); }
    /// An incoming document not yet avskrevet (blocks closing the case).
    bool erUbesvart() const { return type == u"I" && !avskrevetDato.isValid(); }
};

/// "2024/4711-5": the saksnummer and the document number; "-5" alone without a saksnummer.
QString dokumentreferanse(const QString &saksnummer, int nummer);

/// The Noark 5 journalposttype of a type code ("I" → "Inngående dokument", …).
QString journalposttypeNavn(const QString &type);

/// The Noark 5 avskrivningsmåter the schema allows (arkivmelding.xsd v1).
const QStringList &avskrivningsmaater();

} // namespace tilsyn
