// Text in the interchange file is Unicode text, read strictly (issue 13 items 1-2): every valid
// JSON string comes back from export exactly; every invalid one (lone surrogates, raw control
// characters, unknown escapes) and every key given twice is refused with FILE:LINE: FIELD,
// exit 2 and the store unchanged (export before and after compared byte for byte).

#include "testsupport.h"
#include "teksttilfeller.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn::test;
using namespace Qt::StringLiterals;

using tekstdata::idNr;
using tekstdata::sak;

class TstCliTekst final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"lager.sqlite"_s);
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, testdata(u"sosial-2024/cases.jsonl"_s)});
        QCOMPARE(k.status, 0);
    }

    // Valid strings: imported, and exported as exactly these bytes.
    void gyldigTekstBevares_data() { tekstdata::gyldige(); }

    void gyldigTekstBevares()
    {
        QFETCH(QByteArray, inn);
        QFETCH(QByteArray, ut);
        const QByteArray id = idNr(100 + m_nr++);
        const QString fil = m_dir.filePath(u"gyldig.jsonl"_s);
        skriv(fil, sak(id, inn) + '\n');
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, fil});
        QVERIFY2(k.status == 0, k.feil.constData());
        QCOMPARE(k.ut, QByteArray("imported 1 cases\n"));
        const QByteArray eksport = kjoerCli({u"--db"_s, m_db, u"export"_s, u"-"_s}).ut;
        const QByteArray linje = finnLinje(eksport, id);
        QVERIFY2(linje.contains(QByteArray("\"sammendrag\":" + ut + ',')), linje.constData());
        // Importing the export again finds the same case: nothing to write.
        skriv(fil, linje + '\n');
        const Kjoring igjen = kjoerCli({u"--db"_s, m_db, u"import"_s, fil});
        QVERIFY2(igjen.status == 0, igjen.feil.constData());
        QCOMPARE(igjen.ut, QByteArray("imported 0 cases\n"));
        QCOMPARE(kjoerCli({u"--db"_s, m_db, u"export"_s, u"-"_s}).ut, eksport);
    }

    // Invalid text and duplicate keys: exit 2, the message on the field, the store unchanged.
    void ugyldigTekstAvvises_data() { tekstdata::ugyldige(); }

    void ugyldigTekstAvvises()
    {
        QFETCH(QByteArray, linje);
        QFETCH(QString, felt);
        QFETCH(QString, iMelding);
        const QString fil = m_dir.filePath(u"ugyldig.jsonl"_s);
        skriv(fil, linje + '\n');
        const QByteArray foer = kjoerCli({u"--db"_s, m_db, u"export"_s, u"-"_s}).ut;
        const QByteArray dumpFoer = dump(m_db);
        QVERIFY(!foer.isEmpty());
        const Kjoring k = kjoerCli({u"--db"_s, m_db, u"import"_s, fil});
        QCOMPARE(k.status, 2);
        QVERIFY(k.ut.isEmpty());
        const QString feil = QString::fromUtf8(k.feil);
        const QString forventet = u"%1:1: %2: "_s.arg(fil, felt);
        QVERIFY2(feil.contains(forventet), qPrintable(u"expected «%1» in:\n%2"_s.arg(forventet, feil)));
        const QString linjen = feil.section(forventet, 1).section(u'\n', 0, 0);
        QVERIFY2(linjen.contains(iMelding), qPrintable(u"expected «%1» in «%2»"_s.arg(iMelding, linjen)));
        QCOMPARE(kjoerCli({u"--db"_s, m_db, u"export"_s, u"-"_s}).ut, foer);
        QCOMPARE(dump(m_db), dumpFoer);
    }

    // What export writes, import accepts (issue 13 item 3): a case whose exported line is exactly
    // the limit goes round trip; one byte more is refused on import; a line within the limit
    // that export would write longer (optional fields omitted) is refused too.
    void linjegrenseRundtur()
    {
        constexpr qsizetype grense = 1024 * 1024;
        const QString fil = m_dir.filePath(u"grense.jsonl"_s);
        const QString db = m_dir.filePath(u"grense.sqlite"_s);
        const QByteArray id = idNr(900);
        // The exported length of the case with a one-character sammendrag.
        skriv(fil, sak(id, "\"x\"") + '\n');
        QCOMPARE(kjoerCli({u"--db"_s, db, u"import"_s, fil}).status, 0);
        const qsizetype l0 = kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).ut.size() - 1;
        QVERIFY(l0 > 300);
        QFile::remove(db);

        const QByteArray eksakt = sak(id, '"' + QByteArray(grense - l0 + 1, 'x') + '"');
        skriv(fil, eksakt + '\n');
        Kjoring k = kjoerCli({u"--db"_s, db, u"import"_s, fil});
        QVERIFY2(k.status == 0, k.feil.left(500).constData());
        QCOMPARE(k.ut, QByteArray("imported 1 cases\n"));
        const QString eksport = m_dir.filePath(u"grense-eksport.jsonl"_s);
        QCOMPARE(kjoerCli({u"--db"_s, db, u"export"_s, eksport}).status, 0);
        QFile e(eksport);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray linje = e.readAll();
        QCOMPARE(linje.size(), grense + 1); // the line and its '\n'
        // Its own export imports again (the same case: nothing to write).
        k = kjoerCli({u"--db"_s, m_dir.filePath(u"grense2.sqlite"_s), u"import"_s, eksport});
        QVERIFY2(k.status == 0, k.feil.left(500).constData());
        QCOMPARE(k.ut, QByteArray("imported 1 cases\n"));

        // One byte more: refused whichever side would exceed.
        const QByteArray foer = kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).ut;
        const QByteArray id2 = idNr(901);
        skriv(fil, sak(id2, '"' + QByteArray(grense - l0 + 2, 'x') + '"') + '\n');
        k = kjoerCli({u"--db"_s, db, u"import"_s, fil});
        QCOMPARE(k.status, 2);
        QVERIFY2(k.feil.startsWith(QString(fil + u":1: -: saken blir 1048577 byte lang når den eksporteres"_s).toUtf8()),
                 k.feil.constData());
        // The case: the line read is exactly the limit, but export writes every field.
        const QByteArray kort = "{\"id\":\"" + id2 + "\",\"embete\":\"agder\",\"sektor\":\"sosial\",\"mottatt\":\"2024-03-01\","
                                "\"tilsynsobjekter\":[{\"id\":\"o1\",\"type\":\"nav-kontor\",\"navn\":\"N\"}],\"sammendrag\":\"";
        skriv(fil, kort + QByteArray(grense - kort.size() - 2, 'y') + "\"}\n");
        QCOMPARE(QFileInfo(fil).size(), grense + 1);
        k = kjoerCli({u"--db"_s, db, u"import"_s, fil});
        QCOMPARE(k.status, 2);
        QVERIFY2(k.feil.contains("-: saken blir "), k.feil.constData());
        // A line over the limit is refused before it is parsed.
        skriv(fil, kort + QByteArray(grense - kort.size() - 1, 'y') + "\"}\n");
        k = kjoerCli({u"--db"_s, db, u"import"_s, fil});
        QCOMPARE(k.status, 2);
        QVERIFY2(k.feil.contains(":1: -: linjen er 1048577 byte lang; største tillatte er 1048576 byte"), k.feil.constData());
        QCOMPARE(kjoerCli({u"--db"_s, db, u"export"_s, u"-"_s}).ut, foer);
    }

private:
    static void skriv(const QString &sti, const QByteArray &innhold)
    {
        QFile f(sti);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(innhold), innhold.size());
    }

    static QByteArray finnLinje(const QByteArray &eksport, const QByteArray &id)
    {
        for (const QByteArray &l : eksport.split('\n')) {
            if (l.contains(QByteArray("\"id\":\"" + id + '"')))
                return l;
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_nr = 0;
};

QTEST_GUILESS_MAIN(TstCliTekst)
#include "tst_cli_tekst.moc"
