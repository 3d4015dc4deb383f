#pragma once

// Driving windows with keys from a test: answering a modal dialog (its exec() blocks the test's
// own code, so a timer watches for it) and typing a date. Shared by the window tests.

#include "datofelt.h"
#include "modalvent.h"

#include <QApplication>
#include <QDate>
#include <QLineEdit>
#include <QElapsedTimer>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <memory>

namespace tilsyn::test {

/// The child of `w` of type T named `navn`. A window test cannot go on without it: qFatal names it.
template<typename T>
T *finn(const QObject *w, const QString &navn)
{
    T *t = w->findChild<T *>(navn);
    if (!t)
        qFatal("no widget %s", qPrintable(navn));
    return t;
}

/// Once the modal dialog whose objectName is `navn` is up and holds the keyboard (ventPaaModal:
/// active, the focus inside it, so that its keys and accelerators act as on a desktop), `steg`
/// answers it with keys. Fails the test, and closes whatever modal is up, if none comes within 30 s
/// (a loaded CI machine is slow); closes the dialog if `steg` failed the test and left it open.
inline void naarModal(const QString &navn, std::function<void(QWidget *)> steg)
{
    auto *tidtaker = new QTimer(qApp);
    auto start = std::make_shared<QElapsedTimer>();
    start->start();
    QObject::connect(tidtaker, &QTimer::timeout, qApp, [tidtaker, start, navn, steg] {
        QWidget *m = QApplication::activeModalWidget();
        if (m && m->objectName() == navn) {
            tidtaker->deleteLater();
            tidtaker->stop();
            m = ventPaaModal(navn, int(std::max<qint64>(5000, 30000 - start->elapsed())));
            if (!m)
                return; // failed, saying why, and closed
            steg(m);
            if (QApplication::activeModalWidget() == m && QTest::currentTestFailed())
                m->close();
        } else if (start->elapsed() > 30000) {
            tidtaker->deleteLater();
            tidtaker->stop();
            QTest::qFail(qPrintable(QStringLiteral("no dialog %1 came").arg(navn)), __FILE__, __LINE__);
            if (m)
                m->close();
        }
    });
    tidtaker->start(20);
}

/// Types `dato` into the field as dd.MM.yyyy and presses Enter, as a person would; the field
/// must then hold it.
inline void skrivDato(Datofelt *felt, const QDate &dato)
{
    QLineEdit *t = felt->tekstfelt();
    t->setFocus();
    t->selectAll();
    QTest::keyClicks(t, dato.toString(QStringLiteral("dd.MM.yyyy")));
    QTest::keyClick(t, Qt::Key_Return);
    QCOMPARE(felt->dato(), dato);
}

} // namespace tilsyn::test
