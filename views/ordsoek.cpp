#include "ordsoek.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QListView>
#include <QPointer>
#include <QTimer>
#include <QToolTip>

namespace tilsyn {

namespace {

// Whether `tekst` starts with `soek` or has a word that does.
bool treff(const QString &tekst, const QString &soek)
{
    for (qsizetype i = 0; i < tekst.size(); ++i)
        if ((i == 0 || !tekst.at(i - 1).isLetterOrNumber()) && tekst.at(i).isLetterOrNumber()
            && QStringView(tekst).mid(i).startsWith(soek, Qt::CaseInsensitive))
            return true;
    return false;
}

bool erEnter(const QEvent *e)
{
    if (e->type() != QEvent::ShortcutOverride && e->type() != QEvent::KeyPress && e->type() != QEvent::KeyRelease)
        return false;
    const auto *k = static_cast<const QKeyEvent *>(e);
    return (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) && !(k->modifiers() & ~Qt::KeypadModifier);
}

// The one rule of both pop-ups: Enter on several candidates, none moved to, takes none. The
// pop-up stays open with them, and says why once the key is released (a tool tip is hidden by
// the next key, so not shown on the press whose release follows).
bool enterGjetter(QEvent *e, QAbstractItemView *liste, int kandidater, bool valgt)
{
    if (!erEnter(e) || kandidater < 2 || valgt)
        return false;
    e->accept();
    if (e->type() == QEvent::KeyRelease) // after the release is handled (a completer passes it on)
        QTimer::singleShot(0, liste, [liste = QPointer<QAbstractItemView>(liste), kandidater] {
            if (liste && liste->isVisible())
                QToolTip::showText(liste->mapToGlobal(QPoint(0, liste->height())),
                                   QCoreApplication::translate("tilsyn::Ordsoek", "%1 match what you typed: move to one "
                                                                                  "with the arrow keys, or type more letters.")
                                       .arg(kandidater),
                                   liste);
        });
    return true;
}

class OrdsoekListe final : public QListView
{
public:
    explicit OrdsoekListe(QComboBox *kombo) : QListView(kombo), m_kombo(kombo) {}

    // Installed on itself after QComboBox's own filter, so it sees Enter first.
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == this && isVisible() && enterGjetter(e, this, synlige(), m_valgt))
            return true;
        if (o == this && erEnter(e) && e->type() != QEvent::KeyRelease && synlige() == 1 && !currentIndex().isValid())
            for (int i = 0; model() && i < model()->rowCount(rootIndex()); ++i)
                if (!isRowHidden(i)) // the one left: Enter takes it (QComboBox takes the current row)
                    setCurrentIndex(model()->index(i, modelColumn(), rootIndex()));
        return QListView::eventFilter(o, e);
    }

    void keyboardSearch(const QString &tekst) override
    {
        if (tekst.isEmpty() || !model() || model()->rowCount(rootIndex()) == 0)
            return;
        // Closed, a pause starts a new search (Qt's keyboard input interval); open, the list is
        // filtered by everything typed since it opened.
        if (!isVisible() && (!m_tid.isValid() || m_tid.elapsed() > QApplication::keyboardInputInterval()))
            m_soek.clear();
        m_tid.start();
        m_soek += tekst;
        const QList<int> rader = treffene();
        if (rader.isEmpty()) {
            m_soek.chop(tekst.size()); // nothing has it: as if not typed
            return;
        }
        if (isVisible()) {
            visBare(rader);
            return;
        }
        if (rader.size() == 1) { // one item has it: chosen (QComboBox takes the view's current row)
            setCurrentIndex(model()->index(rader.constFirst(), modelColumn(), rootIndex()));
            return;
        }
        // Several: the list opens with them, after this key (QComboBox would take a row changed
        // now as chosen), unless the next keys already told which.
        QTimer::singleShot(0, this, [this] {
            const QList<int> naa = treffene();
            if (isVisible() || naa.size() < 2)
                return;
            const QString soek = m_soek;
            for (int i = 0; i < model()->rowCount(rootIndex()); ++i) // before: the list is as high as they
                setRowHidden(i, !naa.contains(i));
            m_kombo->showPopup();
            m_soek = soek;
            visBare(naa);
        });
    }

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        switch (e->key()) {
        case Qt::Key_Backspace:
            if (!m_soek.isEmpty()) {
                m_soek.chop(1);
                visBare(treffene());
                m_valgt = false;
            }
            return;
        case Qt::Key_Tab:
        case Qt::Key_Backtab: {
            // Tab takes the highlighted item only when it is the one match left or was picked with
            // the arrows; otherwise nothing is chosen. Either way the focus moves on.
            const bool ta = currentIndex().isValid() && (m_valgt || synlige() == 1);
            const int rad = currentIndex().row();
            QPointer<QComboBox> kombo = m_kombo;
            m_kombo->hidePopup();
            if (ta && kombo->currentIndex() != rad) {
                kombo->setCurrentIndex(rad);
                emit kombo->activated(rad);
            }
            QCoreApplication::postEvent(kombo, new QKeyEvent(QEvent::KeyPress, e->key(), e->modifiers()));
            return;
        }
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            m_valgt = true;
            break;
        default:
            break;
        }
        QListView::keyPressEvent(e);
    }

    void hideEvent(QHideEvent *e) override
    {
        if (model())
            for (int i = 0; i < model()->rowCount(rootIndex()); ++i)
                setRowHidden(i, false);
        m_soek.clear();
        m_valgt = false;
        QListView::hideEvent(e);
    }

private:
    // The enabled rows with a word starting with what was typed (one letter typed again and
    // again: that letter, as Qt steps through the items starting with it).
    QList<int> treffene() const
    {
        QString soek = m_soek;
        if (soek.size() > 1 && soek.count(soek.front()) == soek.size())
            soek = soek.left(1);
        QList<int> ut;
        const QAbstractItemModel *m = model();
        for (int i = 0; m && i < m->rowCount(rootIndex()); ++i) {
            const QModelIndex ix = m->index(i, modelColumn(), rootIndex());
            if ((m->flags(ix) & Qt::ItemIsEnabled) && (soek.isEmpty() || treff(ix.data().toString(), soek)))
                ut.append(i);
        }
        return ut;
    }

    // The open list shows only the matches. One left, or the next of a repeated first letter (Qt's
    // way of stepping through the items with a letter): highlighted. Several: none highlighted, so
    // nothing looks chosen that Enter would not take; Down goes to the first.
    void visBare(const QList<int> &rader)
    {
        const QAbstractItemModel *m = model();
        for (int i = 0; i < m->rowCount(rootIndex()); ++i)
            setRowHidden(i, !rader.contains(i));
        const bool steg = m_soek.size() > 1 && m_soek.count(m_soek.front()) == m_soek.size();
        m_valgt = steg && rader.size() > 1;
        if (rader.size() == 1 || m_valgt)
            setCurrentIndex(m->index(rader.at(int((m_soek.size() - 1) % rader.size())), modelColumn(), rootIndex()));
        else
            setCurrentIndex({});
    }

    int synlige() const
    {
        int n = 0;
        for (int i = 0; model() && i < model()->rowCount(rootIndex()); ++i)
            n += isRowHidden(i) ? 0 : 1;
        return n;
    }

    QComboBox *m_kombo;
    QString m_soek;
    QElapsedTimer m_tid;
    bool m_valgt = false; ///< the highlighted row was moved to with the arrows
};

// The completer's pop-up: Enter is seen before QCompleter's own filter (installed later).
class EnterVakt final : public QObject
{
public:
    explicit EnterVakt(QCompleter *c) : QObject(c), m_completer(c) {}

    bool eventFilter(QObject *o, QEvent *e) override
    {
        QAbstractItemView *liste = m_completer->popup();
        if (o != liste || !liste->isVisible() || !erEnter(e))
            return false;
        const QAbstractItemModel *m = m_completer->completionModel();
        const int kandidater = m->rowCount();
        if (enterGjetter(e, liste, kandidater, liste->currentIndex().isValid()))
            return true;
        if (kandidater == 1 && !liste->currentIndex().isValid() && e->type() == QEvent::KeyPress)
            liste->setCurrentIndex(m->index(0, m_completer->completionColumn())); // the one left: taken
        return false;
    }

private:
    QCompleter *m_completer;
};

} // namespace

void soekPaaOrd(QComboBox *kombo)
{
    auto *liste = new OrdsoekListe(kombo);
    kombo->setView(liste);
    liste->installEventFilter(liste);
}

void enterGjetterIkke(QCompleter *completer)
{
    completer->popup()->installEventFilter(new EnterVakt(completer));
}

} // namespace tilsyn
