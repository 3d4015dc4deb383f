#pragma once

#include "sync/forstesynk.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>

class QThread;

namespace tilsyn {

/// The pulling half of the bulk first sync, on a thread of its own with its own connection to
/// the central store (a QSqlDatabase belongs to the thread that opened it): the pages of each
/// office in turn (tilsyn_pull, in revision order, from the cursor given for it), read as bytes
/// through libpq on that connection with the next page always asked for ahead, each decoded
/// (ForsteSynk::dekod) while the caller writes the one before. At most kForan pages wait.
/// Holds no local state: the caller writes each page and moves the cursor in its transaction,
/// so a failure or kill on either side leaves nothing, as before.
class ForsteHenting final
{
public:
    static constexpr int kForan = 2;

    /// Starts pulling `embeter` from `markorer` (one cursor per office) in pages of `grense`.
    ForsteHenting(QString conninfo, QStringList embeter, QList<qint64> markorer, int grense);
    /// Stops the thread (after the page it is reading) and waits for it.
    ~ForsteHenting();
    Q_DISABLE_COPY_MOVE(ForsteHenting)

    /// The next page, or std::nullopt when every office is pulled. Rethrows what the pulling
    /// thread threw (SentralFeil).
    std::optional<ForsteSynk::Side> neste();

    /// Milliseconds the caller waited in neste() (the pull was behind), and those the pulling
    /// thread spent reading from the server and decoding.
    qint64 ventetMs() const { return m_ventetMs; }
    qint64 lestMs() const;
    qint64 dekodetMs() const;

private:
    void hent();

    const QString m_conninfo;
    const QStringList m_embeter;
    const QList<qint64> m_markorer;
    const int m_grense;

    mutable std::mutex m_laas;
    std::condition_variable m_endret;
    std::deque<ForsteSynk::Side> m_sider;
    bool m_ferdig = false;
    bool m_stopp = false;
    std::exception_ptr m_feil;
    qint64 m_lestMs = 0, m_dekodetMs = 0, m_ventetMs = 0;
    QThread *m_traad = nullptr;
};

} // namespace tilsyn
