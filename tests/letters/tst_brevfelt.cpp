// The letter fields issue 11 left open: Deres dato / Deres ref from each party, a health
// professional's authorisation in the avgjørelse's heading and the oversendelse, the innsender's
// short reasons (and what they must not disclose), and the catalogue version kept out of the text
// (it is in the PDF's metadata).

#include "domain/katalog.h"
#include "domain/validering.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "brevtestdata.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

const QString kLegeMarkor = u"[LEGE-ANDRE-SETNING-4K]"_s;
const QString kHfMarkor = u"[HF-ANDRE-SETNING-9Z]"_s;

// The two-object BM 5 case with an employee writing nynorsk; both parties have written to us.
Tilsynssak sak()
{
    Tilsynssak s = test::brevsak(5, 0);
    s.kilder = {u"ansatt"_s};
    s.innsender = Innsender{u"Siri Haugland"_s, u"Kalfarvegen 31\n5018 Bergen"_s, u"nn"_s, QDate(2024, 3, 1),
                            u"SH-2024-03"_s};
    s.tilsynsobjekter[0].deresDato = QDate(2024, 4, 15);
    s.tilsynsobjekter[0].deresRef = u"HBE 24/1234"_s;
    s.tilsynsobjekter[1].navn = u"Per Hansen"_s;
    s.tilsynsobjekter[1].autorisasjon = u"lege"_s;
    s.vurderinger = {
        Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s,
                  u"Sykehuset hadde ingen rutine for prøvesvar etter 12. februar 2024 ved utskriving. "_s + kHfMarkor},
        Vurdering{u"hpl-4"_s, u"o2"_s, u"lovbrudd"_s, u"Legen fulgte ikke opp prøvesvarene. "_s + kLegeMarkor},
        Vurdering{u"hpl-39"_s, u"o2"_s, u"ikke-lovbrudd"_s, u"Journalnotatet var ført samme dag."_s},
    };
    s.avsluttet = QDate(2024, 8, 30);
    s.utfall = u"lovbrudd"_s;
    return s;
}

Brevbestilling bestilling(const QString &type, const QString &til = {})
{
    Brevbestilling b;
    b.type = type;
    b.til = til;
    b.dato = QDate(2024, 9, 2);
    b.profil = {u"Ola Nordmann"_s, u"seniorrådgiver"_s, u"55 57 21 34"_s};
    return b;
}

} // namespace

class TestBrevfelt final : public QObject
{
    Q_OBJECT

private:
    const Brevmalkilde m_maler;
    const Brevrenderer m_renderer{Katalog::innebygd(), m_maler};
    const Katalog &m_k = Katalog::innebygd();

    QString tekst(const Tilsynssak &s, const QString &type, const QString &til = {}) const
    {
        Brevutkast u = settSammenBrev(s, bestilling(type, til), m_maler, m_k);
        u.utkast = false;
        return test::pdfTekst(m_renderer.pdfA(s, u));
    }

private slots:
    void deresDatoOgRefFraPartenSelv()
    {
        const Tilsynssak s = sak();
        const Brevutkast hf = settSammenBrev(s, bestilling(u"bm5-avgjorelse"_s, u"o1"_s), m_maler, m_k);
        QCOMPARE(hf.deresDato, QDate(2024, 4, 15));
        QCOMPARE(hf.deresRef, u"HBE 24/1234"_s);
        const QString tilHf = tekst(s, u"bm5-avgjorelse"_s, u"o1"_s);
        QVERIFY2(tilHf.contains(u"Deres dato: 15.04.2024 Deres ref.: HBE 24/1234"_s), qPrintable(tilHf));
        // The innsender's letter (nynorsk labels) carries the henvendelse's date and reference.
        const QString tilInnsender = tekst(s, u"bm5-resultat-innsender"_s, u"innsender"_s);
        QVERIFY2(tilInnsender.contains(u"Dykkar dato: 01.03.2024 Dykkar ref.: SH-2024-03"_s), qPrintable(tilInnsender));
        // The doctor has not written: his letter has neither, and nobody else's; the labels are left
        // out with their empty values (issue 10 tryout: "Deres dato:" printed with nothing after it).
        const QString tilLege = tekst(s, u"bm5-avgjorelse"_s, u"o2"_s);
        QVERIFY2(!tilLege.contains(u"Deres dato"_s) && !tilLege.contains(u"Deres ref"_s), qPrintable(tilLege));
        QVERIFY2(tilLege.contains(u"Saksbehandler:"_s), qPrintable(tilLege));
        QVERIFY(!tilLege.contains(u"HBE 24/1234"_s) && !tilLege.contains(u"SH-2024-03"_s));
        // Helsetilsynet gets no Deres ref of a party.
        const QString oversendelse = tekst(s, u"bm5-oversendelse-htil"_s);
        QVERIFY(!oversendelse.contains(u"HBE 24/1234"_s) && !oversendelse.contains(u"SH-2024-03"_s));
    }

    void autorisasjonIOverskriftOgOversendelse_data()
    {
        QTest::addColumn<QString>("maalform");
        QTest::addColumn<QString>("saksgang");
        QTest::newRow("nb") << u"nb"_s << u"1 Saksgangen"_s;
        QTest::newRow("nn") << u"nn"_s << u"1 Saksgangen"_s;
    }

    void autorisasjonIOverskriftOgOversendelse()
    {
        QFETCH(QString, maalform);
        QFETCH(QString, saksgang);
        Tilsynssak s = sak();
        s.tilsynsobjekter[1].maalform = maalform;
        const QString lege = tekst(s, u"bm5-avgjorelse"_s, u"o2"_s);
        const qsizetype overskrift = lege.indexOf(u"– Per Hansen (lege, HPR-nr. 1234567)"_s);
        QVERIFY2(overskrift > 0, qPrintable(lege));
        QVERIFY2(lege.indexOf(saksgang) > overskrift, qPrintable(lege));
        QVERIFY(lege.contains(u"Per Hansen (helsepersonell med autorisasjon som lege, HPR-nr. 1234567)."_s));
        // The virksomhet's heading has no authorisation line.
        QVERIFY(!tekst(s, u"bm5-avgjorelse"_s, u"o1"_s).contains(u"autorisasjon som"_s));

        s.utfall = u"oversendt-htil"_s;
        for (Vurdering &v : s.vurderinger)
            v.konklusjon = u"oversendt-htil"_s;
        Brevutkast u = settSammenBrev(s, bestilling(u"bm5-oversendelse-htil"_s), m_maler, m_k);
        u.maalform = maalform == u"nn" ? Maalform::Nynorsk : Maalform::Bokmaal;
        u.utkast = false;
        const QString oversendelse = test::pdfTekst(m_renderer.pdfA(s, u));
        QVERIFY2(oversendelse.contains(u"Per Hansen er helsepersonell med autorisasjon som lege, HPR-nr. 1234567."_s),
                 qPrintable(oversendelse));
        QVERIFY(oversendelse.contains(maalform == u"nn" ? u"Eventuelle avgrensingar i autorisasjonen"_s
                                                        : u"Eventuelle begrensninger i autorisasjonen"_s));
        // Without a registered authorisation the letter says so instead of guessing.
        s.tilsynsobjekter[1].autorisasjon.clear();
        u = settSammenBrev(s, bestilling(u"bm5-oversendelse-htil"_s), m_maler, m_k);
        u.utkast = false;
        const QString utenAutorisasjon = test::pdfTekst(m_renderer.pdfA(s, u));
        QVERIFY(utenAutorisasjon.contains(u"Per Hansen er helsepersonell, HPR-nr. 1234567."_s));
        QVERIFY(utenAutorisasjon.contains(u"Autorisasjonen er ikke registrert i saken"_s));
    }

    void autorisasjonBareForHelsepersonell()
    {
        Tilsynssak s = sak();
        s.tilsynsobjekter[0].autorisasjon = u"lege"_s;
        const Problemer p = valider(s, m_k);
        QVERIFY(std::any_of(p.cbegin(), p.cend(), [](const Problem &x) {
            return x.felt == u"tilsynsobjekter[0].autorisasjon"_s && x.melding.contains(u"helsepersonell"_s, Qt::CaseInsensitive); // the type by its catalogue name
        }));
        s.tilsynsobjekter[0].autorisasjon.clear();
        const Problemer etter = valider(s, m_k);
        QVERIFY(std::none_of(etter.cbegin(), etter.cend(), [](const Problem &x) { return x.felt.endsWith(u".autorisasjon"_s); }));
    }

    // An employee is not entitled to the assessments: the outcome's standard sentence per
    // provision, no text of any begrunnelse.
    void grunnerTilEnAnsattUtenOpplysninger()
    {
        const QString t = tekst(sak(), u"bm5-resultat-innsender"_s, u"innsender"_s);
        QVERIFY2(t.contains(u"1 Kort om grunngivinga"_s), qPrintable(t));
        QVERIFY(t.contains(u"spesialisthelsetenestelova § 2-2 (Plikt til forsvarlegheit): Opplysningane i saka viser at "
                           u"kravet ikkje var oppfylt."_s));
        QVERIFY(t.contains(u"helsepersonellova § 39 (Plikt til å føre journal): Opplysningane i saka viser ikkje at "
                           u"kravet vart brote."_s));
        QVERIFY(t.contains(u"Vurderingane byggjer på opplysningar om andre enn deg."_s));
        for (const QString &lekkasje : {kHfMarkor, kLegeMarkor, u"Sykehuset hadde"_s, u"Legen fulgte"_s,
                                        u"Journalnotatet"_s, u"12. februar"_s})
            QVERIFY2(!t.contains(lekkasje), qPrintable(lekkasje));
        QVERIFY(!t.contains(u"Vi har vurdert forholda du tok opp"_s)); // the old generic text is gone
    }

    // The patient themself reads the first sentence of each begrunnelse, never more: a marker in
    // the second sentence of either object's begrunnelse stays out.
    void grunnerTilPasientenForsteSetning()
    {
        Tilsynssak s = sak();
        s.kilder = {u"pasient-bruker"_s};
        // The begrunnelser are bokmål: the bokmål letter prints their first sentences (the
        // nynorsk letter asks for them in nynorsk, tst_brevomtale::innsendersReasonsInTheLettersMaalform).
        s.innsender->maalform = u"nb"_s;
        const QString t = tekst(s, u"bm5-resultat-innsender"_s, u"innsender"_s);
        QVERIFY2(t.contains(u"Sykehuset hadde ingen rutine for prøvesvar etter 12. februar 2024 ved utskriving."_s),
                 qPrintable(t));
        QVERIFY(t.contains(u"Legen fulgte ikke opp prøvesvarene."_s));
        QVERIFY(t.contains(u"Journalnotatet var ført samme dag."_s));
        QVERIFY(!t.contains(kHfMarkor) && !t.contains(kLegeMarkor));
        QVERIFY(!t.contains(u"Vurderingene bygger på opplysninger om andre enn deg."_s));
        // The caseworker's own short reason replaces the generated ones.
        Brevutkast u = settSammenBrev(s, bestilling(u"bm5-resultat-innsender"_s, u"innsender"_s), m_maler, m_k);
        u.fritekst.insert(u"begrunnelse_innsender"_s, u"Eiga grunngiving frå sakshandsamaren."_s);
        u.utkast = false;
        const QString egen = test::pdfTekst(m_renderer.pdfA(s, u));
        QVERIFY(egen.contains(u"Eiga grunngiving frå sakshandsamaren."_s));
        QVERIFY(!egen.contains(u"Legen fulgte"_s));
    }

    // Qt lays long documents out lazily: the renderer must lay the whole letter out before it
    // counts and paints pages, or the last blocks (the approval line) silently go missing.
    void sisteAvsnittIEtLangtBrev()
    {
        const Tilsynssak s = test::brevsak(5, 10);
        Brevbestilling b = bestilling(u"bm5-avgjorelse"_s, u"o1"_s);
        b.godkjenning = Godkjenning{{u"Eva Berg"_s, u"fylkeslege"_s, {}}, QDateTime(QDate(2024, 9, 2), QTime(9, 0))};
        Brevutkast u = settSammenBrev(s, b, m_maler, m_k);
        u.utkast = false;
        const QByteArray pdf = m_renderer.pdfA(s, u);
        const QString t = test::pdfTekst(pdf);
        QVERIFY2(t.contains(u"Med hilsen"_s) && t.contains(u"Dokumentet er elektronisk godkjent"_s),
                 qPrintable(t.right(400)));
    }

    void katalogversjonenBareIMetadata()
    {
        const Tilsynssak s = sak();
        Brevutkast u = settSammenBrev(s, bestilling(u"bm5-avgjorelse"_s, u"o1"_s), m_maler, m_k);
        u.utkast = false;
        const QByteArray pdf = m_renderer.pdfA(s, u);
        const QString t = test::pdfTekst(pdf);
        QVERIFY2(t.contains(u"Rettslig grunnlag"_s), qPrintable(t));
        QVERIFY(!t.contains(u"versjon "_s + m_k.versjon()) && !t.contains(u"katalog"_s));
        const QString info = test::poppler(u"pdfinfo"_s, {}, pdf);
        QVERIFY2(QRegularExpression(u"\\nCreator: +Tilsynsklient, bestemmelseskatalog %1\\n"_s.arg(m_k.versjon())).match(info).hasMatch(),
                 qPrintable(info));
        QVERIFY(test::poppler(u"pdfinfo"_s, {u"-meta"_s}, pdf)
                    .contains(u"xmp:CreatorTool=\"Tilsynsklient, bestemmelseskatalog %1\""_s.arg(m_k.versjon())));
        u.maalform = Maalform::Nynorsk;
        QVERIFY(!test::pdfTekst(m_renderer.pdfA(s, u)).contains(u"katalogen"_s));
    }
};

QTEST_MAIN(TestBrevfelt)
#include "tst_brevfelt.moc"
