// Dialogvakt (issue 10): after a dialog closes the keyboard goes on where it was, and a dialog's
// wrapped texts are never cut. Offscreen, as under Xvfb without a window manager, nothing
// activates the opener again by itself: these fail without the filter.
//  - a modal dialog (exec) closed with Escape: the opener window is active and the widget that
//    had the focus has it again, also for a dialog opened from a dialog and for a message box;
//  - the real main window: Edit ▸ Settings, Escape: the focus is back in the case
//    list, and typing goes on there;
//  - a window hidden while another window is active takes nothing back;
//  - a dialog sized before its wrapped text was set is shown high enough for it;
//  - a label's Alt letter reaches a composite field (radio buttons, a date with a tick box).

#include "dialogvakt.h"
#include "mainwindow.h"

#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "modalvent.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

// Presses Escape in the next modal dialog once it is shown (as a person would).
void escapeINesteDialog(const std::function<void(QWidget *)> &foer = {})
{
    QTimer::singleShot(0, qApp, [foer] {
        QWidget *d = test::ventPaaModal(); // active, the focus inside it
        if (!d)
            return;
        if (foer)
            foer(d);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : d, Qt::Key_Escape);
    });
}

struct Vindu
{
    QWidget w;
    QLineEdit *a = new QLineEdit(&w);
    QLineEdit *b = new QLineEdit(&w);
    Vindu()
    {
        auto *lag = new QVBoxLayout(&w);
        lag->addWidget(a);
        lag->addWidget(b);
        w.show();
        w.activateWindow();
    }
};

} // namespace

class TstDialogvakt final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogvakt::installer();
        Dialogvakt::installer(); // once
        QCOMPARE(qApp->findChildren<Dialogvakt *>().size(), 1);
    }

    void fokusTilbakeEtterModalDialog()
    {
        Vindu v;
        QVERIFY(QTest::qWaitForWindowActive(&v.w));
        v.b->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), v.b);
        QDialog d(&v.w);
        auto *felt = new QLineEdit(&d);
        (new QVBoxLayout(&d))->addWidget(felt);
        escapeINesteDialog([felt](QWidget *) { QCOMPARE(QApplication::focusWidget(), felt); });
        QCOMPARE(d.exec(), int(QDialog::Rejected));
        QTRY_COMPARE(QApplication::activeWindow(), &v.w);
        QTRY_COMPARE(QApplication::focusWidget(), v.b);
        QTest::keyClicks(QApplication::focusWidget(), u"videre"_s);
        QCOMPARE(v.b->text(), u"videre"_s);
    }

    void fokusTilbakeGjennomToDialoger()
    {
        Vindu v;
        QVERIFY(QTest::qWaitForWindowActive(&v.w));
        v.a->setFocus();
        QDialog d(&v.w);
        auto *felt = new QLineEdit(&d);
        (new QVBoxLayout(&d))->addWidget(felt);
        QTimer::singleShot(0, &d, [&] {
            QTRY_COMPARE(QApplication::focusWidget(), felt);
            escapeINesteDialog();
            QMessageBox::information(&d, u"Melding"_s, u"Lest?"_s); // a message box from the dialog
            QTRY_COMPARE(QApplication::activeWindow(), &d);
            QTRY_COMPARE(QApplication::focusWidget(), felt);
            QTest::keyClick(felt, Qt::Key_Escape);
        });
        QCOMPARE(d.exec(), int(QDialog::Rejected));
        QTRY_COMPARE(QApplication::activeWindow(), &v.w);
        QTRY_COMPARE(QApplication::focusWidget(), v.a);
    }

    // A window closed while another one is active (another application's, here another window)
    // leaves the active one alone.
    void skjultUtenFokusTarIngenting()
    {
        Vindu v;
        QVERIFY(QTest::qWaitForWindowActive(&v.w));
        v.a->setFocus();
        QWidget ikkeModal(&v.w, Qt::Window);
        ikkeModal.show();
        QVERIFY(QTest::qWaitForWindowActive(&ikkeModal));
        Vindu annen;
        QVERIFY(QTest::qWaitForWindowActive(&annen.w));
        annen.b->setFocus();
        ikkeModal.hide();
        QTest::qWait(50);
        QCOMPARE(QApplication::activeWindow(), &annen.w);
        QCOMPARE(QApplication::focusWidget(), annen.b);
    }

    void ombruttTekstKuttesIkke()
    {
        QDialog d;
        auto *etikett = new QLabel(u"Kort."_s, &d);
        etikett->setWordWrap(true);
        (new QVBoxLayout(&d))->addWidget(etikett);
        d.resize(300, d.sizeHint().height());
        etikett->setText(QString(u"Et brev av en type som må godkjennes, blir ferdigstilt først når en leder har "
                                 "godkjent det i systemet. "_s).repeated(3));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.width(), 300);
        QVERIFY2(etikett->height() >= etikett->heightForWidth(etikett->width()),
                 qPrintable(u"%1 < %2"_s.arg(etikett->height()).arg(etikett->heightForWidth(etikett->width()))));
        // ... and a text set while it is shown.
        etikett->setText(etikett->text().repeated(2));
        QTRY_VERIFY2(etikett->height() >= etikett->heightForWidth(etikett->width()),
                     qPrintable(u"%1 < %2"_s.arg(etikett->height()).arg(etikett->heightForWidth(etikett->width()))));
    }

    // Shift+F10 opens a text field's context menu as the Menu key does (issue 10); a field with
    // its own menu (the spell check's: CustomContextMenu) gets the request at the text cursor.
    void shiftF10AapnerKontekstmenyen()
    {
        QWidget vindu;
        auto *lag = new QVBoxLayout(&vindu);
        auto *linje = new QLineEdit(u"Ein tekst"_s);
        auto *tekst = new QPlainTextEdit(u"Begrunnelse med ord"_s);
        tekst->setContextMenuPolicy(Qt::CustomContextMenu);
        lag->addWidget(linje);
        lag->addWidget(tekst);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowActive(&vindu));
        linje->setFocus();
        QTest::keyClick(linje, Qt::Key_F10, Qt::ShiftModifier);
        QMenu *meny = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((meny = qobject_cast<QMenu *>(QApplication::activePopupWidget())), 30000);
        QVERIFY(!meny->actions().isEmpty()); // Undo, Cut, Copy …
        QTest::keyClick(meny, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activePopupWidget(), 30000);

        tekst->setFocus();
        QTextCursor c = tekst->textCursor();
        c.setPosition(5);
        tekst->setTextCursor(c);
        QSignalSpy spurt(tekst, &QWidget::customContextMenuRequested);
        QTest::keyClick(tekst, Qt::Key_F10, Qt::ShiftModifier);
        QCOMPARE(spurt.size(), 1);
        QCOMPARE(spurt.at(0).at(0).toPoint(), tekst->cursorRect().center());
        QCOMPARE(linje->text(), u"Ein tekst"_s); // nothing typed
        QCOMPARE(tekst->toPlainText(), u"Begrunnelse med ord"_s);
    }

    // A label whose buddy is a container (it takes no focus itself, Qt's QLabel then does
    // nothing, also with a focus proxy): Alt+letter goes to its focus proxy, else its first field.
    void altBokstavTilSammensattFelt()
    {
        QWidget vindu;
        auto *lag = new QFormLayout(&vindu);
        auto *valg = new QWidget;
        auto *en = new QRadioButton(u"BM 1"_s);
        auto *to = new QRadioButton(u"BM 2"_s);
        auto *valgLag = new QHBoxLayout(valg);
        valgLag->addWidget(en);
        valgLag->addWidget(to);
        to->setChecked(true);
        valg->setFocusProxy(to); // as the case editor's handling methods
        auto *dato = new QWidget;
        auto *satt = new QCheckBox;
        auto *datoLag = new QHBoxLayout(dato);
        datoLag->addWidget(satt);
        datoLag->addWidget(new QLineEdit);
        dato->setFocusProxy(satt); // a date with its tick box: the box first
        auto *ref = new QWidget;
        auto *refFelt = new QLineEdit;
        (new QHBoxLayout(ref))->addWidget(refFelt);
        auto *annet = new QLineEdit;
        const std::pair<const char *, QWidget *> rader[] = {{"&Måte:", valg}, {"&Dato:", dato}, {"&Ref.:", ref}, {"&Annet:", annet}};
        for (const auto &[tekst, felt] : rader) {
            auto *l = new QLabel(QString::fromUtf8(tekst));
            l->setBuddy(felt);
            lag->addRow(l, felt);
        }
        vindu.show();
        QVERIFY(QTest::qWaitForWindowActive(&vindu));
        const std::pair<Qt::Key, QWidget *> forventet[] = {
            {Qt::Key_M, to}, {Qt::Key_D, satt}, {Qt::Key_R, refFelt}, {Qt::Key_A, annet}};
        for (const auto &[tast, maal] : forventet) {
            annet->setFocus();
            if (maal == annet)
                refFelt->setFocus();
            QTest::keyClick(QApplication::focusWidget(), tast, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), maal);
        }
        QVERIFY(!satt->isChecked()); // focus only: nothing ticked
        QVERIFY(to->isChecked());
    }

    // The real main window: Settings opened by its shortcut from the case list, closed with Escape.
    void hovedvinduetFaarFokusTilbake()
    {
        QTemporaryDir dir;
        auto store = Store::aapne(dir.filePath(u"l.sqlite"_s));
        store->registrerKatalog(Katalog::innebygd());
        SakRepository repo(*store, Katalog::innebygd());
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        MainWindow w(*store, repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w.resize(1000, 700);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTableView *liste = w.listevisning();
        liste->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), liste);
        escapeINesteDialog([](QWidget *d) { QCOMPARE(d->objectName(), u"innstillinger"_s); });
        QAction *innstillinger = w.findChild<QAction *>(u"handlingInnstillinger"_s);
        QVERIFY(innstillinger);
        innstillinger->trigger(); // Edit ▸ Settings
        QTRY_COMPARE(QApplication::activeWindow(), &w);
        QTRY_COMPARE(QApplication::focusWidget(), liste);
    }
};

QTEST_MAIN(TstDialogvakt)
#include "tst_dialogvakt.moc"
