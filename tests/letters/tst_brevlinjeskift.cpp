// No line of a letter ends inside a date written out, a phone number, "§ 3-1", "kap. 30" or
// "nr. 5" (issue 10: "61 26 60 / 00" and "20. november / 2026" were split in the header and the
// chronology). Every letter type in both målformer is rendered to PDF through the real printing
// path with caseworker names of growing length, so the header's phone number and the dates fall
// at every place of a line; `pdftotext -layout` must then show each such unit whole on one line.

#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "letters/ubrytbar.h"
#include "brevtestdata.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

// The units that must stay on one line, as they read with plain spaces.
const QRegularExpression kEnhet(
    u"\\b\\d{1,2}\\. (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \\d{4}"
    u"|\\b\\d{2} \\d{2} \\d{2} \\d{2}\\b"
    u"|§§? \\d+(?:-\\d+)?"
    u"|\\b(?:kap|nr|tlf)\\. \\d+"_s);

// A column of a `pdftotext -layout` line ends with one of these when a unit was broken there.
const QRegularExpression kBruttSlutt(u"(?:§§?|(?<![\\p{L}-])(?:kap|tlf|nr)\\.)$"_s);
// A day number and the word after it, with the number after that: where the word is a month or
// the start of one, the date is whole only with the month's full name and a four-digit year
// ("30. september 2 / 026" and "30. septem / ber 2026" are broken).
const QRegularExpression kDagOgOrd(u"\\b\\d{1,2}\\. (\\p{L}+)(?: (\\d+))?"_s);
const QRegularExpression kKolonneskille(u"\\s{2,}"_s);

const QStringList kMaaneder{u"januar"_s, u"februar"_s, u"mars"_s, u"april"_s, u"mai"_s, u"juni"_s, u"juli"_s,
                            u"august"_s, u"september"_s, u"oktober"_s, u"november"_s, u"desember"_s};

bool erMaaned(const QString &ord)
{
    return kMaaneder.contains(ord);
}

bool erMaanedStart(const QString &ord)
{
    return std::any_of(kMaaneder.cbegin(), kMaaneder.cend(), [&](const QString &m) { return m.startsWith(ord); });
}

QString utenHardeMellomrom(QString s)
{
    return s.replace(QChar::Nbsp, u' ').replace(QChar(0x202F), u' ');
}

int forekomster(const QString &tekst, const QString &enhet)
{
    int n = 0;
    for (qsizetype i = tekst.indexOf(enhet); i >= 0; i = tekst.indexOf(enhet, i + 1))
        ++n;
    return n;
}

} // namespace

class TestBrevlinjeskift final : public QObject
{
    Q_OBJECT

private:
    const Brevmalkilde m_maler;
    const Brevrenderer m_renderer{Katalog::innebygd(), m_maler};

private slots:
    void bindUttrykkBinderEnhetene_data()
    {
        QTest::addColumn<QString>("inn");
        QTest::addColumn<QString>("ut"); // '~' stands for U+00A0
        QTest::newRow("dato") << u"Fristen er 20. november 2026."_s << u"Fristen er 20.~november~2026."_s;
        QTest::newRow("telefon") << u"tlf. 61 26 60 00"_s << u"tlf.~61~26~60~00"_s;
        QTest::newRow("orgnr") << u"org.nr. 974 760 673"_s << u"org.nr.~974~760~673"_s;
        QTest::newRow("paragraf") << u"helsepersonelloven § 3-1 og §§ 28, 29"_s << u"helsepersonelloven §~3-1 og §§~28, 29"_s;
        QTest::newRow("kapittel") << u"kommuneloven kap. 30 første ledd nr. 1"_s << u"kommuneloven kap.~30 første ledd nr.~1"_s;
        QTest::newRow("HPR-nr") << u"lege, HPR-nr. 1234567"_s << u"lege, HPR-nr. 1234567"_s;
        QTest::newRow("eining") << u"innen 21 dager, 3 veker"_s << u"innen 21~dager, 3~veker"_s;
        QTest::newRow("årstall og tall") << u"I 2024 kom 12 saker, 1 200 i alt"_s << u"I 2024 kom 12 saker, 1 200 i alt"_s;
    }
    void bindUttrykkBinderEnhetene()
    {
        QFETCH(QString, inn);
        QFETCH(QString, ut);
        QCOMPARE(bindUttrykk(inn), ut.replace(u'~', QChar::Nbsp));
        // In HTML, tags and attributes are left alone.
        QCOMPARE(bindUttrykkIHtml(u"<td width=\"12 34 56\">"_s + inn + u"</td>"_s),
                 u"<td width=\"12 34 56\">"_s + ut + u"</td>"_s);
    }

    void ingenEnhetDelesOverToLinjer_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Maalform>("maalform");
        for (const Brevtype &t : brevtyper()) {
            for (const Maalform m : {Maalform::Bokmaal, Maalform::Nynorsk})
                QTest::addRow("%s-%s", qPrintable(t.kode), m == Maalform::Nynorsk ? "nn" : "nb") << t.kode << m;
        }
    }
    void ingenEnhetDelesOverToLinjer()
    {
        QFETCH(QString, type);
        QFETCH(Maalform, maalform);
        const Brevtype *t = brevtype(type);
        QVERIFY(t);
        const QString sektor = t->sektorer.isEmpty() ? u"helse"_s : t->sektorer.constFirst();
        const QString mf = maalform == Maalform::Nynorsk ? u"nn"_s : u"nb"_s;
        Tilsynssak sak = sektor == u"helse"_s ? test::brevsak(t->behandlingsmaate == 0 ? 5 : t->behandlingsmaate, 2, mf)
            : sektor == u"sosial"_s           ? test::sosialsak(mf)
                                              : test::barnevernsak(mf);
        sak.mottatt = QDate(2026, 9, 30);
        sak.sammendrag = maalform == Maalform::Nynorsk
            ? u"Brukaren ringde 20. november 2026 frå 61 26 60 00 om § 3-1 og kap. 30, nr. 5."_s
            : u"Brukeren ringte 20. november 2026 fra 61 26 60 00 om § 3-1 og kap. 30, nr. 5."_s;
        if (type.startsWith(u"palegg-"_s) && sektor == u"barnevern"_s) {
            sak.tilsynsobjekter[0].type = u"kommunal-barneverntjeneste"_s;
            sak.tilsynsobjekter[0].navn = u"Voss herad, barnevernstenesta"_s;
        }
        int sjekket = 0;
        // The name grows four letters at a time (the phone number after it is 16 wide), so the
        // phone number and the text that follows the name fall at every place of a line.
        const QString langtNavn = u"Ola Kristian Nordmann-Bergersen Haugland"_s;
        for (qsizetype lengde = 10; lengde <= langtNavn.size(); lengde += 4) {
            Brevbestilling b;
            b.type = type;
            b.maalform = maalform;
            b.dato = QDate(2026, 11, 20);
            b.profil = {langtNavn.left(lengde).trimmed(), u"seniorrådgiver"_s, u"61 26 60 00"_s};
            b.hendelser = {{QDate(2026, 11, 20), u"bm5-varsel"_s, sak.tilsynsobjekter.constFirst().navn},
                           {QDate(2026, 9, 30), u"bm5-purring"_s, langtNavn.left(lengde)}};
            Brevutkast u = settSammenBrev(sak, b, m_maler, Katalog::innebygd());
            u.utkast = false;
            u.svarfrist = QDate(2026, 11, 20);
            u.oppfolgingsfrist = QDate(2026, 12, 24);
            const QByteArray pdf = m_renderer.pdfA(sak, u);
            if (const QString ut = qEnvironmentVariable("TILSYN_BREVPDF"); !ut.isEmpty()) { // to look at
                QFile f(QDir(ut).filePath(u"%1-%2-%3.pdf"_s.arg(type, mf).arg(lengde)));
                QVERIFY(f.open(QIODevice::WriteOnly) && f.write(pdf) == pdf.size());
            }
            const QString flyt = utenHardeMellomrom(test::pdfTekst(pdf));
            const QStringList linjer = utenHardeMellomrom(test::poppler(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s}, pdf))
                                           .split(u'\n');
            // The units found in the text, and those the case and letter hold for certain: a unit
            // broken inside a word or number ("30. september 2 / 026") is no longer found by the
            // pattern, so it is counted in the text with its spaces taken out.
            QStringList enheter{u"20. november 2026"_s, u"30. september 2026"_s, u"24. desember 2026"_s,
                                u"61 26 60 00"_s, u"§ 3-1"_s, u"kap. 30"_s, u"nr. 5"_s};
            for (auto it = kEnhet.globalMatch(flyt); it.hasNext();)
                enheter.append(it.next().captured());
            enheter.removeDuplicates();
            QVERIFY2(flyt.contains(u"61 26 60 00"_s), qPrintable(flyt));
            const QString tett = QString(flyt).remove(u' ');
            for (const QString &enhet : std::as_const(enheter)) {
                const int iTeksten = forekomster(tett, QString(enhet).remove(u' '));
                int paaEnLinje = 0;
                for (const QString &l : linjer)
                    paaEnLinje += forekomster(l.simplified(), enhet);
                QVERIFY2(paaEnLinje >= iTeksten,
                         qPrintable(u"«%1» is split over two lines (name of %2 letters):\n%3"_s
                                        .arg(enhet).arg(lengde).arg(linjer.join(u'\n'))));
                sjekket += iTeksten;
            }
            // No line holds part of a date ("30. september 2"), and no column of a line ends
            // with "§", "kap.", "tlf." or "nr." whose number went to the next line.
            for (const QString &l : linjer) {
                for (auto it = kDagOgOrd.globalMatch(l); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    if (!erMaanedStart(m.captured(1)))
                        continue;
                    QVERIFY2(erMaaned(m.captured(1)) && m.capturedLength(2) == 4,
                             qPrintable(u"a date is split: «%1» (name of %2 letters):\n%3"_s
                                            .arg(m.captured()).arg(lengde).arg(linjer.join(u'\n'))));
                    ++sjekket;
                }
                for (const QString &del : l.split(kKolonneskille, Qt::SkipEmptyParts))
                    QVERIFY2(!kBruttSlutt.match(del.trimmed()).hasMatch(),
                             qPrintable(u"a line ends inside a unit: «%1» (name of %2 letters):\n%3"_s
                                            .arg(del.trimmed()).arg(lengde).arg(linjer.join(u'\n'))));
            }
        }
        QVERIFY(sjekket > 20);
    }
};

QTEST_MAIN(TestBrevlinjeskift)
#include "tst_brevlinjeskift.moc"
