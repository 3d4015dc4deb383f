// The letter preview widget offscreen: it proposes types for the case's behandlingsmåte, follows
// the recipient's målform, previews the same pages the PDF/A file gets, and survives hostile text.

#include "brevvisning.h"
#include "partsbrevdialog.h"
#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "brevtestdata.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
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
    // A nynorsk avgjørelse prints the case's summary and each begrunnelse as typed; typed in
    // bokmål, the letter window names their words before the letter is sent (not only the
    // words of its own text fields), and stops when the text is nynorsk.
    void nynorskWarningNamesTypedBokmaalOutsideTheFields()
    {
        const Brevmalkilde maler;
        Brevvisning visning(Katalog::innebygd(), maler);
        Tilsynssak sak = test::brevsak(5, 2, u"nn"_s);
        sak.vurderinger[0].begrunnelse = u"Journalen viser hvordan planen ble fulgt."_s;
        visning.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
        auto *varsel = visning.findChild<QLabel *>(u"stavevarsel"_s);
        QVERIFY(varsel);
        QVERIFY2(varsel->text().contains(u"hvordan"_s) && varsel->text().contains(u"fulgt"_s), qPrintable(varsel->text()));
        QVERIFY(!varsel->isHidden());
        sak.vurderinger[0].begrunnelse = u"Journalen viser korleis planen vart følgd."_s;
        visning.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
        QVERIFY2(varsel->isHidden(), qPrintable(varsel->text()));
    }

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
        // The decided health case (Brevvalg): its decisions, then the receipt and the delay message; no
        // pre-decision letter, no oversendelse (no oversendt-htil), no follow-up (none started), no pålegg.
        QCOMPARE(type->count(), 4);
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
        QTRY_VERIFY_WITH_TIMEOUT(visning.antallSider() >= 2, 30000);

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

    // One letter per party (DOMAIN.md § 5) with the same facts: the Saksforhold written in the
    // first party's avgjørelse is proposed in the next party's, also after the case is shown
    // again (after finalising) and in a new window; a party's own change stays with that party.
    void saksforholdSkrivesEnGangForAlleParter()
    {
        QTemporaryDir mappe;
        auto store = Store::aapne(mappe.filePath(u"s.sqlite"_s));
        SakRepository saker(*store, Katalog::innebygd());
        BrevRepository arkiv(*store);
        const Tilsynssak sak = test::brevsak(5, 4);
        QVERIFY(saker.lagre(sak, {u"tester"_s}).ok());
        const Brevmalkilde maler;
        const QString felles = u"Pasienten ble skrevet ut 4. mars 2024 uten epikrise til fastlegen."_s;
        const QString egen = u"Legen skrev ikke epikrisen før 20. mars 2024."_s;
        {
            Brevvisning visning(Katalog::innebygd(), maler);
            visning.settArkiv(&arkiv, u"ola"_s);
            visning.settSak(sak, QDate(2024, 9, 2));
            QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
            QVERIFY(visning.velgMottaker(u"o1"_s));
            auto *felt = visning.findChild<QPlainTextEdit *>(u"saksforhold"_s);
            QCOMPARE(felt->toPlainText(), *sak.sammendrag); // nothing written yet: the summary
            felt->selectAll();
            QTest::keyClicks(felt, felles);
            QVERIFY(visning.velgMottaker(u"o2"_s));
            QCOMPARE(felt->toPlainText(), felles); // proposed in the next party's letter
            QCOMPARE(visning.utkast().fritekst.value(u"saksforhold"_s), felles);
            felt->selectAll();
            QTest::keyClicks(felt, egen); // this party's letter differs
            visning.settSak(sak, QDate(2024, 9, 2)); // shown again, as after finalising
            QVERIFY(visning.velgType(u"bm5-avgjorelse"_s));
            QVERIFY(visning.velgMottaker(u"o2"_s));
            QCOMPARE(felt->toPlainText(), egen);
            QVERIFY(visning.velgMottaker(u"o1"_s));
            QCOMPARE(felt->toPlainText(), felles); // the first party keeps its own
        }
        // A new window (the case opened again): each party's text, and the last one written is
        // what a letter of the type without its own text proposes.
        Brevvisning ny(Katalog::innebygd(), maler);
        ny.settArkiv(&arkiv, u"ola"_s);
        ny.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(ny.velgType(u"bm5-avgjorelse"_s));
        QVERIFY(ny.velgMottaker(u"o2"_s));
        auto *felt = ny.findChild<QPlainTextEdit *>(u"saksforhold"_s);
        QCOMPARE(felt->toPlainText(), egen);
        QVERIFY(ny.velgMottaker(u"o1"_s));
        QCOMPARE(felt->toPlainText(), felles);
        QVERIFY(test::pdfTekst(Brevrenderer(Katalog::innebygd(), maler).pdfA(sak, ny.utkast())).contains(felles));
        // Another case is not touched.
        Tilsynssak annen = test::brevsak(5, 4);
        annen.saksnummer = u"2024/4712"_s;
        QVERIFY(saker.lagre(annen, {u"tester"_s}).ok());
        ny.settSak(annen, QDate(2024, 9, 2));
        QVERIFY(ny.velgType(u"bm5-avgjorelse"_s));
        QVERIFY(ny.velgMottaker(u"o1"_s));
        QCOMPARE(felt->toPlainText(), *annen.sammendrag);
    }

    // "Decision letters for all parties": one draft per party listed; Enter opens the selected one
    // (the letter window then shows that type, recipient and written form); all can be saved.
    void decisionLettersForAllPartiesDialog()
    {
        const Brevmalkilde maler;
        const Katalog &k = Katalog::innebygd();
        Tilsynssak sak = test::brevsak(5, 4);
        sak.innsender->maalform = u"nn"_s;
        Brevbestilling b;
        b.dato = QDate(2024, 9, 2);
        const QList<Brevutkast> utkast = vedtaksbrevTilAlleParter(sak, b, maler, k);
        QCOMPARE(utkast.size(), 3);
        QTemporaryDir lager;
        const QString db = lager.filePath(u"lager.sqlite"_s);
        Store::aapne(db); // a store without this case (not saved yet)
        QList<Brevutkast> aapnet;
        PartsbrevDialog d(sak, utkast, k, {db, {}, u"kari"_s}, [&](const Brevutkast &u) { aapnet.append(u); return false; });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QListWidget *liste = d.findChild<QListWidget *>(u"partsbrev"_s);
        QVERIFY(liste && liste->hasFocus());
        QCOMPARE(liste->count(), 3);
        QCOMPARE(liste->item(0)->text(), u"Avgjørelse i tilsynssak – to Helse Bergen HF, Haukeland universitetssjukehus (bokmål)"_s);
        QCOMPARE(liste->item(2)->text(), u"Resultatet av tilsynssaka – to Kari Nordmann (nynorsk)"_s);
        QTest::keyClick(liste, Qt::Key_Down);
        QTest::keyClick(liste, Qt::Key_Return);
        QCOMPARE(aapnet.size(), 1);
        QCOMPARE(aapnet[0].mottaker.noekkel(), u"o2"_s);
        QCOMPARE(liste->item(1)->checkState(), Qt::Checked);
        QCOMPARE(liste->item(0)->checkState(), Qt::Unchecked);

        // The letter window opened on that draft.
        Brevvisning visning(k, maler);
        visning.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(visning.velgType(aapnet[0].type));
        QVERIFY(visning.velgMottaker(aapnet[0].mottaker.noekkel()));
        QCOMPARE(visning.utkast().mottaker.navn, u"Lege Per Hansen"_s);
        QVERIFY(!visning.velgMottaker(u"innsender"_s)); // the avgjørelse does not go to the innsender

        QTemporaryDir mappe;
        QStringList filer;
        QCOMPARE(d.lagreAlle(mappe.path(), &filer), PartsbrevDialog::Utfall::Lagret);
        QCOMPARE(d.melding(), u"Saved 3 draft(s) as PDF files in %1. The case is not saved yet, so the drafts are not "
                              u"kept in it."_s.arg(QDir::toNativeSeparators(mappe.path())));
        QCOMPARE(filer.size(), 3);
        QCOMPARE(QFileInfo(filer[1]).fileName(), u"bm5-avgjorelse-o2-nb-utkast.pdf"_s);
        QFile f(filer[2]);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString innsender = test::pdfTekst(f.readAll());
        QVERIFY(innsender.contains(u"UTKAST"_s) && innsender.contains(u"Kari Nordmann"_s));
    }
};

QTEST_MAIN(TestBrevvisning)
#include "tst_brevvisning.moc"
