// A caseworker's whole day, end to end, with the keyboard only: the real desktop (Skrivebord and
// its MainWindow) in this process, driven by QTest key events — no mouse, no calls of the
// application's slots. Each step of the scenario in issue 10 is one function, run in order on the
// same window, from the first-run profile to quitting.
//
// Keys reach the widget that has the focus (QApplication::focusWidget()), as a user's would;
// where a field is reached with Tab the test says how many times.

#include "brevvisning.h"
#include "caseeditor.h"
#include "datofelt.h"
#include "dokumentliste.h"
#include "items/dokumentmodell.h"
#include "items/journalmodell.h"
#include "journalpanel.h"
#include "letters/brevrepository.h"
#include "oppfolgingvisning.h"
#include "store/oppfolgingrepository.h"
#include "domain/katalog.h"
#include "innstillingerdialog.h"
#include "items/innstillinger.h"
#include "mainwindow.h"
#include "tastehjelp.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace tilsyn;
using tilsyn::test::naarModal;

namespace {

QPointer<QWidget> g_hovedvindu;

// Where the system sends a key: an open pop-up (a completer's list, a menu) first, as the
// window system does, else the widget with the focus.
QWidget *mottaker()
{
    if (QWidget *p = QApplication::activePopupWidget())
        return p->focusWidget() ? p->focusWidget() : p;
    // The offscreen platform leaves no window active after a pop-up closes; a window system
    // gives the activation back to the window the pop-up belonged to.
    QWidget *aktiv = QApplication::activeWindow();
    if (!aktiv || !aktiv->isVisible()) {
        QWidget *vindu = QApplication::activeModalWidget();
        if (!vindu && QApplication::focusWidget())
            vindu = QApplication::focusWidget()->window();
        if (!vindu)
            vindu = g_hovedvindu; // a closed dialog gives the activation back to its parent
        if (vindu)
            QApplication::setActiveWindow(vindu);
    }
    if (!QApplication::focusWidget() && QApplication::activeWindow())
        return QApplication::activeWindow();
    return QApplication::focusWidget();
}

void tast(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(mottaker(), k, m);
}

// Alt+letter: a label's accelerator moves the focus at once; a button's is an animated click
// that fires after 100 ms, so wait for it as a user's eye would.
void alt(Qt::Key k)
{
    tast(k, Qt::AltModifier);
    // A button's accelerator is an animated click, fired by a 100 ms timer. qWait() stops when its
    // time is up without a last look at the queue, so on a starved machine that timer may not have
    // run yet: once the time is up it is due, and one more pass delivers it.
    QTest::qWait(200);
    QCoreApplication::processEvents();
}

void skriv(const QString &t)
{
    QTest::keyClicks(mottaker(), t);
}

// Type-ahead in a closed combo box: letters typed within the keyboard input interval add up to
// one search, so a new search starts after a pause, as a person's would.
void soekIListe(const QString &t)
{
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    skriv(t);
}

// The text layer of a PDF (what a reader of the letter sees).
QString pdfTekst(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument dokument;
    dokument.load(&buffer);
    QString ut;
    for (int i = 0; i < dokument.pageCount(); ++i)
        ut += dokument.getAllText(i).text() + u'\n';
    return ut;
}

// Tab until the widget named `navn` has the focus (at most `maks` presses): fails if Tab never
// reaches it, which is itself a keyboard trap or a field out of the tab order.
bool tabTil(const QString &navn, int maks = 60)
{
    for (int i = 0; i < maks; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == navn)
            return true;
        tast(Qt::Key_Tab);
    }
    return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == navn;
}

} // namespace

class TestArbeidsdag final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_store->registrerKatalog(Katalog::innebygd());
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_oversettelser.last(u"nb"_s);
        m_skrivebord = std::make_unique<Skrivebord>(*m_store, Katalog::innebygd(), m_oversettelser);
    }

    // 1. First start: the profile, filled in with the keyboard (an empty field is refused).
    void foersteStartProfil()
    {
        m_skrivebord->start();
        InnstillingerDialog *d = m_skrivebord->profildialog();
        QVERIFY(d && QTest::qWaitForWindowActive(d));
        for (const QString &t : {u"Kari Nordmann"_s, u"seniorrådgiver"_s, u"61 26 60 00"_s}) {
            skriv(t);
            tast(Qt::Key_Tab);
        }
        tast(Qt::Key_Down); // office: Østfold, Buskerud, Oslo og Akershus
        tast(Qt::Key_Tab);
        skriv(u"Ola Nordmann"_s);
        tast(Qt::Key_Return);
        QVERIFY(m_skrivebord->profildialog() && m_skrivebord->profildialog()->isVisible()); // title missing
        skriv(u"seksjonssjef"_s);
        tast(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_skrivebord->vindu(), 30000);
        g_hovedvindu = m_skrivebord->vindu();
        QVERIFY(QTest::qWaitForWindowActive(m_skrivebord->vindu()));
        QVERIFY(Innstillinger::profilKomplett());
    }

    // 2. Register a health case: two subjects, a submitter writing nynorsk, serious.
    void registrerHelsesak()
    {
        MainWindow *w = m_skrivebord->vindu();
        tast(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w->editor()->harSak());
        const CaseEditor *e = w->editor();
        QVERIFY(tabTil(u"sektor"_s));
        // Sektor: type-ahead on the closed combo picks "Helse …".
        skriv(u"H"_s);
        QCOMPARE(e->sak().sektor, u"helse"_s);
        QVERIFY(tabTil(u"alvorlig"_s));
        tast(Qt::Key_Space);
        QVERIFY(e->sak().alvorlig);
        // Required before saving: who the information came from, and that involving the
        // patient was considered (a case without them is refused with a message, tst_rutenett).
        alt(Qt::Key_U); // "Br&ukerinvolvering"
        QCOMPARE(QApplication::focusWidget()->objectName(), u"brukerinvolvering.vurdert"_s);
        tast(Qt::Key_Space);
        alt(Qt::Key_K); // "&Kilder": Space ticks the first, "Pasient/bruker"
        QCOMPARE(QApplication::focusWidget()->objectName(), u"kilder"_s);
        tast(Qt::Key_Space);
        QCOMPARE(e->sak().kilder, QStringList{u"pasient-bruker"_s});
        alt(Qt::Key_G); // "Sammendra&g"
        QCOMPARE(QApplication::focusWidget()->objectName(), u"sammendrag"_s);
        skriv(u"Pasienten fikk feil medisin ved utskriving."_s);
        // The parties are on the editor's second page: Alt+2, then "&Innsender".
        alt(Qt::Key_2);
        alt(Qt::Key_I);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"innsender.navn"_s);
        skriv(u"Sigrid Nes"_s);
        QVERIFY(tabTil(u"innsender.maalform"_s));
        tast(Qt::Key_Down); // (unknown) → Bokmål
        tast(Qt::Key_Down); // → Nynorsk
        QCOMPARE(e->sak().innsender.value_or(Innsender{}).maalform, std::optional<QString>(u"nn"_s));
        for (const QString &navn : {u"Helse Vest legevakt"_s, u"Dr. Per Li"_s}) {
            alt(Qt::Key_G); // "Le&gg til tilsynsobjekt"
            QVERIFY(tabTil(u"navn"_s));
            skriv(navn);
        }
        QCOMPARE(e->sak().tilsynsobjekter.size(), 2);
        QCOMPARE(e->sak().tilsynsobjekter[1].navn, u"Dr. Per Li"_s);
    }

    // 3. Enter the archive's saksnummer: Alt+1 (the page "Saken"), then Alt+N (the label
    // "Saks&nummer") reaches the field.
    void skrivSaksnummer()
    {
        const CaseEditor *e = m_skrivebord->vindu()->editor();
        alt(Qt::Key_1);
        alt(Qt::Key_N);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"saksnummer"_s);
        skriv(u"2026/415"_s);
        QCOMPARE(e->sak().saksnummer, std::optional<QString>(u"2026/415"_s));
    }

    // 4. BM 5 with two assessments (one per subject, both breaches) and the outcome.
    void bm5MedToVurderinger()
    {
        const CaseEditor *e = m_skrivebord->vindu()->editor();
        alt(Qt::Key_3); // the page "Behandling"
        alt(Qt::Key_M); // "Behandlings&måte": the first method's radio button
        QCOMPARE(QApplication::focusWidget()->objectName(), u"bm1"_s);
        for (int i = 0; i < 4; ++i) // arrows move between the methods, Space chooses
            tast(Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"bm5"_s);
        tast(Qt::Key_Space);
        QCOMPARE(e->sak().behandlingsmaate, std::optional<int>(5));
        alt(Qt::Key_4); // the page "Vurderinger", usable now that the method is 5
        const struct
        {
            QString soek, kode, begrunnelse;
            int objekt;
        } vurderinger[] = {
            {u"omsorgstjenesteloven § 4-1"_s, u"hol-4-1"_s, u"Legevakta hadde ingen rutine for legemiddelsamstemming."_s, 0},
            {u"spesialisthelsetjenesteloven § 2-2"_s, u"sphl-2-2"_s, u"Epikrisen manglet oppdatert legemiddelliste."_s, 1},
        };
        for (const auto &v : vurderinger) {
            alt(Qt::Key_D); // "Legg til vur&dering": the form's provision field gets the focus
            QCOMPARE(QApplication::focusWidget()->objectName(), u"bestemmelse"_s);
            skriv(v.soek); // the picker searches law, § and name
            auto *popup = QApplication::activePopupWidget();
            QVERIFY2(popup, "typing in the provision picker shows no matches");
            tast(Qt::Key_Down);
            tast(Qt::Key_Return);
            QTRY_VERIFY(!QApplication::activePopupWidget());
            QTest::qWait(100); // the platform's late activation events of the closed pop-up
            const int nr = int(e->sak().vurderinger.size()) - 1;
            QCOMPARE(e->sak().vurderinger[nr].bestemmelse, v.kode);
            tast(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), u"objekt"_s);
            for (int i = 0; i < v.objekt; ++i)
                tast(Qt::Key_Down);
            QCOMPARE(e->sak().vurderinger[nr].objekt, e->sak().tilsynsobjekter[v.objekt].id);
            tast(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), u"konklusjon"_s);
            QCOMPARE(e->sak().vurderinger[nr].konklusjon, QString()); // no default conclusion
            soekIListe(u"L"_s); // "Lovbrudd"
            QCOMPARE(e->sak().vurderinger[nr].konklusjon, u"lovbrudd"_s);
            tast(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), u"begrunnelse"_s);
            skriv(v.begrunnelse);
        }
        alt(Qt::Key_3); // back to "Behandling"
        alt(Qt::Key_U); // "&Utfall"
        QCOMPARE(QApplication::focusWidget()->objectName(), u"utfall"_s);
        soekIListe(u"Lov"_s); // "Lovbrudd påpekt"
        QCOMPARE(e->sak().utfall, std::optional<QString>(u"lovbrudd"_s));
        QCOMPARE(e->sak().vurderinger.size(), 2);
        QCOMPARE(e->sak().vurderinger[1].begrunnelse, u"Epikrisen manglet oppdatert legemiddelliste."_s);
    }

    // 5. Save with Ctrl+S: the stored case is what was typed.
    void lagre()
    {
        MainWindow *w = m_skrivebord->vindu();
        tast(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!w->editor()->erEndret(), "the case was not saved");
        const auto lagret = m_repo->hent(w->editor()->sak().id);
        QVERIFY(lagret);
        QCOMPARE(lagret->embete, u"ostfold-buskerud-oslo-akershus"_s); // the profile's office
        QCOMPARE(lagret->saksnummer, std::optional<QString>(u"2026/415"_s));
        QCOMPARE(lagret->saksbehandler, std::optional<QString>(u"Kari Nordmann"_s));
        QCOMPARE(lagret->sektor, u"helse"_s);
        QVERIFY(lagret->alvorlig);
        QCOMPARE(lagret->sammendrag, std::optional<QString>(u"Pasienten fikk feil medisin ved utskriving."_s));
        QCOMPARE(lagret->innsender.value_or(Innsender{}).navn, u"Sigrid Nes"_s);
        QCOMPARE(lagret->innsender.value_or(Innsender{}).maalform, std::optional<QString>(u"nn"_s));
        QCOMPARE(lagret->tilsynsobjekter.size(), 2);
        QCOMPARE(lagret->tilsynsobjekter[0].navn, u"Helse Vest legevakt"_s);
        QCOMPARE(lagret->behandlingsmaate, std::optional<int>(5));
        QCOMPARE(lagret->utfall, std::optional<QString>(u"lovbrudd"_s));
        QCOMPARE(lagret->vurderinger.size(), 2);
        QCOMPARE(lagret->vurderinger[0].bestemmelse, u"hol-4-1"_s);
        QCOMPARE(lagret->vurderinger[0].objekt, lagret->tilsynsobjekter[0].id);
        QCOMPARE(lagret->vurderinger[1].objekt, lagret->tilsynsobjekter[1].id);
        QCOMPARE(lagret->vurderinger[1].konklusjon, u"lovbrudd"_s);
    }

    // 6. Preview and finalise the decision (Ctrl+P opens the case's letters); its signer is the
    // profile, its målform the recipient's; finalising also records the case as closed.
    void forhaandsvisOgFerdigstillBrev()
    {
        MainWindow *w = m_skrivebord->vindu();
        const QString sakId = w->editor()->sak().id;
        bool gjort = false;
        naarModal(u"brevdialog"_s, [&](QWidget *dialog) {
            alt(Qt::Key_T); // "Brev&type"
            QCOMPARE(QApplication::focusWidget()->objectName(), u"brevtype"_s);
            soekIListe(u"Avg"_s); // "Avgjørelse i tilsynssak"
            auto *visning = dialog->findChild<Brevvisning *>();
            QCOMPARE(visning->utkast().type, u"bm5-avgjorelse"_s);
            QCOMPARE(visning->utkast().mottaker.navn, u"Helse Vest legevakt"_s);
            alt(Qt::Key_O); // "&Oppdater forhåndsvisning"
            QTRY_VERIFY_WITH_TIMEOUT(visning->antallSider() >= 1, 30000);
            naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
                QVERIFY2(boks->findChild<QLabel *>(u"qt_msgbox_label"_s)->text().contains(u"Helse Vest legevakt"_s),
                         "the question names the recipient");
                // The first of two decisions: not ticked, the other object named (issue 10: it
                // closed the case); the caseworker ticks it here (Alt+R) to go on with one letter.
                auto *milepel = boks->findChild<QCheckBox *>(u"medMilepel"_s);
                QVERIFY(!milepel->isChecked());
                QVERIFY(boks->findChild<QLabel *>(u"qt_msgbox_label"_s)->text().contains(u"Dr. Per Li"_s));
                alt(Qt::Key_R); // "&Registrer milepælen «avsluttet» med brevets dato"
                QVERIFY(milepel->isChecked()); // closed with the letter's date
                alt(Qt::Key_F); // "&Ferdigstill"
            });
            alt(Qt::Key_F); // "&Ferdigstill…"
            QTRY_VERIFY_WITH_TIMEOUT(!visning->kanFerdigstilles(), 30000); // finalised: the same draft cannot be finalised twice
            gjort = true;
            tast(Qt::Key_Escape);
        });
        tast(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(gjort);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        const QList<FerdigBrev> brev = BrevRepository(*m_store).forSak(sakId);
        QCOMPARE(brev.size(), 1);
        QCOMPARE(brev[0].type, u"bm5-avgjorelse"_s);
        QCOMPARE(brev[0].mottaker, u"Helse Vest legevakt"_s);
        QCOMPARE(brev[0].maalform, u"nb"_s); // the subject's målform is not known: bokmål
        QCOMPARE(brev[0].ferdigstiltAv, u"Kari Nordmann"_s);
        // The signer, as printed: the profile's name, title and phone (the login name nowhere).
        const QString tekst = pdfTekst(BrevRepository(*m_store).hentKontrollert(brev[0].id).pdf);
        sjekkUnderskriver(tekst);
        QVERIFY2(tekst.contains(u"Avgjørelse i tilsynssak"_s), qPrintable(tekst.left(600)));
        // The milestone was recorded: the decided case is closed on the letter's date.
        QCOMPARE(m_repo->hent(sakId)->avsluttet, QDate::currentDate());
        QCOMPARE(w->editor()->sak().avsluttet, QDate::currentDate());
        QVERIFY(!w->editor()->erEndret());
    }

    // 6b. The result to the innsender, who writes nynorsk: Ctrl+P, the type "Resultatet av
    // tilsynssaken" by type-ahead, the recipient ("&Mottaker") is she; the letter follows her
    // målform and is signed "Med helsing".
    void ferdigstillBrevTilInnsender()
    {
        MainWindow *w = m_skrivebord->vindu();
        const QString sakId = w->editor()->sak().id;
        bool gjort = false;
        naarModal(u"brevdialog"_s, [&](QWidget *dialog) {
            alt(Qt::Key_T); // "Brev&type"
            soekIListe(u"Res"_s); // "Resultatet av tilsynssaken"
            auto *visning = dialog->findChild<Brevvisning *>();
            QCOMPARE(visning->utkast().type, u"bm5-resultat-innsender"_s);
            alt(Qt::Key_M); // "&Mottaker"
            QCOMPARE(QApplication::focusWidget()->objectName(), u"mottaker"_s);
            QCOMPARE(visning->utkast().mottaker.navn, u"Sigrid Nes"_s);
            QCOMPARE(visning->utkast().maalform, Maalform::Nynorsk);
            // The assessments are in bokmål: a short reason in nynorsk for each, in the fields
            // the letter shows for them (Tab from the recipient reaches the first).
            for (const QString &grunn : {u"Legevakta hadde ingen rutine for samstemming av legemiddel."_s,
                                         u"Epikrisen mangla oppdatert legemiddelliste."_s}) {
                bool naadd = false;
                for (int i = 0; i < 40 && !naadd; ++i) {
                    tast(Qt::Key_Tab);
                    naadd = QApplication::focusWidget()->objectName().startsWith(u"grunn"_s);
                }
                QVERIFY2(naadd, qPrintable(QApplication::focusWidget()->objectName()));
                skriv(grunn);
            }
            alt(Qt::Key_O); // "&Oppdater forhåndsvisning"
            QTRY_VERIFY_WITH_TIMEOUT(visning->antallSider() >= 1, 30000);
            QTRY_VERIFY2_WITH_TIMEOUT(visning->kanFerdigstilles(), qPrintable(visning->ferdigstillingsgrunn()), 30000);
            naarModal(u"ferdigstillBekreftelse"_s, [&](QWidget *boks) {
                const QString spoersmaal = boks->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
                QVERIFY2(spoersmaal.contains(u"Sigrid Nes"_s), qPrintable(spoersmaal));
                alt(Qt::Key_F); // "&Ferdigstill"
            });
            alt(Qt::Key_F); // "&Ferdigstill…"
            QTRY_VERIFY_WITH_TIMEOUT(!visning->kanFerdigstilles(), 30000);
            gjort = true;
            tast(Qt::Key_Escape);
        });
        tast(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(gjort);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 30000);

        const QList<FerdigBrev> brev = BrevRepository(*m_store).forSak(sakId);
        QCOMPARE(brev.size(), 2);
        const auto tilInnsender = std::find_if(brev.cbegin(), brev.cend(), [](const FerdigBrev &b) {
            return b.mottaker == u"Sigrid Nes"_s;
        });
        QVERIFY(tilInnsender != brev.cend());
        QCOMPARE(tilInnsender->type, u"bm5-resultat-innsender"_s);
        QCOMPARE(tilInnsender->maalform, u"nn"_s);
        QCOMPARE(tilInnsender->ferdigstiltAv, u"Kari Nordmann"_s);
        const QString tekst = pdfTekst(BrevRepository(*m_store).hentKontrollert(tilInnsender->id).pdf);
        QVERIFY2(tekst.contains(u"Med helsing"_s), qPrintable(tekst.right(600)));
        QVERIFY2(!tekst.contains(u"Med hilsen"_s), qPrintable(tekst.right(600)));
        sjekkUnderskriver(tekst, u"seniorrådgjevar"_s); // the profile's title, in the letter's målform
        QVERIFY(!w->editor()->erEndret());
    }

    // 7. The finalised letter in the case's documents (Alt+5): selected, and opened with Alt+P.
    void seBrevetIDokumentene()
    {
        MainWindow *w = m_skrivebord->vindu();
        auto *dokumenter = w->findChild<DokumentListe *>();
        alt(Qt::Key_5); // the page "Dokumenter"
        QVERIFY(dokumenter && dokumenter->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dokumenter->modell()->rowCount(), 2, 30000);
        QStringList typer{dokumenter->modell()->brev(0).type, dokumenter->modell()->brev(1).type};
        typer.sort();
        QCOMPARE(typer, (QStringList{u"bm5-avgjorelse"_s, u"bm5-resultat-innsender"_s}));
        // "Skriv brev…" under the letters: File → Write letter… itself (Ctrl+P), the next Tab stop after the list.
        auto *skriv = dokumenter->findChild<QToolButton *>(u"knapp_handlingSkrivUt"_s);
        QVERIFY(skriv && skriv->isVisible() && skriv->isEnabled());
        QCOMPARE(skriv->defaultAction(), w->skrivBrevHandling());
        QCOMPARE(w->skrivBrevHandling()->shortcut(), QKeySequence(QKeySequence::Print));
        // No stale reason under the buttons: Write letter… is available with the case open.
        const QString sperre = dokumenter->findChild<QLabel *>(u"sperrelinje"_s)->text();
        QVERIFY2(!sperre.contains(w->skrivBrevHandling()->text().remove(u'&')), qPrintable(sperre));
        // Alt+5 put the focus on the page's first field, the list of letters; Tab leaves it for the button.
        QCOMPARE(QApplication::focusWidget(), dokumenter->tabell());
        tast(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), skriv);
        tast(Qt::Key_Tab, Qt::ShiftModifier); // back to the list, with the keys
        QCOMPARE(QApplication::focusWidget(), dokumenter->tabell());
        alt(Qt::Key_Aring); // "&Åpne brev"
        QPointer<QWidget> visning;
        QTRY_VERIFY((visning = QApplication::activeWindow()) && visning->objectName() == u"dokumentvisning"_s);
        QVERIFY(visning->findChild<QLabel *>(u"sha256"_s)->toolTip().contains(dokumenter->modell()->brev(0).sha256));
        tast(Qt::Key_Escape); // closes the viewer (it used to crash QtPdf when closed at once)
        QTRY_VERIFY(!visning);
    }

    // 7b. The case's journal (Alt+6) numbers the letter with the saksnummer the case was saved
    // with, as the letter's Vår ref does. It said "No saksnummer yet (document 1)" until a
    // restart: it kept the number of the case as it was when first shown (issue 10).
    void journalenViserSaksnummeret()
    {
        MainWindow *w = m_skrivebord->vindu();
        auto *journal = w->findChild<JournalPanel *>();
        alt(Qt::Key_6); // the page "Journal"
        QVERIFY(journal && journal->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(journal->tabell()->model()->rowCount(), 2, 30000); // the two letters
        QStringList nummer;
        for (int r = 0; r < 2; ++r)
            nummer.append(journal->tabell()->model()->index(r, JournalModell::Nummer).data().toString());
        nummer.sort();
        QCOMPARE(nummer, (QStringList{u"2026/415-1"_s, u"2026/415-2"_s}));
    }

    // 8. Start the follow-up from the View menu; the frist proposed and stored is the decision's
    // deadline: the one its text states ("Fristen for dokumentasjonen er …", the draft's
    // oppfolgingsfrist, two months by default), not the decision date + 21 days.
    void startOppfolging()
    {
        MainWindow *w = m_skrivebord->vindu();
        const QString sakId = w->editor()->sak().id;
        const QDate fristIAvgjorelsen = QDate::currentDate().addMonths(2);
        QList<FerdigBrev> brev = BrevRepository(*m_store).forSak(sakId);
        brev.removeIf([](const FerdigBrev &b) { return b.type != u"bm5-avgjorelse"_s; });
        QCOMPARE(brev.size(), 1);
        const QString tekst = pdfTekst(BrevRepository(*m_store).hentKontrollert(brev[0].id).pdf).simplified();
        const QString iOrd = QLocale(QLocale::NorwegianBokmal, QLocale::Norway).toString(fristIAvgjorelsen, u"d. MMMM yyyy"_s);
        QVERIFY2(tekst.contains(u"Fristen for dokumentasjonen er "_s + iOrd), qPrintable(iOrd + u" in: "_s + tekst.right(900)));
        alt(Qt::Key_V); // "&Vis"
        QTRY_VERIFY(w->visningsmeny()->isVisible());
        QTest::keyClick(w->visningsmeny(), Qt::Key_F); // "Start opp&følging av lovbruddene i denne saken"
        OppfolgingVisning *v = nullptr;
        QTRY_VERIFY((v = w->findChild<OppfolgingVisning *>()) && QApplication::activeWindow() == v);
        QCOMPARE(v->valgtSak(), sakId);
        QCOMPARE(v->findChild<Datofelt *>(u"frist"_s)->dato(), fristIAvgjorelsen);
        alt(Qt::Key_K); // "&Krav"
        QCOMPARE(QApplication::focusWidget()->objectName(), u"krav"_s);
        skriv(u"Dokumenter ny rutine for legemiddelsamstemming ved utskriving"_s);
        alt(Qt::Key_S); // "&Sett krav og frist"
        QVERIFY2(v->problemer().isEmpty(), qPrintable(v->problemer().value(0).melding));
        const auto o = OppfolgingRepository(*m_store, *m_repo).hent(sakId);
        QVERIFY(o);
        QCOMPARE(o->lovbrudd.size(), 2);
        QCOMPARE(o->lovbrudd[0].krav, u"Dokumenter ny rutine for legemiddelsamstemming ved utskriving"_s);
        QCOMPARE(o->lovbrudd[0].frist, fristIAvgjorelsen);
    }

    // 9. Close the application with Ctrl+Q: nothing unsaved, no question asked.
    void avslutt()
    {
        MainWindow *w = m_skrivebord->vindu();
        QVERIFY2(QApplication::focusWidget(), "nothing has the keyboard focus");
        QVERIFY2(!QApplication::activeModalWidget(), qPrintable(QApplication::activeModalWidget() ? QApplication::activeModalWidget()->windowTitle() : QString()));
        QVERIFY(!w->editor()->erEndret());
        tast(Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w->isVisible());
    }

private:
    // The signer as printed: the profile's full name, title and direct phone; the login name of
    // the person running the program nowhere (it used to sign "Med hilsen <login>").
    static void sjekkUnderskriver(const QString &tekst, const QString &tittel = u"seniorrådgiver"_s)
    {
        const QString enkel = tekst.simplified();
        for (const QString &del : {u"Kari Nordmann"_s, tittel, u"61 26 60 00"_s})
            QVERIFY2(enkel.contains(del), qPrintable(del + u" not in: "_s + enkel.right(700)));
        for (const QString &login : {qEnvironmentVariable("USER"), qEnvironmentVariable("LOGNAME"), qEnvironmentVariable("USERNAME")}) {
            if (login.size() < 3)
                continue; // "a" or empty: would match any word
            const QRegularExpression ord(u"\\b"_s + QRegularExpression::escape(login) + u"\\b"_s);
            QVERIFY2(!enkel.contains(ord), qPrintable(login + u" in: "_s + enkel.right(700)));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    Oversettelser m_oversettelser;
    std::unique_ptr<Skrivebord> m_skrivebord;
};

QTEST_MAIN(TestArbeidsdag)
#include "tst_arbeidsdag.moc"
