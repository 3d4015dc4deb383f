#include "tabrekkefolge.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QMainWindow>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

namespace tilsyn::tabrekkefolge {

using namespace Qt::StringLiterals;

namespace {

QString navn(const QWidget *w)
{
    QString n = w->objectName();
    if (n.isEmpty())
        n = w->accessibleName();
    return u"%1 '%2'"_s.arg(QString::fromLatin1(w->metaObject()->className()), n);
}

// A widget Tab stops at: what QWidget::focusNextPrevChild() accepts.
bool erTabstopp(const QWidget *w, const QWidget *vindu)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisibleTo(vindu) && w->isEnabled()
           && !w->focusProxy() && w->window() == vindu && !qobject_cast<const QScrollArea *>(w);
}

bool sammeRad(const QRect &a, const QRect &b)
{
    return (a.center().y() >= b.top() && a.center().y() <= b.bottom())
           || (b.center().y() >= a.top() && b.center().y() <= a.bottom());
}

// True when `b` comes before `a` when reading the screen row by row.
bool foer(const QRect &b, const QRect &a)
{
    if (sammeRad(a, b))
        return b.right() < a.left();
    return b.center().y() < a.center().y();
}

// True when `w` lies on a page of a tab widget inside `skjema` (that page is a form of its own).
bool iFaneside(const QWidget *w, const QWidget *skjema)
{
    for (const QWidget *p = w->parentWidget(); p && p != skjema; p = p->parentWidget())
        if (qobject_cast<const QTabWidget *>(p))
            return true;
    return false;
}

// One form: Tab round the window's chain from its first stop inside `skjema`; with `utenFaner`
// the stops on tab pages inside it are left to their own forms.
QStringList sjekk(QWidget *vindu, QWidget *skjema, const QString &hvor, bool utenFaner = false)
{
    QList<QWidget *> stopp;
    for (QWidget *w : skjema->findChildren<QWidget *>())
        if (erTabstopp(w, vindu) && w->isVisible() && !(utenFaner && iFaneside(w, skjema)))
            stopp.append(w);
    if (stopp.isEmpty())
        return {};
    // The start: the first stop in the chain inside the form.
    QWidget *start = nullptr;
    for (QWidget *w = vindu->nextInFocusChain(); w && w != vindu; w = w->nextInFocusChain())
        if (stopp.contains(w)) {
            start = w;
            break;
        }
    if (!start)
        return {};
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> gang;
    QWidget *naa = QApplication::focusWidget();
    int samme = 0; // a date edit's Tab walks its sections first (day, month, year)
    for (int i = 0; i < 400 && naa; ++i) {
        if (skjema->isAncestorOf(naa) && !gang.contains(naa))
            gang.append(naa);
        QTest::keyClick(naa, Qt::Key_Tab);
        QWidget *neste = QApplication::focusWidget();
        if (qEnvironmentVariableIsSet("TILSYN_TABDEBUG"))
            qInfo("tab %s -> %s", qPrintable(navn(naa)), neste ? qPrintable(navn(neste) + u" in "_s + (neste->parentWidget() ? navn(neste->parentWidget()) : QString())) : "null");
        if (neste == naa) {
            if (++samme > 6 && stopp.size() > 1)
                return {u"%1Tab stays in %2"_s.arg(hvor, navn(naa))};
            if (samme > 6)
                break; // the only stop of the window
            continue;
        }
        samme = 0;
        naa = neste;
        if (naa == start || (naa && gang.contains(naa)))
            break;
    }
    // Where each stop is now, all in the form's coordinates (one moment: a scrolled page moves
    // all its fields together).
    QHash<QWidget *, QRect> plass;
    for (QWidget *w : std::as_const(stopp))
        plass.insert(w, QRect(w->mapTo(vindu, QPoint(0, 0)), w->size()));
    QStringList feil;
    for (int i = 0; i < gang.size(); ++i)
        for (int j = i + 1; j < gang.size(); ++j)
            if (foer(plass.value(gang[j]), plass.value(gang[i])))
                feil.append(u"%1Tab reaches %2 after %3, though it is %4 it"_s.arg(
                    hvor, navn(gang[j]), navn(gang[i]),
                    sammeRad(plass.value(gang[j]), plass.value(gang[i])) ? u"left of"_s : u"above"_s));
    if (qEnvironmentVariableIsSet("TILSYN_TABDEBUG"))
        for (QWidget *w : std::as_const(gang))
            qInfo("%s %s", qPrintable(hvor), qPrintable(navn(w)));
    for (QWidget *w : std::as_const(stopp))
        if (!gang.contains(w))
            feil.append(u"%1Tab never reaches %2"_s.arg(hvor, navn(w)));
    return feil;
}

QStringList skjemaer(QWidget *vindu, const QString &hvor)
{
    if (!qobject_cast<QMainWindow *>(vindu))
        return sjekk(vindu, vindu, hvor);
    QStringList feil;
    // Around the tab widgets (issue 10: the case list's filter tick boxes were never reached and
    // nothing checked them): each pane of a central splitter, else the central widget.
    QWidget *midt = static_cast<QMainWindow *>(vindu)->centralWidget();
    auto *deler = qobject_cast<QSplitter *>(midt);
    if (!deler && midt) // a splitter under a banner
        deler = midt->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
    if (deler) {
        for (int i = 0; i < deler->count(); ++i)
            if (deler->widget(i)->isVisible())
                feil += sjekk(vindu, deler->widget(i), hvor + u"[pane %1] "_s.arg(i + 1), true);
    } else if (midt) {
        feil += sjekk(vindu, midt, hvor, true);
    }
    for (QTabWidget *faner : vindu->findChildren<QTabWidget *>())
        if (faner->isVisible() && faner->window() == vindu && faner->currentWidget())
            feil += sjekk(vindu, faner->currentWidget(), hvor + u"[%1] "_s.arg(faner->tabText(faner->currentIndex()).remove(u'&')));
    return feil;
}

} // namespace

QStringList feil(QWidget *vindu)
{
    QPointer<QWidget> foerFokus = QApplication::focusWidget();
    vindu->activateWindow();
    if (!QTest::qWaitForWindowActive(vindu))
        return {u"the window cannot be made active: its Tab order was not walked"_s};
    QStringList alle = skjemaer(vindu, QString());
    for (QTabWidget *faner : vindu->findChildren<QTabWidget *>()) {
        if (!faner->isVisible() || faner->window() != vindu)
            continue;
        const int var = faner->currentIndex();
        for (int i = 0; i < faner->count(); ++i) {
            if (i == var || !faner->isTabEnabled(i) || !faner->isTabVisible(i))
                continue;
            faner->setCurrentIndex(i);
            QCoreApplication::processEvents(); // laid out at its size
            alle += skjemaer(vindu, QString());
        }
        faner->setCurrentIndex(var);
    }
    alle.removeDuplicates();
    if (foerFokus && foerFokus->window() == vindu)
        foerFokus->setFocus(Qt::OtherFocusReason);
    return alle;
}

} // namespace tilsyn::tabrekkefolge
