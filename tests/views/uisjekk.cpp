#include "uisjekk.h"
#include "lesbarbokstav.h"
#include "visningssjekk.h"

#include "akseleratoromraade.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QRegularExpression>
#include <QPointer>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <functional>

namespace tilsyn::uisjekk {

QString noekkel(const QObject *o, const QString &hva)
{
    QStringList deler{hva};
    for (; o; o = o->parent()) {
        const QObject *p = o->parent();
        const qsizetype i = p ? p->children().indexOf(const_cast<QObject *>(o)) : 0;
        deler.prepend(QString::fromLatin1(o->metaObject()->className()) + u'#' + QString::number(i));
    }
    return deler.join(u'/');
}

using namespace Qt::StringLiterals;

namespace {

QChar akselerator(const QString &t)
{
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i] == u'&') {
            if (t[i + 1] == u'&') {
                ++i;
                continue;
            }
            return t[i + 1].toLower();
        }
    }
    return {};
}

bool erData(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->property("tilsynData").toBool())
            return true;
    return false;
}

QList<QWidget *> synlige(QWidget *vindu)
{
    QList<QWidget *> ut{vindu};
    for (QWidget *w : vindu->findChildren<QWidget *>()) {
        if (w->isVisibleTo(vindu) && w->window() == vindu)
            ut.append(w);
    }
    return ut;
}

QString navn(const QObject *o)
{
    return u"%1 %2"_s.arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

void menytekster(QMenu *meny, QHash<QString, QString> &ut)
{
    ut.insert(noekkel(meny, u"title"_s), meny->title());
    for (QAction *a : meny->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (a->menu())
            menytekster(a->menu(), ut);
        else
            ut.insert(noekkel(a, u"text"_s), a->text());
    }
}

void menyfeil(QMenu *meny, QStringList &feil)
{
    QMap<QChar, QStringList> brukt;
    for (QAction *a : meny->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar c = akselerator(a->text());
        if (c.isNull() && a->shortcut().isEmpty())
            feil.append(u"menu %1: '%2' has neither accelerator nor shortcut"_s.arg(meny->title(), a->text()));
        if (!c.isNull())
            brukt[c].append(a->text());
        if (a->menu())
            menyfeil(a->menu(), feil);
    }
    bokstavfeil(brukt, u"menu %1: "_s.arg(meny->title()), feil);
}

bool erValg(const QAbstractButton *b) // a tick box or a choice: something set, not a command
{
    return qobject_cast<const QCheckBox *>(b) || qobject_cast<const QRadioButton *>(b);
}

bool erFelt(const QWidget *w)
{
    if (qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QComboBox *>(w->parentWidget()) && !qobject_cast<const QAbstractSpinBox *>(w->parentWidget());
    if (auto *t = qobject_cast<const QTextEdit *>(w))
        return !t->isReadOnly();
    if (auto *t = qobject_cast<const QPlainTextEdit *>(w))
        return !t->isReadOnly();
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

void teksterNaa(QWidget *vindu, QHash<QString, QString> &ut)
{
    if (!vindu->property("tilsynDataTittel").toBool()) // a letter's title, a case number: data
        ut.insert(noekkel(vindu, u"windowTitle"_s), vindu->windowTitle());
    if (auto *mw = qobject_cast<QMainWindow *>(vindu)) {
        for (QAction *a : mw->menuBar()->actions())
            if (a->menu())
                menytekster(a->menu(), ut);
    }
    for (QWidget *w : synlige(vindu)) {
        if (erData(w))
            continue;
        if (!w->toolTip().isEmpty())
            ut.insert(noekkel(w, u"toolTip"_s), w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            ut.insert(noekkel(w, u"text"_s), l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && !qobject_cast<QToolButton *>(w))
            ut.insert(noekkel(w, u"text"_s), b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            ut.insert(noekkel(w, u"title"_s), g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            ut.insert(noekkel(w, u"placeholderText"_s), e->placeholderText());
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            const int dataFra = c->property("tilsynDataFra").isValid() ? c->property("tilsynDataFra").toInt() : c->count();
            for (int i = 0; i < std::min(dataFra, c->count()); ++i)
                ut.insert(noekkel(w, u"item%1"_s.arg(i)), c->itemText(i));
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                ut.insert(noekkel(w, u"tab%1"_s.arg(i)), t->tabText(i));
        } else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                ut.insert(noekkel(w, u"section%1"_s.arg(i)), h->model()->headerData(i, h->orientation()).toString());
        }
        if (auto *s = qobject_cast<QAbstractSpinBox *>(w)) {
            ut.insert(noekkel(w, u"suffix"_s), s->property("suffix").toString());
            ut.insert(noekkel(w, u"specialValueText"_s), s->specialValueText());
        }
    }
}

} // namespace

QHash<QString, QString> tekster(QWidget *vindu)
{
    QHash<QString, QString> ut;
    teksterNaa(vindu, ut);
    for (QTabWidget *faner : vindu->findChildren<QTabWidget *>()) { // every page's texts
        if (!faner->isVisibleTo(vindu) || faner->window() != vindu)
            continue;
        const int foer = faner->currentIndex();
        for (int i = 0; i < faner->count(); ++i) {
            faner->setCurrentIndex(i);
            teksterNaa(vindu, ut);
        }
        faner->setCurrentIndex(foer);
    }
    return ut;
}

namespace {

// Who uses an Alt letter: a label or button at window level or in an area of its own (the case
// editor, akseleratoromraade.h); a menu title, group box or tab title (Qt's own, everywhere).
struct Bruker
{
    QString tekst;
    const QWidget *omraade = nullptr;
    bool overalt = false;
};

// Two users of one letter clash unless one is in an area and the other at window level (or in
// another area): the focus decides between those.
bool kolliderer(const Bruker &a, const Bruker &b)
{
    return a.overalt || b.overalt || a.omraade == b.omraade;
}

class Bokstaver
{
public:
    void leggTil(QChar c, const QString &tekst, const QWidget *w = nullptr, bool overalt = false)
    {
        m_brukt[c].append({tekst, w ? akseleratoromraade(w) : nullptr, overalt || !w});
    }
    void feil(QStringList &ut) const
    {
        for (auto it = m_brukt.cbegin(); it != m_brukt.cend(); ++it) {
            QStringList tekster;
            for (qsizetype i = 0; i < it->size(); ++i)
                for (qsizetype j = i + 1; j < it->size(); ++j)
                    if (kolliderer(it->at(i), it->at(j))) {
                        tekster.append(it->at(i).tekst);
                        tekster.append(it->at(j).tekst);
                    }
            tekster.removeDuplicates();
            if (!tekster.isEmpty())
                ut.append(u"accelerator '%1' used by %2"_s.arg(it.key()).arg(tekster.join(u", "_s)));
        }
    }

private:
    QHash<QChar, QList<Bruker>> m_brukt;
};

// Issue 10 item 3 (funn): the strict rule. Qt gives an Alt letter to whichever control holds it
// in the window, whatever area the focus is in, so every letter is unique among all the
// controls shown at once: menu bar, toolbar, filter bar and the editor's current page together
// (a letter on a disabled button counts: it clashes as soon as the button is enabled). And
// every tick box and button has one, also in a dialog's button box ("Forkast"), except its
// default button (Enter) and its Escape button (the reject role).
void strengeBokstaver(QWidget *vindu, QStringList &feil)
{
    QMap<QChar, QStringList> brukt; // ordered: the report reads the same every run
    QSet<const QWidget *> navngitte; // fields a label with an Alt letter names: reached by it
    for (QWidget *w : synlige(vindu))
        if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy() && !akselerator(l->text()).isNull())
            navngitte.insert(l->buddy());
    auto naasFraEtikett = [&](const QWidget *w) {
        for (const QWidget *p = w; p && p != vindu; p = p->parentWidget())
            if (navngitte.contains(p))
                return true;
        return false;
    };
    if (auto *mw = qobject_cast<QMainWindow *>(vindu))
        for (QAction *a : mw->menuBar()->actions())
            if (const QChar c = akselerator(a->text()); a->isVisible() && !c.isNull())
                brukt[c].append(a->text());
    for (QWidget *w : synlige(vindu)) {
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (const QChar c = akselerator(l->text()); !c.isNull() && l->textFormat() != Qt::RichText)
                brukt[c].append(l->text());
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            const QChar c = akselerator(b->text());
            if (!c.isNull()) {
                brukt[c].append(b->text());
                continue;
            }
            // A tick box or choice is an input: a Ctrl key does not excuse a missing Alt key (issue 10 tryout).
            if (qobject_cast<QToolButton *>(w) || b->text().isEmpty() || (!b->shortcut().isEmpty() && !erValg(b)))
                continue; // a tool button shows its action's text without the letter
            if (auto *boks = qobject_cast<QDialogButtonBox *>(w->parentWidget())) {
                const auto *p = qobject_cast<QPushButton *>(b);
                const QDialogButtonBox::ButtonRole rolle = boks->buttonRole(b);
                if ((p && p->isDefault()) || rolle == QDialogButtonBox::RejectRole
                    || (rolle == QDialogButtonBox::AcceptRole && boks->buttons().size() == 1))
                    continue;
            }
            if (qobject_cast<QCheckBox *>(w) && naasFraEtikett(w))
                continue; // a date's tick box: the date's label reaches it
            if (qobject_cast<QCheckBox *>(w) || qobject_cast<QPushButton *>(w))
                feil.append(u"%1 '%2' has no accelerator"_s.arg(qobject_cast<QCheckBox *>(w) ? u"tick box"_s : u"button"_s,
                                                                b->text()));
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            if (const QChar c = akselerator(g->title()); !c.isNull())
                brukt[c].append(g->title());
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (const QChar c = akselerator(t->tabText(i)); !c.isNull() && t->isTabVisible(i))
                    brukt[c].append(t->tabText(i));
        }
    }
    bokstavfeil(brukt, {}, feil); // used twice; hard to see with another letter free (lesbarbokstav.h)
}

// The problems of the window as it is shown now (the current page of each tab widget).
QStringList tastaturfeilNaa(QWidget *vindu)
{
    QStringList feil;
    Bokstaver brukt;
    QSet<const QWidget *> merket; // fields some visible label names
    QList<QAbstractButton *> utenBokstav;
    if (auto *mw = qobject_cast<QMainWindow *>(vindu)) {
        for (QAction *a : mw->menuBar()->actions()) {
            if (!a->menu())
                continue;
            if (const QChar c = akselerator(a->text()); !c.isNull())
                brukt.leggTil(c, a->text());
            else
                feil.append(u"menu '%1' has no accelerator"_s.arg(a->text()));
            menyfeil(a->menu(), feil);
        }
    }
    const QList<QWidget *> widgets = synlige(vindu);
    for (QWidget *w : widgets) {
        if (auto *l = qobject_cast<QLabel *>(w)) {
            const QChar c = akselerator(l->text());
            if (!c.isNull() && l->textFormat() != Qt::RichText) {
                brukt.leggTil(c, l->text(), l);
                if (!l->buddy())
                    feil.append(u"label '%1' has an accelerator but no buddy"_s.arg(l->text()));
            }
            if (l->buddy()) {
                merket.insert(l->buddy());
                if (c.isNull()) // a field Alt cannot reach
                    feil.append(u"label '%1' names %2 but has no accelerator"_s.arg(l->text(), navn(l->buddy())));
            }
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (qobject_cast<QToolButton *>(w))
                continue;
            // A disabled button's letter counts too: it clashes as soon as the button is enabled.
            const QChar c = akselerator(b->text());
            if (!c.isNull())
                brukt.leggTil(c, b->text(), b);
            else if (qobject_cast<QDialogButtonBox *>(w->parentWidget()))
                continue; // OK / Cancel / Close: Enter and Escape
            else if (!b->text().isEmpty() && (b->shortcut().isEmpty() || erValg(b)) && b->isEnabled())
                utenBokstav.append(b); // fine if it is a field some label names (a check box, a choice)
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            // A group box's letter moves the focus into it (or ticks it, when checkable).
            if (const QChar c = akselerator(g->title()); !c.isNull())
                brukt.leggTil(c, g->title(), g, true);
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (const QChar c = akselerator(t->tabText(i)); !c.isNull() && t->isTabVisible(i))
                    brukt.leggTil(c, t->tabText(i), t, true);
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && !qobject_cast<QHeaderView *>(w)) {
            if (v->tabKeyNavigation())
                feil.append(u"%1: Tab walks into its cells (setTabKeyNavigation(false))"_s.arg(navn(v)));
            if (v->accessibleName().isEmpty())
                feil.append(u"%1: no accessible name"_s.arg(navn(v)));
        }
    }
    // A label names its buddy and what is inside it (a date with its tick box, a group of choices).
    auto navngitt = [&](const QWidget *w) {
        for (const QWidget *p = w; p && p != vindu; p = p->parentWidget()) {
            if (merket.contains(p))
                return true;
            if (auto *v = qobject_cast<const QAbstractItemView *>(p); v && v != w && !v->accessibleName().isEmpty())
                return true; // a cell's editor: named by the table and its column
        }
        return false;
    };
    for (QWidget *w : widgets) {
        if (erFelt(w) && w->isEnabled() && !navngitt(w))
            feil.append(u"%1: a field without a label naming it (buddy)"_s.arg(navn(w)));
    }
    for (QAbstractButton *b : std::as_const(utenBokstav)) {
        if (!qobject_cast<QPushButton *>(b) && navngitt(b))
            continue;
        feil.append(u"button '%1' has no accelerator"_s.arg(b->text()));
    }
    strengeBokstaver(vindu, feil); // issue 10: unique among everything shown at once (not per area)
    return feil;
}

} // namespace

QStringList tastaturfeil(QWidget *vindu)
{
    // Each page of each tab widget in turn: a letter on a hidden page counts only with its page.
    QStringList feil = tastaturfeilNaa(vindu);
    for (QTabWidget *faner : vindu->findChildren<QTabWidget *>()) {
        if (!faner->isVisibleTo(vindu) || faner->window() != vindu)
            continue;
        const int foer = faner->currentIndex();
        for (int i = 0; i < faner->count(); ++i) {
            if (i == foer || !faner->isTabEnabled(i) || !faner->isTabVisible(i))
                continue;
            faner->setCurrentIndex(i);
            const QString side = faner->tabText(i).remove(u'&');
            for (const QString &f : tastaturfeilNaa(vindu))
                feil.append(u"[%1] %2"_s.arg(side, f));
        }
        faner->setCurrentIndex(foer);
    }
    feil.removeDuplicates();
    return feil;
}

QStringList uoversatt(QWidget *vindu, const QHash<QString, QString> &engelsk)
{
    // The same word in English and Norwegian, and names.
    static const QSet<QString> tillatt{u"OK"_s, u"Status"_s, u"Status:"_s, u"Tilsynsklient"_s,
                                       u"Norsk bokmål"_s, u"Norsk nynorsk"_s, u"English"_s, u"Alias"_s, u"Type"_s,
                                       u"Open"_s /* nynorsk */, u"Bokmål"_s, u"Nynorsk"_s, u"Journal"_s, u"&6 Journal"_s,
                                       u"&Port:"_s, u"&Database:"_s, u"&Person:"_s};
    // A case's window title: its saksnummer and the program's name.
    static const QRegularExpression sakstittel(u"^\\d{4}/\\d+\\*? – Tilsynsklient$"_s);
    static const QRegularExpression bokstav(u"[A-Za-z]{2,}"_s);
    static const QRegularExpression forkortelse(u"^BM \\d$"_s); // "BM 5": the same abbreviation in all three
    QStringList feil;
    const QHash<QString, QString> naa = tekster(vindu);
    for (auto it = naa.cbegin(); it != naa.cend(); ++it) {
        const QString e = engelsk.value(it.key());
        if (e.isEmpty() || e != it.value() || tillatt.contains(e) || !e.contains(bokstav) || forkortelse.match(e).hasMatch()
            || sakstittel.match(e).hasMatch())
            continue;
        feil.append(u"not translated: '%1' (%2)"_s.arg(e, it.key().section(u'/', -2)));
    }
    return feil;
}

namespace {

// `sjekk` on the window as shown, then on each other page of each tab widget (named "[page]").
QStringList hverSide(QWidget *vindu, const std::function<QStringList()> &sjekk)
{
    QStringList feil = sjekk();
    for (QTabWidget *faner : vindu->findChildren<QTabWidget *>()) {
        if (!faner->isVisibleTo(vindu) || faner->window() != vindu)
            continue;
        const int foer = faner->currentIndex();
        for (int i = 0; i < faner->count(); ++i) {
            if (i == foer || !faner->isTabEnabled(i) || !faner->isTabVisible(i))
                continue;
            faner->setCurrentIndex(i);
            QCoreApplication::processEvents(); // the page laid out at its size
            const QString side = faner->tabText(i).remove(u'&');
            for (const QString &f : sjekk())
                feil.append(u"[%1] %2"_s.arg(side, f));
        }
        faner->setCurrentIndex(foer);
    }
    feil.removeDuplicates();
    return feil;
}

// The text as drawn: "&&" is "&", a single "&" marks the accelerator and is not drawn.
QString somVist(const QString &t)
{
    QString ut;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == u'&' && i + 1 < t.size())
            ++i;
        ut.append(t[i]);
    }
    return ut;
}

QString kort(const QString &t)
{
    const QString en = t.simplified();
    return en.size() > 60 ? en.left(57) + u"..."_s : en;
}

// A button's text (and icon) against the room its style gives the label.
QString knappAvklipt(QAbstractButton *b)
{
    QStyleOptionButton opt;
    opt.initFrom(b);
    opt.text = b->text();
    QStyle::SubElement del = QStyle::SE_PushButtonContents;
    if (qobject_cast<QCheckBox *>(b))
        del = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<QRadioButton *>(b))
        del = QStyle::SE_RadioButtonContents;
    else if (!qobject_cast<QPushButton *>(b))
        return {};
    const QRect rom = b->style()->subElementRect(del, &opt, b);
    const QFontMetrics fm = b->fontMetrics();
    int bredde = fm.horizontalAdvance(somVist(b->text()));
    if (!b->icon().isNull())
        bredde += b->iconSize().width() + 4;
    if (bredde > rom.width() || fm.height() > rom.height())
        return u"%1 '%2' needs %3×%4 px, has %5×%6"_s.arg(navn(b), kort(somVist(b->text())))
            .arg(bredde).arg(fm.height()).arg(rom.width()).arg(rom.height());
    return {};
}

QString etikettAvklipt(QLabel *l)
{
    if (l->text().isEmpty() || !l->pixmap().isNull())
        return {};
    const QString tekst = l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()))
                              ? l->text()
                              : somVist(l->text());
    if (l->wordWrap()) {
        const int trengs = l->heightForWidth(l->width());
        if (trengs > l->height())
            return u"%1 '%2': wrapped at %3 px it needs %4 px high, has %5"_s.arg(navn(l), kort(tekst))
                .arg(l->width()).arg(trengs).arg(l->height());
        return {};
    }
    const QSize trengs = l->sizeHint();
    if (trengs.width() > l->width() || trengs.height() > l->height())
        return u"%1 '%2' needs %3×%4 px, has %5×%6"_s.arg(navn(l), kort(tekst))
            .arg(trengs.width()).arg(trengs.height()).arg(l->width()).arg(l->height());
    return {};
}

} // namespace

QStringList avklipt(QWidget *vindu)
{
    return hverSide(vindu, [vindu] {
        QStringList feil;
        for (QWidget *w : synlige(vindu)) {
            QString f;
            if (auto *l = qobject_cast<QLabel *>(w))
                f = etikettAvklipt(l);
            else if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
                f = knappAvklipt(b);
            if (!f.isEmpty())
                feil.append(u"text cut: "_s + f);
            for (const QString &d : visningssjekk::feil(w))
                feil.append(u"data cut: "_s + d);
        }
        return feil;
    });
}

QStringList doedeAkseleratorer(QWidget *vindu)
{
    QPointer<QWidget> foer = QApplication::focusWidget();
    vindu->activateWindow();
    if (!QTest::qWaitForWindowActive(vindu))
        return {u"the window cannot be made active: its accelerators were not tried"_s};
    const QStringList alle = hverSide(vindu, [vindu] {
        QStringList feil;
        const QList<QWidget *> widgets = synlige(vindu);
        for (QWidget *w : widgets) {
            auto *l = qobject_cast<QLabel *>(w);
            QWidget *felt = l ? l->buddy() : nullptr;
            if (!felt || akselerator(l->text()).isNull() || l->textFormat() == Qt::RichText || !felt->isVisibleTo(vindu)
                || !felt->isEnabled())
                continue;
            auto iFeltet = [felt](const QWidget *f) { return f && (f == felt || felt->isAncestorOf(f)); };
            // Start from a push button elsewhere (Alt+letter typed into a text field would change it),
            // in the label's own area (the case editor's letters win only while the focus is in it);
            // else from any other stop there.
            QWidget *start = nullptr;
            const QWidget *omraade = akseleratoromraade(l);
            for (const bool knapp : {true, false}) {
                for (QWidget *s : widgets)
                    if ((!knapp || qobject_cast<QPushButton *>(s)) && s->isEnabled() && (s->focusPolicy() & Qt::TabFocus)
                        && !iFeltet(s) && akseleratoromraade(s) == omraade && s->isVisible() && !s->focusProxy()) {
                        start = s;
                        break;
                    }
                if (start)
                    break;
            }
            if (start)
                start->setFocus(Qt::OtherFocusReason);
            else if (QWidget *f = QApplication::focusWidget(); iFeltet(f))
                f->clearFocus();
            QWidget *mottaker = QApplication::focusWidget() ? QApplication::focusWidget() : vindu;
            QTest::keySequence(mottaker, QKeySequence::mnemonic(l->text()));
            QWidget *naa = QApplication::focusWidget();
            // A tick box the letter reaches toggles (animated, as Qt does): toggled back, so the
            // walk leaves the form as it found it.
            if (auto *boks = qobject_cast<QCheckBox *>(naa); boks && iFeltet(boks) && felt != boks) {
                const bool var = boks->isChecked();
                if (QTest::qWaitFor([boks, var] { return boks->isChecked() != var; }, 1000)) {
                    // The form may have disabled the box meanwhile (a rule of the case): then set back.
                    QTest::keySequence(boks, QKeySequence::mnemonic(l->text()));
                    if (!QTest::qWaitFor([boks, var] { return boks->isChecked() == var; }, 1000))
                        boks->setChecked(var);
                }
            }
            if (!iFeltet(naa))
                feil.append(u"Alt+%1 of label '%2' does not reach %3 (the focus is on %4)"_s.arg(
                    akselerator(l->text()).toUpper(), l->text(), navn(felt), naa ? navn(naa) : u"nothing"_s));
        }
        return feil;
    });
    if (foer && foer->window() == vindu)
        foer->setFocus(Qt::OtherFocusReason);
    return alle;
}

} // namespace tilsyn::uisjekk
