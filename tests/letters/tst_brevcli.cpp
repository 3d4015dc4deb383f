// tilsynsklient letter: the command-line contract, run through the real executable.

#include "testsupport.h"
#include "brevtestdata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestBrevCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mappe;
    QString m_db;
    QString m_bm5Id;           // a BM 5 case whose innsender writes nynorsk
    QString m_unikt;           // a saksnummer held by one case only
    QString m_delt;            // a saksnummer held in more than one embete
    QString m_nnInnsenderId;   // a case whose innsender has maalform nn

    QByteArray les(const QString &sti)
    {
        QFile f(sti);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_mappe.isValid());
        m_db = m_mappe.filePath(u"cli.sqlite"_s);
        const QString data = test::testdata(u"sosial-2024/cases.jsonl"_s);
        const auto imp = test::kjoerCli({u"--db"_s, m_db, u"import"_s, data});
        QCOMPARE(imp.status, 0);
        QHash<QString, int> antall;
        QHash<QString, QString> idFor;
        for (const QByteArray &linje : les(data).split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(linje).object();
            if (o.isEmpty())
                continue;
            const QString nr = o.value("saksnummer"_L1).toString();
            ++antall[nr];
            idFor.insert(nr, o.value("id"_L1).toString());
            const QString innsenderMaal = o.value("innsender"_L1).toObject().value("maalform"_L1).toString();
            if (m_bm5Id.isEmpty() && o.value("behandlingsmaate"_L1).toInt() == 5
                && !o.value("vurderinger"_L1).toArray().isEmpty())
                m_bm5Id = o.value("id"_L1).toString();
            if (m_nnInnsenderId.isEmpty() && innsenderMaal == u"nn"_s)
                m_nnInnsenderId = o.value("id"_L1).toString();
        }
        for (auto it = antall.cbegin(); it != antall.cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            if (it.value() == 1 && m_unikt.isEmpty())
                m_unikt = it.key();
            if (it.value() > 1 && m_delt.isEmpty())
                m_delt = it.key();
        }
        QVERIFY(!m_bm5Id.isEmpty() && !m_unikt.isEmpty() && !m_nnInnsenderId.isEmpty());
    }

    void rendersTheDecisionById()
    {
        const QString ut = m_mappe.filePath(u"avgjorelse.pdf"_s);
        const auto k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s,
                                       u"bm5-avgjorelse"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY(k.ut.isEmpty());
        const QByteArray pdf = les(ut);
        const QString tekst = test::pdfTekst(pdf);
        QVERIFY2(tekst.contains(u"Side 1 av"_s) && !tekst.contains(u"elektronisk godkjent"_s),
                 qPrintable(tekst));
        QVERIFY(tekst.contains(u"UTKAST"_s)); // the command renders drafts; finalising is in the editor
        QVERIFY(test::poppler(u"pdfinfo"_s, {u"-meta"_s}, pdf).contains(u"pdfaid:part=\"1\""_s));
    }

    void rendersBySaksnummerInTheRecipientsForm()
    {
        const QString ut = m_mappe.filePath(u"kvittering.pdf"_s);
        auto k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_nnInnsenderId, u"--type"_s,
                                 u"kvittering"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY(test::pdfTekst(les(ut)).contains(u"Sakshandsamar"_s)); // innsender registered nn
        k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_nnInnsenderId, u"--type"_s,
                            u"kvittering"_s, u"--maalform"_s, u"nb"_s, u"--out"_s, ut});
        QCOMPARE(k.status, 0);
        QVERIFY(test::pdfTekst(les(ut)).contains(u"Saksbehandler"_s));
        k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_unikt, u"--type"_s,
                            u"forsinkelsesmelding"_s, u"--maalform"_s, u"nn"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        const QString tekst = test::pdfTekst(les(ut));
        QVERIFY2(tekst.contains(m_unikt) && tekst.contains(u"forseinka"_s), qPrintable(tekst));
    }

    // --to picks the party: the innsender gets their own result letter, not an object's decision.
    void toPicksTheParty()
    {
        const QString ut = m_mappe.filePath(u"til.pdf"_s);
        auto k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s,
                                 u"bm5-resultat-innsender"_s, u"--to"_s, u"innsender"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY(test::pdfTekst(les(ut)).contains(u"Resultat"_s));
        QFile::remove(ut);
        k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s, u"bm5-avgjorelse"_s,
                            u"--to"_s, u"innsender"_s, u"--out"_s, ut});
        QCOMPARE(k.status, 2);
        QVERIFY2(k.feil.contains("bm5-resultat-innsender") && k.feil.contains("o1"), k.feil.constData());
        QVERIFY(!QFile::exists(ut));
        k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s, u"bm5-avgjorelse"_s,
                            u"--to"_s, u"o1"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
    }

    void badUsageIsExitTwoAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("argumenter");
        QTest::addColumn<QString>("melding");
        QTest::newRow("unknown type") << QStringList{u"--case"_s, u"@BM5"_s, u"--type"_s, u"vedtak"_s} << u"unknown letter type"_s;
        QTest::newRow("bad maalform") << QStringList{u"--case"_s, u"@BM5"_s, u"--type"_s, u"kvittering"_s,
                                                     u"--maalform"_s, u"en"_s} << u"--maalform"_s;
        QTest::newRow("no case") << QStringList{u"--case"_s, u"2099/999999"_s, u"--type"_s, u"kvittering"_s}
                                 << u"no case"_s;
        QTest::newRow("missing type") << QStringList{u"--case"_s, u"@BM5"_s} << u"usage"_s;
        QTest::newRow("unknown option") << QStringList{u"--case"_s, u"@BM5"_s, u"--type"_s, u"kvittering"_s,
                                                       u"--fancy"_s} << u"fancy"_s;
    }
    void badUsageIsExitTwoAndWritesNothing()
    {
        QFETCH(QStringList, argumenter);
        QFETCH(QString, melding);
        argumenter.replaceInStrings(u"@BM5"_s, m_bm5Id);
        const QString ut = m_mappe.filePath(u"skal-ikke-finnes.pdf"_s);
        const auto k = test::kjoerCli(QStringList{u"--db"_s, m_db, u"letter"_s} + argumenter
                                      + QStringList{u"--out"_s, ut});
        QCOMPARE(k.status, 2);
        QVERIFY2(QString::fromUtf8(k.feil).contains(melding), k.feil.constData());
        QVERIFY(!QFile::exists(ut));
    }

    void ambiguousSaksnummerAsksForTheId()
    {
        if (m_delt.isEmpty())
            QSKIP("the sample has no saksnummer shared between embeter");
        const auto k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_delt, u"--type"_s,
                                       u"kvittering"_s, u"--out"_s, m_mappe.filePath(u"x.pdf"_s)});
        QCOMPARE(k.status, 2);
        QVERIFY(QString::fromUtf8(k.feil).contains(u"id"_s));
    }

    void unwritableOutputIsExitOne()
    {
        const auto k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s,
                                       u"bm5-varsel"_s, u"--out"_s, m_mappe.filePath(u"mangler/ut.pdf"_s)});
        QCOMPARE(k.status, 1);
        QVERIFY(!k.feil.isEmpty());
    }
};

QTEST_MAIN(TestBrevCli)
#include "tst_brevcli.moc"
