#include "stavekontroll.h"

#include "tekst/ordbok.h"
#include "tekst/stavemarkering.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QCoreApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <map>
#include <memory>

namespace tilsyn::stavekontroll {

using namespace Qt::StringLiterals;

namespace {

/// Right-click over an unknown word: up to eight suggestions, then the field's own menu.
template<typename Felt>
void visMeny(Felt *felt, Stavemarkering *markering, const QPoint &pos)
{
    std::unique_ptr<QMenu> meny(felt->createStandardContextMenu(felt->viewport()->mapToGlobal(pos)));
    const QTextCursor ved = felt->cursorForPosition(pos);
    int start = 0;
    const QString ord = markering->ukjentOrdVed(ved.position(), &start);
    if (!ord.isEmpty() && markering->ordbok() && !felt->isReadOnly()) {
        QAction *foerste = meny->actions().value(0);
        const QStringList forslag = markering->ordbok()->forslag(ord);
        QList<QAction *> nye;
        for (const QString &f : forslag) {
            auto *a = new QAction(f, meny.get());
            a->setObjectName(u"forslag"_s);
            QObject::connect(a, &QAction::triggered, felt, [felt, start, lengde = ord.size(), f] {
                QTextCursor c(felt->document());
                c.setPosition(start);
                c.setPosition(start + int(lengde), QTextCursor::KeepAnchor);
                c.insertText(f);
            });
            nye.append(a);
        }
        if (nye.isEmpty()) {
            auto *ingen = new QAction(QCoreApplication::translate("tilsyn::Stavekontroll", "(no suggestions)"), meny.get());
            ingen->setEnabled(false);
            nye.append(ingen);
        }
        meny->insertActions(foerste, nye);
        meny->insertSeparator(foerste);
    }
    meny->exec(felt->viewport()->mapToGlobal(pos));
}

template<typename Felt>
Stavemarkering *kobleFelt(Felt *felt, Maalform maalform)
{
    if (auto *finnes = felt->document()->template findChild<Stavemarkering *>(QString(), Qt::FindDirectChildrenOnly)) {
        finnes->settOrdbok(&ordbok(maalform));
        return finnes;
    }
    auto *markering = new Stavemarkering(felt->document(), &ordbok(maalform));
    markering->setObjectName(u"stavemarkering"_s);
    felt->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(felt, &Felt::customContextMenuRequested, markering,
                     [felt, markering](const QPoint &pos) { visMeny(felt, markering, pos); });
    return markering;
}

} // namespace

const Ordbok &ordbok(Maalform maalform)
{
    static std::map<Maalform, std::unique_ptr<Ordbok>> lastet;
    std::unique_ptr<Ordbok> &o = lastet[maalform];
    if (!o)
        o = std::make_unique<Ordbok>(maalform);
    return *o;
}

Stavemarkering *koble(QPlainTextEdit *felt, Maalform maalform)
{
    return kobleFelt(felt, maalform);
}

Stavemarkering *koble(QTextEdit *felt, Maalform maalform)
{
    return kobleFelt(felt, maalform);
}

QLabel *kobleBrev(QComboBox *maalform, const QList<QPlainTextEdit *> &felt, QWidget *forelder,
                  std::function<QStringList()> andreTekster, const QList<QComboBox *> &andreValg)
{
    auto *varsel = new QLabel(forelder);
    varsel->setObjectName(u"stavevarsel"_s);
    varsel->setWordWrap(true);
    varsel->setStyleSheet(u"color: #a33b20;"_s);
    varsel->hide();
    auto oppdater = [maalform, felt, varsel, andreTekster] {
        const Maalform m = maalformFraKode(maalform->currentData().toString());
        QStringList tekster;
        for (QPlainTextEdit *f : felt) {
            koble(f, m);
            tekster.append(f->toPlainText());
        }
        if (andreTekster)
            tekster.append(andreTekster());
        const QStringList ukjente = ordbok(m).ukjenteOrd(tekster.join(u'\n'));
        const QString ordboka = m == Maalform::Nynorsk ? QCoreApplication::translate("tilsyn::Stavekontroll", "nynorsk")
                                                       : QCoreApplication::translate("tilsyn::Stavekontroll", "bokmål");
        varsel->setText(ukjente.isEmpty() ? QString()
                                          : QCoreApplication::translate("tilsyn::Stavekontroll",
                                                                        "The %1 dictionary does not know these words of the "
                                                                        "letter: %2. Check them before finalising.")
                                                .arg(ordboka, ukjente.join(u", "_s)));
        varsel->setVisible(!ukjente.isEmpty());
    };
    QObject::connect(maalform, &QComboBox::currentIndexChanged, varsel, oppdater);
    for (QComboBox *valg : andreValg) { // also when refilled under a QSignalBlocker (its model still signals)
        QObject::connect(valg, &QComboBox::currentIndexChanged, varsel, oppdater);
        QObject::connect(valg->model(), &QAbstractItemModel::rowsInserted, varsel, oppdater);
        QObject::connect(valg->model(), &QAbstractItemModel::modelReset, varsel, oppdater);
    }
    for (QPlainTextEdit *f : felt)
        QObject::connect(f, &QPlainTextEdit::textChanged, varsel, oppdater);
    oppdater();
    return varsel;
}

} // namespace tilsyn::stavekontroll
