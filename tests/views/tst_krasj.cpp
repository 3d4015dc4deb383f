// The crash test: a real second process (tilsyn_skrivebordhjelper: the desktop on the store with
// one unsaved edit) writes its recovery copy; while it runs, the copy is not offered to anyone
// else; it is killed (SIGKILL); then the desktop, in this process, offers the copy back, the
// answer is given with the keyboard, and the edit is restored while the store was never written.

#include "caseeditor.h"
#include "domain/katalog.h"
#include "items/gjenoppretting.h"
#include "items/innstillinger.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "modalvent.h"
#include "testsupport.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

QString finnKopi(const QString &mappe, const QString &id)
{
    QDirIterator it(mappe, {id + u".json"_s}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestKrasj final : public QObject
{
    Q_OBJECT

private slots:
    void gjenopprettingEtterKrasj()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // This process and the helper share the data and settings folders.
        qputenv("XDG_DATA_HOME", dir.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());
        const QString db = dir.filePath(u"saker.sqlite"_s);
        const QString eksempel = test::testdata(u"sosial-2024/cases.jsonl"_s);
        const test::Kjoring imp = test::kjoerCli({u"--db"_s, db, u"import"_s, eksempel});
        QVERIFY2(imp.status == 0, imp.feil.constData());
        QFile f(eksempel);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString id = QJsonDocument::fromJson(f.readLine()).object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        const QString mappe = Gjenoppretting::mappeFor(db);
        QVERIFY2(mappe.startsWith(dir.path()), qPrintable(mappe));

        QProcess p;
        p.start(qEnvironmentVariable("TILSYN_HJELPER"), {db, id, u" KRASJTEST-ENDRING"_s});
        QVERIFY(p.waitForStarted());
        QDeadlineTimer frist(60000);
        while (finnKopi(mappe, id).isEmpty() && !frist.hasExpired() && p.state() == QProcess::Running)
            QTest::qWait(50);
        const QString kopi = finnKopi(mappe, id);
        QVERIFY2(!kopi.isEmpty(), p.readAllStandardError().constData());
        // The copy belongs to the running process: nobody else is offered it (or may delete it).
        QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(p.readAllStandardOutput().contains(QByteArray("REDIGERT " + id.toUtf8())));
        QVERIFY(QFile::exists(kopi));
        QCOMPARE(Gjenoppretting::finn(mappe).size(), 1); // now an orphan

        {
            // The edit was never saved to the store.
            auto store = Store::aapne(db);
            SakRepository repo(*store, Katalog::innebygd());
            QVERIFY(!repo.hent(id)->sammendrag.value_or(QString()).contains(u"KRASJTEST"_s));
        }

        // The restart, in this process: the offer is answered Yes with the keyboard.
        auto store = Store::aapne(db);
        Oversettelser oversettelser;
        oversettelser.last(u"nb"_s);
        Skrivebord skrivebord(*store, Katalog::innebygd(), oversettelser);
        QString tilbudt;
        QTimer svar; // looks for the question from inside its own event loop
        svar.setInterval(50);
        connect(&svar, &QTimer::timeout, this, [&] {
            if (qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                svar.stop();
                auto *boks = test::ventPaaModal<QMessageBox>(); // once it holds the keyboard
                if (!boks)
                    return;
                tilbudt = boks->text();
                QTest::keyClick(boks, Qt::Key_J); // "&Ja": a message box takes its buttons' letters
            }
        });
        svar.start();
        skrivebord.start();
        QTRY_VERIFY_WITH_TIMEOUT(skrivebord.vindu() && skrivebord.vindu()->editor()->harSak(), 30000);
        QVERIFY2(tilbudt.contains(u"2024/1"_s), qPrintable(tilbudt));
        const CaseEditor *e = skrivebord.vindu()->editor();
        QCOMPARE(e->sak().id, id);
        QVERIFY(e->sak().sammendrag.value_or(QString()).endsWith(u" KRASJTEST-ENDRING"_s));
        QVERIFY(e->erEndret());
        QVERIFY(!QFile::exists(kopi)); // the orphan went; this session keeps its own copy
        QVERIFY(!finnKopi(mappe, id).isEmpty());
        QVERIFY(Gjenoppretting::finn(mappe).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"tilsynsklient"_s);
    QCoreApplication::setApplicationName(u"tilsynsklient"_s);
    TestKrasj t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_krasj.moc"
