// The template engine and the template source: escaping, loops, sections, load-time errors,
// the office override folder and the built-in templates.

#include "domain/katalog.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "brevtestdata.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

void skriv(const QString &sti, const QByteArray &innhold)
{
    QFile f(sti);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(innhold);
}

QString fyll(const QString &mal, const QVariantHash &data)
{
    return Brevmal::kompiler(mal, brevskjema(), u"test"_s).fyll(data);
}

} // namespace

class TestBrevmal final : public QObject
{
    Q_OBJECT

private slots:
    void escapesEveryValue_data()
    {
        QTest::addColumn<QString>("verdi");
        QTest::addColumn<QString>("forventet");
        QTest::newRow("tag") << u"<b>fet</b>"_s << u"&lt;b&gt;fet&lt;/b&gt;"_s;
        QTest::newRow("entity") << u"&amp;"_s << u"&amp;amp;"_s;
        QTest::newRow("placeholder") << u"{{mottaker}}"_s << u"{{mottaker}}"_s;
        QTest::newRow("quotes") << u"\"sitat\" og 'enkelt'"_s << u"&quot;sitat&quot; og 'enkelt'"_s;
        QTest::newRow("newline") << u"linje 1\nlinje 2"_s << u"linje 1<br/>linje 2"_s;
        QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    }
    void escapesEveryValue()
    {
        QFETCH(QString, verdi);
        QFETCH(QString, forventet);
        QCOMPARE(fyll(u"<p>{{mottaker}}</p>"_s, {{u"mottaker"_s, verdi}}), u"<p>"_s + forventet + u"</p>"_s);
    }

    void loopsSectionsAndInvertedSections()
    {
        const QVariantList vurderinger{QVariantHash{{u"bestemmelse"_s, u"A"_s}, {u"lovbrudd"_s, true}},
                                       QVariantHash{{u"bestemmelse"_s, u"B"_s}, {u"lovbrudd"_s, false}}};
        const QString mal = u"{{#vurderinger}}[{{bestemmelse}}/{{objekt}}{{#lovbrudd}}!{{/lovbrudd}}"
                            u"{{^lovbrudd}}-{{/lovbrudd}}]{{/vurderinger}}"
                            u"{{^vurderinger}}ingen{{/vurderinger}}{{#saksforhold}}S{{/saksforhold}}"
                            u"{{! en kommentar }}"_s;
        QCOMPARE(fyll(mal, {{u"vurderinger"_s, vurderinger}, {u"objekt"_s, u"X"_s}}), u"[A/X!][B/X-]"_s);
        QCOMPARE(fyll(mal, {{u"vurderinger"_s, QVariantList()}, {u"saksforhold"_s, u" "_s}}), u"ingen"_s);
        QCOMPARE(fyll(mal, {{u"saksforhold"_s, u"tekst"_s}}), u"ingenS"_s);
    }

    void nestedListsSeeTheirOwnFields()
    {
        const QVariantList objekter{
            QVariantHash{{u"navn"_s, u"O1"_s},
                         {u"vurderinger"_s, QVariantList{QVariantHash{{u"konklusjon"_s, u"K1"_s}},
                                                         QVariantHash{{u"konklusjon"_s, u"K2"_s}}}}},
            QVariantHash{{u"navn"_s, u"O2"_s}, {u"vurderinger"_s, QVariantList()}}};
        QCOMPARE(fyll(u"{{#tilsynsobjekter}}{{navn}}:{{#vurderinger}}{{konklusjon}},{{/vurderinger}};{{/tilsynsobjekter}}"_s,
                      {{u"tilsynsobjekter"_s, objekter}}),
                 u"O1:K1,K2,;O2:;"_s);
    }

    void badTemplatesAreClearErrorsAtLoad_data()
    {
        QTest::addColumn<QString>("mal");
        QTest::addColumn<QString>("melding");
        QTest::newRow("unknown") << u"<p>a</p>\n<p>{{ukjent_felt}}</p>"_s << u"test:2: ukjent plassholder {{ukjent_felt}}"_s;
        QTest::newRow("unknown section") << u"{{#ukjent}}x{{/ukjent}}"_s << u"test:1: ukjent plassholder {{#ukjent}}"_s;
        QTest::newRow("item field outside its list") << u"{{konklusjon}}"_s << u"ukjent plassholder {{konklusjon}}"_s;
        QTest::newRow("list as value") << u"{{vurderinger}}"_s << u"er en liste"_s;
        QTest::newRow("unclosed section") << u"\n\n{{#vurderinger}}x"_s << u"test:3: seksjonen {{#vurderinger}} er ikke avsluttet"_s;
        QTest::newRow("wrong close") << u"{{#vurderinger}}{{/kopi_til}}"_s << u"avslutter ikke seksjonen"_s;
        QTest::newRow("stray close") << u"{{/vurderinger}}"_s << u"uten tilhørende"_s;
        QTest::newRow("unterminated") << u"{{mottaker"_s << u"uten avsluttende"_s;
        QTest::newRow("triple (unescaped)") << u"{{{mottaker}}}"_s << u"ugyldig plassholder"_s;
        QTest::newRow("partial outside frame") << u"{{>innhold}}"_s << u"ukjent delmal"_s;
        QTest::newRow("empty") << u"{{ }}"_s << u"tom plassholder"_s;
    }
    void badTemplatesAreClearErrorsAtLoad()
    {
        QFETCH(QString, mal);
        QFETCH(QString, melding);
        try {
            Brevmal::kompiler(mal, brevskjema(), u"test"_s);
            QFAIL("the template was accepted");
        } catch (const BrevmalFeil &e) {
            QVERIFY2(e.melding().contains(melding), qPrintable(e.melding()));
        }
    }

    void everyBuiltInTemplateCompilesInBothForms()
    {
        const Brevmalkilde kilde;
        kilde.sjekkAlle();
        QCOMPARE(brevtyper().size(), 21);
        for (const Brevtype &t : brevtyper()) {
            QVERIFY(kilde.filsti(t.kode, Maalform::Nynorsk).startsWith(u":/letters/"_s));
            QVERIFY2(t.navn != t.navnNn || t.kode.startsWith(u"bm4"_s) || t.kode == u"bm3-avslutning"_s || t.kode == u"palegg-retting"_s,
                     qPrintable(t.kode));
        }
    }

    void dataHasAValueForEveryTopLevelPlaceholder()
    {
        const Tilsynssak sak = test::brevsak(5);
        const Brevutkast u = foreslaaUtkast(sak, u"bm5-avgjorelse"_s, QDate(2024, 9, 2));
        const QVariantHash data = brevdata(sak, Katalog::innebygd(), u);
        for (auto it = brevskjema().felt.cbegin(); it != brevskjema().felt.cend(); ++it)
            QVERIFY2(data.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(data.size(), brevskjema().felt.size());
    }

    void officeFolderOverridesTemplatesAndLetterhead()
    {
        QTemporaryDir mappe;
        QVERIFY(mappe.isValid());
        skriv(mappe.filePath(u"kvittering.nb.html"_s), "<h1>Eget kontor: {{mottaker}}</h1>");
        skriv(mappe.filePath(u"brevhode.json"_s),
              R"({"telefon": "55 57 20 00", "embeter": {"vestland": {"adresse": ["Postboks 7310", "5020 Bergen"]}},
                  "godkjenner": {"navn": "Eva Berg", "tittel": "fylkeslege"}})");
        QImage logo(40, 20, QImage::Format_ARGB32);
        logo.fill(Qt::darkBlue);
        QVERIFY(logo.save(mappe.filePath(u"logo.png"_s)));

        const Brevmalkilde kilde(mappe.path());
        QCOMPARE(kilde.filsti(u"kvittering"_s, Maalform::Bokmaal), mappe.filePath(u"kvittering.nb.html"_s));
        QVERIFY(kilde.filsti(u"kvittering"_s, Maalform::Nynorsk).startsWith(u":/letters/"_s));
        const Tilsynssak sak = test::brevsak(1);
        Brevutkast u = foreslaaUtkast(sak, u"kvittering"_s, QDate(2024, 3, 5));
        const Brevrenderer r(Katalog::innebygd(), kilde);
        QVERIFY(r.html(sak, u).contains(u"Eget kontor: Kari Nordmann"_s));
        u.maalform = Maalform::Nynorsk;
        QVERIFY(r.html(sak, u).contains(u"henvendinga di"_s));

        const Brevhode hode = kilde.brevhode(Katalog::innebygd(), u"vestland"_s, Maalform::Nynorsk);
        QCOMPARE(hode.embete, u"Statsforvaltaren i Vestland"_s);
        QCOMPARE(hode.telefon, u"55 57 20 00"_s);
        QCOMPARE(hode.adresse, (QStringList{u"Postboks 7310"_s, u"5020 Bergen"_s}));
        QCOMPARE(hode.godkjenner.tittel, u"fylkeslege"_s);
        QVERIFY(!hode.logo.isNull());
        QVERIFY(kilde.brevhode(Katalog::innebygd(), u"agder"_s, Maalform::Bokmaal).adresse.isEmpty());

        const QString tekst = test::pdfTekst(r.pdfA(sak, u));
        QVERIFY2(tekst.contains(u"Postboks 7310, 5020 Bergen"_s), qPrintable(tekst));
        QVERIFY(tekst.contains(u"55 57 20 00"_s));
    }

    void brokenOverrideIsAnErrorNamingTheFile()
    {
        QTemporaryDir mappe;
        skriv(mappe.filePath(u"bm5-varsel.nn.html"_s), "<h1>{{brevtittel}}</h1>\n<p>{{frist_dato}}</p>");
        const Brevmalkilde kilde(mappe.path());
        try {
            kilde.mal(u"bm5-varsel"_s, Maalform::Nynorsk);
            QFAIL("an unknown placeholder was accepted");
        } catch (const BrevmalFeil &e) {
            QVERIFY2(e.melding().startsWith(mappe.filePath(u"bm5-varsel.nn.html:2: ukjent plassholder {{frist_dato}}"_s)),
                     qPrintable(e.melding()));
        }
        QVERIFY_THROWS_EXCEPTION(BrevmalFeil, kilde.sjekkAlle());
        QVERIFY_THROWS_EXCEPTION(BrevmalFeil, kilde.mal(u"ukjent-type"_s, Maalform::Bokmaal));
        kilde.mal(u"bm5-varsel"_s, Maalform::Bokmaal); // the other form is still the built-in one

        skriv(mappe.filePath(u"brevhode.json"_s), "{ ikke json");
        QVERIFY_THROWS_EXCEPTION(BrevmalFeil, kilde.brevhode(Katalog::innebygd(), u"vestland"_s, Maalform::Bokmaal));
    }
};

QTEST_MAIN(TestBrevmal)
#include "tst_brevmal.moc"
