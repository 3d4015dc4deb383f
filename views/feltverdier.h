#pragma once

#include <QComboBox>
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
}

/// Selects the entry whose data is `data` (none if absent) without emitting a change.
inline void velg(QComboBox *c, const QVariant &data)
{
    const QSignalBlocker b(c);
    c->setCurrentIndex(c->findData(data));
}

} // namespace tilsyn::felt
