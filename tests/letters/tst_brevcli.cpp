// tilsynsklient letter: the command-line contract, run through the real executable.

#include "testsupport.h"
#include "brevtestdata.h"
#include "letters/brevrepository.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>
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

    QString m_utenNrId;        // a case without saksnummer (in m_db)

    QByteArray les(const QString &sti)
    {
        QFile f(sti);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The command as a logged-in user with a settings file of its own (`innstillinger`: the
    // lines of tilsynsklient.conf), so office practice can be set without touching the real one.
    test::Kjoring kjoerSom(const QStringList &argumenter, const QByteArray &innstillinger = {})
    {
        const QString konfig = m_mappe.filePath(u"konfig-%1"_s.arg(++m_konfigNr));
        QDir().mkpath(konfig + u"/tilsynsklient"_s);
        QFile f(konfig + u"/tilsynsklient/tilsynsklient.conf"_s);
        if (!f.open(QIODevice::WriteOnly) || f.write(innstillinger) != innstillinger.size())
            qFatal("cannot write the settings file");
        f.close();
        QProcess p;
        QProcessEnvironment miljo = QProcessEnvironment::systemEnvironment();
        miljo.insert(u"XDG_CONFIG_HOME"_s, konfig);
        miljo.insert(u"USER"_s, u"kari.saksbehandler"_s);
        p.setProcessEnvironment(miljo);
        p.start(qEnvironmentVariable("TILSYN_EXE"), argumenter);
        test::Kjoring k;
        if (!p.waitForFinished(120000))
            return k;
        k.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        k.ut = p.readAllStandardOutput();
        k.feil = p.readAllStandardError();
        return k;
    }
    int m_konfigNr = 0;

    QList<FerdigBrev> brevI(const QString &sakId)
    {
        auto store = Store::aapne(m_db);
        return BrevRepository(*store).forSak(sakId);
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
        QStringList iFilrekkefolge;      // saksnummer in the file's order: the choice below is the same every run
        QHash<QString, QString> maalFor; // saksnummer -> the innsender's målform
        for (const QByteArray &linje : les(data).split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(linje).object();
            if (o.isEmpty())
                continue;
            const QString nr = o.value("saksnummer"_L1).toString();
            if (!antall.contains(nr))
                iFilrekkefolge.append(nr);
            ++antall[nr];
            idFor.insert(nr, o.value("id"_L1).toString());
            const QString innsenderMaal = o.value("innsender"_L1).toObject().value("maalform"_L1).toString();
            maalFor.insert(nr, innsenderMaal);
            if (m_bm5Id.isEmpty() && o.value("behandlingsmaate"_L1).toInt() == 5
                && !o.value("vurderinger"_L1).toArray().isEmpty())
                m_bm5Id = o.value("id"_L1).toString();
            if (m_nnInnsenderId.isEmpty() && innsenderMaal == u"nn"_s)
                m_nnInnsenderId = o.value("id"_L1).toString();
        }
        // m_unikt's letters are finalised in the innsender's målform without a Saksforhold written,
        // so its summary (bokmål in the sample) must not be in the other målform: a bokmål innsender.
        for (const QString &nr : std::as_const(iFilrekkefolge)) {
            if (nr.isEmpty())
                continue;
            if (antall.value(nr) == 1 && m_unikt.isEmpty() && maalFor.value(nr) == u"nb"_s)
                m_unikt = nr;
            if (antall.value(nr) > 1 && m_delt.isEmpty())
                m_delt = nr;
        }
        QVERIFY(!m_bm5Id.isEmpty() && !m_unikt.isEmpty() && !m_nnInnsenderId.isEmpty());

        // One more case, registered by hand without a saksnummer (the sample's first, renamed).
        QJsonObject uten = QJsonDocument::fromJson(les(data).split('\n').constFirst()).object();
        m_utenNrId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        uten.insert("id"_L1, m_utenNrId);
        uten.insert("saksnummer"_L1, QJsonValue::Null);
        const QString utenFil = m_mappe.filePath(u"uten-nr.jsonl"_s);
        QFile f(utenFil);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(uten).toJson(QJsonDocument::Compact) + '\n');
        f.close();
        const auto imp2 = test::kjoerCli({u"--db"_s, m_db, u"import"_s, utenFil});
        QVERIFY2(imp2.status == 0, imp2.feil.constData());
    }

    void finaliseStoresTheLetterOnceAndWritesIt()
    {
        QVERIFY(brevI(m_bm5Id).isEmpty());
        const QString ut = m_mappe.filePath(u"ferdig.pdf"_s);
        const QStringList arg{u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s,
                              u"bm5-avgjorelse"_s, u"--finalise"_s, u"--out"_s, ut};
        auto k = kjoerSom(arg);
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY(k.ut.isEmpty());
        const QByteArray pdf = les(ut);
        const QString tekst = test::pdfTekst(pdf);
        QVERIFY2(!tekst.contains(u"UTKAST"_s), qPrintable(tekst));
        QVERIFY(tekst.contains(u"Side 1 av"_s));
        QVERIFY(test::poppler(u"pdfinfo"_s, {u"-meta"_s}, pdf).contains(u"pdfaid:part=\"1\""_s));
        QList<FerdigBrev> lagret = brevI(m_bm5Id);
        QCOMPARE(lagret.size(), 1);
        QCOMPARE(lagret.constFirst().type, u"bm5-avgjorelse"_s);
        QCOMPARE(lagret.constFirst().ferdigstiltAv, u"kari.saksbehandler"_s);
        QCOMPARE(lagret.constFirst().sha256, BrevRepository::sha256(pdf)); // the file is the stored letter
        QCOMPARE(lagret.constFirst().dato, QDate::currentDate());

        // A second call with the same draft stores nothing new and writes the same stored bytes.
        QFile::remove(ut);
        k = kjoerSom(arg);
        QVERIFY2(k.status == 0, k.feil.constData());
        lagret = brevI(m_bm5Id);
        QCOMPARE(lagret.size(), 1);
        QCOMPARE(BrevRepository::sha256(les(ut)), lagret.constFirst().sha256);

        // The other målform: the case's summary is bokmål, so the nynorsk decision's Saksforhold
        // would be the marker asking for it; refused as in the letter window, nothing stored or written.
        QFile::remove(ut);
        k = kjoerSom({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s, u"bm5-avgjorelse"_s,
                      u"--maalform"_s, u"nn"_s, u"--finalise"_s, u"--out"_s, ut});
        QCOMPARE(k.status, 2);
        QVERIFY2(QString::fromUtf8(k.feil).startsWith(u"--finalise: the letter's Saksforhold is not written in its "
                                                       u"målform (nn)"_s),
                 k.feil.constData());
        QVERIFY(!QFile::exists(ut));
        QCOMPARE(brevI(m_bm5Id).size(), 1);
        // Without --finalise the draft shows the marker.
        k = kjoerSom({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s, u"bm5-avgjorelse"_s,
                      u"--maalform"_s, u"nn"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY2(test::pdfTekst(les(ut)).contains(u"Saksforholdet skal skrivast her på nynorsk"_s),
                 qPrintable(test::pdfTekst(les(ut))));

        // Another draft (another type) is another letter.
        k = kjoerSom({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s, u"kvittering"_s,
                      u"--maalform"_s, u"nb"_s, u"--finalise"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        lagret = brevI(m_bm5Id);
        QCOMPARE(lagret.size(), 2);
        QCOMPARE(lagret.constLast().type, u"kvittering"_s);
    }

    void finaliseWithoutSaksnummerIsRefused()
    {
        const QString ut = m_mappe.filePath(u"uten-nr.pdf"_s);
        const auto k = kjoerSom({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_utenNrId, u"--type"_s,
                                 u"kvittering"_s, u"--finalise"_s, u"--out"_s, ut});
        QCOMPARE(k.status, 2);
        QVERIFY2(QString::fromUtf8(k.feil).contains(u"has no saksnummer"_s), k.feil.constData());
        QVERIFY(k.ut.isEmpty());
        QVERIFY(!QFile::exists(ut));
        QVERIFY(brevI(m_utenNrId).isEmpty());
        // Without --finalise the same case renders a draft.
        const auto utkast = kjoerSom({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_utenNrId, u"--type"_s,
                                      u"kvittering"_s, u"--out"_s, ut});
        QVERIFY2(utkast.status == 0, utkast.feil.constData());
        QVERIFY(test::pdfTekst(les(ut)).contains(u"UTKAST"_s));
    }

    void finaliseOfATypeNeedingApprovalIsRefused()
    {
        const QString ut = m_mappe.filePath(u"godkjenning.pdf"_s);
        const QStringList arg{u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_unikt, u"--type"_s,
                              u"forsinkelsesmelding"_s, u"--finalise"_s, u"--out"_s, ut};
        const QString sakId = *BrevRepository(*Store::aapne(m_db)).finnSak(m_unikt);
        const auto k = kjoerSom(arg, "[kontor]\nbrev_som_krever_godkjenning=bm5-avgjorelse, forsinkelsesmelding\n");
        QCOMPARE(k.status, 2);
        QVERIFY2(QString::fromUtf8(k.feil).contains(u"need an approval"_s), k.feil.constData());
        QVERIFY(!QFile::exists(ut));
        QVERIFY(brevI(sakId).isEmpty());
        // The default list is empty: the same letter is finalised.
        const auto ok = kjoerSom(arg);
        QVERIFY2(ok.status == 0, ok.feil.constData());
        QCOMPARE(brevI(sakId).size(), 1);
    }

    void finaliseToAnUnwritableFileStoresNothing()
    {
        const QString sakId = *BrevRepository(*Store::aapne(m_db)).finnSak(m_unikt);
        const int foer = int(brevI(sakId).size());
        const auto k = kjoerSom({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_unikt, u"--type"_s, u"kvittering"_s,
                                 u"--finalise"_s, u"--out"_s, m_mappe.filePath(u"mangler/ut.pdf"_s)});
        QCOMPARE(k.status, 1);
        QCOMPARE(int(brevI(sakId).size()), foer);
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

    // Typed text is printed as typed: a nynorsk decision of a case whose summary and begrunnelser
    // are bokmål is still written (exit 0), and the command names the unknown words on stderr;
    // the bokmål letter of the same case says nothing.
    void nynorskLetterWarnsAboutTypedBokmaal()
    {
        const QString ut = m_mappe.filePath(u"nn-advarsel.pdf"_s);
        auto k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s,
                                 u"bm5-avgjorelse"_s, u"--maalform"_s, u"nn"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY(QFile::exists(ut));
        QVERIFY2(k.feil.startsWith("warning: the nynorsk dictionary does not know these words of the letter's typed text"),
                 k.feil.constData());
        QVERIFY2(k.feil.contains(" ikke") || k.feil.contains("ikke,"), k.feil.constData());
        k = test::kjoerCli({u"--db"_s, m_db, u"letter"_s, u"--case"_s, m_bm5Id, u"--type"_s, u"bm5-avgjorelse"_s,
                            u"--maalform"_s, u"nb"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0 && k.feil.isEmpty(), k.feil.constData());
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
                                       u"bm5-avgjorelse"_s, u"--out"_s, m_mappe.filePath(u"mangler/ut.pdf"_s)});
        QCOMPARE(k.status, 1);
        QVERIFY(!k.feil.isEmpty());
    }
};

QTEST_MAIN(TestBrevCli)
#include "tst_brevcli.moc"
