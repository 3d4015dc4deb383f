#include "hovedtaster.h"

#include "caseeditor.h"
#include "items/saklistemodel.h"
#include "sperregrunn.h"

#include <QAbstractButton>
#include <QAction>
#include <QRegularExpression>

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMeldingMs = 6000;

class Hovedtaster final : public QObject
{
    Q_DISABLE_COPY_MOVE(Hovedtaster)

public:
    Hovedtaster(QMainWindow *vindu, QLineEdit *soek, QTableView *liste, const CaseEditor *editor)
        : QObject(vindu), m_vindu(vindu), m_soek(soek), m_liste(liste), m_editor(editor)
    {
        // After the filter bar's own connection: the filter of what was typed is asked for first.
        connect(soek, &QLineEdit::returnPressed, this, &Hovedtaster::enter);
    }

    bool eventFilter(QObject *mottaker, QEvent *e) override
    {
        if (e->type() != QEvent::KeyPress)
            return false;
        const auto *tast = static_cast<QKeyEvent *>(e);
        if (mottaker == m_soek && tast->key() == Qt::Key_Down && tast->modifiers() == Qt::NoModifier)
            return tilListen();
        // An accelerator of the case's pages reaches a field as a key press only when no shortcut
        // took it: with no case open. It must not type a digit into the search field.
        const auto *w = qobject_cast<QWidget *>(mottaker);
        if (w && w->window() == m_vindu && !m_editor->harSak()
            && (tast->modifiers() & ~Qt::KeypadModifier) == Qt::AltModifier && tast->key() >= Qt::Key_1
            && tast->key() <= Qt::Key_6) {
            m_vindu->statusBar()->showMessage(
                QCoreApplication::translate("tilsyn::MainWindow",
                                            "No case is open: Alt+%1 goes to a page of an open case. Choose a case "
                                            "in the list (Down from the search field) or make a new one.")
                    .arg(tast->key() - Qt::Key_0),
                kMeldingMs);
            return true;
        }
        if (w && w->window() == m_vindu && !QApplication::activePopupWidget() && !feltetBruker(mottaker, *tast))
            return sperretSi(QKeySequence(tast->keyCombination()));
        return false;
    }

private:
    // Whether the focused field takes the key itself (Ctrl+Z in a text field: its own undo).
    static bool feltetBruker(QObject *felt, const QKeyEvent &tast)
    {
        if (!(tast.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && !(tast.key() >= Qt::Key_F1 && tast.key() <= Qt::Key_F35))
            return true; // typing: not this filter's (sperretSi looks at command keys only)
        QKeyEvent spoers(QEvent::ShortcutOverride, tast.key(), tast.modifiers(), tast.text());
        spoers.ignore();
        QCoreApplication::sendEvent(felt, &spoers);
        return spoers.isAccepted();
    }

    // A key of an action or button the window offers but that is disabled now does nothing in
    // Qt: say why instead, in the status bar (issue 10 item 2: greyed without a word).
    bool sperretSi(const QKeySequence &sekvens)
    {
        const Qt::Key k = sekvens[0].key();
        if (k >= Qt::Key_Shift && k <= Qt::Key_ScrollLock)
            return false; // a modifier alone
        if (!(sekvens[0].keyboardModifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && !(k >= Qt::Key_F1 && k <= Qt::Key_F35))
            return false; // typing: no command key (and nothing to search for on every letter)
        auto bruk = [this, &sekvens](const QObject *o, const QString &tekst) {
            const QString grunn = sperregrunn(o);
            if (grunn.isEmpty())
                return false;
            QString navn = tekst;
            navn.remove(QRegularExpression(u"&(?!&)"_s));
            m_vindu->statusBar()->showMessage(
                QCoreApplication::translate("tilsyn::MainWindow", "%1 (%2) is not available: %3")
                    .arg(navn, sekvens.toString(QKeySequence::NativeText), grunn),
                kMeldingMs);
            return true;
        };
        for (const QAction *a : m_vindu->findChildren<QAction *>()) {
            if (!a->isEnabled() && a->isVisible() && a->shortcuts().contains(sekvens) && bruk(a, a->text()))
                return true;
        }
        if (sekvens[0].keyboardModifiers() != Qt::AltModifier)
            return false;
        for (const QAbstractButton *b : m_vindu->findChildren<QAbstractButton *>()) {
            if (!b->isEnabled() && b->isVisible() && b->window() == m_vindu
                && QKeySequence::mnemonic(b->text()) == sekvens && bruk(b, b->text()))
                return true;
        }
        return false;
    }

    // Enter in the search field (session 15): one hit opens that case, several move to the list
    // with the first row selected, none says so. On the rows of what was typed: while the worker
    // is still searching (Enter right after the last letter), it waits for them; typing more
    // before they come cancels it.
    void enter()
    {
        QObject::disconnect(m_vent);
        const auto *m = qobject_cast<const SakListeModel *>(m_liste->model());
        if (m && m->soeker()) {
            m_vent = connect(m, &SakListeModel::soekFerdig, this, [this, m, tekst = m_soek->text()] {
                if (m->soeker())
                    return; // a newer search: its rows are still to come
                QObject::disconnect(m_vent);
                if (m_soek->text() == tekst && m_soek->hasFocus())
                    treff();
            });
            return;
        }
        treff();
    }

    void treff()
    {
        const QAbstractItemModel *m = m_liste->model();
        const int antall = m ? m->rowCount() : 0;
        if (antall == 0) {
            const QString tekst = m_soek->text().trimmed();
            m_vindu->statusBar()->showMessage(
                tekst.isEmpty() ? QCoreApplication::translate("tilsyn::MainWindow", "No case matches the filters: clear one to see more cases.")
                                : QCoreApplication::translate("tilsyn::MainWindow", "No case matches “%1”: clear the search field or a filter to see more cases.")
                                      .arg(tekst),
                kMeldingMs);
            return;
        }
        const QModelIndex foerste = m->index(0, 0);
        m_liste->setFocus(Qt::TabFocusReason);
        m_liste->setCurrentIndex(foerste);
        m_liste->selectRow(0);
        if (antall == 1)
            emit m_liste->activated(foerste); // opened as Enter on the row does (MainWindow::velgFraListe)
    }

    bool tilListen()
    {
        const QAbstractItemModel *m = m_liste->model();
        if (!m || m->rowCount() == 0)
            return false;
        m_liste->setFocus(Qt::TabFocusReason);
        if (!m_liste->currentIndex().isValid() || !m_liste->selectionModel()->hasSelection())
            m_liste->setCurrentIndex(m->index(0, 0));
        m_liste->selectRow(m_liste->currentIndex().row());
        return true;
    }

    QMainWindow *m_vindu;
    QLineEdit *m_soek;
    QTableView *m_liste;
    const CaseEditor *m_editor;
    QMetaObject::Connection m_vent; ///< Enter waiting for the rows of what was typed
};

} // namespace

void kobleHovedtaster(QMainWindow *vindu, QLineEdit *soek, QTableView *liste, const CaseEditor *editor)
{
    auto *filter = new Hovedtaster(vindu, soek, liste, editor);
    qApp->installEventFilter(filter); // removed when the window (the filter's parent) goes
}

} // namespace tilsyn
