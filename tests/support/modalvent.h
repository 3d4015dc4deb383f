#pragma once

// Waiting until a modal dialog can take keys, before a test presses them in it.
//
// On the offscreen platform (and under a window manager) a dialog is activated asynchronously:
// QApplication::activeModalWidget() names it as soon as exec() has shown it, while the active
// window and the focus widget are still those of the window it was opened from. A key pressed
// then goes to that window's focus widget (or its Window shortcuts take it: Escape, Return,
// Alt letters), the dialog stays open and the test hangs until ctest's timeout — under load only.
// Header-only, so that tests without QtWidgets need not link it.

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QWindow>

#include <source_location>

namespace tilsyn::test {

namespace modalvent_detalj {

inline QString beskriv(const QWidget *w)
{
    if (!w)
        return QStringLiteral("none");
    return QStringLiteral("%1 «%2» (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->window()->windowTitle(), w->objectName());
}

// Empty when `d` is shown, the active window of QApplication and of the platform, and the focus
// widget is inside it; else what is missing.
inline QString mangler(const QWidget *d)
{
    if (!d->isVisible())
        return QStringLiteral("not shown");
    if (QApplication::activeWindow() != d)
        return QStringLiteral("not the active window (that is %1)").arg(beskriv(QApplication::activeWindow()));
    if (!d->windowHandle() || QGuiApplication::focusWindow() != d->windowHandle())
        return QStringLiteral("its window is not the platform's focus window yet");
    QWidget *fokus = QApplication::focusWidget();
    if (!fokus || !d->isAncestorOf(fokus))
        return QStringLiteral("the focus is outside it (on %1)").arg(beskriv(fokus));
    return {};
}

inline bool harStandardknapp(const QWidget *d)
{
    for (const QPushButton *b : d->findChildren<QPushButton *>())
        if (b->isDefault() && b->isVisible())
            return true;
    return false;
}

} // namespace modalvent_detalj

/// The active modal dialog of type T (and objectName `navn` unless empty), once it can take keys:
/// shown, the active window (QApplication's and the platform's) and holding the focus widget.
/// Waits at most `tidsgrenseMs`; then fails the test with what was missing (the dialog's class,
/// title and name, and where the focus was), closes the modal widget that is up (whichever it
/// is) so that its exec() returns and the test fails instead of hanging, and returns nullptr.
/// `standardknapp`: also wait until a visible push button is the default (Return presses it).
template<typename T = QWidget>
[[nodiscard]] T *ventPaaModal(const QString &navn = {}, int tidsgrenseMs = 30000, bool standardknapp = false,
                              std::source_location hvor = std::source_location::current())
{
    using namespace modalvent_detalj;
    T *d = nullptr;
    QString grunn;
    const bool klar = QTest::qWaitFor([&] {
        QWidget *m = QApplication::activeModalWidget();
        d = qobject_cast<T *>(m);
        if (!d || (!navn.isEmpty() && d->objectName() != navn)) {
            grunn = QStringLiteral("the active modal widget is %1").arg(beskriv(m));
            d = nullptr;
            return false;
        }
        grunn = mangler(d);
        if (grunn.isEmpty() && standardknapp && !harStandardknapp(d))
            grunn = QStringLiteral("no default button yet");
        return grunn.isEmpty();
    }, tidsgrenseMs);
    if (klar)
        return d;
    const QString melding = QStringLiteral("no modal %1%2 took the keyboard within %3 ms: %4")
                                .arg(QString::fromLatin1(T::staticMetaObject.className()),
                                     navn.isEmpty() ? QString() : QStringLiteral(" «%1»").arg(navn))
                                .arg(tidsgrenseMs)
                                .arg(d ? beskriv(d) + QStringLiteral(" is up but ") + grunn : grunn);
    QTest::qFail(qPrintable(melding), hvor.file_name(), int(hvor.line()));
    if (QWidget *opp = QApplication::activeModalWidget()) {
        if (auto *dialog = qobject_cast<QDialog *>(opp))
            dialog->reject();
        else
            opp->close();
    }
    return nullptr;
}

/// ventPaaModal for a QMessageBox that is answered with Return: also waits for its default button.
[[nodiscard]] inline QMessageBox *ventPaaMeldingsboks(const QString &navn = {}, int tidsgrenseMs = 30000,
                                                      std::source_location hvor = std::source_location::current())
{
    return ventPaaModal<QMessageBox>(navn, tidsgrenseMs, true, hvor);
}

} // namespace tilsyn::test
