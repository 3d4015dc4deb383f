#include "arkivpakke.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "journal/journalrepository.h"
#include "letters/brevrepository.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "io/utfil.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Name-based (version 5) UUIDs: the same case and letter get the same systemID in every package,
// so an archive that receives a case again can recognise it.
const QUuid kNavnerom(u"6f1d2c7e-2b1a-4f0e-9a51-7c1b3e0d8a42"_s);

QString systemId(const QString &navn)
{
    return QUuid::createUuidV5(kNavnerom, navn).toString(QUuid::WithoutBraces);
}

Skjerming skjermingFor(const QString &hjemmel, QStringList metadata, const QString &dokument = {})
{
    // DOMAIN.md §5: letters of a tilsynssak hold personal health, family or social data.
    return Skjerming{u"Unntatt offentlighet"_s, hjemmel, std::move(metadata), dokument};
}

// An address as the case holds it ("Fjellvegen 12\n5003 Bergen"): the lines before a last
// "NNNN Sted" line are postadresse.
Korrespondansepart part(const QString &type, const QString &navn, const QString &adresse)
{
    static const QRegularExpression postlinje(u"^(\\d{4})\\s+(.+)$"_s);
    Korrespondansepart k{type, navn, {}, {}, {}};
    QStringList linjer;
    for (const QString &l : adresse.split(u'\n', Qt::SkipEmptyParts))
        linjer.append(l.trimmed());
    if (!linjer.isEmpty()) {
        const QRegularExpressionMatch m = postlinje.match(linjer.constLast());
        if (m.hasMatch()) {
            k.postnummer = m.captured(1);
            k.poststed = m.captured(2);
            linjer.removeLast();
        }
    }
    k.postadresse = linjer;
    return k;
}

// The stored letter keeps its recipients' names; their addresses are the case's, when the name
// is the innsender's or a tilsynsobjekt's.
QString adresseFor(const Tilsynssak &sak, const QString &navn)
{
    if (sak.innsender && sak.innsender->navn == navn)
        return sak.innsender->adresse;
    for (const Tilsynsobjekt &o : sak.tilsynsobjekter) {
        if (o.navn == navn)
            return o.adresse.value_or(QString());
    }
    return {};
}

struct Opprettelse
{
    QDateTime tidspunkt;
    QString bruker;
};

// When and by whom the case was first stored here: its first audit row.
Opprettelse opprettelse(Store &store, const Tilsynssak &sak)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT tidspunkt, bruker FROM audit WHERE sak_id = ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(sak.id);
    kjoer(q, "kan ikke lese revisjonssporet");
    if (q.next()) {
        const QDateTime t = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        if (t.isValid())
            return {t, q.value(1).toString()};
    }
    return {sak.mottatt.startOfDay(Qt::UTC), sak.saksbehandler.value_or(QString())};
}

Arkivjournalpost journalpost(const Tilsynssak &sak, const FerdigBrev &b, int nr)
{
    const Brevtype *t = brevtype(b.type);
    const Maalform maalform = maalformFraKode(b.maalform);
    const QString typenavn = t ? t->navnPaa(maalform) : b.type;
    const QString nokkel = sak.id + u'/' + b.sha256 + u'/' + b.ferdigstilt.toString(Qt::ISODate);

    Arkivjournalpost j;
    j.systemId = systemId(u"journalpost:"_s + nokkel);
    j.tittel = b.mottaker.isEmpty() ? typenavn : typenavn + u" – "_s + b.mottaker;
    j.offentligTittel = b.offentligTittel;
    j.opprettet = b.ferdigstilt;
    j.opprettetAv = b.ferdigstiltAv;
    j.forfatter = b.ferdigstiltAv;
    j.journaldato = b.ferdigstilt.toLocalTime().date(); // the office's day, not UTC's
    j.dokumentetsDato = b.dato;
    // Finalising is the act that sends the letter: it is written out for dispatch then.
    j.sendt = b.ferdigstilt;
    j.journalstatus = u"Ekspedert"_s;
    if (b.unntattOffentlighet)
        j.skjerming = skjermingFor(b.hjemmel,
                                   {u"Skjerming tittel registrering - utvalgte ord"_s, u"Skjerming navn mottaker"_s},
                                   u"Skjerming av hele dokumentet"_s);
    j.korrespondanseparter.append(part(u"Mottaker"_s, b.mottaker, adresseFor(sak, b.mottaker)));
    for (const QString &kopi : b.kopiTil)
        j.korrespondanseparter.append(part(u"Kopimottaker"_s, kopi, adresseFor(sak, kopi)));
    // No approval step is recorded in the store yet (issue 12, item 2): dokumentflyt stays empty
    // and the package claims no approval that did not happen.
    j.fil.systemId = systemId(u"dokumentbeskrivelse:"_s + nokkel);
    j.fil.tittel = b.offentligTittel;
    j.fil.filnavn = u"%1-%2.pdf"_s.arg(nr, 2, 10, QChar(u'0')).arg(b.type);
    j.fil.format = u"PDF/A-1b"_s;
    j.fil.sha256 = b.sha256;
    j.fil.innhold = b.pdf;
    j.brevId = b.id;
    j.brevtype = b.type;
    j.maalform = b.maalform;
    return j;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// An incoming document or a note of the journal. `nr` numbers its file in the package.
Arkivjournalpost annenPost(const Tilsynssak &sak, const Journalpost &p, const JournalRepository &journal, int nr)
{
    Arkivjournalpost j;
    const QString nokkel = sak.id + u'/' + p.id;
    j.systemId = systemId(u"journalpost:"_s + nokkel);
    j.journalposttype = journalposttypeNavn(p.type);
    j.journalpostnummer = p.dokumentnummer();
    j.dokumentreferanse = dokumentreferanse(sak.saksnummer.value_or(QString()), p.dokumentnummer());
    j.tittel = p.tittel;
    j.offentligTittel = p.offentligTittel;
    j.opprettet = p.registrert;
    j.opprettetAv = p.registrertAv;
    j.journaldato = p.journaldato;
    j.dokumentetsDato = p.dokumentdato;
    j.journalstatus = u"Journalført"_s;
    if (p.type == u"I")
        j.mottatt = p.journaldato;
    else
        j.forfatter = p.registrertAv;
    if (p.unntattOffentlighet)
        j.skjerming = skjermingFor(p.hjemmel.isEmpty() ? Brevutkast::standardHjemmel() : p.hjemmel,
                                   {u"Skjerming tittel registrering - utvalgte ord"_s, u"Skjerming navn avsender"_s},
                                   u"Skjerming av hele dokumentet"_s);
    for (const Korrespondent &k : p.parter)
        j.korrespondanseparter.append(part(k.rolle, k.navn, adresseFor(sak, k.navn)));
    if (p.avskrevetDato.isValid())
        j.avskrivning = Arkivavskrivning{p.avskrevetDato, p.avskrevetAv, p.avskrivningsmaate, p.avskrevetMed};
    if (!p.filSha256.isEmpty()) {
        const QByteArray innhold = journal.fil(p.id); // checked against its SHA-256 (Korrupt otherwise)
        const QString ending = QFileInfo(p.filnavn).suffix().toLower();
        j.fil.systemId = systemId(u"dokumentbeskrivelse:"_s + nokkel);
        j.fil.tittel = p.offentligTittel;
        j.fil.filnavn = u"%1-dokument%2"_s.arg(nr, 2, 10, QChar(u'0')).arg(ending.isEmpty() ? QString() : u'.' + ending);
        j.fil.format = ending == u"pdf" ? u"PDF"_s : ending.toUpper();
        j.fil.sha256 = p.filSha256;
        j.fil.innhold = innhold;
        j.dokumenttype = u"Dokument"_s;
    }
    return j;
}

void skrivFil(const QString &sti, const QByteArray &innhold, const QString &navnForBrukeren)
{
    Utfil f(sti);
    if (!f.aapne() || !f.skriv(innhold) || !f.fullfoer()) // Utfil names the file inside the temporary folder
        throw StoreError(f.feil().replace(0, sti.size(), navnForBrukeren));
    // Read back: the package promises files byte-identical to the stored letters.
    QFile les(sti);
    if (!les.open(QIODevice::ReadOnly) || les.readAll() != innhold)
        throw StoreError(u"%1: filen ble ikke skrevet riktig (innholdet lest tilbake er et annet)"_s
                             .arg(navnForBrukeren));
}

} // namespace

Arkivpakke::Arkivpakke(Store &store, const Katalog &katalog) : m_store(store), m_katalog(katalog) {}

Arkivmelding Arkivpakke::lag(const QString &sakId, const QString &hvem, const QDateTime &naa) const
{
    SakRepository saker(m_store, m_katalog);
    const std::optional<Tilsynssak> sak = saker.hent(sakId);
    if (!sak)
        throw StoreError(u"saken %1 finnes ikke"_s.arg(sakId), StoreError::Art::IkkeFunnet);
    if (!sak->saksnummer || sak->saksnummer->isEmpty())
        throw StoreError(u"saken %1 har ikke saksnummer: bare en registrert sak kan arkiveres"_s.arg(sakId),
                         StoreError::Art::Avvist);
    const auto deler = delSaksnummer(*sak->saksnummer);
    if (!deler)
        throw StoreError(u"saksnummeret «%1» har ikke formen ÅÅÅÅ/N"_s.arg(*sak->saksnummer),
                         StoreError::Art::Avvist);
    BrevRepository brevlager(m_store);
    const QList<FerdigBrev> brev = brevlager.forSak(sak->id);
    if (brev.isEmpty())
        throw StoreError(u"saken %1 har ingen ferdigstilte brev å arkivere"_s.arg(*sak->saksnummer),
                         StoreError::Art::Avvist);

    const Opprettelse opprettet = opprettelse(m_store, *sak);
    const QString sektor = m_katalog.navn(Katalog::Liste::Sektor, sak->sektor);
    Arkivmelding m;
    m.system = u"Tilsynsklient"_s;
    m.meldingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.tidspunkt = naa;
    m.arkivertAv = hvem;
    Arkivsaksmappe &s = m.mappe;
    s.systemId = systemId(u"saksmappe:"_s + sak->id);
    s.saksnummer = *sak->saksnummer;
    s.saksaar = deler->first;
    s.sakssekvensnummer = deler->second;
    // The title names the kind of case only: never the innsender, a patient or a named person.
    s.tittel = u"Tilsynssak %1 – %2"_s.arg(*sak->saksnummer, sektor);
    s.offentligTittel = s.tittel;
    s.opprettet = opprettet.tidspunkt;
    s.opprettetAv = opprettet.bruker.isEmpty() ? hvem : opprettet.bruker;
    s.saksdato = sak->mottatt;
    s.administrativEnhet = m_katalog.navn(Katalog::Liste::Embete, sak->embete);
    s.saksansvarlig = sak->saksbehandler.value_or(brev.constFirst().ferdigstiltAv);
    s.saksstatus = sak->avsluttet.isValid() ? u"Avsluttet"_s : u"Under behandling"_s;
    s.skjerming = skjermingFor(Brevutkast::standardHjemmel(), {u"Skjerming navn part i sak"_s});
    s.sakId = sak->id;
    s.embete = sak->embete;
    s.sektor = sak->sektor;
    // The journal in document-number order: each letter with its stored bytes, each incoming
    // document with its file (if stored here), notes without a file. A letter whose post is
    // missing (finalised before the journal existed and not yet migrated) comes last.
    JournalRepository journal(m_store);
    const QList<Journalpost> poster = journal.forSak(sak->id);
    QHash<QString, QString> systemIdFor; // journal post id → journalpost systemID
    QSet<QString> medPost;
    int nr = 0;
    auto brevpost = [&](const FerdigBrev &uten, const Journalpost *p) {
        const std::optional<FerdigBrev> b = brevlager.hent(uten.id);
        if (!b || sha256(b->pdf) != b->sha256)
            throw StoreError(u"brev %1 i saken %2 er skadet: innholdet stemmer ikke med lagret SHA-256"_s
                                 .arg(uten.id).arg(*sak->saksnummer), StoreError::Art::Korrupt);
        Arkivjournalpost j = journalpost(*sak, *b, ++nr);
        if (p) {
            j.journalpostnummer = p->dokumentnummer();
            j.dokumentreferanse = dokumentreferanse(*sak->saksnummer, p->dokumentnummer());
            systemIdFor.insert(p->id, j.systemId);
        }
        s.journalposter.append(j);
    };
    for (const Journalpost &p : poster) {
        if (p.type == u"U") {
            const auto b = std::find_if(brev.cbegin(), brev.cend(),
                                        [&](const FerdigBrev &f) { return f.sha256 == p.brevSha256; });
            if (b == brev.cend())
                continue; // finalised on another client: its bytes are archived from there
            medPost.insert(b->sha256);
            brevpost(*b, &p);
        } else {
            s.journalposter.append(annenPost(*sak, p, journal, ++nr));
            if (s.journalposter.constLast().fil.filnavn.isEmpty())
                --nr;
            systemIdFor.insert(p.id, s.journalposter.constLast().systemId);
        }
    }
    for (const FerdigBrev &b : brev)
        if (!medPost.contains(b.sha256))
            brevpost(b, nullptr);
    // Avskrivning names the answering letter's journalpost by its systemID.
    for (Arkivjournalpost &j : s.journalposter)
        if (j.avskrivning && !j.avskrivning->referanse.isEmpty())
            j.avskrivning->referanse = systemIdFor.value(j.avskrivning->referanse);
    return m;
}

QStringList Arkivpakke::skriv(const Arkivmelding &melding, const QString &mappe)
{
    const QFileInfo maal(QDir::cleanPath(mappe)); // "pakke/" is the folder pakke
    const QString sti = maal.absoluteFilePath();
    if (maal.exists() && !maal.isDir())
        throw StoreError(u"%1: finnes og er ikke en mappe"_s.arg(mappe), StoreError::Art::Avvist);
    if (maal.exists() && !QDir(sti).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        throw StoreError(u"%1: mappen er ikke tom; en arkivpakke skrives aldri over noe annet (velg en ny mappe)"_s
                             .arg(mappe), StoreError::Art::Avvist);
    const QDir foreldre = maal.absoluteDir();
    if (!foreldre.exists())
        throw StoreError(u"%1: kan ikke skrive mappen: %2 finnes ikke"_s.arg(mappe, foreldre.path()));

    QTemporaryDir tmp(foreldre.filePath(u".%1-XXXXXX"_s.arg(maal.fileName())));
    if (!tmp.isValid())
        throw StoreError(u"%1: kan ikke skrive mappen: kan ikke lage en midlertidig mappe ved siden av: %2"_s
                             .arg(mappe, tmp.errorString()));
    QStringList filer;
    for (const Arkivjournalpost &j : melding.mappe.journalposter) {
        if (j.fil.filnavn.isEmpty())
            continue; // a note, or an incoming document registered without its file
        skrivFil(tmp.filePath(j.fil.filnavn), j.fil.innhold, QDir(mappe).filePath(j.fil.filnavn));
        filer.append(j.fil.filnavn);
    }
    skrivFil(tmp.filePath(meldingsfil()), arkivmeldingXml(melding), QDir(mappe).filePath(meldingsfil()));
    filer.append(meldingsfil());

    // rename() does not replace a folder; the empty one checked above goes first.
    if (maal.exists() && !QDir().rmdir(sti))
        throw StoreError(u"%1: kan ikke erstatte den tomme mappen"_s.arg(mappe));
    if (!QDir().rename(tmp.path(), sti))
        throw StoreError(u"%1: kan ikke flytte den ferdige pakken på plass fra %2"_s.arg(mappe, tmp.path()));
    tmp.setAutoRemove(false);
    return filer;
}

} // namespace tilsyn
