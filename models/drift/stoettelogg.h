#pragma once

#include <QString>
#include <QStringList>

namespace tilsyn {

/// The support log: a rotating file in the data folder (logg/tilsynsklient.log, rotated at
/// 1 MiB, three older files kept) with the warnings and errors Qt reports and the outcomes of
/// sync and commands. It never holds a password or case content: every line goes through
/// vask(), and callers log counts and fixed texts, not data. One per process (it is Qt's message
/// handler); app/ installs it, models never log through it directly.
class Stoettelogg final
{
public:
    static constexpr qint64 kMaksStoerrelse = 1024 * 1024;
    static constexpr int kGamleFiler = 3;

    /// Installs the message handler writing to `mappe`/tilsynsklient.log (the folder is made on
    /// the first line written). Messages still reach the previous handler (stderr).
    static void installer(const QString &mappe);
    /// An event worth a line (sync outcome, a command's status), at info level.
    static void hendelse(const QString &tekst);
    /// An error worth a line (also kept for the support information).
    static void feil(const QString &tekst);
    static QString filsti();
    /// The newest warnings and errors of this run, oldest first (for the support information).
    static QStringList sisteFeil();

    /// Removes what must not reach the log: passwords (password=…, PGPASSWORD=…), quoted text
    /// («…», "…", '…': values and names), national identity numbers (11 digits), e-mail
    /// addresses; and cuts the line to 400 characters.
    static QString vask(const QString &tekst);

private:
    Stoettelogg() = delete;
};

} // namespace tilsyn
