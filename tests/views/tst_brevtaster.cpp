// The letter window (BrevDialog) with the keyboard (issue 10, the tryout on main 2f35db4):
//  - the nynorsk innsender's result letter, whose assessments are in bokmål, shows one short-reason
//    field per assessment: Tab and Shift+Tab walk them in their visual order between the
//    Saksforhold and the further text, each has its own Alt key (unique in the window, working),
//    in a bokmål and in a nynorsk UI, and writing them by keys alone enables Ferdigstill;
//  - the finalise question says the letter is stored as previewed: the preview then shows what
//    was typed since the last Update preview, and that is what is stored.

#include "brevdialog.h"
#include "brevvisning.h"
#include "tabrekkefolge.h"
#include "tastehjelp.h"
#include "oversettelser.h"
#include "uisjekk.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "../letters/brevtestdata.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
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

QString navn(const QWidget *w)
{
    return w ? w->objectName() : u"(none)"_s;
}

// The Alt letter of a label's text ("&1  § 2-2 (X)" → '1'); a null QChar without one.
QChar akselerator(const QString &tekst)
{
    for (qsizetype i = tekst.indexOf(u'&'); i >= 0 && i + 1 < tekst.size(); i = tekst.indexOf(u'&', i + 2))
        if (tekst[i + 1] != u'&')
            return tekst[i + 1].toLower();
    return {};
}

} // namespace

class TestBrevtaster final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<BrevRepository> m_arkiv;
    const Brevmalkilde m_maler;
    Oversettelser m_oversettelser;

    // A decided BM 5 case whose innsender writes nynorsk and whose three assessments are in bokmål.
    Tilsynssak innsenderPaaNynorsk(const QString &saksnummer)
    {
        Tilsynssak sak = test::brevsak(5, 0, u"nn"_s);
        sak.id = nyId();
        sak.saksnummer = saksnummer;
        sak.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, u"Prøvesvarene ble ikke fulgt opp i tre uker."_s},
                           Vurdering{u"sphl-3-2"_s, u"o1"_s, u"lovbrudd"_s, u"Journalen manglet plan for oppfølging."_s},
                           Vurdering{u"hpl-4"_s, u"o2"_s, u"ikke-lovbrudd"_s, u"Legen fikk ikke svarene."_s}};
        const auto r = m_saker->lagre(sak, {u"tester"_s});
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemer.constFirst().melding));
        return sak;
    }

    // The letter window D with the letter type TYPE for MOTTAKER chosen, shown and active.
    static bool visMed(BrevDialog &d, const QString &type, const QString &mottaker)
    {
        if (!d.visning()->velgType(type) || !d.visning()->velgMottaker(mottaker))
            return false;
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

    void shortReasonsByTabAndAltKey_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("nn") << u"nn"_s;
    }
    void shortReasonsByTabAndAltKey()
    {
        QFETCH(QString, spraak);
        QVERIFY(m_oversettelser.last(spraak));
        const Tilsynssak sak = innsenderPaaNynorsk(spraak == u"nb"_s ? u"2024/901"_s : u"2024/902"_s);
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(visMed(d, u"bm5-resultat-innsender"_s, u"innsender"_s));
        const QList<QPlainTextEdit *> grunner{finn<QPlainTextEdit>(&d, u"grunn:o1/sphl-2-2"_s),
                                              finn<QPlainTextEdit>(&d, u"grunn:o1/sphl-3-2"_s),
                                              finn<QPlainTextEdit>(&d, u"grunn:o2/hpl-4"_s)};
        for (int i = 1; i < grunner.size(); ++i) // laid out top to bottom in this order
            QVERIFY(grunner[i]->mapTo(&d, QPoint()).y() > grunner[i - 1]->mapTo(&d, QPoint()).y());
        auto *saksforhold = finn<QPlainTextEdit>(&d, u"saksforhold"_s);
        auto *fritekst = finn<QPlainTextEdit>(&d, u"fritekst"_s);

        // Tab from the Saksforhold: each reason in turn, then the further text; Shift+Tab back.
        saksforhold->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), saksforhold);
        for (QWidget *neste : QList<QWidget *>{grunner[0], grunner[1], grunner[2], fritekst}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(navn(QApplication::focusWidget()), navn(neste));
        }
        for (QWidget *forrige : QList<QWidget *>{grunner[2], grunner[1], grunner[0], saksforhold}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
            QCOMPARE(navn(QApplication::focusWidget()), navn(forrige));
        }

        // Each reason's label has an Alt key of its own; pressed, it reaches the field.
        const QString tekster[] = {u"Prøvesvara vart ikkje følgde opp på tre veker."_s,
                                   u"Journalen mangla plan for oppfølging."_s,
                                   u"Legen fekk ikkje svara, sjukehuset sende dei ikkje."_s};
        QSet<QChar> bokstaver;
        auto *knapp = finn<QPushButton>(&d, u"ferdigstill"_s);
        for (int i = 0; i < grunner.size(); ++i) {
            QLabel *etikett = nullptr;
            for (QLabel *l : d.findChildren<QLabel *>())
                if (l->buddy() == grunner[i])
                    etikett = l;
            QVERIFY2(etikett, qPrintable(grunner[i]->objectName()));
            const QChar a = akselerator(etikett->text());
            QVERIFY2(!a.isNull(), qPrintable(etikett->text()));
            QVERIFY2(!bokstaver.contains(a), qPrintable(etikett->text()));
            bokstaver.insert(a);
            fritekst->setFocus();
            QTest::keyClick(fritekst, a.toLatin1(), Qt::AltModifier);
            QCOMPARE(navn(QApplication::focusWidget()), navn(grunner[i]));
            QVERIFY(!knapp->isEnabled()); // this reason (at least) is still to be written
            QTest::keyClicks(QApplication::focusWidget(), tekster[i]);
        }
        QTRY_VERIFY2(knapp->isEnabled(), qPrintable(knapp->toolTip()));
        // The window as a whole: no Alt letter used twice, every one working, and a Tab order
        // that follows the layout.
        const QStringList feil = uisjekk::tastaturfeil(&d) + uisjekk::doedeAkseleratorer(&d) + tabrekkefolge::feil(&d);
        QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
    }

    // What was typed in a letter is there when the window is opened again (a session 12 tryout:
    // the innsender's short reasons were gone after Escape and Ctrl+P), and a new window on another
    // party's letter does not carry it.
    void typedTextsSurviveClosingTheWindow()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        const Tilsynssak sak = innsenderPaaNynorsk(u"2024/904"_s);
        const QString grunn = u"Prøvesvara vart ikkje følgde opp."_s;
        const QString tillegg = u"Ta kontakt om noko er uklart."_s;
        {
            BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
            QVERIFY(visMed(d, u"bm5-resultat-innsender"_s, u"innsender"_s));
            auto *felt = finn<QPlainTextEdit>(&d, u"grunn:o1/sphl-2-2"_s);
            felt->setFocus();
            QTest::keyClicks(felt, grunn);
            auto *fritekst = finn<QPlainTextEdit>(&d, u"fritekst"_s);
            fritekst->setFocus();
            QTest::keyClicks(fritekst, tillegg);
            QTest::keyClick(fritekst, Qt::Key_Escape);
            QTRY_VERIFY(!d.isVisible());
        }
        {
            BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
            QVERIFY(visMed(d, u"bm5-resultat-innsender"_s, u"innsender"_s));
            QCOMPARE(finn<QPlainTextEdit>(&d, u"grunn:o1/sphl-2-2"_s)->toPlainText(), grunn);
            QCOMPARE(finn<QPlainTextEdit>(&d, u"fritekst"_s)->toPlainText(), tillegg);
        }
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(visMed(d, u"bm5-avgjorelse"_s, u"o1"_s));
        QCOMPARE(finn<QPlainTextEdit>(&d, u"fritekst"_s)->toPlainText(), QString());
    }

    // The letter window is opened on the editor's case, saved or not: a case that breaks a rule
    // (a tryout: "Avsluttet" ticked on a BM 5 case without utfall, not saved) gets no finalised
    // letter, and the window says why (the rule's own message).
    void invalidCaseIsNotFinalised()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        Tilsynssak sak = test::brevsak(5, 2);
        sak.id = nyId();
        sak.saksnummer = u"2024/905"_s;
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        BrevDialog gyldig(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(visMed(gyldig, u"bm5-avgjorelse"_s, u"o1"_s));
        QVERIFY2(gyldig.visning()->kanFerdigstilles(), qPrintable(gyldig.visning()->ferdigstillingsgrunn()));
        gyldig.close();
        sak.avsluttet = QDate::currentDate();
        sak.utfall.reset();
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(visMed(d, u"bm5-avgjorelse"_s, u"o1"_s));
        QVERIFY(!d.visning()->kanFerdigstilles());
        QVERIFY2(d.visning()->ferdigstillingsgrunn().contains(u"må ha utfall"_s), qPrintable(d.visning()->ferdigstillingsgrunn()));
        QVERIFY(!finn<QPushButton>(&d, u"ferdigstill"_s)->isEnabled());
    }

    // The preview was refreshed, then the caseworker typed more and pressed Finalise: the preview
    // behind the question shows the letter as it stands, and that letter is what is stored.
    void finaliseShowsAndStoresWhatWasTyped()
    {
        QVERIFY(m_oversettelser.last(u"nb"_s));
        Tilsynssak sak = test::brevsak(5, 2);
        sak.id = nyId();
        sak.saksnummer = u"2024/903"_s;
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        BrevDialog d(sak, Katalog::innebygd(), m_maler, m_arkiv.get(), u"kari"_s);
        QVERIFY(visMed(d, u"bm5-avgjorelse"_s, u"o1"_s));
        auto *v = d.visning();
        QTRY_VERIFY_WITH_TIMEOUT(v->antallSider() >= 1, 30000);
        const QString tillegg = u"Vi minner om fristen for tilbakemelding."_s;
        auto *fritekst = finn<QPlainTextEdit>(&d, u"fritekst"_s);
        fritekst->setFocus();
        QTest::keyClicks(fritekst, tillegg); // no Update preview after this
        QVERIFY(!v->sistTegnet().fritekst.value(u"fritekst"_s).contains(tillegg));
        Brevutkast vist;
        QString spurt;
        naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
            vist = v->sistTegnet();
            spurt = qobject_cast<QMessageBox *>(boks)->text();
            QTest::keyClick(boks, Qt::Key_F, Qt::AltModifier); // "&Ferdigstill"
        });
        auto *knapp = finn<QPushButton>(&d, u"ferdigstill"_s);
        QVERIFY(knapp->isEnabled());
        knapp->setFocus();
        QTest::keyClick(knapp, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!v->kanFerdigstilles(), 30000);
        QVERIFY2(spurt.contains(u"nøyaktig slik det vises"_s), qPrintable(spurt));
        QCOMPARE(vist.fritekst.value(u"fritekst"_s), tillegg); // the preview showed it when asked
        vist.utkast = false;
        const auto lagret = m_arkiv->ferdigstiltFra(sak, vist);
        QVERIFY2(lagret, "the stored letter is not the one shown in the preview");
        QVERIFY(test::pdfTekst(m_arkiv->hentKontrollert(lagret->id).pdf).contains(tillegg));
    }
};

QTEST_MAIN(TestBrevtaster)
#include "tst_brevtaster.moc"
