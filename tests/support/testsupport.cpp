#include "testsupport.h"

#include "items/innstillinger.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace tilsyn::test {

using namespace Qt::StringLiterals;

QString testdata(const QString &relativ)
{
    const QString rot = qEnvironmentVariable("TILSYN_TESTDATA");
    if (rot.isEmpty())
        qFatal("TILSYN_TESTDATA is not set; run the tests through ctest");
    return QDir(rot).filePath(relativ);
}

Kjoring kjoerCli(const QStringList &argumenter, int tidsgrenseMs)
{
    const QString exe = qEnvironmentVariable("TILSYN_EXE");
    if (exe.isEmpty())
        qFatal("TILSYN_EXE is not set; run the tests through ctest");
    QProcess p;
    p.start(exe, argumenter);
    Kjoring k;
    if (!p.waitForFinished(tidsgrenseMs)) {
        p.kill();
        p.waitForFinished();
        return k;
    }
    k.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    k.ut = p.readAllStandardOutput();
    k.feil = p.readAllStandardError();
    return k;
}

Kjoring kjoerPaaTerminal(const QStringList &argumenter, int tidsgrenseMs)
{
    const QString exe = qEnvironmentVariable("TILSYN_EXE");
    if (exe.isEmpty())
        qFatal("TILSYN_EXE is not set; run the tests through ctest");
    const auto sitert = [](const QString &s) -> QString { return u"'"_s + QString(s).replace(u"'"_s, u"'\\''"_s) + u"'"_s; };
    QStringList deler{sitert(exe)};
    for (const QString &a : argumenter)
        deler.append(sitert(a));
    QTemporaryDir dir;
    const QString ut = dir.filePath(u"ut"_s);
    QProcess p;
    p.start(u"script"_s, {u"-qec"_s, deler.join(u' ') + u" >"_s + sitert(ut), u"/dev/null"_s});
    p.closeWriteChannel();
    Kjoring k;
    if (!p.waitForFinished(tidsgrenseMs)) {
        p.kill();
        p.waitForFinished();
        return k;
    }
    k.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    k.feil = p.readAllStandardOutput();
    QFile f(ut);
    if (f.open(QIODevice::ReadOnly))
        k.ut = f.readAll();
    return k;
}

QByteArray dump(const QString &dbSti)
{
    QProcess p;
    p.start(u"sqlite3"_s, {dbSti, u".dump"_s});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("sqlite3 .dump failed: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QStringList kanoniskeLinjer(const QByteArray &jsonl)
{
    QStringList ut;
    for (const QByteArray &linje : jsonl.split('\n')) {
        if (linje.trimmed().isEmpty())
            continue;
        // QJsonDocument writes object keys sorted, which makes the text canonical.
        ut.append(QString::fromUtf8(QJsonDocument::fromJson(linje).toJson(QJsonDocument::Compact)));
    }
    return ut;
}

void fyllProfil()
{
    Innstillinger::navn.sett(u"Kari Nordmann"_s);
    Innstillinger::tittel.sett(u"seniorrådgiver"_s);
    Innstillinger::telefon.sett(u"61 26 60 00"_s);
    Innstillinger::embete.sett(u"innlandet"_s);
    Innstillinger::godkjenner.sett(u"Ola Nordmann"_s);
    Innstillinger::godkjennerTittel.sett(u"seksjonssjef"_s);
}

} // namespace tilsyn::test
