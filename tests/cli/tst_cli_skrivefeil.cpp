// Write failures are failures (issue 13 item 4): every writing command against a full file system
// (a 64 KiB tmpfs when the test may mount one), /dev/full and a read-only folder exits 1 with a
// message naming the file and leaves no file under the final name. And read-only stores
// (item 5): a second Unix user who can only read the store can export, report and write a
// letter without leaving anything behind that blocks the owner, and is refused writing.

#include "testsupport.h"

#include "reports/rapporttabell.h"
#include "reports/rapportvalg.h"
#include "reports/xlsxskriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

bool kjoer(const QString &program, const QStringList &argumenter)
{
    QProcess p;
    p.start(program, argumenter);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Runs the CLI with standard output sent to `utfil` (like `… > FILE` in a shell).
Kjoring kjoerMedUt(const QStringList &argumenter, const QString &utfil)
{
    QProcess p;
    p.setStandardOutputFile(utfil);
    p.start(qEnvironmentVariable("TILSYN_EXE"), argumenter);
    Kjoring k;
    if (!p.waitForFinished(120000))
        return k;
    k.status = p.exitCode();
    k.feil = p.readAllStandardError();
    return k;
}

QString eksportAv(const QString &db)
{
    return QString::fromUtf8(kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).ut);
}

} // namespace

class TstCliSkrivefeil final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"lager.sqlite"_s);
        QCOMPARE(kjoerCli({u"--db"_s, m_db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)}).status, 0);
        // A case with an innsender: a kvittering is that person's letter (a case without one has
        // no kvittering to give, and `letter` refuses it).
        for (const QString &linje : eksportAv(m_db).split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject sak = QJsonDocument::fromJson(linje.toUtf8()).object();
            if (sak.value(u"innsender"_s).isObject()) {
                m_sakId = sak.value(u"id"_s).toString();
                break;
            }
        }
        QVERIFY(!m_sakId.isEmpty());
        // A finalised letter, so that the case has something to archive.
        const Kjoring brev = kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_sakId, u"--type"_s, u"kvittering"_s,
                                       u"--finalise"_s, u"--out"_s, m_dir.filePath(u"ferdig.pdf"_s)});
        QVERIFY2(brev.status == 0, brev.feil.constData());
        m_root = ::geteuid() == 0;
        if (m_root) {
            m_full = m_dir.filePath(u"full"_s);
            m_ro = m_dir.filePath(u"ro"_s);
            QVERIFY(QDir().mkpath(m_full) && QDir().mkpath(m_ro));
            m_mountet = kjoer(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, m_full})
                        && kjoer(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"ro,size=64k"_s, u"tmpfs"_s, m_ro});
            if (!m_mountet)
                qWarning("could not mount a tmpfs (not permitted here): the full and read-only file system cases use "
                         "/dev/full only");
        } else {
            // Not root: a folder made read-only stops this user (it would not stop root).
            m_ro = m_dir.filePath(u"ro"_s);
            QVERIFY(QDir().mkpath(m_ro));
            QVERIFY(QFile::setPermissions(m_ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
    }

    void cleanupTestCase()
    {
        if (m_mountet) {
            kjoer(u"umount"_s, {m_full});
            kjoer(u"umount"_s, {m_ro});
        }
        if (!m_ro.isEmpty())
            QFile::setPermissions(m_ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!m_bruker.isEmpty())
            kjoer(u"userdel"_s, {m_bruker});
    }

    // Each writing command with its output file (or folder) as the last argument; `enhet`: whether
    // a device may be given as that argument (an archive package is a folder, so /dev/full is
    // refused as usage, exit 2, before anything is written).
    void filSkrivere_data()
    {
        QTest::addColumn<QStringList>("kommando");
        QTest::addColumn<bool>("enhet");
        QTest::newRow("export") << QStringList{u"export"_s} << true;
        QTest::newRow("letter") << QStringList{u"letter"_s, u"--case"_s, u"@SAK@"_s, u"--type"_s, u"kvittering"_s, u"--out"_s} << true;
        QTest::newRow("letter --finalise") << QStringList{u"letter"_s, u"--case"_s, u"@SAK@"_s, u"--type"_s, u"kvittering"_s,
                                                          u"--finalise"_s, u"--out"_s} << true;
        QTest::newRow("backup") << QStringList{u"backup"_s, u"--out"_s} << true;
        QTest::newRow("archive") << QStringList{u"archive"_s, u"--case"_s, u"@SAK@"_s, u"--out"_s} << false;
    }

    void filSkrivere()
    {
        QFETCH(QStringList, kommando);
        QFETCH(bool, enhet);
        kommando.replaceInStrings(u"@SAK@"_s, m_sakId);
        QStringList steder;
        if (m_mountet)
            steder << m_full;
        steder << m_ro;
        for (const QString &mappe : std::as_const(steder)) {
            const QString fil = QDir(mappe).filePath(u"ut.fil"_s);
            Fyll fyll(mappe == m_full ? m_dir.filePath(u"full/fyll"_s) : QString());
            const Kjoring k = kjoerCli(QStringList{u"--db"_s, m_db} + kommando + QStringList{fil});
            fyll.fjern();
            QVERIFY2(k.status == 1, qPrintable(u"%1: exit %2, %3"_s.arg(mappe).arg(k.status).arg(QString::fromUtf8(k.feil))));
            // "FILE: kan ikke skrive filen: …" (a backup: "… sikkerhetskopien av STORE: …"; an archive
            // package names its folder, or the file inside it that failed)
            QVERIFY2(k.feil.startsWith(QByteArray(fil.toUtf8() + ": kan ikke skrive "))
                         || (k.feil.startsWith(QByteArray(fil.toUtf8() + "/")) && k.feil.contains(": kan ikke skrive filen: ")),
                     k.feil.constData());
            QVERIFY(!QFileInfo::exists(fil));
            // no temporary file or folder left
            QCOMPARE(QDir(mappe).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        }
        if (!enhet) {
            const Kjoring k = kjoerCli(QStringList{u"--db"_s, m_db} + kommando + QStringList{u"/dev/full"_s});
            QCOMPARE(k.status, 2);
            QVERIFY2(k.feil.startsWith("/dev/full: finnes og er ikke en mappe"), k.feil.constData());
            return;
        }
        // /dev/full: the device stays a device (a temporary file renamed over it would replace it).
        QString dev = u"/dev/full"_s;
        if (m_root) {
            dev = m_dir.filePath(u"devfull"_s);
            QVERIFY(kjoer(u"mknod"_s, {dev, u"c"_s, u"1"_s, u"7"_s}));
        }
        const Kjoring k = kjoerCli(QStringList{u"--db"_s, m_db} + kommando + QStringList{dev});
        QCOMPARE(k.status, 1);
        QVERIFY2(k.feil.startsWith(QByteArray(dev.toUtf8() + ": kan ikke skrive ")), k.feil.constData());
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(dev).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
        if (m_root)
            QFile::remove(dev);
    }

    // Standard output: export -, report in both formats (the CLI's only ones: csv and json),
    // import's one line, and the help and version texts.
    void standardUt_data()
    {
        QTest::addColumn<QStringList>("kommando");
        QTest::newRow("export -") << QStringList{u"export"_s, u"-"_s};
        QTest::newRow("report csv") << QStringList{u"report"_s, u"behandlingsmaate"_s, u"--sektor"_s, u"sosial"_s, u"--year"_s, u"2024"_s};
        QTest::newRow("report json") << QStringList{u"report"_s, u"vurderinger"_s, u"--sektor"_s, u"sosial"_s, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s};
        QTest::newRow("import") << QStringList{u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)};
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("--version") << QStringList{u"--version"_s};
    }

    void standardUt()
    {
        QFETCH(QStringList, kommando);
        const Kjoring k = kjoerMedUt(QStringList{u"--db"_s, m_db} + kommando, u"/dev/full"_s);
        QCOMPARE(k.status, 1);
        QVERIFY2(k.feil.startsWith("standard ut: kan ikke skrive"), k.feil.constData());
        if (m_mountet) {
            // `… > FILE` on a full file system: the shell made FILE, the command must fail.
            const QString ut = QDir(m_full).filePath(u"rapport.csv"_s);
            QFile(ut).open(QIODevice::WriteOnly); // made before the disk is full, as a shell does
            Fyll fyll(QDir(m_full).filePath(u"fyll"_s));
            const Kjoring r = kjoerMedUt(QStringList{u"--db"_s, m_db} + kommando, ut);
            fyll.fjern();
            QFile::remove(ut);
            QCOMPARE(r.status, 1);
            QVERIFY2(r.feil.startsWith("standard ut: kan ikke skrive"), r.feil.constData());
        }
    }

    void xlsx()
    {
        Rapporttabell t;
        t.navn = u"behandlingsmaate"_s;
        t.kolonner = {u"embete"_s, u"i_alt"_s};
        for (int i = 0; i < 2000; ++i)
            t.rader.append({QVariant(u"embete-%1-med-et-langt-navn-som-fyller-arket"_s.arg(i)), QVariant(i)});
        const Rapportvalg valg = Rapportvalg::forAar(u"sosial"_s, 2024, {});
        const QString ok = m_dir.filePath(u"ok.xlsx"_s);
        QCOMPARE(skrivXlsx(ok, {t}, valg), QString());
        QVERIFY(QFileInfo(ok).size() > 1000);
        QStringList steder;
        if (m_mountet)
            steder << m_full;
        steder << m_ro;
        for (const QString &mappe : std::as_const(steder)) {
            const QString fil = QDir(mappe).filePath(u"rapport.xlsx"_s);
            Fyll fyll(mappe == m_full ? m_dir.filePath(u"full/fyll"_s) : QString());
            const QString feil = skrivXlsx(fil, {t}, valg);
            fyll.fjern();
            QVERIFY2(feil.startsWith(fil + u": kan ikke skrive filen: "_s), qPrintable(feil));
            QVERIFY(!QFileInfo::exists(fil));
            QCOMPARE(QDir(mappe).entryList(QDir::Files | QDir::Hidden), QStringList());
        }
    }

    // The store itself on a full file system: import fails with exit 1, the store unchanged.
    void lagerPaaFullDisk()
    {
        if (!m_mountet)
            QSKIP("needs a small tmpfs (root and mount permitted)");
        const QString mappe = m_dir.filePath(u"lagerdisk"_s);
        QVERIFY(QDir().mkpath(mappe));
        QVERIFY(kjoer(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m"_s, u"tmpfs"_s, mappe}));
        const auto avmonter = qScopeGuard([&] { kjoer(u"umount"_s, {mappe}); });
        const QString db = QDir(mappe).filePath(u"l.sqlite"_s);
        const QString liten = m_dir.filePath(u"en.jsonl"_s);
        {
            QFile inn(testdata(u"sosial-2024/cases.jsonl"_s));
            QVERIFY(inn.open(QIODevice::ReadOnly));
            QFile ut(liten);
            QVERIFY(ut.open(QIODevice::WriteOnly));
            ut.write(inn.readLine());
        }
        const Kjoring forste = kjoerCli({u"--db"_s, db, u"import"_s, liten});
        QVERIFY2(forste.status == 0, forste.feil.constData());
        Fyll fyll(QDir(mappe).filePath(u"fyll"_s), 64 * 1024); // leave the store 64 KiB to grow in
        const QString foer = eksportAv(db);
        const Kjoring k = kjoerCli({u"--db"_s, db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
        QCOMPARE(k.status, 1);
        // "kan ikke …: STORE: kan ikke skrive filen: disken er full (database or disk is full)"
        QVERIFY2(k.feil.contains(QByteArray(db.toUtf8() + ": kan ikke skrive filen: ")), k.feil.constData());
        QCOMPARE(eksportAv(db), foer);
        QCOMPARE(kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).status, 0);
    }

    // A second Unix user who can only read the store (issue 13 item 5).
    void annenBrukerLeser()
    {
        if (!m_root)
            QSKIP("needs root to create and run as a second Unix user");
        m_bruker = u"tilsyntest%1"_s.arg(::getpid() % 100000);
        if (!kjoer(u"useradd"_s, {u"--no-create-home"_s, u"--shell"_s, u"/usr/sbin/nologin"_s, m_bruker}))
            QSKIP("useradd failed");
        QVERIFY(kjoer(u"chmod"_s, {u"755"_s, m_dir.path()}));
        const QString hjem = m_dir.filePath(u"hjem"_s);
        QVERIFY(QDir().mkpath(hjem));
        QVERIFY(kjoer(u"chown"_s, {m_bruker, hjem}));
        const QString saker = m_dir.filePath(u"cases.jsonl"_s);
        QVERIFY(QFile::copy(testdata(u"sosial-2024/cases.jsonl"_s), saker));
        QVERIFY(kjoer(u"chmod"_s, {u"644"_s, saker}));
        // The owner's store in a folder everyone may read (and, in a shared folder, write).
        for (const QString &modus : {u"755"_s, u"1777"_s}) {
            const QString mappe = m_dir.filePath(u"delt-"_s + modus);
            QVERIFY(QDir().mkpath(mappe));
            QVERIFY(kjoer(u"chmod"_s, {modus, mappe}));
            const QString db = QDir(mappe).filePath(u"lager.sqlite"_s);
            QCOMPARE(kjoerCli({u"--db"_s, db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)}).status, 0);
            QVERIFY(kjoer(u"chmod"_s, {u"644"_s, db}));
            const QString eierEksport = eksportAv(db);
            const QStringList foerFiler = QDir(mappe).entryList(QDir::Files);

            auto somBruker = [&](const QStringList &argumenter) {
                QProcess p;
                p.setWorkingDirectory(u"/"_s);
                p.start(u"runuser"_s, QStringList{u"-u"_s, m_bruker, u"--"_s, u"env"_s, u"HOME="_s + hjem,
                                                   u"XDG_RUNTIME_DIR="_s + hjem, qEnvironmentVariable("TILSYN_EXE"),
                                                   u"--db"_s, db} + argumenter);
                Kjoring k;
                if (p.waitForFinished(120000)) {
                    k.status = p.exitCode();
                    k.ut = p.readAllStandardOutput();
                    k.feil = p.readAllStandardError();
                }
                return k;
            };
            const Kjoring e = somBruker({u"export"_s, u"-"_s});
            QVERIFY2(e.status == 0, e.feil.constData());
            QCOMPARE(QString::fromUtf8(e.ut), eierEksport);
            const Kjoring r = somBruker({u"report"_s, u"behandlingsmaate"_s, u"--sektor"_s, u"sosial"_s, u"--year"_s, u"2024"_s});
            QVERIFY2(r.status == 0, r.feil.constData());
            QVERIFY(r.ut.startsWith("embete,"));
            const Kjoring b = somBruker({u"letter"_s, u"--case"_s, m_sakId, u"--type"_s, u"kvittering"_s, u"--out"_s, u"/dev/null"_s});
            QVERIFY2(b.status == 0, b.feil.constData());
            // Writing is refused with a clear message, and nothing was written.
            const Kjoring i = somBruker({u"import"_s, saker});
            QCOMPARE(i.status, 1);
            QVERIFY2(i.feil.contains("skrivebeskyttet for deg"), i.feil.constData());
            // The reader left nothing next to the store.
            QCOMPARE(QDir(mappe).entryList(QDir::Files), foerFiler);
            // The owner is not blocked: an import that writes works.
            const QString ny = m_dir.filePath(u"ny.jsonl"_s);
            {
                QFile f(ny);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(QByteArray("{\"id\":\"0a1b2c3d-0000-4000-8000-00000000000") + modus.back().toLatin1()
                        + "\",\"embete\":\"agder\",\"sektor\":\"sosial\",\"mottatt\":\"2024-03-01\","
                          "\"tilsynsobjekter\":[{\"id\":\"o1\",\"type\":\"nav-kontor\",\"navn\":\"N\"}]}\n");
            }
            const Kjoring eier = kjoerCli({u"--db"_s, db, u"import"_s, ny});
            QVERIFY2(eier.status == 0, eier.feil.constData());
            QCOMPARE(eier.ut, QByteArray("imported 1 cases\n"));
            // While the owner has committed changes waiting in the -wal file, a reader reads
            // through it read-only (or is told to wait for the owner to checkpoint).
            QSqlHold hold(db);
            const Kjoring under = somBruker({u"export"_s, u"-"_s});
            QVERIFY2(under.status == 0 || under.feil.contains("eieren må åpne lageret"), under.feil.constData());
            if (under.status == 0)
                QCOMPARE(QString::fromUtf8(under.ut).count(u'\n'), 244);
        }
    }

private:
    // Fills a file system (up to `igjen` bytes free) until fjern() or destruction.
    struct Fyll
    {
        explicit Fyll(QString sti, qint64 igjen = 0) : m_sti(std::move(sti))
        {
            if (m_sti.isEmpty())
                return;
            QFile f(m_sti);
            if (!f.open(QIODevice::WriteOnly))
                return;
            const QByteArray blokk(4096, 'x');
            const qint64 ledig = QStorageInfo(QFileInfo(m_sti).absolutePath()).bytesAvailable();
            for (qint64 n = 0; n + blokk.size() <= ledig - igjen; n += blokk.size()) {
                if (f.write(blokk) != blokk.size() || !f.flush())
                    break;
            }
            // The last bytes, one at a time, so nothing is left.
            while (igjen == 0 && f.write("x", 1) == 1 && f.flush()) {}
        }
        ~Fyll() { fjern(); }
        void fjern()
        {
            if (!m_sti.isEmpty())
                QFile::remove(m_sti);
            m_sti.clear();
        }
        QString m_sti;
    };

    // Keeps a connection open with the store in WAL mode and a committed change in the -wal.
    struct QSqlHold
    {
        explicit QSqlHold(const QString &db)
        {
            p.start(u"sqlite3"_s, {db});
            p.waitForStarted();
            p.write("PRAGMA wal_autocheckpoint=0; UPDATE meta SET verdi = verdi WHERE noekkel = 'klient_id';\n"
                    "SELECT 'klar';\n");
            p.waitForReadyRead(60000); // another process: generous for a loaded machine
        }
        ~QSqlHold()
        {
            p.closeWriteChannel();
            p.waitForFinished(60000);
        }
        QProcess p;
    };

    QTemporaryDir m_dir;
    QString m_db;
    QString m_sakId;
    QString m_full;
    QString m_ro;
    QString m_bruker;
    bool m_root = false;
    bool m_mountet = false;
};

QTEST_GUILESS_MAIN(TstCliSkrivefeil)
#include "tst_cli_skrivefeil.moc"
