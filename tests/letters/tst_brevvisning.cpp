// The letter preview widget offscreen: it proposes types for the case's behandlingsmåte, follows
// the recipient's målform, previews the same pages the PDF/A file gets, and survives hostile text.

#include "brevvisning.h"
#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "brevtestdata.h"

#include <QComboBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestBrevvisning final : public QObject
{
    Q_OBJECT

private slots:
    void previewMatchesThePdf()
    {
        const Brevmalkilde maler;
        Brevvisning visning(Katalog::innebygd(), maler);
        visning.resize(1200, 800);
        visning.show();
        QVERIFY(QTest::qWaitForWindowExposed(&visning));
        visning.settSak(test::brevsak(5, 10, u"nn"_s), QDate(2024, 9, 2));
        auto *type = visning.findChild<QComboBox *>(u"brevtype"_s);
        QVERIFY(type);
        QCOMPARE(type->count(), 2 + 10); // any-BM types + the ten BM 5 types of a health case (no pålegg)
        QVERIFY(!visning.velgType(u"bm2-oversendelse"_s));
        QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
        QVERIFY(visning.utkast().kopiTil.isEmpty()); // no copy of a decision by default
        QVERIFY(visning.settKopiTilInnsender(true));  // the patient themself: no warning
        QVERIFY(visning.sisteAdvarsel().isEmpty());
        QCOMPARE(visning.utkast().kopiTil.constFirst().navn, u"Kari Nordmann"_s);
        QVERIFY(!visning.settKopiTilInnsender(false));
        QCOMPARE(visning.utkast().maalform, Maalform::Nynorsk); // the object registered nn
        QVERIFY(visning.utkast().utkast);
        visning.oppdater();
        QTRY_VERIFY(visning.antallSider() >= 2);

        QTemporaryDir mappe;
        QString feil;
        QVERIFY2(visning.lagrePdf(mappe.filePath(u"a.pdf"_s), &feil), qPrintable(feil));
        QFile f(mappe.filePath(u"a.pdf"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        const QString tekst = test::pdfTekst(pdf);
        QVERIFY(tekst.contains(u"UTKAST"_s) && tekst.contains(u"Avgjerd i tilsynssak"_s));
        QVERIFY(tekst.contains(u"Side 1 av %1"_s.arg(visning.antallSider())));

        visning.settMaalform(Maalform::Bokmaal);
        visning.settFritekst(u"fritekst"_s, u"<b>{{mottaker}}</b> &amp; "_s + QString(300, u'x'));
        QVERIFY(visning.lagrePdf(mappe.filePath(u"b.pdf"_s), &feil));
        QFile g(mappe.filePath(u"b.pdf"_s));
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QString bokmaal = test::pdfTekst(g.readAll());
        QVERIFY(bokmaal.contains(u"Avgjørelse i tilsynssak"_s));
        QVERIFY(bokmaal.contains(u"<b>{{mottaker}}</b> &amp;"_s));
        QVERIFY(!visning.lagrePdf(mappe.filePath(u"mangler/c.pdf"_s), &feil));
        QVERIFY(!feil.isEmpty());
    }

    void finalisesOnlyRegisteredCases()
    {
        QTemporaryDir mappe;
        auto store = Store::aapne(mappe.filePath(u"v.sqlite"_s));
        SakRepository saker(*store, Katalog::innebygd());
        BrevRepository arkiv(*store);
        Tilsynssak sak = test::brevsak(2);
        QVERIFY(saker.lagre(sak, {u"tester"_s}).ok());
        const Brevmalkilde maler;
        Brevvisning visning(Katalog::innebygd(), maler);
        auto *knapp = visning.findChild<QPushButton *>(u"ferdigstill"_s);
        QVERIFY(knapp);
        visning.settSak(sak, QDate(2024, 4, 1));
        QVERIFY(!knapp->isEnabled()); // no store given
        visning.settArkiv(&arkiv, u"ola"_s);
        QVERIFY(knapp->isEnabled());
        QVERIFY(visning.velgType(u"bm2-oversendelse"_s));
        QString feil;
        const qint64 id = visning.ferdigstill(&feil);
        QVERIFY2(id > 0, qPrintable(feil));
        const auto brev = arkiv.hent(id);
        QVERIFY(brev && brev->sha256 == BrevRepository::sha256(brev->pdf));
        QVERIFY(!test::pdfTekst(brev->pdf).contains(u"UTKAST"_s));

        // Finalising can record the milestone the letter stands for (BM 2: oversendt).
        sak.oversendt = QDate(); // not yet recorded
        QVERIFY(saker.lagre(sak, {u"tester"_s}).ok());
        visning.settSak(sak, QDate(2024, 4, 1));
        QVERIFY(visning.velgType(u"bm2-oversendelse"_s));
        QVERIFY(!visning.girMilepel()); // without a case repository it cannot record one
        visning.settSaker(&saker);
        QVERIFY(visning.girMilepel());
        QSignalSpy endret(&visning, &Brevvisning::sakEndret);
        QVERIFY2(visning.ferdigstill(&feil, true) > 0, qPrintable(feil));
        QCOMPARE(endret.size(), 1);
        QVERIFY(saker.hent(sak.id)->oversendt.isValid());

        sak.saksnummer.reset();
        sak.id = nyId();
        visning.settSak(sak, QDate(2024, 4, 1));
        QVERIFY(!knapp->isEnabled());
        QCOMPARE(visning.ferdigstill(&feil), 0);
        QVERIFY(feil.contains(u"saksnummer"_s));
    }
};

QTEST_MAIN(TestBrevvisning)
#include "tst_brevvisning.moc"
