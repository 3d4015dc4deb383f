#include "enkeltinstans.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// What a start decided and why (enable with QT_LOGGING_RULES="tilsyn.instans.info=true"): a
// second start that hangs in a test says here which way it went.
Q_LOGGING_CATEGORY(lcInstans, "tilsyn.instans", QtWarningMsg)

// How long a second start waits for the first to accept and to answer. A running first
// instance answers from its event loop at once; the long answer wait only matters when the
// machine is heavily loaded (CI measured a test process 10× slower than here), and giving up
// too early shows "already open" although the first would have come to the front.
constexpr int kKobleMs = 3000;
constexpr int kSvarMs = 10000;
constexpr char kForespoersel[] = "show\n";
constexpr char kSvar[] = "ok\n";

QString kanonisk(const QString &sti)
{
    const QFileInfo f(sti);
    const QString k = f.canonicalFilePath(); // empty while the file does not exist yet
    return k.isEmpty() ? QDir(f.absolutePath()).canonicalPath() + u'/' + f.fileName() : k;
}

} // namespace

EnkeltInstans::EnkeltInstans(const QString &lagerSti, const QString &kontoId, QObject *parent)
    : QObject(parent), m_lagerSti(kanonisk(lagerSti))
{
    // The store's canonical path and the account (its id, not $USER, which a launcher, su or a
    // login without a session may set differently for the two starts).
    const QByteArray noekkel = (m_lagerSti + u'\n' + kontoId).toUtf8();
    m_servernavn = u"tilsynsklient-"_s
        + QString::fromLatin1(QCryptographicHash::hash(noekkel, QCryptographicHash::Sha256).toHex().left(24));
}

EnkeltInstans::~EnkeltInstans() = default;

EnkeltInstans::Utfall EnkeltInstans::start()
{
    QDir().mkpath(QFileInfo(m_lagerSti).absolutePath());
    m_laas = std::make_unique<QLockFile>(m_lagerSti + u".lock"_s);
    m_laas->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (m_laas->tryLock(0)) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        QLocalServer::removeServer(m_servernavn); // left by a crashed instance: we hold the lock
        // One request per connection: the second instance sends "show", the first answers "ok"
        // and leaves the closing to the second. Answering before the request arrived (and
        // closing at once) let the second's write fail on a closed connection and lose the answer:
        // it then said the store was open elsewhere (issue 10).
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QLocalSocket::readyRead, this, [this, s] {
                    while (s->canReadLine()) {
                        if (s->readLine() != kForespoersel)
                            continue;
                        s->write(kSvar);
                        s->flush();
                        qCInfo(lcInstans) << "a second start asked to show the window";
                        emit fremSoekt();
                    }
                });
                // A client that connects and says nothing is dropped after a while.
                QTimer::singleShot(kSvarMs, s, [s] { s->disconnectFromServer(); });
            }
        });
        if (!m_server->listen(m_servernavn))
            qWarning("Tilsynsklient: no single-instance socket %s: %s", qPrintable(m_servernavn),
                     qPrintable(m_server->errorString()));
        qCInfo(lcInstans) << "first instance on" << m_lagerSti << "socket" << m_servernavn;
        return Utfall::Foerste;
    }
    if (m_laas->error() != QLockFile::LockFailedError) {
        m_eier = m_laas->error() == QLockFile::PermissionError ? tr("no permission to write beside the store")
                                                               : tr("unknown error");
        m_laas.reset();
        return Utfall::Feil;
    }
    qint64 pid = 0;
    QString maskin, program;
    m_laas->getLockInfo(&pid, &maskin, &program);
    const QString bruker = QFileInfo(m_lagerSti + u".lock"_s).owner();
    m_eier = tr("%1 on %2 (process %3)").arg(bruker.isEmpty() ? tr("unknown user") : bruker, maskin).arg(pid);
    m_laas.reset();
    qCInfo(lcInstans) << "store held by process" << pid << "on" << maskin << "(" << program << "); asking it";
    const bool svarte = varsleAnnen();
    qCInfo(lcInstans) << (svarte ? "the first instance answered" : "the first instance did not answer");
    return svarte ? Utfall::Varslet : Utfall::Opptatt;
}

bool EnkeltInstans::erAapent(const QString &lagerSti)
{
    QLockFile laas(kanonisk(lagerSti) + u".lock"_s);
    laas.setStaleLockTime(0); // as start(): held while its process lives
    if (!laas.tryLock(0))
        return laas.error() == QLockFile::LockFailedError;
    laas.unlock();
    return false;
}

bool EnkeltInstans::varsleAnnen() const
{
    return varsle(m_servernavn);
}

bool EnkeltInstans::varsle(const QString &servernavn)
{
    QLocalSocket s;
    s.connectToServer(servernavn);
    if (!s.waitForConnected(kKobleMs)) {
        qCInfo(lcInstans) << "no connection to" << servernavn << ":" << s.errorString();
        return false;
    }
    s.write(kForespoersel);
    if (!s.waitForBytesWritten(kKobleMs) && s.bytesToWrite() > 0) {
        qCInfo(lcInstans) << "the request could not be sent:" << s.errorString();
        return false;
    }
    QElapsedTimer klokke;
    klokke.start();
    while (!s.canReadLine() && s.state() == QLocalSocket::ConnectedState && klokke.elapsed() < kSvarMs)
        s.waitForReadyRead(int(kSvarMs - klokke.elapsed()));
    const bool ok = s.canReadLine() && s.readLine() == kSvar;
    if (!ok)
        qCInfo(lcInstans) << "no answer within" << kSvarMs << "ms:" << s.errorString();
    s.disconnectFromServer();
    return ok;
}

} // namespace tilsyn
