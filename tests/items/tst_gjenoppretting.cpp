// The recovery copy: written a moment after the first unsaved change (Utfil), never offered
// while the session that wrote it is alive, read back as the same case once it is gone, removed
// when the case is saved. A copy that cannot be written (read-only folder, full disk) is said,
// naming the file, and leaves nothing under its name. (tst_krasj: the same across real processes.)

#include "domain/katalog.h"
#include "items/gjenoppretting.h"
#include "items/sakutkast.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

bool kjoer(const QString &program, const QStringList &argumenter)
{
    QProcess p;
    p.start(program, argumenter);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

Tilsynssak enSak()
{
    Tilsynssak s;
    s.id = nyId();
    s.embete = u"innlandet"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2025, 2, 3);
    return s;
}

void endre(SakUtkast &utkast, const QString &tekst)
{
    utkast.endre(u"sammendrag"_s, u"edit"_s, [&](Tilsynssak &x) { x.sammendrag = tekst; });
}

} // namespace

class TestGjenoppretting final : public QObject
{
    Q_OBJECT

private slots:
    void skrivesLesesOgFjernes()
    {
        QTemporaryDir dir;
        SakUtkast utkast(Katalog::innebygd());
        Gjenoppretting g(utkast, dir.filePath(u"recovery"_s));
        Tilsynssak s;
        s.id = nyId();
        s.embete = u"innlandet"_s;
        s.sektor = u"helse"_s;
        s.mottatt = QDate(2025, 2, 3);
        utkast.last(s, 4);
        QVERIFY(Gjenoppretting::finn(dir.filePath(u"recovery"_s)).isEmpty());

        utkast.endre(u"sammendrag"_s, u"edit"_s, [](Tilsynssak &x) { x.sammendrag = u"Første"_s; });
        utkast.endre(u"rapport"_s, u"edit"_s, [](Tilsynssak &x) { x.rapportMottatt = QDate(2025, 3, 1); });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(g.fil(s.id)), 30000);
        // The copy belongs to this (running) session: nobody else is offered it.
        QVERIFY(Gjenoppretting::finn(dir.filePath(u"recovery"_s)).isEmpty());

        utkast.markerLagret(5);
        QVERIFY(!QFile::exists(g.fil(s.id)));
    }

    void foreldreloesKopiTilbysOgForkastes()
    {
        QTemporaryDir dir;
        const QString mappe = dir.filePath(u"recovery"_s);
        SakUtkast utkast(Katalog::innebygd());
        Tilsynssak s;
        s.id = nyId();
        s.embete = u"innlandet"_s;
        s.sektor = u"helse"_s;
        s.mottatt = QDate(2025, 2, 3);
        QString fil;
        {
            Gjenoppretting g(utkast, mappe);
            utkast.last(s, 4);
            utkast.endre(u"sammendrag"_s, u"edit"_s, [](Tilsynssak &x) { x.sammendrag = u"Første"_s; });
            QVERIFY(g.skrivNaa());
            fil = g.fil(s.id);
            QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
            Gjenoppretting annen(utkast, mappe); // a second session cannot see the first's copy
            QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
        }
        QVERIFY(QFile::exists(fil)); // the session ended with unsaved work: the copy stays
        const QList<Gjenoppretting::Kopi> kopier = Gjenoppretting::finn(mappe);
        QCOMPARE(kopier.size(), 1);
        QCOMPARE(kopier[0].fil, fil);
        QCOMPARE(kopier[0].sak.sammendrag, std::optional<QString>(u"Første"_s));
        QCOMPARE(kopier[0].versjon, 4);
        QVERIFY(kopier[0].skrevet.isValid());
        Gjenoppretting::forkast(kopier[0]);
        QVERIFY(!QFile::exists(fil));
        QVERIFY(!QFileInfo::exists(QFileInfo(fil).absolutePath()));
        QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
    }

    void mappePerLager()
    {
        QTemporaryDir dir;
        QCOMPARE(Gjenoppretting::mappeFor(dir.filePath(u"a.sqlite"_s)), Gjenoppretting::mappeFor(dir.filePath(u"./a.sqlite"_s)));
        QVERIFY(Gjenoppretting::mappeFor(dir.filePath(u"a.sqlite"_s)) != Gjenoppretting::mappeFor(dir.filePath(u"b.sqlite"_s)));
    }

    // A recovery folder that cannot be written: a read-only file system when the test may mount
    // one (root), else a folder without write permission. Nothing is written, the failure is said
    // once (not on every later edit) naming the file, and again only after a copy was written.
    void skrivebeskyttetMappe()
    {
        QTemporaryDir dir;
        const QString ro = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(ro));
        const bool root = ::geteuid() == 0;
        if (root) {
            if (!kjoer(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"ro,size=64k"_s, u"tmpfs"_s, ro}))
                QSKIP("root, but a tmpfs cannot be mounted here (a folder's permissions do not stop root)");
        } else {
            QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        auto opphev = [&] {
            if (root)
                kjoer(u"umount"_s, {ro});
            else
                QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
        const auto vakt = qScopeGuard(opphev); // also when a check fails
        const QString mappe = QDir(ro).filePath(u"recovery"_s);
        SakUtkast utkast(Katalog::innebygd());
        Gjenoppretting g(utkast, mappe);
        QSignalSpy sagt(&g, &Gjenoppretting::skrivefeil);
        const Tilsynssak s = enSak();
        utkast.last(s, 4);
        endre(utkast, u"Første"_s);
        QVERIFY(!g.skrivNaa());
        const QString melding = g.fil(s.id) + u": kan ikke skrive filen: kan ikke låse økten i mappen "_s + mappe;
        QCOMPARE(g.feil(), melding);
        QCOMPARE(sagt.size(), 1);
        QCOMPARE(sagt[0][0].toString(), melding);
        // The timer's write a moment after the next edit fails the same way, and is not said again.
        endre(utkast, u"Andre"_s);
        QTest::qWait(Gjenoppretting::kVentetidMs + 500);
        QCOMPARE(g.feil(), melding);
        QCOMPARE(sagt.size(), 1);
        QVERIFY(!QFileInfo::exists(g.fil(s.id)));
        // Writable again: the copy is written and the failure forgotten.
        opphev();
        QVERIFY(g.skrivNaa());
        QCOMPARE(g.feil(), QString());
        QVERIFY(QFileInfo::exists(g.fil(s.id)));
        QCOMPARE(sagt.size(), 1);
    }

    // A full disk: /dev/full under the copy's name (every user), and a full tmpfs (root). Every
    // write and the flush are checked; no copy and no temporary file is left behind.
    void fullDisk()
    {
        QTemporaryDir dir;
        const QString mappe = dir.filePath(u"recovery"_s);
        SakUtkast utkast(Katalog::innebygd());
        {
            Gjenoppretting g(utkast, mappe);
            QSignalSpy sagt(&g, &Gjenoppretting::skrivefeil);
            const Tilsynssak s = enSak();
            utkast.last(s, 4);
            endre(utkast, u"Første"_s);
            QVERIFY(QDir().mkpath(QFileInfo(g.fil(s.id)).absolutePath()));
            QVERIFY(QFile::link(u"/dev/full"_s, g.fil(s.id)));
            QVERIFY(!g.skrivNaa());
            QCOMPARE(g.feil(), g.fil(s.id) + u": kan ikke skrive filen: No space left on device"_s);
            QCOMPARE(sagt.size(), 1);
            QCOMPARE(QFileInfo(g.fil(s.id)).symLinkTarget(), u"/dev/full"_s); // the device is never replaced
            QCOMPARE(QDir(QFileInfo(g.fil(s.id)).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                     QStringList{QFileInfo(g.fil(s.id)).fileName()});
            QFile::remove(g.fil(s.id));
        }
        if (::geteuid() != 0)
            return;
        const QString disk = dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(disk));
        if (!kjoer(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, disk}))
            QSKIP("root, but a tmpfs cannot be mounted here");
        const auto avmonter = qScopeGuard([&] { kjoer(u"umount"_s, {disk}); }); // after g is gone
        const QString rmappe = QDir(disk).filePath(u"recovery"_s);
        SakUtkast annet(Katalog::innebygd());
        Gjenoppretting g(annet, rmappe); // its session lock and folder are made while there is room
        QSignalSpy sagt(&g, &Gjenoppretting::skrivefeil);
        Tilsynssak s = enSak();
        s.sammendrag = QString(8000, u'x'); // more than one page: the write needs new blocks
        annet.last(s, 4);
        endre(annet, QString(16000, u'y'));
        {
            QFile fyll(QDir(disk).filePath(u"fyll"_s));
            QVERIFY(fyll.open(QIODevice::WriteOnly));
            const QByteArray blokk(4096, 'x');
            while (fyll.write(blokk) == blokk.size() && fyll.flush()) {}
            while (fyll.write("x", 1) == 1 && fyll.flush()) {}
        }
        const bool skrevet = g.skrivNaa();
        QFile::remove(QDir(disk).filePath(u"fyll"_s));
        QVERIFY(!skrevet);
        QVERIFY2(g.feil().startsWith(g.fil(s.id) + u": kan ikke skrive filen: "_s), qPrintable(g.feil()));
        QCOMPARE(sagt.size(), 1);
        QVERIFY(!QFileInfo::exists(g.fil(s.id)));
        QCOMPARE(QDir(QFileInfo(g.fil(s.id)).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(g.skrivNaa()); // room again
        QVERIFY(QFileInfo::exists(g.fil(s.id)));
    }

    void ugyldigeFilerHoppesOver()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"sesjon"_s));
        QFile f(dir.filePath(u"sesjon/x.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        QVERIFY(Gjenoppretting::finn(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGjenoppretting)
#include "tst_gjenoppretting.moc"
