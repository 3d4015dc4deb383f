#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace tilsyn {
class Fremdrift;
}

namespace tilsyn::cli {

/// A long command's progress on standard error, only when that is a terminal: one line
/// rewritten in place and cleared at the end. In a pipe or a file nothing is printed, so what a
/// command prints stays exactly the contract's.
class Terminalfremdrift final
{
public:
    /// Makes the line from (done, total); total 0 when unknown.
    using Tekst = std::function<QString(qint64 gjort, qint64 totalt)>;

    explicit Terminalfremdrift(Tekst tekst);
    ~Terminalfremdrift();
    Q_DISABLE_COPY_MOVE(Terminalfremdrift)

    /// For the work's optional argument: nullptr when standard error is not a terminal.
    Fremdrift *fremdrift() const { return m_fremdrift.get(); }
    /// The next phase's line (import: reading, then writing).
    void settTekst(Tekst tekst) { m_tekst = std::move(tekst); }
    /// Clears the line (before a message, and at the end).
    void fjern();

    /// "12345 av 20000 saker (61 %)"; "12345 saker" when the total is unknown.
    static QString antallAv(qint64 gjort, qint64 totalt, const QString &enhet);

private:
    Tekst m_tekst;
    std::unique_ptr<Fremdrift> m_fremdrift;
    bool m_skrevet = false;
};

} // namespace tilsyn::cli
