// tilsynsklient archive: arkivmelding.xml validated by xmllint against Digdir's official
// eFormidling arkivmelding.xsd v1 (with the Noark 5 metadatakatalog.xsd beside it), from the public
// repository felleslosninger/efm-integrasjonspunkt, folder nextmove/src/main/xsd/. The schema is
// not part of this repository: set TILSYN_ARKIVMELDING_XSD to its arkivmelding.xsd to run this
// test; without it the test is skipped and says so.

#include "arkiv/arkivmelding.h"
#include "arkiv/arkivpakke.h"
#include "arkivtestdata.h"
#include "domain/katalog.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kUtenSkjema =
    "TILSYN_ARKIVMELDING_XSD is not set, so arkivmelding.xml is not validated against the official schema here. "
    "To run this test, put arkivmelding.xsd and metadatakatalog.xsd from "
    "github.com/felleslosninger/efm-integrasjonspunkt (nextmove/src/main/xsd/) in a folder and set "
    "TILSYN_ARKIVMELDING_XSD=/that/folder/arkivmelding.xsd. The structural test tst_arkivpakke always runs.";

struct Resultat
{
    int status = -1;
    QString melding;
};

} // namespace

class TestArkivskjema final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mappe;
    QString m_xsd;
    Arkivlager m_lager;

    Resultat valider(const QString &xml)
    {
        QProcess p;
        p.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, m_xsd, xml});
        if (!p.waitForFinished(60000))
            return {-1, u"xmllint did not finish"_s};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

    Resultat validerXml(const QByteArray &innhold, const QString &navn)
    {
        const QString sti = m_mappe.filePath(navn);
        QFile f(sti);
        if (!f.open(QIODevice::WriteOnly) || f.write(innhold) != innhold.size())
            return {-1, u"cannot write "_s + sti};
        f.close();
        return valider(sti);
    }

    Arkivmelding melding()
    {
        auto store = Store::aapne(m_lager.db);
        return Arkivpakke(*store, Katalog::innebygd()).lag(m_lager.sak.id, u"arkivar"_s,
                                                           QDateTime::currentDateTimeUtc());
    }

private slots:
    void initTestCase()
    {
        m_xsd = qEnvironmentVariable("TILSYN_ARKIVMELDING_XSD");
        if (m_xsd.isEmpty())
            QSKIP(kUtenSkjema);
        // Set but wrong is a mistake to report, not a reason to skip.
        QVERIFY2(QFileInfo::exists(m_xsd), qPrintable(u"TILSYN_ARKIVMELDING_XSD=%1: no such file"_s.arg(m_xsd)));
        QVERIFY2(QFileInfo::exists(QFileInfo(m_xsd).dir().filePath(u"metadatakatalog.xsd"_s)),
                 "metadatakatalog.xsd must be beside arkivmelding.xsd (the schema imports it)");
        QVERIFY2(!QStandardPaths::findExecutable(u"xmllint"_s).isEmpty(),
                 "xmllint is missing (Debian package libxml2-utils, see scripts/install-deps.sh)");
        QVERIFY(m_mappe.isValid());
        m_lager = lagArkivlager(m_mappe.filePath(u"skjema.sqlite"_s));
    }

    void commandOutputValidates()
    {
        const QString ut = m_mappe.filePath(u"pakke"_s);
        const Kjoring k = kjoerCli({u"--db"_s, m_lager.db, u"archive"_s, u"--case"_s, u"2024/4711"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        const Resultat r = valider(QDir(ut).filePath(u"arkivmelding.xml"_s));
        QVERIFY2(r.status == 0, qPrintable(r.melding));
        QVERIFY2(r.melding.contains(u"arkivmelding.xml validates"_s), qPrintable(r.melding));
    }

    // The whole journal: incoming documents with a file and an avskrivning, a letter, a note.
    void journalPackageValidates()
    {
        const Journallager j = lagJournallager(m_mappe.filePath(u"journal.sqlite"_s));
        const QString ut = m_mappe.filePath(u"journalpakke"_s);
        const Kjoring k = kjoerCli({u"--db"_s, j.db, u"archive"_s, u"--case"_s, u"2024/4711"_s, u"--out"_s, ut});
        QVERIFY2(k.status == 0, k.feil.constData());
        const Resultat r = valider(QDir(ut).filePath(u"arkivmelding.xml"_s));
        QVERIFY2(r.status == 0, qPrintable(r.melding));
        QVERIFY2(r.melding.contains(u"arkivmelding.xml validates"_s), qPrintable(r.melding));
    }

    // What the store cannot produce yet still has to validate: approval steps (with and without
    // a comment, received or not), a letter that is not screened, a recipient without address,
    // and a case that is still open.
    void everyOptionalPartValidates()
    {
        Arkivmelding m = melding();
        m.mappe.saksstatus = u"Under behandling"_s;
        const QDateTime sendt(QDate(2024, 8, 29), QTime(9, 15), Qt::UTC);
        m.mappe.journalposter[1].dokumentflyt = {
            {u"ola.nordmann"_s, u"leder.lie"_s, sendt, sendt.addSecs(3600), u"Sendt tilbake med kommentarer"_s,
             u"Presiser vurderingen av § 4."_s},
            {u"ola.nordmann"_s, u"leder.lie"_s, sendt.addDays(1), {}, u"Godkjent"_s, {}},
        };
        m.mappe.journalposter[0].skjerming.reset();
        m.mappe.journalposter[2].korrespondanseparter.append({u"Kopimottaker"_s, u"Statens helsetilsyn"_s, {}, {}, {}});
        const Resultat r = validerXml(arkivmeldingXml(m), u"valgfritt.xml"_s);
        QVERIFY2(r.status == 0, qPrintable(r.melding));
    }

    // The validation is real: a message the schema forbids is refused.
    void schemaRefusesAMistake_data()
    {
        QTest::addColumn<QString>("fra");
        QTest::addColumn<QString>("til");
        QTest::newRow("journalposttype outside its code list")
            << u"<journalposttype>Utgående dokument<"_s << u"<journalposttype>Utgaaende<"_s;
        QTest::newRow("variantformat outside its code list")
            << u"<variantformat>Arkivformat<"_s << u"<variantformat>PDF/A<"_s;
        QTest::newRow("saksaar not a number") << u"<saksaar>2024<"_s << u"<saksaar>2024/4711<"_s;
        QTest::newRow("required element missing") << u"<saksstatus>Avsluttet</saksstatus>"_s << QString();
    }
    void schemaRefusesAMistake()
    {
        QFETCH(QString, fra);
        QFETCH(QString, til);
        QString xml = QString::fromUtf8(arkivmeldingXml(melding()));
        QVERIFY2(xml.contains(fra), qPrintable(fra));
        xml.replace(fra, til);
        const Resultat r = validerXml(xml.toUtf8(), u"feil.xml"_s);
        QVERIFY2(r.status != 0, qPrintable(r.melding));
        QVERIFY2(r.melding.contains(u"fails to validate"_s), qPrintable(r.melding));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("TILSYN_ARKIVMELDING_XSD")) {
        std::printf("SKIP: %s\n", kUtenSkjema);
        return 77; // ctest's SKIP_RETURN_CODE: reported as skipped, not as passed
    }
    QGuiApplication app(argc, argv);
    TestArkivskjema t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "tst_arkivskjema.moc"
