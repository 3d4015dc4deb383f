#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace tilsyn {

/// One desktop instance per store: a QLockFile beside the store (held while the program runs)
/// and a QLocalServer named after the store. A second instance on the same store asks the first
/// to come to the front and stops; when the first cannot be reached (another user or machine on a
/// shared folder) it can say who holds the store. The protocol: the second connects, sends
/// "show\n" and waits for "ok\n"; the first answers only after the request and lets the second close.
class EnkeltInstans final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnkeltInstans)

public:
    enum class Utfall {
        Foerste,   ///< this process holds the store now
        Varslet,   ///< another instance has the store and was asked to come to the front
        Opptatt,   ///< another instance has the store and could not be reached (see eier())
        Feil,      ///< the lock file could not be written (see eier() for the reason)
    };

    /// `kontoId` names the account (plattform::kontoId()): with the store's canonical path it
    /// names the socket, so two accounts on one machine never reach each other's instance.
    EnkeltInstans(const QString &lagerSti, const QString &kontoId, QObject *parent = nullptr);
    ~EnkeltInstans() override;

    Utfall start();
    /// Who holds the store (user, machine, process), or why the lock failed.
    QString eier() const { return m_eier; }
    /// The name of the local server (from the store's canonical path and the user).
    QString servernavn() const { return m_servernavn; }

    /// True while a running instance holds the store at `lagerSti` (its lock file is taken).
    static bool erAapent(const QString &lagerSti);
    /// Asks the instance listening on `servernavn` to show its window: true once it acknowledged.
    static bool varsle(const QString &servernavn);

signals:
    /// A second instance on this store was started: bring the window to the front.
    void fremSoekt();

private:
    bool varsleAnnen() const;

    QString m_lagerSti;
    QString m_servernavn;
    QString m_eier;
    std::unique_ptr<QLockFile> m_laas;
    QLocalServer *m_server = nullptr;
};

} // namespace tilsyn
