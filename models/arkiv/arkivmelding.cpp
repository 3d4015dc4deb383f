#include "arkivmelding.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kXsiNs = "http://www.w3.org/2001/XMLSchema-instance";

QString dato(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString tid(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Element order follows arkivmelding.xsd v1 exactly: the schema is a sequence everywhere, so an
// element out of place makes the whole message invalid.
class Skriver final
{
public:
    explicit Skriver(QByteArray *ut) : m_x(ut)
    {
        m_x.setAutoFormatting(true);
        m_x.setAutoFormattingIndent(2);
    }

    void melding(const Arkivmelding &m)
    {
        m_x.writeStartDocument();
        m_x.writeDefaultNamespace(QLatin1StringView(kArkivmeldingNs));
        m_x.writeNamespace(QLatin1StringView(kXsiNs), u"xsi"_s);
        m_x.writeNamespace(QLatin1StringView(kTilsynNs), u"tilsyn"_s);
        m_x.writeStartElement(QLatin1StringView(kArkivmeldingNs), u"arkivmelding"_s);
        felt(u"system"_s, m.system);
        felt(u"meldingId"_s, m.meldingId);
        felt(u"tidspunkt"_s, tid(m.tidspunkt));
        felt(u"antallFiler"_s, QString::number(m.antallFiler()));
        saksmappe(m.mappe, m);
        m_x.writeEndElement();
        m_x.writeEndDocument();
    }

private:
    void start(const QString &navn) { m_x.writeStartElement(QLatin1StringView(kArkivmeldingNs), navn); }
    void slutt() { m_x.writeEndElement(); }
    void felt(const QString &navn, const QString &verdi)
    {
        m_x.writeTextElement(QLatin1StringView(kArkivmeldingNs), navn, verdi);
    }
    void valgfritt(const QString &navn, const QString &verdi)
    {
        if (!verdi.isEmpty())
            felt(navn, verdi);
    }
    void eget(const QString &navn, const QString &verdi)
    {
        m_x.writeTextElement(QLatin1StringView(kTilsynNs), navn, verdi);
    }
    void xsiType(const QString &type) { m_x.writeAttribute(QLatin1StringView(kXsiNs), u"type"_s, type); }

    void skjerming(const Skjerming &s)
    {
        start(u"skjerming"_s);
        felt(u"tilgangsrestriksjon"_s, s.tilgangsrestriksjon);
        felt(u"skjermingshjemmel"_s, s.hjemmel);
        for (const QString &m : s.metadata)
            felt(u"skjermingMetadata"_s, m);
        valgfritt(u"skjermingDokument"_s, s.dokument);
        slutt();
    }

    void saksmappe(const Arkivsaksmappe &s, const Arkivmelding &m)
    {
        start(u"mappe"_s);
        xsiType(u"saksmappe"_s);
        felt(u"systemID"_s, s.systemId);
        felt(u"mappeID"_s, s.saksnummer);
        felt(u"tittel"_s, s.tittel);
        felt(u"offentligTittel"_s, s.offentligTittel);
        felt(u"opprettetDato"_s, tid(s.opprettet));
        felt(u"opprettetAv"_s, s.opprettetAv);
        start(u"virksomhetsspesifikkeMetadata"_s);
        eget(u"sakId"_s, s.sakId);
        eget(u"embete"_s, s.embete);
        eget(u"sektor"_s, s.sektor);
        slutt();
        if (s.skjerming)
            skjerming(*s.skjerming);
        for (const Arkivjournalpost &j : s.journalposter)
            journalpost(j, s, m);
        felt(u"saksaar"_s, QString::number(s.saksaar));
        felt(u"sakssekvensnummer"_s, QString::number(s.sakssekvensnummer));
        felt(u"saksdato"_s, dato(s.saksdato));
        felt(u"administrativEnhet"_s, s.administrativEnhet);
        felt(u"saksansvarlig"_s, s.saksansvarlig);
        felt(u"saksstatus"_s, s.saksstatus);
        slutt();
    }

    void journalpost(const Arkivjournalpost &j, const Arkivsaksmappe &s, const Arkivmelding &m)
    {
        start(u"basisregistrering"_s);
        xsiType(u"journalpost"_s);
        // registrering
        felt(u"systemID"_s, j.systemId);
        felt(u"opprettetDato"_s, tid(j.opprettet));
        felt(u"opprettetAv"_s, j.opprettetAv);
        felt(u"arkivertDato"_s, tid(m.tidspunkt));
        felt(u"arkivertAv"_s, m.arkivertAv);
        felt(u"referanseForelderMappe"_s, s.systemId);
        if (j.skjerming)
            skjerming(*j.skjerming);
        if (!j.fil.filnavn.isEmpty())
            dokumentbeskrivelse(j);
        // basisregistrering
        felt(u"tittel"_s, j.tittel);
        felt(u"offentligTittel"_s, j.offentligTittel);
        valgfritt(u"forfatter"_s, j.forfatter);
        start(u"virksomhetsspesifikkeMetadata"_s);
        if (!j.dokumentreferanse.isEmpty())
            eget(u"dokumentnummer"_s, j.dokumentreferanse);
        if (j.brevId > 0) {
            eget(u"brevId"_s, QString::number(j.brevId));
            eget(u"brevtype"_s, j.brevtype);
            eget(u"maalform"_s, j.maalform);
        }
        if (!j.fil.filnavn.isEmpty()) {
            eget(u"format"_s, j.fil.format);
            eget(u"sjekksum"_s, j.fil.sha256);
            eget(u"sjekksumAlgoritme"_s, u"SHA-256"_s);
        }
        slutt();
        // journalpost
        if (j.journalpostnummer)
            felt(u"journalpostnummer"_s, QString::number(*j.journalpostnummer));
        felt(u"journalposttype"_s, j.journalposttype);
        felt(u"journalstatus"_s, j.journalstatus);
        felt(u"journaldato"_s, dato(j.journaldato));
        felt(u"dokumentetsDato"_s, dato(j.dokumentetsDato));
        if (j.mottatt.isValid())
            felt(u"mottattDato"_s, tid(j.mottatt.startOfDay(Qt::UTC)));
        if (j.sendt.isValid())
            felt(u"sendtDato"_s, tid(j.sendt));
        for (const Korrespondansepart &k : j.korrespondanseparter)
            korrespondansepart(k);
        if (j.avskrivning) {
            start(u"avskrivning"_s);
            felt(u"avskrivningsdato"_s, dato(j.avskrivning->dato));
            felt(u"avskrevetAv"_s, j.avskrivning->av);
            felt(u"avskrivningsmaate"_s, j.avskrivning->maate);
            valgfritt(u"referanseAvskrivesAvJournalpost"_s, j.avskrivning->referanse);
            slutt();
        }
        for (const Dokumentflyt &f : j.dokumentflyt)
            dokumentflyt(f);
        slutt();
    }

    void dokumentbeskrivelse(const Arkivjournalpost &j)
    {
        start(u"dokumentbeskrivelse"_s);
        felt(u"systemID"_s, j.fil.systemId);
        felt(u"dokumenttype"_s, j.dokumenttype);
        felt(u"dokumentstatus"_s, u"Dokumentet er ferdigstilt"_s);
        felt(u"tittel"_s, j.fil.tittel);
        valgfritt(u"forfatter"_s, j.forfatter);
        felt(u"opprettetDato"_s, tid(j.opprettet));
        felt(u"opprettetAv"_s, j.opprettetAv);
        felt(u"tilknyttetRegistreringSom"_s, u"Hoveddokument"_s);
        felt(u"dokumentnummer"_s, u"1"_s);
        felt(u"tilknyttetDato"_s, tid(j.opprettet));
        felt(u"tilknyttetAv"_s, j.opprettetAv);
        start(u"dokumentobjekt"_s);
        felt(u"versjonsnummer"_s, u"1"_s);
        felt(u"variantformat"_s, u"Arkivformat"_s);
        felt(u"opprettetDato"_s, tid(j.opprettet));
        felt(u"opprettetAv"_s, j.opprettetAv);
        felt(u"referanseDokumentfil"_s, j.fil.filnavn);
        slutt();
        slutt();
    }

    void korrespondansepart(const Korrespondansepart &k)
    {
        start(u"korrespondansepart"_s);
        felt(u"korrespondanseparttype"_s, k.type);
        felt(u"korrespondansepartNavn"_s, k.navn);
        for (const QString &linje : k.postadresse)
            felt(u"postadresse"_s, linje);
        valgfritt(u"postnummer"_s, k.postnummer);
        valgfritt(u"poststed"_s, k.poststed);
        slutt();
    }

    void dokumentflyt(const Dokumentflyt &f)
    {
        start(u"dokumentflyt"_s);
        felt(u"flytTil"_s, f.til);
        felt(u"flytFra"_s, f.fra);
        // Both dates are required by the schema; a step not yet received has only its sending.
        felt(u"flytMottattDato"_s, tid(f.mottatt.isValid() ? f.mottatt : f.sendt));
        felt(u"flytSendtDato"_s, tid(f.sendt));
        felt(u"flytStatus"_s, f.status);
        valgfritt(u"flytMerknad"_s, f.merknad);
        slutt();
    }

    QXmlStreamWriter m_x;
};

} // namespace

QByteArray arkivmeldingXml(const Arkivmelding &melding)
{
    QByteArray ut;
    Skriver(&ut).melding(melding);
    return ut;
}

std::optional<std::pair<int, int>> delSaksnummer(const QString &saksnummer)
{
    static const QRegularExpression form(u"^(\\d{4})/([1-9]\\d{0,8})$"_s);
    const QRegularExpressionMatch m = form.match(saksnummer);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1).toInt(), m.captured(2).toInt()};
}

} // namespace tilsyn
