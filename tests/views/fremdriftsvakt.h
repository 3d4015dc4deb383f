#pragma once

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace tilsyn::test {

/// The visible progress dialog (Bakgrunnsarbeid's "fremdriftsdialog") among `w`'s children, if any.
QProgressDialog *synligFremdrift(const QWidget &w);

/// A timer on the GUI thread, every 5 ms while long work runs: confirms an import preview, hands
/// the visible progress dialog of `w` to `hver`, closes (and notes) any message box so a test
/// fails instead of hanging, and records the longest gap between two of its runs.
class Fremdriftsvakt final
{
public:
    Fremdriftsvakt(QWidget &w, std::function<void(QProgressDialog &)> hver);

    /// Wall time: includes waiting for a CPU on a loaded machine.
    qint64 lengsteGapMs() const { return m_lengsteGapMs; }
    /// The GUI thread's own CPU time between two runs: what it was busy with itself.
    qint64 lengsteCpuMs() const { return m_lengsteCpuMs; }
    bool saaDialog() const { return m_saaDialog; }
    const QStringList &meldinger() const { return m_meldinger; }

private:
    QTimer m_timer;
    QElapsedTimer m_siden;
    qint64 m_lengsteGapMs = 0;
    qint64 m_lengsteCpuMs = 0;
    qint64 m_cpu = 0;
    bool m_saaDialog = false;
    QStringList m_meldinger;
    std::function<void(QProgressDialog &)> m_hver;
};

} // namespace tilsyn::test
