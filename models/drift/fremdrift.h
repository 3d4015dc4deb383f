#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <atomic>
#include <exception>
#include <functional>

namespace tilsyn {

/// Thrown by Fremdrift::steg() on the worker once the person cancelled. Only work that was given
/// a Fremdrift can throw it; a transaction open at that point rolls back, a Utfil is abandoned.
class Avbrutt final : public std::exception
{
public:
    const char *what() const noexcept override { return "avbrutt"; }
};

/// Progress and cancel for long work (import, export, sync, workbooks), shared between the
/// thread doing the work and the one showing it. The work calls steg(done, total) at loop
/// boundaries (total 0: unknown); the report callback runs on the worker's thread, at most every
/// `intervallMs` plus the last step, so it may print or post to the GUI without flooding it.
/// avbryt() may be called from any thread; the next steg() then throws Avbrutt.
/// Entry points take it as an optional `Fremdrift *` defaulting to nullptr (no reports, no cancel).
class Fremdrift final
{
public:
    using Rapport = std::function<void(qint64 gjort, qint64 totalt)>;

    explicit Fremdrift(Rapport rapport = {}, int intervallMs = 100);
    Q_DISABLE_COPY_MOVE(Fremdrift)

    /// `gjort` of `totalt` units done (cases, bytes); throws Avbrutt if cancelled.
    void steg(qint64 gjort, qint64 totalt);
    /// Throws Avbrutt if cancelled, reports nothing (between phases).
    void sjekk() const;
    void avbryt() { m_avbrutt.store(true, std::memory_order_relaxed); }
    /// Ready for the next run of work that is reused (the sync), before it starts.
    void nullstill() { m_avbrutt.store(false, std::memory_order_relaxed); }
    bool erAvbrutt() const { return m_avbrutt.load(std::memory_order_relaxed); }

    /// For a nullable pointer at the call site: `Fremdrift::steg(f, i, n)` does nothing for nullptr.
    static void steg(Fremdrift *f, qint64 gjort, qint64 totalt)
    {
        if (f)
            f->steg(gjort, totalt);
    }

private:
    Rapport m_rapport;
    int m_intervallMs;
    QElapsedTimer m_sidenRapport;
    std::atomic<bool> m_avbrutt{false};
};

} // namespace tilsyn
