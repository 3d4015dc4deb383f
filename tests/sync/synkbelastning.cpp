#include "synkbelastning.h"

#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"
#include "sync/synksammendrag.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSqlQuery>
#include <QThread>

#include <unistd.h>

namespace tilsyn::test {

using namespace Qt::StringLiterals;

namespace {

// utime + stime (and with `barn`, cutime + cstime) of a process, in ms.
double cpuMs(qint64 pid, bool barn)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray linje = f.readAll();
    const QList<QByteArray> felt = linje.mid(linje.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, so utime (14) is index 11 here.
    double ticks = felt.value(11).toDouble() + felt.value(12).toDouble();
    if (barn)
        ticks += felt.value(13).toDouble() + felt.value(14).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

Belastning kjoerTraader(int klienter, double sekunder, const std::function<void(QAtomicInteger<qint64> &, const QElapsedTimer &)> &arbeid)
{
    QAtomicInteger<qint64> synker;
    QElapsedTimer klokke;
    QList<QThread *> traader;
    for (int i = 0; i < klienter; ++i)
        traader.append(QThread::create([&] { arbeid(synker, klokke); }));
    klokke.start();
    for (QThread *t : traader)
        t->start();
    for (QThread *t : traader) {
        t->wait();
        delete t;
    }
    Belastning b;
    b.synker = synker.loadRelaxed();
    b.sekunder = double(klokke.nsecsElapsed()) / 1e9;
    Q_UNUSED(sekunder);
    return b;
}

} // namespace

Belastning belastVedvarende(const QString &conninfo, int klienter, double sekunder)
{
    QMutex laas;
    double foer = 0, etter = 0;
    QAtomicInt klare;
    Belastning b = kjoerTraader(klienter, sekunder, [&](QAtomicInteger<qint64> &synker, const QElapsedTimer &klokke) {
        SentralTilkobling t(conninfo);
        qint64 pid = 0;
        {
            QSqlQuery q = t.kjoer(u"SELECT pg_backend_pid()"_s, {}, "pid");
            q.next();
            pid = q.value(0).toLongLong();
        }
        {
            QMutexLocker l(&laas);
            foer += cpuMs(pid, false);
        }
        klare.fetchAndAddOrdered(1);
        while (klare.loadAcquire() < klienter)
            QThread::yieldCurrentThread();
        while (double(klokke.elapsed()) < sekunder * 1000) {
            synksammendrag::lesStatus(t);
            synker.fetchAndAddRelaxed(1);
        }
        QMutexLocker l(&laas);
        etter += cpuMs(pid, false);
    });
    b.serverCpuMs = etter - foer;
    return b;
}

Belastning belastNyForbindelse(const QString &conninfo, const QString &adminConninfo, int klienter, double sekunder)
{
    qint64 postmaster = 0;
    {
        SentralTilkobling a(adminConninfo);
        QSqlQuery q = a.kjoer(u"SELECT current_setting('data_directory')"_s, {}, "datamappe");
        q.next();
        QFile f(q.value(0).toString() + u"/postmaster.pid"_s);
        if (f.open(QIODevice::ReadOnly))
            postmaster = f.readLine().trimmed().toLongLong();
    }
    const double foer = cpuMs(postmaster, true);
    Belastning b = kjoerTraader(klienter, sekunder, [&](QAtomicInteger<qint64> &synker, const QElapsedTimer &klokke) {
        while (double(klokke.elapsed()) < sekunder * 1000) {
            SentralTilkobling t(conninfo);
            synksammendrag::lesStatus(t);
            synker.fetchAndAddRelaxed(1);
        }
    });
    QThread::msleep(500); // the last backends exit and are reaped
    b.serverCpuMs = cpuMs(postmaster, true) - foer;
    return b;
}

} // namespace tilsyn::test
