// ventPaaModal (tests/support/modalvent.h): a test waits until the modal dialog it found holds
// the keyboard before it presses keys there. On the offscreen platform activation is
// asynchronous: activeModalWidget() names a dialog whose window is not active yet, and a key sent
// to the focus widget then went to the window it was opened from (the dialog stayed open and the
// test hung until ctest's timeout, under load only).
//  - it returns the dialog once it is the active window with the focus inside it: keys sent to
//    the focus widget then reach it, none the window behind;
//  - ventPaaMeldingsboks waits for the message box's default button too: Return presses it;
//  - a dialog of another class never comes: the test fails (expected here) instead of hanging,
//    and the dialog that is up is closed, so its exec() returns.

#include "modalvent.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

struct Vindu
{
    QWidget w;
    QLineEdit *felt = new QLineEdit(&w);
    Vindu()
    {
        (new QVBoxLayout(&w))->addWidget(felt);
        w.show();
        w.activateWindow();
        felt->setFocus();
    }
};

// A dialog with a text field; Escape typed into the focus widget closes it.
struct Dialog
{
    QDialog d;
    QLineEdit *felt = new QLineEdit(&d);
    explicit Dialog(QWidget *eier) : d(eier)
    {
        d.setWindowTitle(u"Prøvedialog"_s);
        (new QVBoxLayout(&d))->addWidget(felt);
    }
};

} // namespace

class TstModalvent final : public QObject
{
    Q_OBJECT

private slots:
    void tasteneNaarDialogen()
    {
        Vindu v;
        QVERIFY(QTest::qWaitForWindowActive(&v.w));
        Dialog d(&v.w);
        QString skrevet;
        // Typed into whatever has the focus once the dialog holds the keyboard, then Escape.
        QTimer::singleShot(0, qApp, [&] {
            const auto lukk = qScopeGuard([&] { d.d.reject(); }); // whatever fails: no hang
            QCOMPARE(test::ventPaaModal<QDialog>(), &d.d);
            QCOMPARE(QApplication::focusWidget(), d.felt);
            QTest::keyClicks(QApplication::focusWidget(), u"tekst"_s);
            skrevet = d.felt->text();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QVERIFY(!d.d.isVisible()); // Escape reached it
        });
        QCOMPARE(d.d.exec(), int(QDialog::Rejected));
        QCOMPARE(skrevet, u"tekst"_s);
        QVERIFY(v.felt->text().isEmpty()); // nothing went to the window behind
    }

    void meldingsboksMedStandardknapp()
    {
        Vindu v;
        QVERIFY(QTest::qWaitForWindowActive(&v.w));
        QMessageBox boks(QMessageBox::Question, u"Spørsmål"_s, u"Lagre?"_s, QMessageBox::Yes | QMessageBox::No, &v.w);
        boks.setDefaultButton(QMessageBox::No);
        QTimer::singleShot(0, qApp, [] {
            QMessageBox *b = test::ventPaaMeldingsboks();
            QVERIFY(b);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QCOMPARE(boks.exec(), int(QMessageBox::No));
    }

    void feilerOgLukkerIstedenforAaHenge()
    {
        Vindu v;
        QVERIFY(QTest::qWaitForWindowActive(&v.w));
        Dialog d(&v.w);
        bool fikk = true;
        QTimer::singleShot(0, qApp, [&fikk] {
            QEXPECT_FAIL("", "a QDialog is up, never a QMessageBox: fails saying so, and closes the dialog", Continue);
            fikk = test::ventPaaModal<QMessageBox>({}, 500) != nullptr;
        });
        QCOMPARE(d.d.exec(), int(QDialog::Rejected));
        QVERIFY(!fikk);
    }
};

QTEST_MAIN(TstModalvent)
#include "tst_modalvent.moc"
