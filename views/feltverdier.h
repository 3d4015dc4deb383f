#pragma once

#include "domain/validering.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QString>
#include <QVariant>

#include <optional>

namespace tilsyn::felt {

/// Small helpers for showing a case's values in editor widgets without echoing a change back.

/// Empty or blank text is "not given".
inline std::optional<QString> valgfri(const QString &s)
{
    return s.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(s);
}

/// Sets the text only when it differs, so the cursor stays where the user is typing.
inline void settTekst(QLineEdit *e, const QString &t)
{
    if (e->text() != t)
        e->setText(t);
}

inline void settTekst(QPlainTextEdit *e, const QString &t)
{
    if (e->toPlainText() != t) {
        const QSignalBlocker b(e);
        e->setPlainText(t);
    }
    e->setProperty("tilsynSettTekst", t);
}

/// Calls `f` (in `ctx`) when the text of `e` has changed. QPlainTextEdit::textChanged also fires
/// when only formats change (the spell checker underlining words, also right after a case is
/// opened), which is no edit and must not reach the undo stack. Show texts with settTekst().
template<typename F>
void vedTekstendring(QPlainTextEdit *e, const QObject *ctx, F f)
{
    e->setProperty("tilsynSettTekst", e->toPlainText());
    QObject::connect(e, &QPlainTextEdit::textChanged, ctx, [e, f] {
        const QString t = e->toPlainText();
        if (e->property("tilsynSettTekst").toString() == t)
            return;
        e->setProperty("tilsynSettTekst", t);
        f();
    });
}

/// Selects the entry whose data is `data` (none if absent) without emitting a change.
inline void velg(QComboBox *c, const QVariant &data)
{
    const QSignalBlocker b(c);
    c->setCurrentIndex(c->findData(data));
}

/// The problems grouped by the editor field that shows them (the keys of `felter`): an element of
/// kilder or temaer goes to its list, innsender.navn to innsender, and what has no field of its
/// own to "annet". Problems of the object and assessment tables are left out: the tables show them.
template<typename Felter>
QHash<QString, QStringList> fordelPaaFelt(const Problemer &problemer, const Felter &felter)
{
    QHash<QString, QStringList> ut;
    for (const Problem &p : problemer) {
        if (p.felt.startsWith(u"tilsynsobjekter") || p.felt.startsWith(u"vurderinger"))
            continue;
        QString felt = p.felt;
        if (felt.startsWith(u"kilder[") || felt.startsWith(u"temaer["))
            felt = felt.left(felt.indexOf(u'['));
        if (felt == u"innsender.navn")
            felt = QStringLiteral("innsender");
        ut[felter.contains(felt) ? felt : QStringLiteral("annet")].append(p.melding);
    }
    return ut;
}

} // namespace tilsyn::felt
