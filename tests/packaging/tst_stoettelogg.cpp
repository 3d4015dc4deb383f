// The support log: a scripted session through the real executable (import, a refused import,
// letters, a sync to an unreachable central store with a password in the environment) and Qt
// warnings carrying a password and case text; then no log line holds a password or any text of
// the cases, while the outcomes are there. Also the scrubbing rules and the rotation.

#include "testsupport.h"

#include "drift/stoettelogg.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kPassord = "Hemmelig-Passord-9137";

QByteArray lesLogg(const QString &mappe)
{
    QByteArray alt;
    QDirIterator it(mappe, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            alt += f.readAll();
    }
    return alt;
}

// Every piece of case text in a JSON Lines file: summaries, names, addresses, reasons, notes.
QStringList sakstekster(const QString &fil)
{
    QFile f(fil);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList ut;
    auto legg = [&](const QJsonValue &v) {
        const QString s = v.toString().trimmed();
        if (s.size() >= 4)
            ut.append(s);
    };
    for (const QByteArray &linje : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(linje).object();
        if (o.isEmpty())
            continue;
        legg(o[u"sammendrag"_s]);
        legg(o[u"innsender"_s][u"navn"_s]);
        legg(o[u"innsender"_s][u"adresse"_s]);
        legg(o[u"brukerinvolvering"_s][u"merknad"_s]);
        for (const QJsonValue &t : o[u"tilsynsobjekter"_s].toArray()) {
            legg(t[u"navn"_s]);
            legg(t[u"adresse"_s]);
        }
        for (const QJsonValue &v : o[u"vurderinger"_s].toArray())
            legg(v[u"begrunnelse"_s]);
    }
    return ut;
}

} // namespace

class TstStoettelogg final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        m_logg = m_dir.filePath(u"data/tilsynsklient/logg"_s);
    }

    void vask_data()
    {
        QTest::addColumn<QString>("inn");
        QTest::addColumn<QString>("ut");
        QTest::newRow("conninfo") << u"host=db password=abc123 user=kari"_s << u"host=db password=*** user=kari"_s;
        QTest::newRow("PGPASSWORD") << u"PGPASSWORD=xyz ran"_s << u"PGPASSWORD=*** ran"_s;
        QTest::newRow("quoted") << u"utfall «lovbrudd» and \"Kari Nordmann\" and 'x y'"_s
                                << u"utfall «…» and «…» and «…»"_s;
        QTest::newRow("fnr") << u"fnr 01017012345 or 010170 12345"_s << u"fnr *** or ***"_s;
        QTest::newRow("e-mail") << u"mail kari.nordmann@nav.no now"_s << u"mail ***@*** now"_s;
        QTest::newRow("lines") << u"a\nb"_s << u"a | b"_s;
        QTest::newRow("plain") << u"sync failed: connection refused (127.0.0.1:1)"_s
                               << u"sync failed: connection refused (127.0.0.1:1)"_s;
    }

    void vask()
    {
        QFETCH(QString, inn);
        QFETCH(QString, ut);
        QCOMPARE(Stoettelogg::vask(inn), ut);
    }

    void skriptetOekt()
    {
        const QString db = m_dir.filePath(u"data/tilsynsklient/tilsynsklient.sqlite"_s);
        const QString saker = testdata(u"sosial-2024/cases.jsonl"_s);
        const QString brevsaker = testdata(u"../../docs/letters-eksempel.jsonl"_s);
        QCOMPARE(kjoerCli({u"import"_s, saker}).status, 0); // the default store in the data folder
        QCOMPARE(kjoerCli({u"--db"_s, db, u"import"_s, brevsaker}).status, 0);
        // A refused import whose messages quote values.
        QCOMPARE(kjoerCli({u"import"_s, testdata(u"invalid/41-orgnr-wrong-check-digit.jsonl"_s)}).status, 2);
        const QString pdf = m_dir.filePath(u"brev.pdf"_s);
        const Kjoring brev = kjoerCli({u"letter"_s, u"--case"_s, u"2024/4711"_s, u"--type"_s, u"bm5-avgjorelse"_s,
                                       u"--out"_s, pdf});
        QVERIFY2(brev.status == 0, brev.feil.constData());
        QCOMPARE(kjoerCli({u"export"_s, m_dir.filePath(u"eksport.jsonl"_s)}).status, 0);
        QCOMPARE(kjoerCli({u"backup"_s, u"--out"_s, m_dir.filePath(u"kopi.sqlite"_s)}).status, 0);

        // A sync to a central store nobody listens on, the password in the environment.
        qputenv("PGPASSWORD", kPassord);
        const Kjoring synk = kjoerCli({u"sync"_s, u"--central"_s,
                                       u"host=127.0.0.1 port=1 dbname=tilsyn user=kari connect_timeout=3"_s});
        qunsetenv("PGPASSWORD");
        QCOMPARE(synk.status, 1);

        // Warnings inside the program that carry a password and case text.
        Stoettelogg::installer(m_logg);
        const QStringList tekster = sakstekster(saker) + sakstekster(brevsaker);
        QVERIFY(tekster.size() > 300);
        qWarning("QPSQL: Unable to connect: host=db password=%s user=kari", kPassord);
        qWarning().noquote() << u"kan ikke lagre saken: sammendrag «%1»"_s.arg(tekster.constFirst());
        qCritical().noquote() << u"innsender \"%1\""_s.arg(tekster[1]);

        const QByteArray logg = lesLogg(m_logg);
        QVERIFY2(logg.contains(" INFO kommando sync: status 1\n"), logg.constData());
        QVERIFY(logg.contains(" INFO kommando import: status 2\n"));
        QVERIFY(logg.contains(" INFO kommando backup: status 0\n"));
        QVERIFY(logg.contains(" WARN QPSQL: Unable to connect: host=db password=*** user=kari\n"));
        QVERIFY(logg.contains(" WARN kan ikke lagre saken: sammendrag «…»\n"));
        QVERIFY(logg.contains(" ERROR innsender «…»\n"));
        QVERIFY(!logg.contains(kPassord));
        const QString loggtekst = QString::fromUtf8(logg);
        for (const QString &t : tekster)
            QVERIFY2(!loggtekst.contains(t), qPrintable(u"case text in the log: "_s + t));
        // And the newest ones are kept for the support information.
        QCOMPARE(Stoettelogg::sisteFeil().size(), 3);
    }

    void roterer()
    {
        const QString mappe = m_dir.filePath(u"rotasjon"_s);
        Stoettelogg::installer(mappe);
        const QString linje(1000, u'x');
        for (int i = 0; i < 12000; ++i) // lines are cut to 400 characters: about 5 MiB
            Stoettelogg::hendelse(linje);
        const QStringList filer = QDir(mappe).entryList(QDir::Files, QDir::Name);
        QCOMPARE(filer, (QStringList{u"tilsynsklient.log"_s, u"tilsynsklient.log.1"_s, u"tilsynsklient.log.2"_s,
                                     u"tilsynsklient.log.3"_s}));
        for (const QString &f : filer)
            QVERIFY(QFileInfo(QDir(mappe).filePath(f)).size() <= Stoettelogg::kMaksStoerrelse + 500);
    }

private:
    QTemporaryDir m_dir;
    QString m_logg;
};

QTEST_GUILESS_MAIN(TstStoettelogg)
#include "tst_stoettelogg.moc"
