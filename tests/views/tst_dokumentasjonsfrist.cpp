// The documentation deadline after a lovbrudd, and the reminder that chases it (session 16, the
// caseworker's three faults in the letter window), in the real desktop driven by keys:
//  - one deadline for the service: typed in one party's decision letter (opened from «Avgjørelser
//    til alle parter», Ctrl+Shift+P), the next party's decision shows it, «Save all as PDF drafts»
//    prints it in every decision, and it is the deadline the follow-up window proposes;
//  - nothing typed is lost: a deadline typed and the window closed (Escape, even from inside the
//    date field) is shown again when the letter is reopened; a deadline that is not a date cannot
//    be kept, so closing asks (Cancel stays, Discard closes);
//  - the follow-up reminder names the provision whose documentation is missing (as the decision
//    named it: paragraph and catalogue name) and the deadline that passed, nb and nn, and leaves
//    out the breach whose documentation came in and waits to be assessed.

#include "brevdialog.h"
#include "brevvisning.h"
#include "caseeditor.h"
#include "datofelt.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "letters/brevutkast.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "partsbrevdialog.h"
#include "skrivebord.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "tastehjelp.h"
#include "../letters/brevtestdata.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tilsyn;
using tilsyn::test::finn;
using tilsyn::test::naarModal;

namespace {

QPointer<QWidget> g_hovedvindu;

// Where a key goes: the focused widget of the active window (a closed dialog gives the
// activation back to its parent, which the offscreen platform does not do by itself).
QWidget *mottaker()
{
    QWidget *aktiv = QApplication::activeWindow();
    if (!aktiv || !aktiv->isVisible()) {
        QWidget *vindu = QApplication::activeModalWidget();
        if (!vindu)
            vindu = g_hovedvindu;
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

// A button's accelerator is an animated click fired by a 100 ms timer: wait for it.
void alt(Qt::Key k)
{
    tast(k, Qt::AltModifier);
    QTest::qWait(200);
    QCoreApplication::processEvents();
}

QByteArray les(const QString &sti)
{
    QFile f(sti);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fokus()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s;
}

// In the letter window: `kode` chosen in the combo box reached by Alt+`k`, by Home and Down.
bool velgMedTaster(QWidget *dialog, Qt::Key k, const QString &navn, const QString &kode)
{
    alt(k);
    auto *valg = finn<QComboBox>(dialog, navn);
    if (QApplication::focusWidget() != valg)
        return false;
    tast(Qt::Key_Home);
    for (int i = 0; i < valg->count() && valg->currentData().toString() != kode; ++i)
        tast(Qt::Key_Down);
    return valg->currentData().toString() == kode;
}

// Alt+A ("Dokument&asjonsfrist"), the date typed over what is there (8 digits), no Tab.
QLineEdit *skrivFrist(const QDate &dato)
{
    alt(Qt::Key_A);
    auto *tekst = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!tekst || !qobject_cast<Datofelt *>(tekst->parentWidget()))
        return nullptr;
    QTest::keyClick(tekst, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(tekst, dato.isValid() ? dato.toString(u"ddMMyyyy"_s) : u"31.13.2027"_s);
    return tekst;
}

} // namespace

class TestDokumentasjonsfrist final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    Oversettelser m_oversettelser;
    std::unique_ptr<Skrivebord> m_skrivebord;
    const Brevmalkilde m_maler;

    // A decided BM 5 case (two objects, each with a lovbrudd), open in the main window.
    QString aapneNySak(const QString &saksnummer)
    {
        Tilsynssak s = test::brevsak(5, 2);
        s.id = nyId();
        s.saksnummer = saksnummer;
        s.avsluttet = QDate();
        s.brukerinvolvering = Brukerinvolvering{true, false, {}};
        const auto r = m_repo->lagre(s, {u"kari"_s});
        if (!r.ok())
            qFatal("%s", qPrintable(r.problemer.constFirst().melding));
        m_skrivebord->vindu()->saksliste()->sakLagret(s.id);
        m_skrivebord->vindu()->aapneSak(s.id);
        return s.id;
    }

    // Ctrl+P in the main window opens the letter window; GJOER works in it (and closes it).
    bool iBrevdialogen(const std::function<void(QWidget *dialog)> &gjoer)
    {
        bool gjort = false;
        naarModal(u"brevdialog"_s, [&](QWidget *dialog) {
            gjoer(dialog);
            gjort = !QTest::currentTestFailed();
        });
        QApplication::setActiveWindow(m_skrivebord->vindu());
        tast(Qt::Key_P, Qt::ControlModifier);
        return gjort && QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        Innstillinger::tittel.sett(u"seniorrådgiver"_s);
        Innstillinger::telefon.sett(u"55 57 20 00"_s);
        Innstillinger::embete.sett(u"vestland"_s);
        Innstillinger::godkjenner.sett(u"Eva Berg"_s);
        Innstillinger::godkjennerTittel.sett(u"fylkeslege"_s);
        Innstillinger::profilSpurt.sett(true);
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_store->registrerKatalog(Katalog::innebygd());
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        QVERIFY(m_oversettelser.last(u"nb"_s));
        m_skrivebord = std::make_unique<Skrivebord>(*m_store, Katalog::innebygd(), m_oversettelser);
        m_skrivebord->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_skrivebord->vindu(), 30000);
        g_hovedvindu = m_skrivebord->vindu();
        QVERIFY(QTest::qWaitForWindowActive(m_skrivebord->vindu()));
    }

    void cleanupTestCase()
    {
        m_skrivebord.reset();
        QSettings().clear();
    }

    // Fault 1: the deadline typed in the hospital's decision, opened from «Avgjørelser til alle
    // parter», was not the doctor's, nor that of the drafts the command saved.
    void deadlineTypedInOnePartysDecisionIsEveryPartys()
    {
        const QString id = aapneNySak(u"2024/1601"_s);
        QTRY_VERIFY(m_skrivebord->vindu()->editor()->harSak());
        const QDate valgt = QDate::currentDate().addDays(45);
        QVERIFY(valgt != QDate::currentDate().addMonths(2)); // not the proposal
        QPointer<PartsbrevDialog> parter;
        QDate hosLegen;
        QString feltHosLegen;
        naarModal(u"partsbrevdialog"_s, [&](QWidget *w) {
            parter = qobject_cast<PartsbrevDialog *>(w);
            QCOMPARE(parter->utkast().size(), 3); // two decisions and the innsender's result
            QCOMPARE(parter->utkast().at(0).mottaker.objektId, u"o1"_s);
            QCOMPARE(parter->utkast().at(1).mottaker.objektId, u"o2"_s);
            // The hospital's decision: the deadline typed, then Escape from inside the field.
            naarModal(u"brevdialog"_s, [&](QWidget *dialog) {
                QCOMPARE(dialog->findChild<Brevvisning *>()->utkast().mottaker.objektId, u"o1"_s);
                QVERIFY2(skrivFrist(valgt), qPrintable(fokus()));
                tast(Qt::Key_Tab);
                tast(Qt::Key_Escape);
            });
            parter->liste()->setFocus();
            parter->liste()->setCurrentRow(0);
            tast(Qt::Key_Return); // Open for review… (the default button)
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == parter, 30000);
            QCOMPARE(test::ventPaaModal(u"partsbrevdialog"_s), parter.data());
            // The doctor's decision shows the same date.
            naarModal(u"brevdialog"_s, [&](QWidget *dialog) {
                auto *v = dialog->findChild<Brevvisning *>();
                QCOMPARE(v->utkast().mottaker.objektId, u"o2"_s);
                hosLegen = v->utkast().oppfolgingsfrist;
                feltHosLegen = finn<Datofelt>(dialog, u"dokumentasjonsfrist"_s)->tekstfelt()->text();
                tast(Qt::Key_Escape);
            });
            tast(Qt::Key_Down);
            tast(Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == parter, 30000);
            QCOMPARE(test::ventPaaModal(u"partsbrevdialog"_s), parter.data());
            // Save all as PDF drafts: the drafts listed before the change state it too.
            const QString mappe = m_dir.filePath(u"utkast-%1"_s.arg(id));
            QVERIFY(QDir().mkpath(mappe));
            QStringList filer;
            QCOMPARE(parter->lagreAlle(mappe, &filer), PartsbrevDialog::Utfall::Lagret);
            int avgjorelser = 0;
            for (const QString &f : std::as_const(filer)) {
                if (!f.contains(u"bm5-avgjorelse"_s))
                    continue;
                ++avgjorelser;
                const QString tekst = test::pdfTekst(les(f)).simplified();
                QVERIFY2(tekst.contains(u"innen "_s + datoIOrd(valgt)), qPrintable(f + u": "_s + tekst));
                QVERIFY2(!tekst.contains(datoIOrd(QDate::currentDate().addMonths(2))), qPrintable(f));
            }
            QCOMPARE(avgjorelser, 2);
            tast(Qt::Key_Escape);
        });
        QApplication::setActiveWindow(m_skrivebord->vindu());
        tast(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // View → Decision letters for all parties…
        QTRY_VERIFY_WITH_TIMEOUT(!parter && !QApplication::activeModalWidget(), 60000);
        QCOMPARE(hosLegen, valgt);
        QCOMPARE(feltHosLegen, valgt.toString(u"dd.MM.yyyy"_s));
        // The follow-up window proposes the same date for each breach.
        const OppfolgingRepository oppfolging(*m_store, *m_repo);
        QCOMPARE(oppfolging.avgjorelsesfrist(id), valgt);
    }

    // Fault 2: the deadline typed (not even confirmed by leaving the field) and the window closed
    // was gone when the letter was opened again. A deadline that is not a date: closing asks.
    void typedDeadlineIsKeptWhenTheWindowCloses()
    {
        const QString id = aapneNySak(u"2024/1602"_s);
        QTRY_VERIFY(m_skrivebord->vindu()->editor()->harSak());
        const QDate valgt = QDate::currentDate().addDays(50);
        QVERIFY(iBrevdialogen([&](QWidget *dialog) {
            QVERIFY(velgMedTaster(dialog, Qt::Key_T, u"brevtype"_s, u"bm5-avgjorelse"_s));
            QVERIFY(velgMedTaster(dialog, Qt::Key_M, u"mottaker"_s, u"o1"_s));
            QVERIFY2(skrivFrist(valgt), qPrintable(fokus()));
            tast(Qt::Key_Escape); // from inside the field: the date is typed, not confirmed
        }));
        QString vist;
        QVERIFY(iBrevdialogen([&](QWidget *dialog) {
            QVERIFY(velgMedTaster(dialog, Qt::Key_T, u"brevtype"_s, u"bm5-avgjorelse"_s));
            QVERIFY(velgMedTaster(dialog, Qt::Key_M, u"mottaker"_s, u"o1"_s));
            vist = finn<Datofelt>(dialog, u"dokumentasjonsfrist"_s)->tekstfelt()->text();
            QCOMPARE(dialog->findChild<Brevvisning *>()->utkast().oppfolgingsfrist, valgt);
            // Not a date: it cannot be kept, so Escape asks; Cancel (Escape) stays in the letter.
            QVERIFY(skrivFrist(QDate()));
            tast(Qt::Key_Tab);
            bool spurt = false;
            naarModal(u"brevLukkes"_s, [&](QWidget *boks) {
                spurt = true;
                QVERIFY2(qobject_cast<QMessageBox *>(boks)->text().contains(u"31.13.2027"_s),
                         qPrintable(qobject_cast<QMessageBox *>(boks)->text()));
                tast(Qt::Key_Escape);
            });
            tast(Qt::Key_Escape);
            QTRY_VERIFY_WITH_TIMEOUT(spurt, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == dialog, 30000);
            QCOMPARE(test::ventPaaModal(u"brevdialog"_s), dialog); // still open, the keyboard back in it
            // Discard (Alt+F, "&Forkast") closes it.
            naarModal(u"brevLukkes"_s, [](QWidget *) { alt(Qt::Key_F); });
            tast(Qt::Key_Escape);
        }));
        QCOMPARE(vist, valgt.toString(u"dd.MM.yyyy"_s));
        QCOMPARE(OppfolgingRepository(*m_store, *m_repo).avgjorelsesfrist(id), valgt); // the discarded text changed nothing
    }

    // Fault 3: the follow-up reminder named no provision. The hospital has two breaches; the
    // documentation for one came in and waits to be assessed: the reminder names the other, by
    // its paragraph and catalogue name as the decision did, with the deadline that passed.
    void reminderNamesTheProvisionAndTheDeadlineThatPassed_data()
    {
        QTest::addColumn<QString>("maalform");
        QTest::newRow("bokmål") << u"nb"_s;
        QTest::newRow("nynorsk") << u"nn"_s;
    }
    void reminderNamesTheProvisionAndTheDeadlineThatPassed()
    {
        QFETCH(QString, maalform);
        Tilsynssak sak = test::brevsak(5, 4, maalform);
        sak.vurderinger[2].konklusjon = u"lovbrudd"_s; // the hospital: sphl-2-2 and sphl-3-2
        sak.id = nyId();
        sak.saksnummer = maalform == u"nn"_s ? u"2024/1604"_s : u"2024/1603"_s;
        sak.brukerinvolvering = Brukerinvolvering{true, false, {}};
        QVERIFY(m_repo->lagre(sak, {u"kari"_s}).ok());
        OppfolgingRepository oppfolging(*m_store, *m_repo);
        const Endringskontekst hvem{u"kari"_s};
        QVERIFY(oppfolging.start(sak.id, QDate(2024, 9, 2), hvem).isEmpty());
        const QDate frist(2024, 10, 31);
        const std::optional<Oppfolging> startet = oppfolging.hent(sak.id);
        QVERIFY(startet);
        for (const Lovbruddoppfolging &l : startet->lovbrudd) {
            QVERIFY(oppfolging.settKrav(l.id, u"Rutiner i bruk"_s, frist, hvem).isEmpty());
            if (l.bestemmelse == u"sphl-3-2"_s) // in, to be assessed: not chased
                QVERIFY(oppfolging.registrerDokumentasjon(l.id, QDate(2024, 10, 20), u"Ny rutine"_s, hvem).isEmpty());
        }
        BrevRepository arkiv(*m_store);
        BrevDialog d(*m_repo->hent(sak.id), Katalog::innebygd(), m_maler, &arkiv, u"kari"_s);
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(velgMedTaster(&d, Qt::Key_T, u"brevtype"_s, u"oppfolging-purring"_s));
        QVERIFY(velgMedTaster(&d, Qt::Key_M, u"mottaker"_s, u"o1"_s));
        const QString pdf = m_dir.filePath(u"purring-%1.pdf"_s.arg(maalform));
        QString feil;
        QVERIFY2(d.visning()->lagrePdf(pdf, &feil), qPrintable(feil));
        const QString tekst = test::pdfTekst(les(pdf)).simplified();
        const bool nn = maalform == u"nn"_s;
        const QString navn = Katalog::innebygd().navn(Katalog::Liste::Bestemmelse, u"sphl-2-2"_s,
                                                      nn ? Maalform::Nynorsk : Maalform::Bokmaal);
        const QString paragraf = nn ? u"spesialisthelsetenestelova § 2-2"_s : u"spesialisthelsetjenesteloven § 2-2"_s;
        QVERIFY2(tekst.contains(paragraf + u" ("_s + navn + u") – fristen for dokumentasjonen var "_s + datoIOrd(frist)),
                 qPrintable(tekst));
        QVERIFY2(tekst.contains(nn ? u"for dette lovbrotet:"_s : u"for dette lovbruddet:"_s), qPrintable(tekst));
        QVERIFY2(!tekst.contains(u"§ 3-2"_s), qPrintable(tekst)); // its documentation is in
        d.reject();
    }
};

QTEST_MAIN(TestDokumentasjonsfrist)
#include "tst_dokumentasjonsfrist.moc"
