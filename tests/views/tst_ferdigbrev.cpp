// The letter window and the letters already sent (issue 10, the caseworker's try, "What still felt
// wrong"), through the real widgets offscreen against a real SQLite store: a finalised letter
// opens again as the stored document (read-only, no UTKAST, no stale spelling warning); the
// proposed letter follows the case (a decided BM 5 case: the next party's avgjørelse); the
// Saksforhold is never prefilled in the other målform; "Decision letters for all parties" lists
// only parties without theirs; the file names Save PDF proposes.

#include "tastehjelp.h"
#include "brevvisning.h"
#include "dokumentliste.h"
#include "partsbrevdialog.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrepository.h"
#include "letters/maalformkontroll.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "../letters/brevtestdata.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

using test::finn;

class TestFerdigbrev final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<BrevRepository> m_arkiv;
    const Brevmalkilde m_maler;

    // A decided BM 5 case, not yet closed: its begrunnelser are nynorsk, so a bokmål draft warns.
    Tilsynssak avgjortSak(const QString &saksnummer)
    {
        Tilsynssak sak = test::brevsak(5, 4);
        sak.id = nyId();
        sak.saksnummer = saksnummer;
        sak.avsluttet = QDate();
        const auto r = m_saker->lagre(sak, {u"tester"_s});
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemer.constFirst().melding));
        return sak;
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
    void cleanupTestCase() { QSettings().clear(); }

    // Item 6 (and 4, 8): finalise the first object's avgjørelse, close the window, open it again.
    void aFinalisedLetterOpensAsTheStoredDocument()
    {
        const Tilsynssak sak = avgjortSak(u"2024/700"_s);
        qint64 id = 0;
        {
            Brevvisning v(Katalog::innebygd(), m_maler);
            v.settArkiv(m_arkiv.get(), u"kari"_s);
            v.settSak(sak, QDate(2024, 9, 2));
            QCOMPARE(finn<QComboBox>(&v, u"brevtype"_s)->currentData().toString(), u"bm5-avgjorelse"_s);
            QCOMPARE(finn<QComboBox>(&v, u"mottaker"_s)->currentData().toString(), u"o1"_s);
            QCOMPARE(v.filnavnForslag(), u"2024-700-1 Avgjørelse i tilsynssak Helse Bergen HF, Haukeland "
                                         u"universitetssjukehus utkast.pdf"_s);
            QString feil;
            id = v.ferdigstill(&feil);
            QVERIFY2(id > 0, qPrintable(feil));
        }
        const QByteArray lagret = m_arkiv->hent(id)->pdf;
        const int siderLagret = QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                                    .match(test::poppler(u"pdfinfo"_s, {}, lagret)).captured(1).toInt();
        QVERIFY(siderLagret > 0);

        Brevvisning v(Katalog::innebygd(), m_maler);
        v.settArkiv(m_arkiv.get(), u"kari"_s);
        v.settSak(sak, QDate(2024, 9, 3)); // the next day
        v.show();
        auto *mottaker = finn<QComboBox>(&v, u"mottaker"_s);
        auto *knapp = finn<QPushButton>(&v, u"ferdigstill"_s);
        auto *varsel = finn<QLabel>(&v, u"stavevarsel"_s);
        auto *saksforhold = finn<QPlainTextEdit>(&v, u"saksforhold"_s);
        // Item 4: the next party without its avgjørelse is proposed, as a draft.
        QCOMPARE(mottaker->currentData().toString(), u"o2"_s);
        QVERIFY(!v.visesFerdigstilt());
        QVERIFY(v.forhaandsvist().utkast);
        // The draft's typed text is spell-checked (the case's begrunnelser are in the letter's målform
        // now: one in the other målform would have to be written for the letter first, Brevvalg).
        v.settFritekst(u"fritekst"_s, u"Vi har ikkje fått svar."_s);
        QTRY_VERIFY2(!varsel->isHidden() && varsel->text().contains(u"ikkje"_s), qPrintable(varsel->text()));
        v.settFritekst(u"fritekst"_s, QString());

        // The first party's letter: as stored, read-only, no UTKAST, nothing to finalise or warn.
        QVERIFY(v.velgMottaker(u"o1"_s));
        QVERIFY(v.visesFerdigstilt());
        QCOMPARE(v.ferdigstiltBrev()->id, id);
        QVERIFY(!v.forhaandsvist().utkast);
        QVERIFY(saksforhold->isReadOnly());
        QVERIFY(!knapp->isEnabled());
        QVERIFY2(knapp->toolTip().contains(u"shown as stored"_s) && knapp->toolTip().contains(u"kari"_s),
                 qPrintable(knapp->toolTip()));
        QVERIFY2(varsel->isHidden(), qPrintable(varsel->text()));
        QVERIFY(finn<QPushButton>(&v, u"nyttBrev"_s)->isVisibleTo(&v));
        QCOMPARE(v.antallSider(), siderLagret);
        QCOMPARE(v.filnavnForslag(), u"2024-700-1 Avgjørelse i tilsynssak Helse Bergen HF, Haukeland "
                                     u"universitetssjukehus.pdf"_s);
        // Saved from here: the stored bytes, not a new rendering.
        QString feil;
        const QString fil = m_dir.filePath(u"lagret.pdf"_s);
        QVERIFY2(v.lagrePdf(fil, &feil), qPrintable(feil));
        QFile f(fil);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), lagret);

        // The case's documents propose the same name.
        DokumentListe dokumenter(*m_arkiv);
        dokumenter.visSak(sak.id);
        QCOMPARE(dokumenter.filnavnForslag(0), u"2024-700-1 Avgjørelse i tilsynssak Helse Bergen HF, Haukeland "
                                               u"universitetssjukehus.pdf"_s);

        // New letter to this party: a draft again, editable, the warning read for it.
        finn<QPushButton>(&v, u"nyttBrev"_s)->click();
        QVERIFY(!v.visesFerdigstilt());
        QVERIFY(v.forhaandsvist().utkast);
        QVERIFY(!saksforhold->isReadOnly());
        QVERIFY2(knapp->isEnabled(), qPrintable(knapp->toolTip()));
        v.settFritekst(u"fritekst"_s, u"Vi har ikkje fått svar."_s);
        QTRY_VERIFY2(!varsel->isHidden() && varsel->text().contains(u"ikkje"_s), qPrintable(varsel->text()));
    }

    // A tryout: the further text written to the nursing home stood ready in the next letter, to the
    // innsender. It belongs to its party's letter: typed, kept when another letter is chosen, and
    // there again when that letter is chosen again; finalised, it stays in the stored letter only.
    void furtherTextStaysWithItsParty()
    {
        const Tilsynssak sak = avgjortSak(u"2024/704"_s);
        Brevvisning v(Katalog::innebygd(), m_maler);
        v.settArkiv(m_arkiv.get(), u"kari"_s);
        v.settSak(sak, QDate(2024, 9, 2));
        v.show();
        auto *fritekst = finn<QPlainTextEdit>(&v, u"fritekst"_s);
        QCOMPARE(finn<QComboBox>(&v, u"mottaker"_s)->currentData().toString(), u"o1"_s);
        const QString tilO1 = u"Beboeren er født 1. mars 1941."_s;
        fritekst->setFocus();
        QTest::keyClicks(fritekst, tilO1);
        QVERIFY(v.velgMottaker(u"o2"_s));
        QCOMPARE(fritekst->toPlainText(), QString());
        QVERIFY(v.velgType(u"bm5-resultat-innsender"_s));
        QVERIFY(v.velgMottaker(u"innsender"_s));
        QCOMPARE(fritekst->toPlainText(), QString());
        QVERIFY(v.velgType(u"bm5-avgjorelse"_s));
        QVERIFY(v.velgMottaker(u"o1"_s));
        QCOMPARE(fritekst->toPlainText(), tilO1); // kept for its own letter
        QString feil;
        QVERIFY2(v.ferdigstill(&feil) > 0, qPrintable(feil));
        QVERIFY(v.velgType(u"bm5-resultat-innsender"_s));
        QVERIFY(v.velgMottaker(u"innsender"_s));
        QCOMPARE(fritekst->toPlainText(), QString());
        QVERIFY(!v.utkast().fritekst.value(u"fritekst"_s).contains(u"1941"_s));
    }

    // Item 3 in the window: a nynorsk summary is not proposed in a bokmål letter; the field says
    // why and finalising waits for the text; the nynorsk party's letter gets it.
    void summaryOnlyInItsOwnMaalform()
    {
        Tilsynssak sak = test::brevsak(5, 4);
        sak.id = nyId();
        sak.saksnummer = u"2024/701"_s;
        sak.sammendrag = u"Bebuaren fekk ikkje medisinane sine, og pleiarane skreiv ikkje avvik."_s;
        sak.tilsynsobjekter[1].maalform = u"nn"_s;
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        Brevvisning v(Katalog::innebygd(), m_maler);
        v.settArkiv(m_arkiv.get(), u"kari"_s);
        v.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(v.velgType(u"bm5-avgjorelse"_s));
        QVERIFY(v.velgMottaker(u"o1"_s));
        auto *felt = finn<QPlainTextEdit>(&v, u"saksforhold"_s);
        auto *knapp = finn<QPushButton>(&v, u"ferdigstill"_s);
        QCOMPARE(felt->toPlainText(), QString());
        QVERIFY2(felt->placeholderText().contains(u"in nynorsk"_s), qPrintable(felt->placeholderText()));
        QVERIFY(!knapp->isEnabled());
        QVERIFY2(knapp->toolTip().startsWith(u"Write the facts relied on (Saksforhold) in bokmål first"_s),
                 qPrintable(knapp->toolTip()));
        QVERIFY(v.utkast().fritekst.value(u"saksforhold"_s).isEmpty());
        QVERIFY(saksforholdMangler(sak, v.utkast()));
        QVERIFY(v.velgMottaker(u"o2"_s)); // the doctor writes nynorsk
        QCOMPARE(felt->toPlainText(), *sak.sammendrag);
        QVERIFY(v.velgMottaker(u"o1"_s));
        QCOMPARE(felt->toPlainText(), QString());
        felt->setFocus();
        QTest::keyClicks(felt, u"Beboeren fikk ikke medisinene sine."_s);
        QVERIFY2(knapp->isEnabled(), qPrintable(knapp->toolTip()));
    }

    // The caseworker's try: the nynorsk innsender's result letter printed bokmål reasons, and the
    // Ferdigstill question did not repeat the spelling warning. Each reason in the other målform
    // is a section to write; Finalise waits for it; the question lists the unknown words.
    void innsendersReasonsAreWrittenInTheLettersMaalform()
    {
        Tilsynssak sak = test::brevsak(5, 0, u"nn"_s); // the patient: reads the first sentences
        sak.id = nyId();
        sak.saksnummer = u"2024/703"_s;
        sak.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, u"Prøvesvarene ble ikke fulgt opp i tre uker."_s},
                           Vurdering{u"hpl-4"_s, u"o2"_s, u"ikke-lovbrudd"_s, u"Legen fikk ikke svarene."_s}};
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        Brevvisning v(Katalog::innebygd(), m_maler);
        v.settArkiv(m_arkiv.get(), u"kari"_s);
        v.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(v.velgType(u"bm5-resultat-innsender"_s));
        QVERIFY(v.velgMottaker(u"innsender"_s));
        QCOMPARE(finn<QComboBox>(&v, u"maalform"_s)->currentData().toString(), u"nn"_s);
        auto *boks = finn<QWidget>(&v, u"grunner"_s);
        QVERIFY(!boks->isHidden());
        auto *forste = finn<QPlainTextEdit>(&v, u"grunn:o1/sphl-2-2"_s);
        auto *andre = finn<QPlainTextEdit>(&v, u"grunn:o2/hpl-4"_s);
        QVERIFY(forste->placeholderText().contains(u"Prøvesvarene ble ikke fulgt opp i tre uker."_s));
        auto *knapp = finn<QPushButton>(&v, u"ferdigstill"_s);
        QVERIFY(!knapp->isEnabled());
        QVERIFY2(knapp->toolTip().startsWith(u"Write the short reason for"_s) && knapp->toolTip().contains(u"in nynorsk"_s),
                 qPrintable(knapp->toolTip()));
        forste->setFocus();
        QTest::keyClicks(forste, u"Prøvesvara vart ikkje følgde opp på tre veker."_s);
        QVERIFY(!knapp->isEnabled()); // the second reason is still the marker
        QCOMPARE(finn<QPlainTextEdit>(&v, u"grunn:o1/sphl-2-2"_s), forste); // typing does not rebuild the section
        andre->setFocus();
        QTest::keyClicks(andre, u"Legen fekk ikkje svara, sjukehuset sende dei ikkje."_s);
        QVERIFY2(knapp->isEnabled(), qPrintable(knapp->toolTip()));
        QVERIFY(v.utkast().fritekst.value(u"grunn:o2/hpl-4"_s).startsWith(u"Legen fekk"_s));
        // A bokmål word typed in the further text: the question repeats it before confirming.
        auto *fritekst = finn<QPlainTextEdit>(&v, u"fritekst"_s);
        fritekst->setPlainText(u"Vi beklager at saksbehandlingen har tatt lang tid."_s);
        QString spurt;
        QTimer::singleShot(0, this, [&spurt] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *b = qobject_cast<QMessageBox *>(w); b && b->objectName() == u"ferdigstillBekreftelse"_s) {
                    spurt = b->text();
                    b->reject();
                }
        });
        v.show();
        knapp->click();
        QVERIFY2(spurt.contains(u"Warning: the nynorsk dictionary does not know these words of the letter: "_s)
                     && spurt.contains(u"beklager"_s) && spurt.contains(u"printed as typed"_s),
                 qPrintable(spurt));
        QVERIFY(m_arkiv->forSak(sak.id).isEmpty()); // cancelled: nothing stored
    }

    // Item 5: the parties' list holds only those without a finalised decision letter, and a party
    // finalised from it leaves it.
    void allPartiesListsOnlyThoseWithoutTheirLetter()
    {
        const Tilsynssak sak = avgjortSak(u"2024/702"_s);
        Brevbestilling b;
        b.dato = QDate(2024, 9, 2);
        b.hendelser = hendelserFraBrev(m_arkiv->forSak(sak.id));
        QCOMPARE(vedtaksbrevTilAlleParter(sak, b, m_maler, Katalog::innebygd()).size(), 3);
        {
            Brevvisning v(Katalog::innebygd(), m_maler);
            v.settArkiv(m_arkiv.get(), u"kari"_s);
            v.settSak(sak, QDate(2024, 9, 2));
            QString feil;
            QVERIFY2(v.ferdigstill(&feil) > 0, qPrintable(feil)); // o1's avgjørelse
        }
        b.hendelser = hendelserFraBrev(m_arkiv->forSak(sak.id));
        const QList<Brevutkast> utkast = vedtaksbrevTilAlleParter(sak, b, m_maler, Katalog::innebygd());
        QCOMPARE(utkast.size(), 2);
        QCOMPARE(utkast[0].mottaker.objektId, u"o2"_s);
        QCOMPARE(utkast[1].type, u"bm5-resultat-innsender"_s);

        QStringList aapnet;
        PartsbrevDialog d(sak, utkast, Katalog::innebygd(), {m_store->sti(), {}, u"kari"_s},
                          [&](const Brevutkast &u) {
                              aapnet.append(u.mottaker.noekkel());
                              return u.mottaker.noekkel() == u"o2"_s; // finalised in the letter window
                          });
        d.show();
        auto *liste = finn<QListWidget>(&d, u"partsbrev"_s);
        liste->setCurrentRow(0);
        finn<QPushButton>(&d, u"aapne"_s)->click();
        QCOMPARE(liste->count(), 1);
        QCOMPARE(d.utkast().size(), 1);
        QVERIFY(liste->item(0)->text().contains(sak.innsender->navn));
        liste->setCurrentRow(0);
        finn<QPushButton>(&d, u"aapne"_s)->click(); // read, not finalised: stays
        QCOMPARE(liste->count(), 1);
        QCOMPARE(aapnet, (QStringList{u"o2"_s, u"innsender"_s}));
    }
};

QTEST_MAIN(TestFerdigbrev)
#include "tst_ferdigbrev.moc"
