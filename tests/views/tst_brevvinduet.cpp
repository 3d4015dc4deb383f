// The letter window by keys (issue 10, a new caseworker's keyboard tryout at 1366 × 768, session 12):
//  - a recipient whose målform is not registered gets the målform the case's texts are written
//    in, said in one line under the choice, changeable by keys, and named in the finalise question;
//  - Unntatt offentlighet shows its basis beside the box (bokmål and nynorsk UI), default ticked;
//  - a finalised letter: the preview keeps the window's space and is fit to its width, draft-only
//    actions are disabled with the reason, and saving the finalised PDF is offered;
//  - the kvittering of a case whose frist is past promises no past date: it says the case is
//    delayed and gives a new date after the letter's.

#include "brevdialog.h"
#include "brevvisning.h"
#include "oversettelser.h"
#include "sperregrunn.h"
#include "tastehjelp.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "letters/brevutkast.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "../letters/brevtestdata.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;
using test::finn;
using test::naarModal;

namespace {

// A key to the focused widget of the active window (a closed question gives the activation
// back to the letter window, which the offscreen platform does not do by itself).
void tast(QWidget *vindu, int k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    if (!QApplication::activeModalWidget() || QApplication::activeModalWidget() == vindu)
        QApplication::setActiveWindow(vindu);
    QWidget *maal = QApplication::focusWidget() ? QApplication::focusWidget() : vindu;
    QTest::keyClick(maal, Qt::Key(k), m);
}

// A button's accelerator is an animated click fired by a 100 ms timer: wait for it.
void alt(QWidget *vindu, int k)
{
    tast(vindu, k, Qt::AltModifier);
    QTest::qWait(200);
    QCoreApplication::processEvents();
}

// Alt+`akselerator` to the combo box, then Home and Down until it shows `data`.
bool velg(QWidget *vindu, int akselerator, const QString &navn, const QString &data)
{
    auto *valg = finn<QComboBox>(vindu, navn);
    alt(vindu, akselerator);
    if (QApplication::focusWidget() != valg)
        return false;
    tast(vindu, Qt::Key_Home);
    for (int i = 0; i < valg->count() && valg->currentData().toString() != data; ++i)
        tast(vindu, Qt::Key_Down);
    return valg->currentData().toString() == data;
}

} // namespace

class TestBrevvinduet final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<BrevRepository> m_arkiv;
    const Brevmalkilde m_maler;
    Oversettelser m_oversettelser;
    int m_nummer = 600;

    Tilsynssak lagret(Tilsynssak sak)
    {
        sak.id = nyId();
        sak.saksnummer = u"2024/%1"_s.arg(++m_nummer);
        const auto r = m_saker->lagre(sak, {u"tester"_s});
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemer.constFirst().melding));
        return sak;
    }

    // The letter window of `sak` at the size it gets on a 1366 × 768 screen, shown and active.
    static bool vis(BrevDialog &d)
    {
        d.resize(1297, 729);
        d.show();
        QApplication::setActiveWindow(&d);
        return QTest::qWaitForWindowActive(&d);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_arkiv = std::make_unique<BrevRepository>(*m_store);
    }
    void cleanupTestCase()
    {
        m_oversettelser.last(u"en"_s);
        QSettings().clear();
    }

    void ukjentMaalformForeslaasFraTekstene_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::addColumn<QString>("linje");
        QTest::newRow("nb") << u"nb"_s
                            << u"Mottakerens målform er ukjent; foreslått nynorsk fordi begrunnelsene er skrevet på "
                               u"nynorsk."_s;
        QTest::newRow("nn") << u"nn"_s
                            << u"Målforma til mottakaren er ukjend; føreslått nynorsk fordi grunngivingane er skrivne "
                               u"på nynorsk."_s;
    }
    // The doctor (o2) has no registered målform; the begrunnelser of his assessments are nynorsk
    // (the short summary alone does not tell). His avgjørelse used to become bokmål without a word.
    void ukjentMaalformForeslaasFraTekstene()
    {
        QFETCH(QString, spraak);
        QFETCH(QString, linje);
        QVERIFY(m_oversettelser.last(spraak));
        const Tilsynssak sak = lagret(test::brevsak(5, 4, u"nn"_s));
        QVERIFY(!sak.objekt(u"o2"_s)->maalform);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(vis(d));
        auto *maalform = finn<QComboBox>(&d, u"maalform"_s);
        auto *grunn = finn<QLabel>(&d, u"maalformgrunn"_s);
        QVERIFY(velg(&d, Qt::Key_T, u"brevtype"_s, u"bm5-avgjorelse"_s)); // "Brev&type"
        QVERIFY(velg(&d, Qt::Key_M, u"mottaker"_s, u"o1"_s));              // "&Mottaker"
        QCOMPARE(maalform->currentData().toString(), u"nn"_s); // registered: no line
        QVERIFY(grunn->isHidden());
        QVERIFY(velg(&d, Qt::Key_M, u"mottaker"_s, u"o2"_s));
        QCOMPARE(maalform->currentData().toString(), u"nn"_s);
        QVERIFY(grunn->isVisible());
        QCOMPARE(grunn->text(), linje);

        // The finalise question names the målform and why; cancelled, nothing is stored.
        QString spurt;
        naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
            spurt = qobject_cast<QMessageBox *>(boks)->text();
            QTest::keyClick(boks, Qt::Key_Escape);
        });
        QTRY_VERIFY2_WITH_TIMEOUT(d.visning()->kanFerdigstilles(), qPrintable(d.visning()->ferdigstillingsgrunn()), 30000);
        alt(&d, Qt::Key_F); // "&Ferdigstill…"
        QTRY_VERIFY_WITH_TIMEOUT(!spurt.isEmpty(), 30000);
        QVERIFY2(spurt.contains(linje) && spurt.contains(u"Målform: Nynorsk"_s), qPrintable(spurt));
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr || QApplication::activeModalWidget() == &d);
        QCOMPARE(m_arkiv->forSak(sak.id).size(), 0);

        // The caseworker may choose otherwise, by keys: "Målfo&rm", Up.
        alt(&d, Qt::Key_R);
        QCOMPARE(QApplication::focusWidget(), maalform);
        tast(&d, Qt::Key_Up);
        QCOMPARE(maalform->currentData().toString(), u"nb"_s);
        QCOMPARE(d.visning()->utkast().maalform, Maalform::Bokmaal);
        QVERIFY(grunn->isVisible()); // still says the registered one is unknown
    }

    void skjermingViserHjemmel_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::addColumn<QString>("hjemmel");
        QTest::newRow("nb") << u"nb"_s << u"Hjemmel: offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s;
        QTest::newRow("nn") << u"nn"_s << u"Heimel: offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s;
    }
    // Ticked by default, as DOMAIN.md § 5 says; now the box says on what basis, and why.
    void skjermingViserHjemmel()
    {
        QFETCH(QString, spraak);
        QFETCH(QString, hjemmel);
        QVERIFY(m_oversettelser.last(spraak));
        const Tilsynssak sak = lagret(test::brevsak(5, 2));
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(vis(d));
        auto *boks = finn<QCheckBox>(&d, u"skjerming"_s);
        auto *etikett = d.findChild<QLabel *>(u"skjermingshjemmel"_s);
        QVERIFY2(etikett, "no basis beside Unntatt offentlighet");
        QVERIFY(boks->isChecked());
        QVERIFY(etikett->isVisible());
        QCOMPARE(etikett->text(), hjemmel);
        // Beside the box: on its row, to its right.
        const QRect b(boks->mapTo(&d, QPoint()), boks->size()), e(etikett->mapTo(&d, QPoint()), etikett->size());
        QVERIFY(e.left() >= b.right() && e.top() < b.bottom() && e.bottom() > b.top());
        QVERIFY2(boks->toolTip().contains(u"offl. § 13"_s) && boks->toolTip().contains(u"fvl. § 13"_s),
                 qPrintable(boks->toolTip()));
        // Alt+N ("Unntatt offe&ntlighet") still toggles it, and the letter follows.
        alt(&d, Qt::Key_N);
        QVERIFY(!boks->isChecked());
        QVERIFY(!d.visning()->utkast().unntattOffentlighet);
    }

    // Finalised by keys, then opened again: the preview keeps its width and the page fills it;
    // Save PDF draft, Update preview and the texts are disabled with the reason; Save the
    // finalised PDF is offered.
    void ferdigBrevHarEgneHandlinger()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        const Tilsynssak sak = lagret(test::brevsak(5, 2));
        int bredde = 0;
        {
            BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
            QVERIFY(vis(d));
            auto *forhaandsvisning = finn<QPrintPreviewWidget>(&d, u"forhaandsvisning"_s);
            QCOMPARE(forhaandsvisning->zoomMode(), QPrintPreviewWidget::FitToWidth);
            QVERIFY(velg(&d, Qt::Key_M, u"mottaker"_s, u"o1"_s));
            bredde = forhaandsvisning->width();
            QVERIFY2(bredde >= d.width() / 2, qPrintable(u"%1 of %2"_s.arg(bredde).arg(d.width())));
            QVERIFY(finn<QPushButton>(&d, u"lagreUtkast"_s)->isEnabled());
            QVERIFY(!finn<QPushButton>(&d, u"lagreFerdig"_s)->isVisible());
            naarModal(u"ferdigstillBekreftelse"_s, [](QWidget *boks) {
                QTest::keyClick(boks, Qt::Key_F, Qt::AltModifier); // "&Ferdigstill"
            });
            QTRY_VERIFY_WITH_TIMEOUT(d.visning()->kanFerdigstilles(), 30000);
            alt(&d, Qt::Key_F); // "&Ferdigstill…"
            QTRY_COMPARE_WITH_TIMEOUT(m_arkiv->forSak(sak.id).size(), 1, 30000);
            QApplication::processEvents();
            // Just finalised and unchanged: the preview shows the stored letter, so the draft
            // cannot be saved as if it were one; the finalised PDF can.
            auto *utkast = finn<QPushButton>(&d, u"lagreUtkast"_s);
            QTRY_VERIFY(!utkast->isEnabled());
            QVERIFY2(sperregrunn(utkast).contains(u"Lagre ferdig PDF"_s), qPrintable(sperregrunn(utkast)));
            QVERIFY(finn<QPushButton>(&d, u"lagreFerdig"_s)->isVisible());
            QVERIFY(finn<QPushButton>(&d, u"lagreFerdig"_s)->isEnabled());
            QCOMPARE(forhaandsvisning->width(), bredde);
        }
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(vis(d));
        QVERIFY(velg(&d, Qt::Key_M, u"mottaker"_s, u"o1"_s));
        QVERIFY(d.visning()->visesFerdigstilt());
        QApplication::processEvents();
        for (const QString &navn : {u"lagreUtkast"_s, u"oppdaterForhaandsvisning"_s, u"ferdigstill"_s}) {
            auto *k = finn<QPushButton>(&d, navn);
            QVERIFY2(!k->isEnabled(), qPrintable(navn));
            QVERIFY2(!k->toolTip().isEmpty() && k->toolTip() == k->statusTip(), qPrintable(navn));
        }
        for (const QString &navn : {u"saksforhold"_s, u"fritekst"_s}) {
            auto *felt = finn<QPlainTextEdit>(&d, navn);
            QVERIFY2(!felt->isEnabled(), qPrintable(navn));
            QVERIFY2(felt->toolTip().contains(u"ferdigstilt"_s), qPrintable(felt->toolTip()));
        }
        auto *lagreFerdig = finn<QPushButton>(&d, u"lagreFerdig"_s);
        QVERIFY(lagreFerdig->isVisible() && lagreFerdig->isEnabled());
        QVERIFY(lagreFerdig->text().contains(u"&PDF"_s)); // Alt+P, free in the window
        QCOMPARE(finn<QPrintPreviewWidget>(&d, u"forhaandsvisning"_s)->width(), bredde);
        QCOMPARE(finn<QPrintPreviewWidget>(&d, u"forhaandsvisning"_s)->zoomMode(), QPrintPreviewWidget::FitToWidth);
        // New letter to this party (Alt+D): a draft again, the draft actions back.
        alt(&d, Qt::Key_D);
        QVERIFY(!d.visning()->visesFerdigstilt());
        QVERIFY(finn<QPushButton>(&d, u"lagreUtkast"_s)->isEnabled());
        QVERIFY(!lagreFerdig->isVisible());
        QVERIFY(finn<QPlainTextEdit>(&d, u"saksforhold"_s)->isEnabled());
    }

    void kvitteringLoverIkkeForbigaattDato_data()
    {
        QTest::addColumn<QString>("maalform");
        QTest::addColumn<QString>("forsinket");
        QTest::newRow("nb") << u"nb"_s << u"Saken din har allerede tatt lengre tid enn det, og vi beklager forsinkelsen."_s;
        QTest::newRow("nn") << u"nn"_s << u"Saka di har allereie teke lengre tid enn det, og vi beklagar forseinkinga."_s;
    }
    // A BM 5 case received 4 March 2024 and not decided: its frist (4 September 2024) is past.
    // Its receipt used to promise an answer "innen 4. september 2024".
    void kvitteringLoverIkkeForbigaattDato()
    {
        QFETCH(QString, maalform);
        QFETCH(QString, forsinket);
        QVERIFY(m_oversettelser.last(u"nb"_s));
        Tilsynssak s = test::brevsak(5, 0, maalform);
        s.utfall.reset();
        s.avsluttet = QDate();
        const Tilsynssak sak = lagret(s);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(vis(d));
        QVERIFY(velg(&d, Qt::Key_T, u"brevtype"_s, u"kvittering"_s));
        QCOMPARE(d.visning()->utkast().maalform, maalformFraKode(maalform));
        naarModal(u"ferdigstillBekreftelse"_s, [](QWidget *boks) {
            QTest::keyClick(boks, Qt::Key_F, Qt::AltModifier); // "&Ferdigstill"
        });
        QTRY_VERIFY2_WITH_TIMEOUT(d.visning()->kanFerdigstilles(), qPrintable(d.visning()->ferdigstillingsgrunn()), 30000);
        alt(&d, Qt::Key_F); // "&Ferdigstill…"
        QTRY_COMPARE_WITH_TIMEOUT(m_arkiv->forSak(sak.id).size(), 1, 30000);
        const QString tekst = test::pdfTekst(m_arkiv->hentKontrollert(m_arkiv->forSak(sak.id).constFirst().id).pdf);
        QVERIFY2(!tekst.contains(u"4. september 2024"_s), qPrintable(tekst));
        QVERIFY2(tekst.contains(forsinket), qPrintable(tekst));
        const QDate ny = QDate::currentDate().addMonths(2);
        QVERIFY2(tekst.contains(datoIOrd(ny)), qPrintable(tekst));
    }
};

QTEST_MAIN(TestBrevvinduet)
#include "tst_brevvinduet.moc"
