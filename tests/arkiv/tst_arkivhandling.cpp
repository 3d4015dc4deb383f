// The desktop's "Archive package of this case…": enabled only for a case with a saksnummer, writes
// the same package as the command into a new folder named after the saksnummer, never over another,
// and says why when there is nothing to archive.

#include "arkivhandling.h"
#include "arkivtestdata.h"
#include "domain/katalog.h"
#include "letters/brevrepository.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestArkivhandling final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mappe;
    Arkivlager m_lager;
    std::unique_ptr<Store> m_store;
    Tilsynssak m_utenNr;
    Tilsynssak m_utenBrev;

private slots:
    void initTestCase()
    {
        QVERIFY(m_mappe.isValid());
        m_lager = lagArkivlager(m_mappe.filePath(u"handling.sqlite"_s));
        m_store = Store::aapne(m_lager.db);
        m_utenNr = m_lager.sak;
        m_utenNr.id = m_lager.utenSaksnummer;
        m_utenNr.saksnummer.reset();
        m_utenBrev = m_lager.sak;
        m_utenBrev.id = *BrevRepository(*m_store).finnSak(m_lager.utenBrev);
        m_utenBrev.saksnummer = m_lager.utenBrev;
    }
    void cleanupTestCase() { m_store.reset(); }

    // The folder chooser takes the name of a folder that does not exist yet and creates it
    // (Qt's own said "Directory not found"). Keys only.
    void theFolderChooserCreatesANewFolder()
    {
        Mappevelger d(nullptr, u"Arkivpakke"_s);
        d.setDirectory(m_mappe.path());
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *navn = d.findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(navn);
        navn->setFocus();
        QTest::keyClicks(navn, u"ny-arkivmappe"_s);
        QTest::keyClick(navn, Qt::Key_Return);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo(m_mappe.filePath(u"ny-arkivmappe"_s)).isDir());
        QCOMPARE(d.selectedFiles(), QStringList{m_mappe.filePath(u"ny-arkivmappe"_s)});
    }

    void writesTheOpenCasesPackageIntoANewFolder()
    {
        QMainWindow vindu;
        QMenu *meny = vindu.menuBar()->addMenu(u"Vis"_s);
        const Tilsynssak *aapen = nullptr;
        auto *h = new Arkivhandling(*m_store, Katalog::innebygd(), u"arkivar"_s, meny, [&] { return aapen; }, &vindu);
        QAction *a = vindu.findChild<QAction *>(u"handlingArkivpakke"_s);
        QCOMPARE(a, h->handling());
        QCOMPARE(a->text(), u"&Archive package of this case…"_s);
        QVERIFY(meny->actions().contains(a));

        QVERIFY(!a->isEnabled()); // nothing open
        QCOMPARE(h->hindring(), u"No case is open."_s);
        aapen = &m_utenNr;
        emit meny->aboutToShow();
        QVERIFY(!a->isEnabled());
        QCOMPARE(h->skrivTil(m_mappe.path()).melding, u"This case has no saksnummer yet, so it cannot be archived."_s);

        aapen = &m_utenBrev;
        emit meny->aboutToShow();
        QVERIFY(a->isEnabled()); // letters are looked for when it is used
        const auto tom = h->skrivTil(m_mappe.path());
        QVERIFY(!tom.ok);
        QCOMPARE(tom.melding, u"Case 2024/4712 has no finalised letter to archive yet: finalise a letter from Write letter… first."_s);
        QVERIFY(!QFileInfo::exists(m_mappe.filePath(u"arkivpakke-2024-4712"_s)));

        aapen = &m_lager.sak;
        emit meny->aboutToShow();
        QVERIFY(a->isEnabled());
        const auto r = h->skrivTil(m_mappe.path());
        QVERIFY2(r.ok, qPrintable(r.melding));
        QCOMPARE(r.mappe, m_mappe.filePath(u"arkivpakke-2024-4711"_s));
        QCOMPARE(r.melding, u"The archive package of case 2024/4711 is in %1: arkivmelding.xml and 3 letter(s) as PDF/A."_s
                                .arg(QDir::toNativeSeparators(r.mappe)));
        const QStringList filer = QDir(r.mappe).entryList(QDir::Files, QDir::Name);
        QCOMPARE(filer, (QStringList{u"01-kvittering.pdf"_s, u"02-bm5-avgjorelse.pdf"_s, u"03-bm5-avgjorelse.pdf"_s,
                                     u"arkivmelding.xml"_s}));
        QFile f(QDir(r.mappe).filePath(filer[1]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), BrevRepository(*m_store).hent(m_lager.brev[1])->pdf);

        // Again: a second folder beside the first, which stays as it was.
        const auto igjen = h->skrivTil(m_mappe.path());
        QVERIFY2(igjen.ok, qPrintable(igjen.melding));
        QCOMPARE(igjen.mappe, m_mappe.filePath(u"arkivpakke-2024-4711-2"_s));
        QCOMPARE(QDir(r.mappe).entryList(QDir::Files, QDir::Name), filer);

        // A place that does not exist: nothing written, the reason shown.
        const auto feil = h->skrivTil(m_mappe.filePath(u"finnes-ikke"_s));
        QVERIFY(!feil.ok);
        QVERIFY2(feil.melding.startsWith(u"The archive package was not written: "_s), qPrintable(feil.melding));
        QVERIFY(!QFileInfo::exists(m_mappe.filePath(u"finnes-ikke"_s)));
    }
};

QTEST_MAIN(TestArkivhandling)
#include "tst_arkivhandling.moc"
