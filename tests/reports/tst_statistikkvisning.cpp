// The statistics view offscreen on the imported 2024 sample: its tables hold the CLI's numbers
// (checked against the expected CSV files), the charts show the same figures, the embete filter
// recomputes, and the CSV/XLSX exports are real files. With TILSYN_SKJERMBILDE=FILE.png the
// test also saves a screenshot of the view (scripts/screenshot-statistikk.sh).

#include "domain/katalog.h"
#include "reports/rapportmodell.h"
#include "reports/rapportmotor.h"
#include "reports/rapportskriver.h"
#include "statistikkvisning.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include "datofelt.h"
#include <QLineEdit>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QPushButton>
#include <QTabWidget>
#include <QValueAxis>
#include "statistikkdiagram.h"

#include <cmath>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;
using tilsyn::test::testdata;

namespace {

QByteArray les(const QString &sti)
{
    QFile f(sti);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The table as the view's model holds it, written back as CSV from the raw values.
QByteArray csvFraModell(const QTableView *tabell)
{
    const auto *modell = qobject_cast<const RapportModell *>(tabell->model());
    Rapporttabell t{modell->tabell().navn, modell->tabell().kolonner, {}};
    for (int r = 0; r < modell->rowCount(); ++r) {
        QVariantList rad;
        for (int k = 0; k < modell->columnCount(); ++k)
            rad.append(modell->index(r, k).data(RapportModell::RawValueRole));
        t.rader.append(rad);
    }
    return tilCsv(t);
}

QList<double> verdier(const QChartView *visning)
{
    QList<double> ut;
    for (QAbstractSeries *s : visning->chart()->series()) {
        if (auto *bar = qobject_cast<QBarSeries *>(s)) {
            for (int i = 0; i < bar->barSets().constFirst()->count(); ++i)
                ut.append(bar->barSets().constFirst()->at(i));
        }
    }
    return ut;
}

} // namespace

class TestStatistikkVisning final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabellerSomCli();
    void diagram();
    void embeteFilter();
    void periode();
    void eksport();
    void skjermbilde();
    void manglendeLager();
    void aapnerPaaDataene();
    void tastaturOgAkser();

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<StatistikkVisning> m_visning;
};

void TestStatistikkVisning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"sosial.sqlite"_s);
    const auto k = tilsyn::test::kjoerCli({u"--db"_s, m_db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
    QCOMPARE(k.status, 0);
    m_visning = std::make_unique<StatistikkVisning>(m_db, Katalog::innebygd());
    m_visning->resize(1500, 900);
    m_visning->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_visning.get()));
    QSignalSpy oppdatert(m_visning.get(), &StatistikkVisning::oppdatert);
    m_visning->settValg(Rapportvalg::forAar(u"sosial"_s, 2024));
    QVERIFY(oppdatert.wait(30000));
    QCOMPARE(oppdatert.size(), 1); // the default selection's result was dropped, not shown
    QCOMPARE(m_visning->resultat().valg, Rapportvalg::forAar(u"sosial"_s, 2024));
    QVERIFY(m_visning->resultat().feil.isEmpty());
}

void TestStatistikkVisning::tabellerSomCli()
{
    for (const QString &navn : {u"behandlingsmaate"_s, u"vurderinger"_s, u"resultatmaal"_s}) {
        const auto *tabell = m_visning->findChild<QTableView *>(u"tabell-"_s + navn);
        QVERIFY(tabell);
        QCOMPARE(csvFraModell(tabell), les(testdata(u"sosial-2024/expected-%1.csv"_s.arg(navn))));
        QAbstractItemModelTester tester(tabell->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    const auto *bm = m_visning->findChild<QTableView *>(u"tabell-behandlingsmaate"_s);
    const QAbstractItemModel *m = bm->model();
    QCOMPARE(m->headerData(1, Qt::Horizontal).toString(), u"BM 1"_s);
    const int sisteRad = m->rowCount() - 1;
    QCOMPARE(m->index(sisteRad, 0).data().toString(), u"Whole country"_s);
    QCOMPARE(m->index(sisteRad, 6).data().toString(), u"243"_s);
    QCOMPARE(m->index(5, 0).data().toString(), Katalog::innebygd().post(Katalog::Liste::Embete, u"vestland"_s)->kort);
    // Norwegian number format in the handling-time table (decimal comma).
    const auto *tid = m_visning->findChild<QTableView *>(u"tabell-behandlingstid"_s);
    for (int r = 0; r < tid->model()->rowCount(); ++r) {
        const QVariant median = tid->model()->index(r, 2).data(RapportModell::RawValueRole);
        if (median.typeId() == QMetaType::Double)
            QVERIFY(tid->model()->index(r, 2).data().toString().contains(u','));
    }
    QVERIFY(m_visning->findChild<QLabel *>(u"status"_s)->text().contains(u"243"_s));
}

void TestStatistikkVisning::diagram()
{
    const auto *saker = m_visning->findChild<QChartView *>(u"diagram-behandlingsmaate"_s);
    const auto *andel = m_visning->findChild<QChartView *>(u"diagram-resultatmaal"_s);
    QVERIFY(saker && andel);
    QCOMPARE(verdier(saker), (QList<double>{65, 134, 25, 1, 18}));
    QCOMPARE(verdier(andel), (QList<double>{80, 75, 92, 100, 56}));
    bool harMaal = false;
    for (QAbstractSeries *s : andel->chart()->series()) {
        if (auto *linje = qobject_cast<QLineSeries *>(s)) {
            harMaal = true;
            for (const QPointF &p : linje->points())
                QCOMPARE(p.y(), 80.0);
        }
    }
    QVERIFY(harMaal);
}

void TestStatistikkVisning::embeteFilter()
{
    QSignalSpy oppdatert(m_visning.get(), &StatistikkVisning::oppdatert);
    // The model is checked through the reset that a new selection brings (bm0 may come and go).
    QAbstractItemModelTester tester(m_visning->findChild<QTableView *>(u"tabell-behandlingsmaate"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *embete = m_visning->findChild<QComboBox *>(u"embete"_s);
    embete->setCurrentIndex(embete->findData(u"vestland"_s));
    QVERIFY(oppdatert.wait(30000));
    const auto *bm = m_visning->findChild<QTableView *>(u"tabell-behandlingsmaate"_s);
    QCOMPARE(csvFraModell(bm), QByteArray("embete,bm1,bm2,bm3,bm4,bm5,i_alt\nvestland,14,18,1,1,0,34\nlandet,14,18,1,1,0,34\n"));
    const auto *saker = m_visning->findChild<QChartView *>(u"diagram-behandlingsmaate"_s);
    QCOMPARE(verdier(saker), (QList<double>{14, 18, 1, 1, 0}));
    embete->setCurrentIndex(0);
    QVERIFY(oppdatert.wait(30000));
    QCOMPARE(m_visning->resultat().valg.embete, QString());
}

void TestStatistikkVisning::periode()
{
    const Rapportvalg halvaar{u"sosial"_s, QDate(2024, 1, 1), QDate(2024, 6, 30), QString()};
    QSignalSpy oppdatert(m_visning.get(), &StatistikkVisning::oppdatert);
    m_visning->settValg(halvaar);
    QVERIFY(oppdatert.wait(30000));
    QCOMPARE(m_visning->resultat().valg, halvaar);
    QVERIFY(m_visning->findChild<QCheckBox *>(u"egenPeriode"_s)->isChecked());
    QVERIFY(!m_visning->findChild<QSpinBox *>(u"aar"_s)->isEnabled());
    QVERIFY(m_visning->findChild<QLabel *>(u"status"_s)->text().contains(u"01.01.2024–30.06.2024"_s));
    // The same numbers as the engine gives for that period on its own connection.
    Store::Valg lesing;
    lesing.lesKunn = true;
    const auto store = Store::aapne(m_db, lesing);
    const Rapportmotor motor(store->db(), Katalog::innebygd());
    for (const QString &navn : Rapportmotor::rapporter()) {
        const auto *tabell = m_visning->findChild<QTableView *>(u"tabell-"_s + navn);
        QCOMPARE(csvFraModell(tabell), tilCsv(motor.lag(navn, halvaar)));
    }
    const Rapporttabell bm = motor.behandlingsmaate(halvaar);
    const qint64 halvt = bm.verdi(bm.rad(u"landet"_s), u"i_alt"_s).toLongLong();
    QVERIFY(halvt > 0 && halvt < 243);

    // A period that ends before it starts is not computed.
    QLineEdit *til = m_visning->findChild<Datofelt *>(u"til"_s)->tekstfelt();
    til->selectAll();
    QTest::keyClicks(til, u"31.12.2023"_s);
    QTest::keyClick(til, Qt::Key_Return);
    QVERIFY(m_visning->findChild<QLabel *>(u"status"_s)->text().contains(u"ends before it starts"_s));
    QVERIFY(!m_visning->beregner());

    m_visning->settValg(Rapportvalg::forAar(u"sosial"_s, 2024));
    QVERIFY(oppdatert.wait(30000));
    QVERIFY(!m_visning->findChild<QCheckBox *>(u"egenPeriode"_s)->isChecked());
    QCOMPARE(m_visning->resultat().valg, Rapportvalg::forAar(u"sosial"_s, 2024));
}

void TestStatistikkVisning::eksport()
{
    m_visning->findChild<QTabWidget *>(u"faner"_s)->setCurrentIndex(1); // vurderinger
    const QString csv = m_dir.filePath(u"vurderinger.csv"_s);
    QCOMPARE(m_visning->eksporterCsv(csv), QString());
    QCOMPARE(les(csv), les(testdata(u"sosial-2024/expected-vurderinger.csv"_s)));
    m_visning->findChild<QTabWidget *>(u"faner"_s)->setCurrentIndex(0);

    const QString xlsx = m_dir.filePath(u"statistikk.xlsx"_s);
    QCOMPARE(m_visning->eksporterXlsx(xlsx), QString());
    QVERIFY(les(xlsx).startsWith("PK\x03\x04"));
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/workbook.xml"_s, u"xl/sharedStrings.xml"_s, u"xl/worksheets/sheet2.xml"_s});
    QVERIFY(unzip.waitForFinished(30000));
    QCOMPARE(unzip.exitCode(), 0);
    const QByteArray innhold = unzip.readAllStandardOutput();
    QVERIFY(innhold.contains("name=\"behandlingsmaate\""));
    QVERIFY(innhold.contains("name=\"behandlingstid\""));
    QVERIFY(innhold.contains("ostfold-buskerud-oslo-akershus"));
    QVERIFY(innhold.contains("<v>243</v>"));
    // A write that fails is said, naming the file, and leaves nothing under its name.
    const QString mangler = m_dir.filePath(u"finnes-ikke/x.xlsx"_s);
    QVERIFY(m_visning->eksporterXlsx(mangler).startsWith(mangler + u": kan ikke skrive filen: "_s));
    QVERIFY(!QFileInfo::exists(mangler));
    QCOMPARE(m_visning->eksporterCsv(u"/dev/full"_s), u"/dev/full: kan ikke skrive filen: No space left on device"_s);
    QCOMPARE(m_visning->eksporterXlsx(u"/dev/full"_s), u"/dev/full: kan ikke skrive filen: No space left on device"_s);
}

void TestStatistikkVisning::skjermbilde()
{
    const QString sti = qEnvironmentVariable("TILSYN_SKJERMBILDE");
    if (sti.isEmpty())
        QSKIP("set TILSYN_SKJERMBILDE=FILE.png to save a screenshot");
    // Let the charts lay out their new axes and legends (posted layout requests) before grabbing.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(m_visning->grab().save(sti));
}

void TestStatistikkVisning::manglendeLager()
{
    StatistikkVisning visning(m_dir.filePath(u"finnes-ikke.sqlite"_s), Katalog::innebygd());
    QSignalSpy oppdatert(&visning, &StatistikkVisning::oppdatert);
    QVERIFY(oppdatert.wait(30000));
    QVERIFY(!visning.resultat().feil.isEmpty());
    QVERIFY(visning.findChild<QLabel *>(u"status"_s)->text().contains(u"could not be computed"_s));
    QVERIFY(!visning.findChild<QWidget *>(u"eksporterXlsx"_s)->isEnabled());
}

// Keys only: the window opens on the current year, Ctrl+Tab / Ctrl+Shift+Tab switch its tables,
// Escape and Ctrl+W close it, and it has a Close button. The provision column shows law and
// paragraph, not the code; count axes have whole-number ticks only.
// A new view opens on the sektor and year of the store's data (issue 10): sosial, 2024, the year
// of every closed case in the file, not the first sektor (helse) and this year with only zeros.
void TestStatistikkVisning::aapnerPaaDataene()
{
    StatistikkVisning v(m_db, Katalog::innebygd());
    QCOMPARE(v.valg(), Rapportvalg::forAar(u"sosial"_s, 2024));
    QSignalSpy oppdatert(&v, &StatistikkVisning::oppdatert);
    QVERIFY(oppdatert.wait(30000));
    QCOMPARE(v.resultat().valg, Rapportvalg::forAar(u"sosial"_s, 2024));
    // An empty store (and one that cannot be read): the first sektor, this year.
    const QString tomt = m_dir.filePath(u"tomt.sqlite"_s);
    Store::aapne(tomt);
    const Rapportvalg standard = Rapportvalg::forAar(u"helse"_s, QDate::currentDate().year());
    QCOMPARE(StatistikkVisning(tomt, Katalog::innebygd()).valg(), standard);
    QCOMPARE(Rapportberegner::startvalg(m_dir.filePath(u"finnes-ikke.sqlite"_s), Katalog::innebygd(), QDate::currentDate()),
             standard);
    QVERIFY(!QFile::exists(m_dir.filePath(u"finnes-ikke.sqlite"_s)));
}

void TestStatistikkVisning::tastaturOgAkser()
{
    QCOMPARE(m_visning->findChild<QSpinBox *>(u"aar"_s)->value(), 2024); // as chosen in initTestCase
    const auto *vurderinger = m_visning->findChild<QTableView *>(u"tabell-vurderinger"_s);
    const QAbstractItemModel *m = vurderinger->model();
    QVERIFY(m->rowCount() > 2);
    const QString kode = m->index(0, 0).data(RapportModell::RawValueRole).toString();
    const KatalogPost *post = Katalog::innebygd().post(Katalog::Liste::Bestemmelse, kode);
    QVERIFY2(post, qPrintable(kode));
    QCOMPARE(m->index(0, 0).data().toString(), post->paragraf);
    QVERIFY(m->index(0, 0).data().toString().contains(u"§"_s));
    QCOMPARE(m->index(0, 1).data().toString(), post->navn);

    StatistikkVisning v(m_db, Katalog::innebygd());
    v.setWindowFlag(Qt::Window);
    QCOMPARE(v.findChild<QSpinBox *>(u"aar"_s)->value(), 2024); // the year of the store's closed cases
    v.show();
    QVERIFY(QTest::qWaitForWindowActive(&v));
    auto *faner = v.findChild<QTabWidget *>(u"faner"_s);
    QVERIFY(faner->count() > 2);
    QCOMPARE(faner->currentIndex(), 0);
    v.findChild<QSpinBox *>(u"aar"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(faner->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(faner->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(faner->currentIndex(), faner->count() - 1);
    QVERIFY(v.findChild<QPushButton *>(u"lukk"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!v.isVisible());
    v.show();
    QVERIFY(QTest::qWaitForWindowActive(&v));
    QTest::keyClick(&v, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!v.isVisible());

    // One case at most: ticks 0, 1, 2 — never "0, 0, 1, 1".
    for (const double hoyest : {1.0, 3.0, 7.0, 134.0}) {
        QValueAxis akse;
        StatistikkDiagram::settHeltallsakse(&akse, hoyest);
        QCOMPARE(akse.tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(akse.tickAnchor(), 0.0);
        QVERIFY(akse.tickInterval() >= 1 && akse.tickInterval() == std::floor(akse.tickInterval()));
        QVERIFY(akse.max() >= hoyest && akse.max() / akse.tickInterval() <= 9);
    }
    QValueAxis en;
    StatistikkDiagram::settHeltallsakse(&en, 1);
    QCOMPARE(en.max(), 2.0);
    QCOMPARE(en.tickInterval(), 1.0);
}

QTEST_MAIN(TestStatistikkVisning)
#include "tst_statistikkvisning.moc"
