#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

/// Checks of the window walk (issue 10) kept apart from uisjekk: disabled controls that do not
/// say why, and bokmål left in the nynorsk UI.
namespace tilsyn::vandringssjekk {

/// Every visible control the program disabled itself (a push or tool button, a tick box or
/// choice, a group box, an input field, an entry of the main window's menus and tool bars) must
/// say why in both its tool tip and its status tip (views/sperregrunn.h settTilgjengelig).
/// A control disabled only because its parent is goes unflagged (its parent is checked). Every
/// page of every tab widget is looked at. One line per control: "disabled without a reason …".
QStringList utenGrunn(QWidget *vindu);

/// Focusable controls a screen reader cannot name: no accessible name, no text of their own
/// (a button's), and no visible label naming them (a buddy, or inside one). One line each.
QStringList utenNavn(QWidget *vindu);

/// The pairs (bokmål, nynorsk) of every message of the given bokmål .ts files (the program's and
/// Qt's), the nynorsk side asked of the translators installed now (nynorsk loaded): a text that
/// is the same in both målformer is allowed by sammeIBegge(). Numerus forms count one by one.
class Maalformer final
{
public:
    /// `tsFiler`: paths of *_nb.ts files. Fails (qFatal) if one cannot be read.
    explicit Maalformer(const QStringList &tsFiler);
    /// One more pair, e.g. a catalogue name and its nynorsk name (empty: none, not allowed).
    void par(const QString &nb, const QString &nn);
    /// True if `tekst` is a translation that is the same in bokmål and nynorsk (a "%1" in the
    /// translation stands for any text).
    bool sammeIBegge(const QString &tekst) const;
    qsizetype antall() const { return m_antall; }

private:
    QSet<QString> m_like;
    QList<QRegularExpression> m_moenstre; // regular expressions of the equal translations with %N
    qsizetype m_antall = 0;
};

/// Texts uisjekk::tekster() does not gather, keyed the same way per widget: status tips, the tool
/// and status tips of the main window's menu entries, the items of list and tree widgets that
/// show program text (not marked "tilsynData", nor "tilsynDataRader": rows of data under a header
/// of program text; at most 50 rows each).
QHash<QString, QString> flereTekster(QWidget *vindu);

/// Texts of the nynorsk window (`nynorsk`: tekster() of it) the same as in the bokmål walk of
/// the same window (`bokmaal`), unless the same in both målformer (`maalformer`) or without
/// letters. One line per text: "bokmål in nynorsk: 'Text' (widget)".
QStringList bokmaalINynorsk(const QHash<QString, QString> &nynorsk, const QHash<QString, QString> &bokmaal,
                            const Maalformer &maalformer);

/// In the nynorsk UI, a catalogue name shown in bokmål where the catalogue has a nynorsk name
/// (Katalog::innebygd, every list): in combo box items, labels, line edits and the first rows of
/// item views — data included, which the other checks leave out as data.
QStringList katalognavnPaaBokmaal(QWidget *vindu);

/// F1 in the window (at its focused widget) opens the user guide at a section the guide in the
/// language of the moment has (HjelpVindu::avsnittFor); the guide is closed again. Issue 10: F1
/// in the letter window showed nothing.
QStringList hjelpFeil(QWidget *vindu);

} // namespace tilsyn::vandringssjekk
