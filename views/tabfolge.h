#pragma once

#include <QList>
#include <QWidget>

namespace tilsyn {

/// Puts `felt` in this Tab order, each after the one before it (a compound widget moves with
/// its children). The builders list their fields in the order they are laid out on the screen,
/// top-to-bottom and left-to-right (checked for every window by tst_allevinduer).
inline void settTabfolge(const QList<QWidget *> &felt)
{
    for (qsizetype i = 1; i < felt.size(); ++i)
        QWidget::setTabOrder(felt[i - 1], felt[i]);
}

} // namespace tilsyn
