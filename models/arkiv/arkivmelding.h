#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tilsyn {

/// The arkivmelding's namespace (Digdir eFormidling arkivmelding.xsd v1).
inline constexpr auto kArkivmeldingNs = "http://www.arkivverket.no/standarder/noark5/arkivmelding";
/// The namespace of what the schema leaves to the sender (virksomhetsspesifikkeMetadata).
inline constexpr auto kTilsynNs = "urn:x-tilsynsklient:arkivmelding:1";

/// Noark 5 skjerming: who may not see what, and on which legal basis.
struct Skjerming
{
    QString tilgangsrestriksjon;
    QString hjemmel;
    QStringList metadata;  ///< skjermingMetadata, at least one
    QString dokument;      ///< skjermingDokument, empty: not given
};

/// A sender, recipient or copy recipient of a journalpost.
struct Korrespondansepart
{
    QString type; ///< "Mottaker", "Kopimottaker", ...
    QString navn;
    QStringList postadresse;
    QString postnummer;
    QString poststed;
};

/// One step of a document's two-step approval (Noark 5 dokumentflyt).
struct Dokumentflyt
{
    QString fra;
    QString til;
    QDateTime sendt;
    QDateTime mottatt;
    QString status; ///< "Godkjent", "Ikke godkjent", "Sendt tilbake med kommentarer"
    QString merknad;
};

/// A file of the package: the archival variant of a journalpost's main document.
struct Arkivfil
{
    QString systemId;    ///< of the dokumentbeskrivelse
    QString tittel;
    QString filnavn;     ///< relative to the package folder (referanseDokumentfil)
    QString format;      ///< e.g. "PDF/A-1b"
    QString sha256;      ///< lower-case hex
    QByteArray innhold;  ///< the bytes to write, identical to the stored document
};

/// How an incoming document was answered (Noark 5 avskrivning).
struct Arkivavskrivning
{
    QDate dato;
    QString av;
    QString maate;      ///< avskrivningsmaate, one of the schema's values
    QString referanse;  ///< referanseAvskrivesAvJournalpost: the answering post's systemID, or empty
};

/// One document of the case's journal as a Noark 5 journalpost: a finalised letter, an incoming
/// document (with its file, if stored) or an internal note (no file).
struct Arkivjournalpost
{
    QString systemId;
    QString journalposttype = QStringLiteral("Utgående dokument");
    std::optional<int> journalpostnummer; ///< the document number in the case (saksnummer-N)
    QString dokumentreferanse;            ///< "2024/4711-5"
    QDate mottatt;                        ///< incoming: when it was received (journaldato)
    QString tittel;
    QString offentligTittel;
    QDateTime opprettet;
    QString opprettetAv;
    QString forfatter;
    QDate journaldato;
    QDate dokumentetsDato;
    QDateTime sendt;
    QString journalstatus;
    std::optional<Skjerming> skjerming;
    QList<Korrespondansepart> korrespondanseparter;
    std::optional<Arkivavskrivning> avskrivning;
    QList<Dokumentflyt> dokumentflyt;
    Arkivfil fil;                         ///< empty filnavn: the post has no file in the package
    QString dokumenttype = QStringLiteral("Brev");
    // What the schema has no element for (virksomhetsspesifikkeMetadata).
    qint64 brevId = 0;
    QString brevtype;
    QString maalform;
};

/// The case as a Noark 5 saksmappe.
struct Arkivsaksmappe
{
    QString systemId;
    QString saksnummer; ///< mappeID, "YYYY/N"
    int saksaar = 0;
    int sakssekvensnummer = 0;
    QString tittel;
    QString offentligTittel;
    QDateTime opprettet;
    QString opprettetAv;
    QDate saksdato;
    QString administrativEnhet;
    QString saksansvarlig;
    QString saksstatus; ///< "Under behandling" or "Avsluttet"
    std::optional<Skjerming> skjerming;
    QList<Arkivjournalpost> journalposter;
    // What the schema has no element for (virksomhetsspesifikkeMetadata).
    QString sakId;
    QString embete;
    QString sektor;
};

/// A whole arkivmelding: one saksmappe with its journalposter.
struct Arkivmelding
{
    QString system;
    QString meldingId;
    QDateTime tidspunkt;
    QString arkivertAv;
    Arkivsaksmappe mappe;

    int antallFiler() const
    {
        int n = 0;
        for (const Arkivjournalpost &j : mappe.journalposter)
            n += j.fil.filnavn.isEmpty() ? 0 : 1;
        return n;
    }
};

/// `arkivmelding.xml` for `melding`: UTF-8, elements in the order arkivmelding.xsd v1 requires.
QByteArray arkivmeldingXml(const Arkivmelding &melding);

/// Splits "YYYY/N" into saksår and sakssekvensnummer; nullopt if `saksnummer` has another form.
std::optional<std::pair<int, int>> delSaksnummer(const QString &saksnummer);

} // namespace tilsyn
