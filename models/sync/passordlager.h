#pragma once

#include <QString>

namespace tilsyn {

/// The central store's password in the platform keychain through qtkeychain (Secret Service on
/// Linux, macOS Keychain, Windows Credential Manager) — never in settings or the connection
/// string. qtkeychain's insecure plain-text fallback is never enabled.
///
/// The calls block (up to `ventMs`) and may come from any thread: every keychain job runs on
/// one keychain thread of its own with an event loop (qtkeychain's job queue is a process-wide
/// object that must stay in one thread that keeps running), the caller waits for the answer.
/// Without a keychain (no Secret Service on the session bus) or when it does not answer in
/// time, the result says so in plain Norwegian and nothing hangs.
class PassordLager final
{
public:
    static constexpr int kVentMs = 5000;

    struct Svar
    {
        bool ok = false;  ///< the keychain answered (an entry, or a clear "no entry")
        bool finnes = false; ///< there is a password for the key
        QString passord;
        QString feil;     ///< why the keychain could not be used (empty when ok)
    };

    /// The key of one login: "<user>@<host>/<dbname>" under the service "tilsynsklient".
    static QString noekkel(const QString &bruker, const QString &vert, const QString &dbnavn);

    static Svar les(const QString &noekkel, int ventMs = kVentMs);
    /// Empty on success, else why not.
    static QString lagre(const QString &noekkel, const QString &passord, int ventMs = kVentMs);
    /// Forgets the password (no entry is fine). Empty on success, else why not.
    static QString glem(const QString &noekkel, int ventMs = kVentMs);
};

} // namespace tilsyn
