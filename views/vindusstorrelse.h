#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QSize>
#include <QWidget>

namespace tilsyn {

/// Gives a window its preferred size, but never more than 95 % of the screen it opens on (a
/// 1366 × 768 laptop must see the whole window, status bar included).
inline void settStorrelse(QWidget *vindu, const QSize &oensket)
{
    const QScreen *skjerm = vindu->screen() ? vindu->screen() : QGuiApplication::primaryScreen();
    if (!skjerm) {
        vindu->resize(oensket);
        return;
    }
    const QSize plass = skjerm->availableGeometry().size() * 0.95;
    vindu->resize(oensket.boundedTo(plass));
}

} // namespace tilsyn
