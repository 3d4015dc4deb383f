// Every letter type in both målformer rendered to PDF/A for a realistic case, checked through
// poppler (pdftotext, pdfinfo, pdffonts): header fields, recipient, screening, closing, page
// numbers, PDF/A identification, embedded fonts, nynorsk without bokmål phrases, hostile input.

#include "domain/katalog.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "letters/maalformkontroll.h"
#include "tekst/ordbok.h"
#include "brevtestdata.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tilsyn::Maalform)

namespace {

Brevutkast ferdigUtkast(const Tilsynssak &sak, const QString &type, Maalform m)
{
    Brevutkast u = foreslaaUtkast(sak, type, QDate(2024, 9, 2), {}, m);
    u.saksbehandler = {u"Ola Nordmann"_s, m == Maalform::Nynorsk ? u"seniorrådgjevar"_s : u"seniorrådgiver"_s,
                       u"55 57 21 34"_s};
    u.godkjenning = Godkjenning{{u"Eva Berg"_s, u"fylkeslege"_s, {}}, QDateTime(QDate(2024, 9, 2), QTime(10, 0))};
    u.deresDato = QDate(2024, 2, 28);
    u.deresRef = u"REF-0815"_s;
    u.utkast = false;
    return u;
}

int sider(const QByteArray &pdf)
{
    static const QRegularExpression re(u"Pages:\\s+(\\d+)"_s);
    return re.match(test::poppler(u"pdfinfo"_s, {}, pdf)).captured(1).toInt();
}

void sjekkPdfA(const QByteArray &pdf)
{
    const QString meta = test::poppler(u"pdfinfo"_s, {u"-meta"_s}, pdf);
    QVERIFY2(meta.contains(u"pdfaid:part=\"1\""_s) || meta.contains(u"<pdfaid:part>1</pdfaid:part>"_s),
             qPrintable(meta));
    QVERIFY2(meta.contains(u"pdfaid:conformance=\"B\""_s) || meta.contains(u"<pdfaid:conformance>B"_s),
             qPrintable(meta));
    // An sRGB output intent, and nothing transparent (PDF/A-1 forbids it).
    QVERIFY(pdf.contains("/OutputIntents") && pdf.contains("GTS_PDFA1"));
    static const QRegularExpression gjennomsiktig(u"/(ca|CA) 0\\."_s);
    QVERIFY(!gjennomsiktig.match(QString::fromLatin1(pdf)).hasMatch());
    const QStringList linjer = test::poppler(u"pdffonts"_s, {}, pdf).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(linjer.size() > 2); // header, ruler, at least one font
    for (const QString &linje : linjer.mid(2)) {
        const QStringList kolonner = linje.simplified().split(u' ');
        QVERIFY2(kolonner.size() >= 6 && kolonner.at(kolonner.size() - 5) == u"yes"_s, qPrintable(linje));
    }
}

// Bokmål words and phrases used in the fixed texts that nynorsk spells differently.
const QStringList kBokmaalOrd{
    u"Statsforvalteren"_s, u"Saksbehandler"_s, u"Deres ref"_s, u"Deres dato"_s, u"Med hilsen"_s,
    u"Unntatt offentlighet"_s, u" ikke "_s, u"henvendelse"_s, u"virksomhet"_s, u"uttalelse"_s,
    u"anmodning"_s, u"avgjørelse"_s, u"lovbrudd"_s, u"bestemmelse"_s, u"veiledning"_s, u"saksbehandling"_s,
    u"hvordan"_s, u"hvilke"_s, u"Hva "_s, u"mottok"_s, u"forventet"_s, u" dere "_s, u"Dersom dere"_s,
    u"Vi beklager"_s, u"forholdene"_s, u"ledelsen"_s, u"Forsvarlighet"_s, u"Helsepersonelloven"_s,
    u"Ikke lovbrudd"_s, u"rapporten innen"_s, u"senest"_s, u"Kvittering for mottatt"_s};

// Words a nynorsk letter may hold that Debian's nn_NO dictionary does not know, each checked as
// correct nynorsk or a name: law and institution names, abbreviations with lower case.
// (Compared in lower case.)
const QSet<QString> kNynorskUtenforOrdboka{
    u"sivilombodet"_s, u"helsetilsynslova"_s, u"helsepersonellova"_s, u"barnevernslova"_s,
    u"sosialtenestelova"_s, u"spesialisthelsetenestelova"_s, u"omsorgstenestelova"_s,
    u"brukarrettslova"_s, u"forvaltningslova"_s, u"offl"_s, u"fvl"_s, u"jf"_s, u"nr"_s, u"tlf"_s, u"ref"_s,
    u"henvending"_s, u"henvendinga"_s, u"tilsynssak"_s, u"tilsynssaka"_s, u"forsvarlegheit"_s,
    u"omsorgssenter"_s, u"barnevernsinstitusjon"_s, u"barnevernsinstitusjonen"_s,
    u"barnevernsinstitusjonar"_s, u"helselovgivinga"_s, u"etterkant"_s, u"lovpålagde"_s, u"tilsynsmessige"_s,
    u"statsforvaltaren"_s, u"statsforvaltarens"_s, u"vestland"_s, u"nav"_s, u"bufetat"_s, u"tilsynsmyndigheit"_s};

// Bokmål free text in every place a caseworker types it, so a nynorsk letter that prints any of
// it must warn about it (the fixed text around it must still be nynorsk).
Tilsynssak medBokmaalFritekst(Tilsynssak s, int bm, const QString &utfall)
{
    s.behandlingsmaate = bm;
    s.sammendrag = u"Brukeren mener at tjenesten ikke fulgte opp henvendelsen hennes."_s;
    if (bm == 2 || bm == 3)
        s.oversendt = s.mottatt.addDays(14);
    if (bm == 4)
        s.mote = s.mottatt.addDays(30);
    if (bm != 5) {
        s.vurderinger.clear();
        s.utfall.reset();
        s.avsluttet = bm == 1 ? s.mottatt.addDays(20) : QDate();
        return s;
    }
    s.utfall = utfall;
    if (utfall == u"innledende"_s)
        s.vurderinger.clear();
    for (Vurdering &v : s.vurderinger) {
        v.begrunnelse = u"Journalen viser hvordan planen ikke ble fulgt. Dette er ikke forsvarlig."_s;
        if (utfall == u"ikke-lovbrudd"_s)
            v.konklusjon = u"ikke-lovbrudd"_s;
        if (utfall == u"oversendt-htil"_s && s.objekt(v.objekt) && s.objekt(v.objekt)->type == u"helsepersonell"_s)
            v.konklusjon = u"oversendt-htil"_s;
    }
    return s;
}

} // namespace

class TestBrevrendering final : public QObject
{
    Q_OBJECT

private:
    const Brevmalkilde m_maler;
    const Brevrenderer m_renderer{Katalog::innebygd(), m_maler};

private slots:
    void everyTypeAndForm_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Maalform>("maalform");
        for (const Brevtype &t : brevtyper()) {
            QTest::addRow("%s-nb", qPrintable(t.kode)) << t.kode << Maalform::Bokmaal;
            QTest::addRow("%s-nn", qPrintable(t.kode)) << t.kode << Maalform::Nynorsk;
        }
    }
    void everyTypeAndForm()
    {
        QFETCH(QString, type);
        QFETCH(Maalform, maalform);
        const Brevtype *t = brevtype(type);
        QVERIFY(t);
        const bool nn = maalform == Maalform::Nynorsk;
        const Tilsynssak sak = t->sektorer.isEmpty() || t->sektorer.contains(u"helse"_s)
            ? test::brevsak(t->behandlingsmaate == 0 ? 5 : t->behandlingsmaate, 4)
            : test::sosialsak();
        const Brevutkast u = ferdigUtkast(sak, type, maalform);
        const QByteArray pdf = m_renderer.pdfA(sak, u);
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        const QString tekst = test::pdfTekst(pdf);
        const int n = sider(pdf);
        QVERIFY(n >= 1);

        QStringList paakrevd{
            nn ? u"Statsforvaltaren i Vestland"_s : u"Statsforvalteren i Vestland"_s,
            u"Vår dato: 02.09.2024"_s,
            u"Vår ref.: "_s + *sak.saksnummer,
            nn ? u"Dykkar dato: 28.02.2024"_s : u"Deres dato: 28.02.2024"_s,
            nn ? u"Dykkar ref.: REF-0815"_s : u"Deres ref.: REF-0815"_s,
            nn ? u"Sakshandsamar: Ola Nordmann, tlf. 55 57 21 34"_s : u"Saksbehandler: Ola Nordmann, tlf. 55 57 21 34"_s,
            u.mottaker.navn, u.mottaker.adresse.section(u'\n', 0, 0),
            nn ? u"Unnateke offentlegheit offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s
               : u"Unntatt offentlighet offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s,
            t->navnPaa(maalform),
            nn ? u"Med helsing"_s : u"Med hilsen"_s,
            u"Eva Berg fylkeslege"_s, u"Ola Nordmann"_s,
            u"Dokumentet er elektronisk godkjent"_s,
            u"Side 1 av %1"_s.arg(n), u"Side %1 av %1"_s.arg(n)};
        for (const Brevmottaker &k : u.kopiTil) // an innsender the letter does not name: by role (tst_brevpart)
            paakrevd << u"Kopi til:"_s
                     << (k.rolle != Mottakerrolle::Innsender || navngirInnsender(u) ? k.navn : u"Pasienten"_s);
        if (type == u"bm5-avgjorelse"_s) {
            paakrevd << u"enkeltvedtak"_s << (nn ? u"Sivilombodet"_s : u"Sivilombudet"_s);
            for (const Vurdering &v : sak.vurderinger) {
                if (v.objekt != u.mottaker.objektId)
                    continue;
                const KatalogPost *b = Katalog::innebygd().post(Katalog::Liste::Bestemmelse, v.bestemmelse);
                paakrevd << b->navnPaa(maalform) << v.begrunnelse
                         << u"Konklusjon: %1 %2 %3."_s.arg(u.mottaker.navn,
                                                          v.konklusjon == u"lovbrudd"_s ? (nn ? u"har brote"_s : u"har brutt"_s)
                                                          : (nn ? u"har handla i samsvar med"_s : u"har handlet i samsvar med"_s),
                                                          b->paragrafPaa(maalform));
            }
        }
        if (type == u"bm5-varsel"_s || type == u"bm5-oversendelse-htil"_s) {
            for (const Vurdering &v : sak.vurderinger) {
                if (type == u"bm5-varsel"_s && v.objekt != u.mottaker.objektId)
                    continue;
                paakrevd << Katalog::innebygd().post(Katalog::Liste::Bestemmelse, v.bestemmelse)->paragrafPaa(maalform);
            }
            paakrevd << u"02.09.2024"_s;
        }
        for (const QString &del : std::as_const(paakrevd))
            QVERIFY2(tekst.contains(del), qPrintable(u"missing «%1» in: %2"_s.arg(del, tekst)));
        QVERIFY(!tekst.contains(u"UTKAST"_s));
        if (type == u"bm5-oversendelse-htil"_s)
            QVERIFY(!tekst.contains(u"Konklusjon:"_s));
        QVERIFY2(!tekst.contains(u"Kopi til"_s) || !u.kopiTil.isEmpty(), qPrintable(tekst));

        if (nn) {
            const QString bokmaal = test::pdfTekst(m_renderer.pdfA(sak, ferdigUtkast(sak, type, Maalform::Bokmaal)));
            int iTvilling = 0;
            for (const QString &ord : kBokmaalOrd) {
                if (!bokmaal.contains(ord))
                    continue;
                ++iTvilling;
                QVERIFY2(!tekst.contains(ord), qPrintable(u"bokmål «%1» in the nynorsk letter: %2"_s.arg(ord, tekst)));
            }
            QVERIFY2(iTvilling >= 4, "the bokmål twin shares too few phrases with the list to test");
        }
        sjekkPdfA(pdf);
    }

    // Every type in nynorsk for each sector and outcome, assembled as the desktop and the CLI do
    // (settSammenBrev with a profile in bokmål), with the caseworker's texts in bokmål: every
    // word of the letter that the nynorsk dictionary does not know is either a name or a word of
    // that typed text which the målform warning (ukjenteOrdIBrev) names — never fixed text.
    void nynorskFixedTextEverywhere_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sektor");
        QTest::addColumn<QString>("utfall");
        for (const QString &sektor : {u"helse"_s, u"sosial"_s, u"barnevern"_s}) {
            for (const Brevtype &t : brevtyper()) {
                if (t.behandlingsmaate == 0 && t.kode != u"kvittering"_s && t.kode != u"forsinkelsesmelding"_s)
                    continue;
                if (!t.sektorer.isEmpty() && !t.sektorer.contains(sektor))
                    continue;
                QStringList utfall{u"lovbrudd"_s};
                if (t.kode == u"bm5-avgjorelse"_s || t.kode == u"bm5-resultat-innsender"_s) {
                    utfall << u"ikke-lovbrudd"_s << u"innledende"_s;
                    if (sektor == u"helse"_s)
                        utfall << u"oversendt-htil"_s;
                }
                for (const QString &u : utfall)
                    QTest::addRow("%s-%s-%s", qPrintable(t.kode), qPrintable(sektor), qPrintable(u)) << t.kode << sektor << u;
            }
        }
    }
    void nynorskFixedTextEverywhere()
    {
        QFETCH(QString, type);
        QFETCH(QString, sektor);
        QFETCH(QString, utfall);
        static const Ordbok nn(Maalform::Nynorsk);
        QVERIFY2(nn.erLastet(), "the nn_NO dictionary (hunspell-no) is missing");
        const Brevtype *t = brevtype(type);
        const int bm = t->behandlingsmaate == 0 ? 5 : t->behandlingsmaate;
        const Tilsynssak grunn = sektor == u"helse"_s ? test::brevsak(5, 4, u"nn"_s)
            : sektor == u"sosial"_s                  ? test::sosialsak(u"nn"_s)
                                                     : test::barnevernsak(u"nn"_s);
        Tilsynssak sak = medBokmaalFritekst(grunn, bm, utfall);
        if (type.startsWith(u"palegg-"_s) && sektor == u"barnevern"_s) { // a pålegg goes to the kommune only
            sak.tilsynsobjekter[0].type = u"kommunal-barneverntjeneste"_s;
            sak.tilsynsobjekter[0].navn = u"Voss herad, barnevernstenesta"_s;
        }
        Brevbestilling b;
        b.type = type;
        b.maalform = Maalform::Nynorsk;
        b.dato = QDate(2024, 9, 2);
        b.profil = {u"Ola Nordmann"_s, u"seniorrådgiver"_s, u"55 57 21 34"_s};
        b.godkjenning = Godkjenning{{u"Eva Berg"_s, u"assisterende fylkeslege"_s, {}}, QDateTime(QDate(2024, 9, 2), QTime(10, 0))};
        b.hendelser = {{QDate(2024, 6, 3), u"bm5-varsel"_s, sak.tilsynsobjekter.constFirst().navn}};
        Brevutkast u = settSammenBrev(sak, b, m_maler, Katalog::innebygd());
        u.utkast = false;
        const QString tekst = test::pdfTekst(m_renderer.pdfA(sak, u));
        const Brevmal &mal = m_maler.mal(type, Maalform::Nynorsk);
        const QStringList typed = friteksterIBrev(sak, Katalog::innebygd(), u, mal);
        const QStringList varslet = ukjenteOrdIBrev(sak, Katalog::innebygd(), u, mal, nn);
        const QSet<QString> varsletSett(varslet.cbegin(), varslet.cend());

        // Names: the parties, the signers, the office's letterhead.
        QStringList navn{u.mottaker.navn, u.mottaker.adresse, u.saksbehandler.navn,
                         u.godkjenning ? u.godkjenning->godkjenner.navn : QString()};
        for (const Tilsynsobjekt &o : sak.tilsynsobjekter)
            navn << o.navn << o.adresse.value_or(QString());
        if (sak.innsender)
            navn << sak.innsender->navn << sak.innsender->adresse;
        for (const Brevmottaker &k : u.kopiTil)
            navn << k.navn << k.adresse;
        const Brevhode hode = m_maler.brevhode(Katalog::innebygd(), sak.embete, Maalform::Nynorsk);
        navn << hode.adresse << hode.epost << hode.nettside;
        const QString navnTekst = navn.join(u' ');

        QStringList feil;
        for (const auto &[start, lengde] : Ordbok::ord(tekst)) {
            const QString ord = tekst.mid(start, lengde);
            if (nn.kjenner(ord) || kNynorskUtenforOrdboka.contains(ord.toLower()) || varsletSett.contains(ord)
                || navnTekst.contains(ord))
                continue;
            feil << ord;
        }
        feil.removeDuplicates();
        QVERIFY2(feil.isEmpty(), qPrintable(u"words in the nynorsk letter that are neither nynorsk, a name nor "
                                            u"flagged typed text: %1\n%2"_s.arg(feil.join(u", "_s), tekst)));
        // The bokmål phrases of the fixed texts appear only inside typed text.
        const QString typedTekst = typed.join(u'\n');
        for (const QString &ord : kBokmaalOrd)
            QVERIFY2(!tekst.contains(ord) || typedTekst.contains(ord),
                     qPrintable(u"bokmål «%1» in the nynorsk letter outside typed text: %2"_s.arg(ord, tekst)));
        // Whatever bokmål typed text the letter prints, the warning names (the summary's "mener").
        if (tekst.contains(u"Brukeren mener"_s))
            QVERIFY2(varslet.contains(u"mener"_s), qPrintable(varslet.join(u", "_s)));
        if (tekst.contains(u"Journalen viser hvordan"_s))
            QVERIFY2(varslet.contains(u"hvordan"_s), qPrintable(varslet.join(u", "_s)));
        QVERIFY2(tekst.contains(u"seniorrådgjevar"_s) && !tekst.contains(u"seniorrådgiver"_s), qPrintable(tekst));
    }

    // The greeting is never left at the foot of a page while the signature starts the next: a
    // kvittering whose added text grows a line at a time crosses every position of the closing.
    void greetingStaysWithTheSignature_data()
    {
        QTest::addColumn<Maalform>("maalform");
        QTest::newRow("nb") << Maalform::Bokmaal;
        QTest::newRow("nn") << Maalform::Nynorsk;
    }
    void greetingStaysWithTheSignature()
    {
        QFETCH(Maalform, maalform);
        const bool nn = maalform == Maalform::Nynorsk;
        const QString hilsen = nn ? u"Med helsing"_s : u"Med hilsen"_s;
        const Tilsynssak sak = test::brevsak(5, 4);
        int overPaaNesteSide = 0;
        for (int linjer = 12; linjer <= 45; ++linjer) {
            Brevutkast u = ferdigUtkast(sak, u"kvittering"_s, maalform);
            QStringList avsnitt;
            for (int i = 1; i <= linjer; ++i)
                avsnitt << u"Linje %1. Statsforvalteren vil gå gjennom opplysningene i saken før vi tar stilling."_s.arg(i);
            u.fritekst[u"fritekst"_s] = avsnitt.join(u'\n');
            const QByteArray pdf = m_renderer.pdfA(sak, u);
            const int n = sider(pdf);
            for (int side = 1; side <= n; ++side) {
                const QString t = test::poppler(u"pdftotext"_s, {u"-f"_s, QString::number(side), u"-l"_s,
                                                                 QString::number(side)}, pdf);
                if (!t.contains(hilsen))
                    continue;
                // The signer's title is printed only under the greeting (the header gives the phone).
                QVERIFY2(t.contains(u.saksbehandler.tittel) && t.contains(u"fylkeslege"_s),
                         qPrintable(u"%1 lines: «%2» on page %3 of %4 without the signature"_s
                                        .arg(linjer).arg(hilsen).arg(side).arg(n)));
                if (side > 1 && !t.contains(u"Linje %1."_s.arg(linjer)))
                    ++overPaaNesteSide; // the greeting moved over with nothing of the text
            }
        }
        // Some length put the signature on a page of its own with its greeting: the case was met.
        QVERIFY(overPaaNesteSide > 0);
    }

    void draftsAreMarkedAndScreeningIsSwitchable()
    {
        const Tilsynssak sak = test::brevsak(2);
        Brevutkast u = ferdigUtkast(sak, u"bm2-oversendelse"_s, Maalform::Bokmaal);
        u.utkast = true;
        u.unntattOffentlighet = false;
        const QString tekst = test::pdfTekst(m_renderer.pdfA(sak, u));
        QVERIFY(tekst.contains(u"UTKAST"_s));
        QVERIFY(!tekst.contains(u"Unntatt offentlighet"_s));
        QVERIFY(!tekst.contains(u"offl. § 13"_s));
        QCOMPARE(Brevrenderer::offentligTittel(sak, u), u"Oversendelse av henvendelse til oppfølging 2024/4711"_s);
    }

    void copiesGoInTheCopyRecipientsForm()
    {
        Tilsynssak sak = test::brevsak(5, 3, u"nb"_s);
        sak.innsender->maalform = u"nn"_s;
        Brevutkast u = ferdigUtkast(sak, u"bm5-avgjorelse"_s, Maalform::Bokmaal);
        QVERIFY(u.kopiTil.isEmpty()); // a decision gets no copy by default
        u.kopiTil.append(parter(sak).constFirst());
        u.navngiInnsender = true; // named: name and address in the copy line (unnamed: by role, tst_brevpart)
        QCOMPARE(u.kopiTil.constFirst().navn, u"Kari Nordmann"_s);
        const Brevutkast kopi = kopiAv(u, 0);
        QCOMPARE(kopi.maalform, Maalform::Nynorsk);
        const QString tekst = test::pdfTekst(m_renderer.pdfA(sak, kopi));
        QVERIFY2(tekst.contains(u"Kopi til Kari Nordmann"_s) && tekst.contains(u"Avgjerd i tilsynssak"_s)
                     && tekst.contains(u"Kari Nordmann, Fjellvegen 12, 5003 Bergen"_s),
                 qPrintable(tekst));
        QVERIFY(tekst.contains(sak.tilsynsobjekter.constFirst().navn)); // still addressed to the object
        QVERIFY(!test::pdfTekst(m_renderer.pdfA(sak, u)).contains(u"Kopi til Kari Nordmann"_s));
    }

    void draftCaseWithoutSaksnummer()
    {
        Tilsynssak sak = test::brevsak(1);
        sak.saksnummer.reset();
        Brevutkast u = ferdigUtkast(sak, u"kvittering"_s, Maalform::Nynorsk);
        u.utkast = true;
        const QString tekst = test::pdfTekst(m_renderer.pdfA(sak, u));
        QVERIFY2(tekst.contains(u"Vår ref.: (ikkje registrert)"_s), qPrintable(tekst));
    }

    // The caseworker's try (issue 10): a letter to a party without their date and reference printed
    // the labels "Deres dato:"/"Deres ref." with nothing after them, and the nynorsk header broke
    // "Sakshandsamar:" over two lines. A label is left out with its value; the header's labels
    // stay whole on one line each in both målformer, also beside a long name and phone number.
    void headerLeavesOutEmptyFieldsAndKeepsLabelsWhole_data()
    {
        QTest::addColumn<Maalform>("maalform");
        QTest::newRow("nb") << Maalform::Bokmaal;
        QTest::newRow("nn") << Maalform::Nynorsk;
    }
    void headerLeavesOutEmptyFieldsAndKeepsLabelsWhole()
    {
        QFETCH(Maalform, maalform);
        const bool nn = maalform == Maalform::Nynorsk;
        const Tilsynssak sak = test::brevsak(5, 4);
        Brevutkast u = ferdigUtkast(sak, u"bm5-avgjorelse"_s, maalform);
        u.deresDato = QDate();
        u.deresRef.clear();
        u.saksbehandler = {u"Kari Margrethe Nordmann-Haugland"_s, nn ? u"seniorrådgjevar"_s : u"seniorrådgiver"_s,
                           u"+47 55 57 21 34"_s};
        const QByteArray pdf = m_renderer.pdfA(sak, u);
        const QString tekst = test::pdfTekst(pdf);
        for (const QString &etikett : {u"Deres dato"_s, u"Deres ref"_s, u"Dykkar dato"_s, u"Dykkar ref"_s})
            QVERIFY2(!tekst.contains(etikett), qPrintable(etikett + u" in: "_s + tekst.left(600)));
        // Each label of the header on one line, with its value beside it.
        const QStringList linjer = test::poppler(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s}, pdf).split(u'\n');
        const QStringList etiketter = nn ? QStringList{u"Vår dato:"_s, u"Vår ref.:"_s, u"Sakshandsamar:"_s}
                                         : QStringList{u"Vår dato:"_s, u"Vår ref.:"_s, u"Saksbehandler:"_s};
        for (const QString &etikett : etiketter) {
            const auto linje = std::find_if(linjer.cbegin(), linjer.cend(),
                                            [&](const QString &l) { return l.contains(etikett); });
            QVERIFY2(linje != linjer.cend(), qPrintable(etikett + u" not whole on one line in:\n"_s + linjer.mid(0, 30).join(u'\n')));
            QVERIFY2(linje->section(etikett, 1).trimmed().size() > 3, qPrintable(*linje));
        }
        // And with their date and reference: printed as before.
        u.deresDato = QDate(2024, 2, 28);
        u.deresRef = u"REF-0815"_s;
        const QString med = test::pdfTekst(m_renderer.pdfA(sak, u));
        QVERIFY(med.contains(nn ? u"Dykkar dato: 28.02.2024"_s : u"Deres dato: 28.02.2024"_s));
        QVERIFY(med.contains(nn ? u"Dykkar ref.: REF-0815"_s : u"Deres ref.: REF-0815"_s));
    }

    void hostileInputRendersLiterallyAndWraps_data()
    {
        QTest::addColumn<QString>("tekst");
        QTest::addColumn<bool>("bokstavelig");
        QTest::addColumn<QString>("avvistTegn"); // a character no embedded font has: refused, naming it
        QTest::newRow("markup") << u"<b>fet</b> <i>kursiv</i> <table><tr><td>x"_s << true << QString();
        QTest::newRow("entity") << u"Hansen &amp; Sønn &lt;AS&gt;"_s << true << QString();
        QTest::newRow("placeholder") << u"{{mottaker}} {{#vurderinger}}{{/vurderinger}} {{{x}}}"_s << true << QString();
        QTest::newRow("quotes") << u"\"dobbel\" 'enkel' «sitat» `tilbake`"_s << true << QString();
        QTest::newRow("long word") << QString(300, u'W') << false << QString();
        QTest::newRow("20000 chars") << QString(u"Ord og uttrykk i lange baner. "_s).repeated(667) << false << QString();
        QTest::newRow("right-to-left") << u"مرحبا بالعالم שלום עולם"_s << false << QString();
        QTest::newRow("emoji") << u"Takk 😀👍🏽 for hjelpa"_s << false << u"U+1F44D"_s;
        QTest::newRow("control chars") << u"a\tb\u0000c\u200Bd\r\ne"_s << false << QString();
    }
    void hostileInputRendersLiterallyAndWraps()
    {
        QFETCH(QString, tekst);
        QFETCH(bool, bokstavelig);
        QFETCH(QString, avvistTegn);
        Tilsynssak sak = test::brevsak(5, 3);
        sak.innsender->navn = tekst.left(400);
        sak.tilsynsobjekter[0].navn = tekst.left(400);
        sak.tilsynsobjekter[0].adresse = tekst.left(400);
        for (Vurdering &v : sak.vurderinger)
            v.begrunnelse = tekst;
        Brevutkast u = ferdigUtkast(sak, u"bm5-avgjorelse"_s, Maalform::Bokmaal);
        u.deresRef = tekst.left(300);
        u.fritekst.insert(u"saksforhold"_s, tekst);
        u.fritekst.insert(u"fritekst"_s, tekst);
        if (!avvistTegn.isEmpty()) {
            try {
                m_renderer.pdfA(sak, u);
                QFAIL("a character no embedded font can draw was rendered");
            } catch (const BrevmalFeil &e) {
                QVERIFY2(e.iInndata() && e.melding().contains(avvistTegn), qPrintable(e.melding()));
            }
            return;
        }
        const QByteArray pdf = m_renderer.pdfA(sak, u);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString ut = test::pdfTekst(pdf);
        QVERIFY(ut.contains(u"Dokumentet er elektronisk godkjent"_s));
        if (bokstavelig)
            QVERIFY2(ut.contains(tekst), qPrintable(ut.left(2000)));
        if (tekst.size() > 10000)
            QVERIFY(sider(pdf) > 5);
        // Nothing is painted outside the text area (25 mm left, 20 mm right on 595 pt A4).
        static const QRegularExpression ord(uR"RE(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)")RE"_s);
        const QString bokser = test::poppler(u"pdftotext"_s, {u"-bbox"_s}, pdf);
        int antall = 0;
        for (auto it = ord.globalMatch(bokser); it.hasNext();) {
            const auto m = it.next();
            ++antall;
            QVERIFY2(m.captured(1).toDouble() >= 70.8 - 1.5, qPrintable(m.captured(0)));
            QVERIFY2(m.captured(2).toDouble() <= 595.3 - 56.7 + 1.5, qPrintable(m.captured(0)));
        }
        QVERIFY(antall > 50);
        sjekkPdfA(pdf);
    }
};

QTEST_MAIN(TestBrevrendering)
#include "tst_brevrendering.moc"
