// Issue 10 items 2 and 8, through the real widgets offscreen against a real SQLite store: the
// saksnummer typed from the archive (checked at once, naming the case that holds it; read-only
// where the central series is used or once letters exist), every disabled action saying why,
// finalising asked once and stored once, Save PDF draft, and the case's documents (viewed,
// printed and saved only after their SHA-256 check).

#include "tastehjelp.h"
#include "../letters/brevtestdata.h"
#include "brevvisning.h"
#include "caseeditor.h"
#include "dokumentliste.h"
#include "domain/katalog.h"
#include "ferdigstillbekreftelse.h"
#include "items/dokumentmodell.h"
#include "items/kontorpraksis.h"
#include "kodeliste.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "letters/brevtype.h"
#include "innstillingerdialog.h"
#include "items/innstillinger.h"
#include "mainwindow.h"
#include "sperregrunn.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

using test::finn;

// Every button under `rot` that is disabled on its own account (not only through a disabled
// parent) must say why: the tool tip and the status tip carry the reason.
QStringList stummeSperrer(const QWidget *rot)
{
    QStringList stumme;
    for (const QAbstractButton *k : rot->findChildren<QAbstractButton *>()) {
        if (k->isEnabledTo(k->parentWidget()) || !k->isVisibleTo(rot))
            continue;
        if (k->toolTip().isEmpty() || k->statusTip().isEmpty() || sperregrunn(k).isEmpty())
            stumme.append(k->objectName() + u" «"_s + k->text() + u'»');
    }
    return stumme;
}

} // namespace

class TestFerdigstilling final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<BrevRepository> m_arkiv;
    Tilsynssak m_holder; // holds 2024/4711 in vestland
    const Brevmalkilde m_maler;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_arkiv = std::make_unique<BrevRepository>(*m_store);
        m_holder = test::brevsak(2);
        QVERIFY(m_saker->lagre(m_holder, {u"tester"_s}).ok());
    }
    void cleanup() { QSettings().clear(); }

    void saksnummerIsCheckedAtOnceNamingTheCaseThatHoldsIt()
    {
        CaseEditor editor(*m_saker, Katalog::innebygd(), u"kari"_s);
        QStringList varsler;
        editor.settDialoger([](const QString &) { return true; }, [&](const QString &t) { varsler.append(t); });
        editor.show();
        Tilsynssak uten = test::brevsak(1);
        uten.saksnummer.reset();
        uten.brukerinvolvering = Brukerinvolvering{true, false, QString()}; // the editor requires it to save
        QVERIFY(m_saker->lagre(uten, {u"tester"_s}).ok());
        QVERIFY(editor.aapne(uten.id));
        auto *felt = finn<QLineEdit>(&editor, u"saksnummer"_s);
        auto *feil = finn<QLabel>(&editor, u"feil_saksnummer"_s);
        QVERIFY(!felt->isReadOnly());
        QVERIFY(!felt->placeholderText().isEmpty());
        felt->setFocus();
        QTest::keyClicks(felt, u"2024/4711"_s);
        QCOMPARE(editor.sak().saksnummer, std::optional<QString>(u"2024/4711"_s));
        QVERIFY(feil->isVisibleTo(&editor));
        QCOMPARE(feil->text(), u"the case number 2024/4711 is already used in this office by the case received "
                               u"04.03.2024 about Helse Bergen HF, Haukeland universitetssjukehus"_s);
        const qint64 foer = m_saker->antall();
        QVERIFY(!editor.lagre());
        QCOMPARE(m_saker->antall(), foer);
        QVERIFY(!m_saker->hent(uten.id)->saksnummer);
        QCOMPARE(varsler.size(), 1);
        QVERIFY2(varsler.constFirst().contains(u"received 04.03.2024 about Helse Bergen HF"_s), qPrintable(varsler.constFirst()));

        // The validator only lets through what can become YYYY/N; the rule itself speaks at the field.
        felt->selectAll();
        QTest::keyClicks(felt, u"2024/0x"_s);
        QCOMPARE(felt->text(), u"2024/0"_s);
        QVERIFY2(feil->text().contains(u"YYYY/N"_s), qPrintable(feil->text())); // no translator installed: the source text

        felt->selectAll();
        QTest::keyClicks(felt, u"2024/4712"_s);
        QVERIFY(!feil->isVisibleTo(&editor));
        QVERIFY(editor.lagre());
        QCOMPARE(m_saker->hent(uten.id)->saksnummer, std::optional<QString>(u"2024/4712"_s));
        // The same number in another embete is no clash.
        Tilsynssak annetEmbete = m_holder;
        annetEmbete.id = nyId();
        annetEmbete.embete = u"agder"_s;
        QVERIFY(m_saker->saksnummerProblemer(annetEmbete).isEmpty());
    }

    void centralSeriesAndFinalisedLettersMakeTheFieldReadOnlyWithAReason()
    {
        QCOMPARE(Kontorpraksis::saksnummer(), Saksnummerkilde::Arkiv); // the default works offline
        // The settings dialog saves only a complete profile.
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        Innstillinger::tittel.sett(u"rådgiver"_s);
        Innstillinger::telefon.sett(u"55 57 20 00"_s);
        Innstillinger::embete.sett(u"vestland"_s);
        Innstillinger::godkjenner.sett(u"Ola Nordmann"_s);
        Innstillinger::godkjennerTittel.sett(u"fylkeslege"_s);
        {
            InnstillingerDialog d(Katalog::innebygd());
            auto *kilde = finn<QComboBox>(&d, u"saksnummerkilde"_s);
            QCOMPARE(kilde->currentData().toString(), u"arkiv"_s);
            kilde->setCurrentIndex(kilde->findData(u"sentral"_s));
            d.accept();
        }
        QCOMPARE(Kontorpraksis::saksnummerkilde.verdi(), u"sentral"_s);
        CaseEditor editor(*m_saker, Katalog::innebygd(), u"kari"_s);
        editor.nySak(u"vestland"_s);
        auto *felt = finn<QLineEdit>(&editor, u"saksnummer"_s);
        QVERIFY(felt->isReadOnly());
        QVERIFY(felt->toolTip().contains(u"central store"_s));
        QCOMPARE(felt->toolTip(), sperregrunn(felt));
        QCOMPARE(felt->statusTip(), sperregrunn(felt));

        Kontorpraksis::saksnummerkilde.sett(u"arkiv"_s);
        Tilsynssak sak = test::brevsak(1);
        sak.saksnummer = u"2024/500"_s;
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        QVERIFY(editor.aapne(sak.id));
        QVERIFY(!felt->isReadOnly());
        QVERIFY(felt->toolTip().isEmpty());
        Brevutkast u = foreslaaUtkast(sak, u"bm1-avslutning"_s, QDate(2024, 4, 2));
        u.utkast = false;
        m_arkiv->ferdigstill(sak, u, "%PDF-1.4 test"_ba, u"kari"_s);
        QVERIFY(editor.aapne(sak.id));
        QVERIFY(felt->isReadOnly());
        QVERIFY(felt->toolTip().contains(u"Letters have been finalised"_s));
    }

    void everyDisabledActionSaysWhy()
    {
        Tilsynssak uten = test::brevsak(2);
        uten.saksnummer.reset();
        QVERIFY(m_saker->lagre(uten, {u"tester"_s}).ok());
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settArkiv(m_arkiv.get(), u"kari"_s);
        visning.settSak(uten, QDate(2024, 4, 1));
        visning.show();
        auto *knapp = finn<QPushButton>(&visning, u"ferdigstill"_s);
        QVERIFY(!knapp->isEnabled());
        const QString grunn = u"The case has no saksnummer yet; enter the archive's number in the case (Saksnummer) and save."_s;
        QCOMPARE(knapp->toolTip(), grunn);
        QCOMPARE(knapp->statusTip(), grunn);
        QCOMPARE(knapp->accessibleDescription(), grunn);
        auto *linje = finn<Sperrelinje>(&visning, u"sperrelinje"_s);
        QVERIFY(linje->isVisible());
        QCOMPARE(linje->text(), u"Finalise…: "_s + grunn);
        QVERIFY(finn<QPushButton>(&visning, u"lagreUtkast"_s)->isEnabled()); // a draft can always be saved
        QCOMPARE(stummeSperrer(&visning), QStringList());
        QString feil;
        QCOMPARE(visning.ferdigstill(&feil), 0);
        QCOMPARE(feil, grunn);

        // A number typed but not saved yet: the letter would name a number the store does not hold.
        Tilsynssak ulagret = uten;
        ulagret.saksnummer = u"2024/9999"_s;
        visning.settSak(ulagret, QDate(2024, 4, 1));
        QVERIFY(!knapp->isEnabled());
        QCOMPARE(knapp->toolTip(), u"The case number 2024/9999 is not saved yet: save the case first."_s);

        // The office requires an approval for the type: said the same way.
        Kontorpraksis::brevSomKreverGodkjenning.sett({u"bm2-oversendelse"_s});
        visning.settSak(m_holder, QDate(2024, 4, 1));
        QVERIFY(visning.velgType(u"bm2-oversendelse"_s));
        QVERIFY(!knapp->isEnabled());
        QVERIFY(knapp->toolTip().contains(u"approval"_s));
        QCOMPARE(stummeSperrer(&visning), QStringList());
        Kontorpraksis::brevSomKreverGodkjenning.sett({});
        visning.oppdater();
        QVERIFY(knapp->isEnabled());
        QVERIFY(knapp->toolTip().isEmpty());
        QVERIFY(!linje->isVisible());

        // The main window's actions without an open case, and the documents panel without letters.
        MainWindow w(*m_store, *m_saker, Katalog::innebygd(), u"kari"_s);
        for (const char *navn : {"handlingLagre", "handlingSkrivUt"}) {
            auto *a = finn<QAction>(&w, QString::fromLatin1(navn));
            QVERIFY(!a->isEnabled());
            QVERIFY2(!a->statusTip().isEmpty() && a->toolTip() == a->statusTip(), navn);
        }
        DokumentListe dokumenter(*m_arkiv);
        dokumenter.visSak(uten.id);
        QCOMPARE(stummeSperrer(&dokumenter), QStringList());
        QVERIFY(finn<QPushButton>(&dokumenter, u"visDokument"_s)->toolTip().contains(u"no finalised letters"_s));
    }

    void finalisingAsksOnceAndStoresOneLetter()
    {
        Tilsynssak sak = test::brevsak(2);
        sak.saksnummer = u"2024/600"_s;
        sak.oversendt = QDate();
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settArkiv(m_arkiv.get(), u"kari"_s);
        visning.settSaker(m_saker.get());
        visning.settSak(sak, QDate(2024, 4, 1));
        QVERIFY(visning.velgType(u"bm2-oversendelse"_s));
        visning.show();
        auto *knapp = finn<QPushButton>(&visning, u"ferdigstill"_s);
        QVERIFY(knapp->isEnabled());
        QSignalSpy ferdig(&visning, &Brevvisning::brevFerdigstilt);

        int spoersmaal = 0;
        QString tekst;
        bool medMilepelTilbudt = false;
        std::function<void()> svar = [&] {
            auto *boks = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!boks) {
                QTimer::singleShot(20, svar);
                return;
            }
            ++spoersmaal;
            tekst = boks->text();
            auto *kryss = boks->findChild<QCheckBox *>(u"medMilepel"_s);
            medMilepelTilbudt = kryss && kryss->isChecked();
            finn<QPushButton>(boks, u"bekreftFerdigstill"_s)->click();
        };
        QTimer::singleShot(0, svar);
        knapp->click();
        QCOMPARE(spoersmaal, 1);
        const Brevtype *type = brevtype(u"bm2-oversendelse"_s);
        for (const QString &del : QStringList{u"Type: "_s + type->navn, u"Recipient: Helse Bergen HF, Haukeland universitetssjukehus"_s,
                                   u"Written form: Bokmål"_s, u"Date: 01.04.2024"_s})
            QVERIFY2(tekst.contains(del), qPrintable(del + u" in:\n"_s + tekst));
        QVERIFY(!tekst.contains(u"Copy to"_s));
        QVERIFY(medMilepelTilbudt);
        // A decision with a copy to the innsender (chosen by the caseworker: never added by
        // default), in nynorsk, names both.
        Brevutkast medKopi = foreslaaUtkast(test::brevsak(5, 3), u"bm5-avgjorelse"_s, QDate(2024, 9, 2), {}, Maalform::Nynorsk);
        Brevmottaker kopi;
        kopi.navn = u"Kari Nordmann"_s;
        kopi.rolle = Mottakerrolle::Innsender;
        medKopi.kopiTil.append(kopi);
        const QString avgjorelse = FerdigstillBekreftelse::tekst(medKopi);
        // A recipient without a postal address is named in a warning before anything is archived.
        QVERIFY2(!medKopi.mottaker.adresse.isEmpty() && !avgjorelse.contains(u"no postal address"_s), qPrintable(avgjorelse));
        Brevutkast utenAdresse = medKopi;
        utenAdresse.mottaker.adresse = u"  "_s;
        QVERIFY2(FerdigstillBekreftelse::tekst(utenAdresse)
                     .startsWith(u"Warning: "_s + utenAdresse.mottaker.navn + u" has no postal address"_s),
                 qPrintable(FerdigstillBekreftelse::tekst(utenAdresse)));
        QVERIFY2(avgjorelse.contains(u"Copy to: Kari Nordmann"_s) && avgjorelse.contains(u"Written form: Nynorsk"_s)
                     && avgjorelse.contains(u"Type: "_s + brevtype(u"bm5-avgjorelse"_s)->navnNn),
                 qPrintable(avgjorelse));
        QCOMPARE(ferdig.size(), 1);
        QCOMPARE(m_arkiv->forSak(sak.id).size(), 1);
        QCOMPARE(m_saker->hent(sak.id)->oversendt, QDate(2024, 4, 1)); // the milestone, in the same question
        // The preview now shows the finalised letter, not the draft (no UTKAST mark).
        QVERIFY(!visning.forhaandsvist().utkast);

        // Pressed again: nothing to press; it says what happened instead.
        QVERIFY(!knapp->isEnabled());
        QVERIFY2(knapp->toolTip().contains(u"This draft was finalised"_s) && knapp->toolTip().contains(u"kari"_s),
                 qPrintable(knapp->toolTip()));
        QVERIFY(finn<Sperrelinje>(&visning, u"sperrelinje"_s)->isVisible());
        knapp->click();
        QCOMPARE(spoersmaal, 1);
        // A second call of the same draft stores nothing new.
        QString feil;
        QCOMPARE(visning.ferdigstill(&feil), ferdig.constFirst().at(1).toLongLong());
        QCOMPARE(m_arkiv->forSak(sak.id).size(), 1);

        // Changing the draft makes it another letter that can be finalised.
        visning.settFritekst(u"fritekst"_s, u"Vi ber om svar innen fristen."_s);
        QVERIFY(knapp->isEnabled());
        QVERIFY(visning.forhaandsvist().utkast);

        // ... but the question now warns that the same type already went to the same party,
        // with its date and document number; cancelling stores nothing.
        std::function<void()> avbryt = [&] {
            auto *boks = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!boks) {
                QTimer::singleShot(20, avbryt);
                return;
            }
            ++spoersmaal;
            tekst = boks->text();
            boks->button(QMessageBox::Cancel)->click();
        };
        QTimer::singleShot(0, avbryt);
        knapp->click();
        QCOMPARE(spoersmaal, 2);
        QVERIFY2(tekst.startsWith(u"Warning: a letter of this type to Helse Bergen HF, Haukeland universitetssjukehus "
                                  u"was already finalised on 01.04.2024 (document 2024/600-1)."_s),
                 qPrintable(tekst));
        QCOMPARE(m_arkiv->forSak(sak.id).size(), 1);
    }

    // In the nynorsk UI the letter types and the case's kilder/temaer lists show the nynorsk
    // names (they stayed bokmål), and follow a language change.
    void nynorskNamesOfLetterTypesAndCatalogueLists()
    {
        const QLocale foer;
        QLocale::setDefault(QLocale(QLocale::NorwegianNynorsk, QLocale::Norway));
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settSak(test::brevsak(5, 3), QDate(2024, 4, 1));
        auto *typer = finn<QComboBox>(&visning, u"brevtype"_s);
        QVERIFY(typer->count() > 3);
        for (int i = 0; i < typer->count(); ++i)
            QCOMPARE(typer->itemText(i), brevtype(typer->itemData(i).toString())->navnNn);
        QVERIFY(typer->findText(u"Avgjerd i tilsynssak"_s) >= 0);

        KodeListe kilder(Katalog::innebygd(), Katalog::Liste::Kilde);
        kilder.vis(u"helse"_s, {u"parorende"_s});
        QStringList tekster;
        for (int i = 0; i < kilder.count(); ++i)
            tekster.append(kilder.item(i)->text());
        QVERIFY2(tekster.contains(u"Pårørande"_s) && !tekster.contains(u"Pårørende"_s), qPrintable(tekster.join(u", "_s)));
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QEvent endring(QEvent::LanguageChange);
        QApplication::sendEvent(&kilder, &endring);
        tekster.clear();
        for (int i = 0; i < kilder.count(); ++i)
            tekster.append(kilder.item(i)->text());
        QVERIFY2(tekster.contains(u"Pårørende"_s), qPrintable(tekster.join(u", "_s)));
        QCOMPARE(kilder.valgte(), QStringList{u"parorende"_s});

        // The behandlingsmåte's title in the case editor: "Statsforvaltaren greier ut og avgjer".
        QLocale::setDefault(QLocale(QLocale::NorwegianNynorsk, QLocale::Norway));
        {
            CaseEditor editor(*m_saker, Katalog::innebygd(), u"kari"_s);
            Tilsynssak bm5 = test::brevsak(5, 3);
            bm5.id = u"6b0e6a8c-7d2e-4c1a-9f3b-2a4c6e8f0a1c"_s;
            bm5.saksnummer = u"2024/601"_s;
            QVERIFY(m_saker->lagre(bm5, {u"tester"_s}).ok());
            QVERIFY(editor.aapne(bm5.id));
            const QString tittel = finn<QLabel>(&editor, u"bmVeiledning"_s)->text();
            QVERIFY2(tittel.contains(Katalog::innebygd().behandlingsmaate(5)->navnNn) && !tittel.contains(u"utreder"_s),
                     qPrintable(tittel));
        }
        QLocale::setDefault(foer);
    }

    // Ctrl+P on a decided case proposes the letter that closes it, not a receipt.
    // Issue 10: a BM 5 case with two objects (and an innsender) was closed by its FIRST
    // decision letter, the milestone being ticked by default. Ticked only for the last object's
    // decision; before that unticked, naming the object whose decision is still missing.
    void theLastDecisionClosesTheCaseNotTheFirst()
    {
        Tilsynssak sak = test::brevsak(5, 2);
        sak.saksnummer = u"2024/610"_s;
        sak.avsluttet = QDate();
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        struct Svar
        {
            bool avkrysset = false;
            QString tekst;
            bool ferdig = false; // finalised
        };
        auto ferdigstill = [&](const QString &til) {
            Svar svar;
            Brevvisning visning(Katalog::innebygd(), m_maler);
            visning.settArkiv(m_arkiv.get(), u"kari"_s);
            visning.settSaker(m_saker.get());
            visning.settSak(*m_saker->hent(sak.id), QDate(2024, 9, 2));
            if (!visning.velgType(u"bm5-avgjorelse"_s) || !visning.velgMottaker(til))
                return svar;
            visning.show();
            std::function<void()> svarPaa = [&] {
                if (!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    return QTimer::singleShot(20, svarPaa);
                auto *boks = test::ventPaaModal<QMessageBox>(); // Alt letters act in the active window
                if (!boks)
                    return;
                svar.tekst = boks->text();
                svar.avkrysset = boks->findChild<QCheckBox *>(u"medMilepel"_s)->isChecked();
                QTest::keyClick(boks, Qt::Key_F, Qt::AltModifier); // "&Finalise"
            };
            QTimer::singleShot(0, svarPaa);
            auto *knapp = finn<QPushButton>(&visning, u"ferdigstill"_s);
            knapp->setFocus();
            QTest::keyClick(knapp, Qt::Key_Space);
            svar.ferdig = QTest::qWaitFor([&] { return !visning.kanFerdigstilles(); }, 30000);
            return svar;
        };
        const Svar foerste = ferdigstill(u"o1"_s);
        QVERIFY(foerste.ferdig);
        QVERIFY(!foerste.avkrysset);
        QVERIFY2(foerste.tekst.contains(FerdigstillBekreftelse::manglerTekst({u"Lege Per Hansen"_s})),
                 qPrintable(foerste.tekst));
        QVERIFY(!m_saker->hent(sak.id)->avsluttet.isValid()); // still open after the first decision
        const Svar andre = ferdigstill(u"o2"_s);
        QVERIFY(andre.ferdig);
        QVERIFY(andre.avkrysset);
        QVERIFY2(!andre.tekst.contains(u"not finalised yet"_s), qPrintable(andre.tekst));
        QCOMPARE(m_saker->hent(sak.id)->avsluttet, QDate(2024, 9, 2)); // closed with the last one
        QCOMPARE(m_arkiv->forSak(sak.id).size(), 2);
    }

    void aDecidedCaseProposesItsDecisionNotAReceipt()
    {
        Tilsynssak sak = test::brevsak(5, 3);
        Brevvisning visning(Katalog::innebygd(), m_maler);
        sak.avsluttet = QDate();
        sak.utfall.reset();
        visning.settSak(sak, QDate(2024, 4, 1));
        QCOMPARE(finn<QComboBox>(&visning, u"brevtype"_s)->currentData().toString(), u"kvittering"_s);
        // Decided (an utfall) but not closed yet, as when the tryout was offered a Kvittering.
        sak.utfall = u"lovbrudd"_s;
        visning.settSak(sak, QDate(2024, 9, 2));
        QCOMPARE(finn<QComboBox>(&visning, u"brevtype"_s)->currentData().toString(), u"bm5-avgjorelse"_s);
        sak.avsluttet = QDate(2024, 9, 2);
        visning.settSak(sak, QDate(2024, 9, 2));
        QCOMPARE(finn<QComboBox>(&visning, u"brevtype"_s)->currentData().toString(), u"bm5-avgjorelse"_s);
    }

    void saveDraftIsConnected()
    {
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settSak(m_holder, QDate(2024, 4, 1));
        visning.show();
        const QString fil = m_dir.filePath(u"utkast.pdf"_s);
        std::function<void()> svar = [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, svar);
                return;
            }
            dialog->selectFile(fil);
            QMetaObject::invokeMethod(dialog, "accept");
        };
        QTimer::singleShot(0, svar);
        finn<QPushButton>(&visning, u"lagreUtkast"_s)->click();
        QFile f(fil);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString tekst = test::pdfTekst(f.readAll());
        QVERIFY2(tekst.contains(u"UTKAST"_s) && tekst.contains(u"2024/4711"_s), qPrintable(tekst));
    }

    void documentsAreCheckedBeforeTheyAreShownPrintedOrSaved()
    {
        Tilsynssak sak = test::brevsak(5, 3);
        sak.saksnummer = u"2024/700"_s;
        sak.utfall.reset(); // not decided yet: the varsel and the statement for comment fit (Brevvalg)
        sak.avsluttet = QDate();
        QVERIFY(m_saker->lagre(sak, {u"tester"_s}).ok());
        Brevvisning visning(Katalog::innebygd(), m_maler);
        visning.settArkiv(m_arkiv.get(), u"kari"_s);
        visning.settSak(sak, QDate(2024, 9, 2));
        QVERIFY(visning.velgType(u"bm5-varsel"_s));
        QString feil;
        const qint64 id = visning.ferdigstill(&feil);
        QVERIFY2(id > 0, qPrintable(feil));
        const FerdigBrev lagret = m_arkiv->hentKontrollert(id);

        DokumentListe dokumenter(*m_arkiv);
        QAbstractItemModelTester tester(dokumenter.modell(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dokumenter.show();
        dokumenter.visSak(sak.id);
        DokumentModell *m = dokumenter.modell();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, DokumentModell::Dato).data().toString(), u"02.09.2024"_s);
        QCOMPARE(m->index(0, DokumentModell::Type).data().toString(), brevtype(u"bm5-varsel"_s)->navn);
        { // the type in the UI's language, whatever the letter's målform
            const QLocale foer;
            QLocale::setDefault(QLocale(QLocale::NorwegianNynorsk, QLocale::Norway));
            QCOMPARE(m->index(0, DokumentModell::Type).data().toString(), brevtype(u"bm5-varsel"_s)->navnNn);
            QLocale::setDefault(foer);
        }
        QCOMPARE(m->index(0, DokumentModell::Mottaker).data().toString(), lagret.mottaker);
        QCOMPARE(m->index(0, DokumentModell::FerdigstiltAv).data().toString(), u"kari"_s);
        QVERIFY(m->index(0, 0).data(Qt::ToolTipRole).toString().contains(lagret.sha256));
        auto *vis = finn<QPushButton>(&dokumenter, u"visDokument"_s);
        QVERIFY(vis->isEnabled()); // the newest letter is selected at once (keyboard: Alt+P opens it)
        QCOMPARE(dokumenter.tabell()->selectionModel()->selectedRows().value(0).row(), 0);
        dokumenter.tabell()->clearSelection();
        QVERIFY(!vis->isEnabled());
        QVERIFY(vis->toolTip().contains(u"Choose a letter"_s));
        dokumenter.tabell()->selectRow(0);
        QVERIFY(vis->isEnabled());
        QVERIFY(vis->toolTip().isEmpty());

        // A letter finalised later is appended (rows inserted, no reset).
        QSignalSpy nullstilt(m, &QAbstractItemModel::modelReset);
        QSignalSpy sattInn(m, &QAbstractItemModel::rowsInserted);
        QVERIFY(visning.velgType(u"bm5-kontradiksjon"_s));
        QVERIFY2(visning.ferdigstill(&feil) > 0, qPrintable(feil));
        dokumenter.lesPaaNytt();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(sattInn.size(), 1);
        QCOMPARE(nullstilt.size(), 0);

        // View: the checked bytes in a PDF viewer.
        QWidget *vindu = dokumenter.vis(id);
        QVERIFY(vindu);
        auto *pdf = finn<QPdfView>(vindu, u"pdfvisning"_s);
        QVERIFY(pdf->document()->pageCount() >= 1);
        // The check in words, the hash only in the tooltip; Save as, Print and Close with accelerators.
        auto *sjekk = finn<QLabel>(vindu, u"sha256"_s);
        QCOMPARE(sjekk->text(), u"Checked: unchanged since it was finalised "_s
                                    + lagret.ferdigstilt.toLocalTime().date().toString(u"dd.MM.yyyy"_s));
        QVERIFY(!sjekk->text().contains(lagret.sha256));
        QVERIFY(sjekk->toolTip().contains(lagret.sha256));
        QCOMPARE(finn<QPushButton>(vindu, u"lagreVist"_s)->text(), u"Save &as…"_s);
        QCOMPARE(finn<QPushButton>(vindu, u"skrivUtVist"_s)->text(), u"&Print…"_s);
        QCOMPARE(finn<QPushButton>(vindu, u"lukkVist"_s)->text(), u"&Close"_s);
        const int sider = pdf->document()->pageCount();
        {
            QPointer<QWidget> aapent(vindu);
            QVERIFY(QTest::qWaitForWindowExposed(vindu));
            QTest::keyClick(vindu, Qt::Key_C, Qt::AltModifier); // Close, by its accelerator
            QTRY_VERIFY(!aapent); // deleted on close
        }
        // Save: the stored bytes exactly.
        const QString kopi = m_dir.filePath(u"kopi.pdf"_s);
        QVERIFY2(dokumenter.lagreSom(id, kopi, &feil), qPrintable(feil));
        QFile f(kopi);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), lagret.pdf);
        // Print: every page (to a PDF printer here).
        QPrinter skriver(QPrinter::ScreenResolution);
        skriver.setOutputFormat(QPrinter::PdfFormat);
        skriver.setOutputFileName(m_dir.filePath(u"utskrift.pdf"_s));
        QVERIFY2(dokumenter.skrivUt(id, &skriver, &feil), qPrintable(feil));
        QFile u(m_dir.filePath(u"utskrift.pdf"_s));
        QVERIFY(u.open(QIODevice::ReadOnly));
        const QString info = test::poppler(u"pdfinfo"_s, {}, u.readAll());
        QVERIFY2(info.contains(QRegularExpression(u"Pages: +%1\n"_s.arg(sider))), qPrintable(info));

        // Damaged bytes (only possible by removing the store's guard): an error, never opened.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"DROP TRIGGER brev_endres_ikke"_s));
        QVERIFY(q.exec(u"UPDATE brev SET pdf = x'255044462d312e340a' WHERE id = %1"_s.arg(id)));
        const int vinduerFoer = int(QApplication::topLevelWidgets().size());
        QVERIFY(!dokumenter.vis(id));
        QCOMPARE(int(QApplication::topLevelWidgets().size()), vinduerFoer);
        QVERIFY2(dokumenter.feil().contains(u"The letter was not opened"_s) && dokumenter.feil().contains(lagret.sha256),
                 qPrintable(dokumenter.feil()));
        QVERIFY(finn<QLabel>(&dokumenter, u"dokumentfeil"_s)->isVisible());
        QVERIFY(!dokumenter.lagreSom(id, m_dir.filePath(u"skadet.pdf"_s), &feil));
        QVERIFY(!QFile::exists(m_dir.filePath(u"skadet.pdf"_s)));
        QVERIFY(!dokumenter.skrivUt(id, &skriver, &feil));
        QVERIFY(feil.contains(u"SHA-256"_s));
        QVERIFY(q.exec(u"CREATE TRIGGER brev_endres_ikke BEFORE UPDATE ON brev BEGIN "
                       u"SELECT RAISE(ABORT, 'et ferdigstilt brev kan ikke endres'); END"_s));
    }
};

QTEST_MAIN(TestFerdigstilling)
#include "tst_ferdigstilling.moc"
