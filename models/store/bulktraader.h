#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace tilsyn {

/// The threads the bulk paths (import's parsing, BulkSkriver's preparing) spread their work on:
/// one fewer than the cores, at least one, and not Qt's global pool — so a long import leaves a
/// core and the global pool to the GUI thread and its background queries (issue 15 item 4).
inline QThreadPool *bulktraader()
{
    static QThreadPool pool;
    static const bool satt = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(satt);
    return &pool;
}

} // namespace tilsyn
