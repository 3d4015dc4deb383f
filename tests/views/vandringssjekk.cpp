#include "vandringssjekk.h"

#include "domain/katalog.h"
#include "hjelpvindu.h"
#include "uisjekk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>

namespace tilsyn::vandringssjekk {

using namespace Qt::StringLiterals;

namespace {

QString utenMerke(QString t)
{
    return t.remove(QRegularExpression(u"&(?!&)"_s));
}

// A reason in both: a tool tip that is not just the control's name, and a status tip.
bool harGrunn(const QString &navn, const QString &verktoytips, const QString &statustips)
{
    return !verktoytips.trimmed().isEmpty() && utenMerke(verktoytips) != utenMerke(navn)
        && !statustips.trimmed().isEmpty();
}

// Qt's own parts of a widget (a tab bar's scroll arrows, a spin box's line edit, …).
bool erQtsEgen(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->objectName().startsWith(u"qt_"_s))
            return true;
    const QWidget *f = w->parentWidget();
    return qobject_cast<const QTabBar *>(f) || qobject_cast<const QComboBox *>(f)
        || qobject_cast<const QAbstractSpinBox *>(f);
}

bool erKontroll(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QGroupBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w);
}

QString hvem(const QObject *o, const QString &tekst)
{
    return u"%1 %2 '%3'"_s.arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(), utenMerke(tekst));
}

QString tekstAv(const QWidget *w)
{
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->text().isEmpty() ? b->accessibleName() : b->text();
    if (auto *g = qobject_cast<const QGroupBox *>(w))
        return g->title();
    return w->accessibleName();
}

void menyhandlinger(QMenu *meny, const QString &sti, QStringList &feil)
{
    for (QAction *a : meny->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (a->menu()) {
            menyhandlinger(a->menu(), sti + u" > "_s + utenMerke(a->text()), feil);
            continue;
        }
        if (!a->isEnabled() && !harGrunn(a->text(), a->toolTip(), a->statusTip()))
            feil.append(u"disabled without a reason: menu %1 > '%2' (tool tip '%3', status tip '%4')"_s.arg(
                sti, utenMerke(a->text()), a->toolTip(), a->statusTip()));
    }
}

QStringList utenGrunnNaa(QWidget *vindu)
{
    QStringList feil;
    for (QWidget *w : vindu->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(vindu) || w->window() != vindu || !erKontroll(w) || erQtsEgen(w))
            continue;
        if (!w->testAttribute(Qt::WA_ForceDisabled)) // enabled, or disabled only with its parent
            continue;
        if (auto *t = qobject_cast<QToolButton *>(w); t && t->defaultAction())
            continue; // its action is checked (tool bars) or says it
        if (!harGrunn(tekstAv(w), w->toolTip(), w->statusTip()))
            feil.append(u"disabled without a reason: %1 (tool tip '%2', status tip '%3')"_s.arg(
                hvem(w, tekstAv(w)), w->toolTip(), w->statusTip()));
    }
    return feil;
}

bool erData(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->property("tilsynData").toBool())
            return true;
    return false;
}

void menytips(QMenu *meny, QHash<QString, QString> &ut)
{
    for (QAction *a : meny->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (a->menu()) {
            menytips(a->menu(), ut);
            continue;
        }
        if (utenMerke(a->toolTip()) != utenMerke(a->text()))
            ut.insert(uisjekk::noekkel(a, u"toolTip"_s), a->toolTip());
        if (!a->statusTip().isEmpty())
            ut.insert(uisjekk::noekkel(a, u"statusTip"_s), a->statusTip());
    }
}

} // namespace

QHash<QString, QString> flereTekster(QWidget *vindu)
{
    QHash<QString, QString> ut;
    if (auto *mw = qobject_cast<QMainWindow *>(vindu))
        for (QAction *a : mw->menuBar()->actions())
            if (a->menu())
                menytips(a->menu(), ut);
    for (QWidget *w : vindu->findChildren<QWidget *>()) {
        if (w->window() != vindu || erData(w))
            continue;
        if (!w->statusTip().isEmpty() && w->isVisibleTo(vindu))
            ut.insert(uisjekk::noekkel(w, u"statusTip"_s), w->statusTip());
        if (w->property("tilsynDataRader").toBool())
            continue; // its rows are data (its header is program text, gathered by uisjekk::tekster)
        if (auto *l = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < std::min(l->count(), 50); ++i)
                ut.insert(uisjekk::noekkel(w, u"item%1"_s.arg(i)), l->item(i)->text());
        } else if (auto *t = qobject_cast<QTreeWidget *>(w)) {
            for (int i = 0; i < std::min(t->topLevelItemCount(), 50); ++i)
                for (int k = 0; k < t->columnCount(); ++k)
                    ut.insert(uisjekk::noekkel(w, u"item%1.%2"_s.arg(i).arg(k)), t->topLevelItem(i)->text(k));
        }
    }
    return ut;
}

QStringList utenGrunn(QWidget *vindu)
{
    QStringList feil = utenGrunnNaa(vindu);
    for (QTabWidget *faner : vindu->findChildren<QTabWidget *>()) {
        if (!faner->isVisibleTo(vindu) || faner->window() != vindu)
            continue;
        const int foer = faner->currentIndex();
        for (int i = 0; i < faner->count(); ++i) {
            if (i == foer || !faner->isTabVisible(i))
                continue;
            faner->setCurrentIndex(i);
            feil += utenGrunnNaa(vindu);
        }
        faner->setCurrentIndex(foer);
    }
    if (auto *mw = qobject_cast<QMainWindow *>(vindu)) {
        for (QAction *a : mw->menuBar()->actions())
            if (a->menu() && a->isVisible())
                menyhandlinger(a->menu(), utenMerke(a->text()), feil);
        for (QToolBar *linje : mw->findChildren<QToolBar *>()) {
            if (!linje->isVisibleTo(mw))
                continue;
            for (QAction *a : linje->actions())
                if (!a->isSeparator() && a->isVisible() && !a->isEnabled()
                    && !harGrunn(a->text(), a->toolTip(), a->statusTip()))
                    feil.append(u"disabled without a reason: tool bar '%1' (tool tip '%2', status tip '%3')"_s.arg(
                        utenMerke(a->text()), a->toolTip(), a->statusTip()));
        }
    }
    feil.removeDuplicates();
    return feil;
}

QStringList utenNavn(QWidget *vindu)
{
    QSet<const QWidget *> navngitt;
    const QList<QWidget *> alle = vindu->findChildren<QWidget *>();
    for (QWidget *w : alle)
        if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy() && l->isVisibleTo(vindu) && !l->text().isEmpty())
            navngitt.insert(l->buddy());
    QStringList feil;
    for (QWidget *w : alle) {
        if (!w->isVisibleTo(vindu) || w->window() != vindu || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || erQtsEgen(w) || qobject_cast<QTabBar *>(w) || w->focusProxy())
            continue; // a tab bar names its pages; a focus proxy takes the focus for it
        if (w->objectName().isEmpty() && w->parentWidget() && !w->parentWidget()->accessibleName().isEmpty())
            continue; // an unnamed part of a named widget (the view inside a print preview)
        if (!w->accessibleName().isEmpty())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        if (auto *g = qobject_cast<QGroupBox *>(w); g && !g->title().isEmpty())
            continue;
        bool merket = false;
        for (const QWidget *p = w; p && p != vindu && !merket; p = p->parentWidget())
            merket = navngitt.contains(p) || (p != w && !p->accessibleName().isEmpty()
                                               && qobject_cast<const QAbstractItemView *>(p));
        if (!merket)
            feil.append(u"no accessible name: %1"_s.arg(hvem(w, QString())));
    }
    return feil;
}

Maalformer::Maalformer(const QStringList &tsFiler)
{
    for (const QString &sti : tsFiler) {
        QFile f(sti);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(sti));
        QXmlStreamReader x(&f);
        QByteArray kontekst, kilde, kommentar;
        QStringList former;
        bool numerus = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement()) {
                const auto n = x.name();
                if (n == u"name")
                    kontekst = x.readElementText().toUtf8();
                else if (n == u"message") {
                    numerus = x.attributes().value(u"numerus"_s) == u"yes";
                    kilde.clear();
                    kommentar.clear();
                    former.clear();
                } else if (n == u"source")
                    kilde = x.readElementText().toUtf8();
                else if (n == u"comment")
                    kommentar = x.readElementText().toUtf8();
                else if (n == u"translation" && !numerus)
                    former.append(x.readElementText());
                else if (n == u"numerusform")
                    former.append(x.readElementText());
            } else if (x.isEndElement() && x.name() == u"message") {
                const char *k = kommentar.isEmpty() ? nullptr : kommentar.constData();
                if (!numerus) {
                    if (!former.isEmpty())
                        par(former.constFirst(),
                                QCoreApplication::translate(kontekst.constData(), kilde.constData(), k));
                } else {
                    // bokmål and nynorsk both have one and many: n = 1, n = 2
                    for (int i = 0; i < std::min<qsizetype>(former.size(), 2); ++i)
                        par(former[i], QCoreApplication::translate(kontekst.constData(), kilde.constData(), k, i + 1)
                                               .replace(QString::number(i + 1), former[i].contains(u"%Ln"_s) ? u"%Ln"_s : u"%n"_s));
                }
            }
        }
        if (x.hasError())
            qFatal("%s: %s", qPrintable(sti), qPrintable(x.errorString()));
    }
}

void Maalformer::par(const QString &nb, const QString &nn)
{
    static const QRegularExpression plass(u"%L?(?:\\d|n)"_s);
    static const QRegularExpression bokstav(u"[[:alpha:]]{2,}"_s);
    ++m_antall;
    if (nb.isEmpty() || nb != nn)
        return;
    if (!nb.contains(plass)) {
        m_like.insert(nb);
        m_like.insert(utenMerke(nb)); // a tool button's tool tip: the action's text without '&'
        return;
    }
    QString bare = nb;
    if (!bare.remove(plass).contains(bokstav))
        return; // "%1: %2" would allow anything
    QStringList deler = nb.split(plass);
    for (QString &d : deler)
        d = QRegularExpression::escape(d);
    m_moenstre.append(QRegularExpression(u"^"_s + deler.join(u".*"_s) + u"$"_s, QRegularExpression::DotMatchesEverythingOption));
}

bool Maalformer::sammeIBegge(const QString &tekst) const
{
    // The language choice shows each language in itself.
    static const QSet<QString> spraaknavn{u"Norsk bokmål"_s, u"Norsk nynorsk"_s, u"English"_s};
    if (m_like.contains(tekst) || spraaknavn.contains(tekst))
        return true;
    for (const QRegularExpression &m : m_moenstre)
        if (m.match(tekst).hasMatch())
            return true;
    return false;
}

QStringList bokmaalINynorsk(const QHash<QString, QString> &nynorsk, const QHash<QString, QString> &bokmaal,
                            const Maalformer &maalformer)
{
    static const QRegularExpression bokstav(u"[[:alpha:]]{2,}"_s);
    QStringList feil;
    for (auto it = nynorsk.cbegin(); it != nynorsk.cend(); ++it) {
        const QString nb = bokmaal.value(it.key());
        if (nb.isEmpty() || nb != it.value() || !nb.contains(bokstav) || maalformer.sammeIBegge(nb))
            continue;
        feil.append(u"bokmål in nynorsk: '%1' (%2)"_s.arg(nb, it.key().section(u'/', -2)));
    }
    feil.sort();
    return feil;
}

QStringList katalognavnPaaBokmaal(QWidget *vindu)
{
    static const QHash<QString, QString> bokmaal = [] {
        QHash<QString, QString> ut; // bokmål name -> nynorsk name, where they differ
        using L = Katalog::Liste;
        for (L l : {L::Embete, L::Sektor, L::Objekttype, L::Tjenesteniva, L::Kilde, L::Tema, L::Utfall, L::Konklusjon,
                    L::Bestemmelse})
            for (const KatalogPost &p : Katalog::innebygd().poster(l))
                if (!p.navnNn.isEmpty() && p.navnNn != p.navn)
                    ut.insert(p.navn, p.navnNn);
        for (const Fristregel &r : Katalog::innebygd().behandlingsmaater())
            if (!r.navnNn.isEmpty() && r.navnNn != r.navn)
                ut.insert(r.navn, r.navnNn);
        return ut;
    }();
    QStringList feil;
    const auto sjekk = [&](const QWidget *w, const QString &tekst) {
        const QString t = tekst.trimmed();
        if (bokmaal.contains(t))
            feil.append(u"catalogue name in bokmål in nynorsk: '%1' (%2; nynorsk '%3')"_s.arg(t, hvem(w, t), bokmaal.value(t)));
    };
    for (QWidget *w : vindu->findChildren<QWidget *>()) {
        if (w->window() != vindu || !w->isVisibleTo(vindu))
            continue;
        if (auto *k = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < k->count(); ++i)
                sjekk(w, k->itemText(i));
        } else if (auto *l = qobject_cast<QLabel *>(w)) {
            sjekk(w, l->text());
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            sjekk(w, e->text());
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int r = 0; r < std::min(m->rowCount(), 50); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    sjekk(w, m->index(r, c).data().toString());
        }
    }
    feil.removeDuplicates();
    return feil;
}

QStringList hjelpFeil(QWidget *vindu)
{
    if (qobject_cast<HjelpVindu *>(vindu))
        return {};
    const auto aapne = [] {
        QList<HjelpVindu *> ut;
        for (QWidget *w : QApplication::allWidgets())
            if (auto *h = qobject_cast<HjelpVindu *>(w); h && h->isVisible())
                ut.append(h);
        return ut;
    };
    for (HjelpVindu *h : aapne())
        h->hide();
    QPointer<QWidget> foer = QApplication::focusWidget();
    QWidget *mottaker = foer && foer->window() == vindu ? foer.data() : vindu;
    QTest::keyClick(mottaker, Qt::Key_F1);
    const QList<HjelpVindu *> vist = aapne();
    QStringList feil;
    if (vist.size() != 1) {
        feil.append(u"F1 opened %1 user guides, not one"_s.arg(vist.size()));
    } else {
        const QString avsnitt = vist.first()->avsnitt();
        QFile f(HjelpVindu::kilde());
        const QString html = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        if (avsnitt.isEmpty())
            feil.append(u"F1: the guide has no section for this window (HjelpVindu::avsnittFor)"_s);
        else if (!html.contains(u"<a name=\"%1\">"_s.arg(avsnitt)))
            feil.append(u"F1: the guide %1 has no section '%2'"_s.arg(HjelpVindu::kilde(), avsnitt));
    }
    for (HjelpVindu *h : vist)
        delete h;
    QApplication::setActiveWindow(vindu);
    if (foer)
        foer->setFocus(Qt::OtherFocusReason);
    return feil;
}

} // namespace tilsyn::vandringssjekk
