// tilsynsklient archive: the package's structure (always runs; the schema test is tst_arkivskjema).
// Every finalised letter is one journalpost with its recipients, its file is byte-identical to the
// stored letter, the saksnummer is split, and a refused or failed run leaves nothing behind.

#include "arkiv/arkivmelding.h"
#include "arkiv/arkivpakke.h"
#include "arkivtestdata.h"
#include "arkivxml.h"
#include "domain/katalog.h"
#include "letters/brevrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray les(const QString &sti)
{
    QFile f(sti);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList innhold(const QString &mappe)
{
    return QDir(mappe).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                 QDir::Name);
}

// What a run may leave beside the package: anything but the stores' own files (-wal, -shm).
QStringList utenLagre(const QString &mappe)
{
    QStringList ut;
    for (const QString &navn : innhold(mappe)) {
        if (!navn.contains(u".sqlite"_s))
            ut.append(navn);
    }
    return ut;
}

using Part = QStringList; // type, navn, postadresse lines joined by '|', postnummer, poststed

QList<Part> parter(const QDomElement &journalpost)
{
    QList<Part> ut;
    for (const QDomElement &k : barna(journalpost, u"korrespondansepart"_s)) {
        QStringList adresse;
        for (const QDomElement &l : barna(k, u"postadresse"_s))
            adresse.append(l.text());
        ut.append({tekst(k, u"korrespondanseparttype"_s), tekst(k, u"korrespondansepartNavn"_s),
                   adresse.join(u'|'), barn(k, u"postnummer"_s).text(), barn(k, u"poststed"_s).text()});
    }
    return ut;
}

} // namespace

class TestArkivpakke final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mappe;
    Arkivlager m_lager;

    Kjoring arkiver(const QString &sak, const QString &ut, const QString &db = {})
    {
        return kjoerCli({u"--db"_s, db.isEmpty() ? m_lager.db : db, u"archive"_s, u"--case"_s, sak, u"--out"_s, ut});
    }

    QDomDocument pakke(const QString &ut)
    {
        QString feil;
        QDomDocument doc = lesXml(les(QDir(ut).filePath(u"arkivmelding.xml"_s)), &feil);
        if (doc.isNull())
            qWarning("%s", qPrintable(feil));
        return doc;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_mappe.isValid());
        m_lager = lagArkivlager(m_mappe.filePath(u"arkiv.sqlite"_s));
        QCOMPARE(m_lager.brev.size(), 3);
    }

    void packageHoldsEveryFinalisedLetter()
    {
        const QString ut = m_mappe.filePath(u"pakke"_s);
        const Kjoring k = arkiver(u"2024/4711"_s, ut);
        QVERIFY2(k.status == 0, k.feil.constData());
        QVERIFY(k.ut.isEmpty());
        QVERIFY(k.feil.isEmpty());
        QCOMPARE(innhold(ut), (QStringList{u"01-kvittering.pdf"_s, u"02-bm5-avgjorelse.pdf"_s,
                                           u"03-bm5-avgjorelse.pdf"_s, u"arkivmelding.xml"_s}));

        const QDomDocument doc = pakke(ut);
        const QDomElement rot = doc.documentElement();
        QCOMPARE(rot.localName(), u"arkivmelding"_s);
        QCOMPARE(rot.namespaceURI(), QLatin1StringView(kArkivmeldingNs));
        QCOMPARE(tekst(rot, u"system"_s), u"Tilsynsklient"_s);
        QVERIFY(!QUuid::fromString(tekst(rot, u"meldingId"_s)).isNull());
        QCOMPARE(tekst(rot, u"antallFiler"_s), u"3"_s);

        const QDomElement mappe = barn(rot, u"mappe"_s);
        QVERIFY(!mappe.isNull());
        QCOMPARE(xsiType(mappe), u"saksmappe"_s);
        QCOMPARE(tekst(mappe, u"mappeID"_s), u"2024/4711"_s);
        QCOMPARE(tekst(mappe, u"saksaar"_s), u"2024"_s);
        QCOMPARE(tekst(mappe, u"sakssekvensnummer"_s), u"4711"_s);
        QCOMPARE(tekst(mappe, u"tittel"_s), u"Tilsynssak 2024/4711 – Helse- og omsorgstjenester"_s);
        QCOMPARE(tekst(mappe, u"offentligTittel"_s), u"Tilsynssak 2024/4711 – Helse- og omsorgstjenester"_s);
        QCOMPARE(tekst(mappe, u"opprettetAv"_s), u"kari.saksbehandler"_s);
        QCOMPARE(tekst(mappe, u"saksdato"_s), u"2024-03-04"_s);
        QCOMPARE(tekst(mappe, u"administrativEnhet"_s), u"Statsforvalteren i Vestland"_s);
        QCOMPARE(tekst(mappe, u"saksansvarlig"_s), u"ola.nordmann"_s);
        QCOMPARE(tekst(mappe, u"saksstatus"_s), u"Avsluttet"_s);
        const QDomElement skjerming = barn(mappe, u"skjerming"_s);
        QCOMPARE(tekst(skjerming, u"tilgangsrestriksjon"_s), u"Unntatt offentlighet"_s);
        QCOMPARE(tekst(skjerming, u"skjermingshjemmel"_s), u"offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s);

        const QString mappeId = tekst(mappe, u"systemID"_s);
        const QList<QDomElement> poster = barna(mappe, u"basisregistrering"_s);
        QCOMPARE(poster.size(), 3);
        const QStringList titler{u"Kvittering for motteken henvending – Kari Nordmann"_s,
                                 u"Avgjørelse i tilsynssak – Helse Bergen HF, Haukeland universitetssjukehus"_s,
                                 u"Avgjørelse i tilsynssak – Lege Per Hansen"_s};
        const QStringList filer{u"01-kvittering.pdf"_s, u"02-bm5-avgjorelse.pdf"_s, u"03-bm5-avgjorelse.pdf"_s};
        const Part innsender{u"Kopimottaker"_s, u"Kari Nordmann"_s, u"Fjellvegen 12"_s, u"5003"_s, u"Bergen"_s};
        const Part sykehus{u"Kopimottaker"_s, u"Helse Bergen HF, Haukeland universitetssjukehus"_s,
                           u"Postboks 1400"_s, u"5021"_s, u"Bergen"_s};
        const Part lege{u"Kopimottaker"_s, u"Lege Per Hansen"_s, u"Kalfarvegen 1"_s, u"5018"_s, u"Bergen"_s};
        const auto somMottaker = [](Part p) { p[0] = u"Mottaker"_s; return p; };
        const QList<QList<Part>> forventedeParter{
            {somMottaker(innsender)},
            {somMottaker(sykehus), innsender},
            {somMottaker(lege), innsender},
        };

        auto store = Store::aapne(m_lager.db);
        BrevRepository repo(*store);
        QStringList referert;
        for (qsizetype i = 0; i < poster.size(); ++i) {
            const QDomElement &j = poster[i];
            const auto b = repo.hent(m_lager.brev[i]);
            QVERIFY(b);
            QCOMPARE(xsiType(j), u"journalpost"_s);
            QCOMPARE(tekst(j, u"referanseForelderMappe"_s), mappeId);
            QCOMPARE(tekst(j, u"journalposttype"_s), u"Utgående dokument"_s);
            QCOMPARE(tekst(j, u"journalstatus"_s), u"Ekspedert"_s);
            QCOMPARE(tekst(j, u"tittel"_s), titler[i]);
            QCOMPARE(tekst(j, u"offentligTittel"_s), b->offentligTittel);
            QVERIFY2(!b->offentligTittel.contains(u"Nordmann"_s) && !b->offentligTittel.contains(u"Hansen"_s),
                     qPrintable(b->offentligTittel));
            QCOMPARE(tekst(j, u"journaldato"_s), b->ferdigstilt.toLocalTime().date().toString(Qt::ISODate));
            QCOMPARE(tekst(j, u"dokumentetsDato"_s), b->dato.toString(Qt::ISODate));
            QCOMPARE(tekst(j, u"sendtDato"_s), b->ferdigstilt.toUTC().toString(Qt::ISODate));
            QCOMPARE(tekst(j, u"opprettetAv"_s), u"ola.nordmann"_s);
            QCOMPARE(parter(j), forventedeParter[i]);
            QCOMPARE(barna(j, u"dokumentflyt"_s).size(), 0); // no approval is recorded: none is claimed
            const QDomElement s = barn(j, u"skjerming"_s);
            QCOMPARE(tekst(s, u"tilgangsrestriksjon"_s), u"Unntatt offentlighet"_s);
            QCOMPARE(tekst(s, u"skjermingshjemmel"_s), b->hjemmel);
            QCOMPARE(b->hjemmel, u"offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s);

            const QDomElement d = barn(j, u"dokumentbeskrivelse"_s);
            QCOMPARE(tekst(d, u"dokumentstatus"_s), u"Dokumentet er ferdigstilt"_s);
            QCOMPARE(tekst(d, u"tilknyttetRegistreringSom"_s), u"Hoveddokument"_s);
            const QDomElement o = barn(d, u"dokumentobjekt"_s);
            QCOMPARE(tekst(o, u"variantformat"_s), u"Arkivformat"_s);
            QCOMPARE(tekst(o, u"versjonsnummer"_s), u"1"_s);
            const QString fil = tekst(o, u"referanseDokumentfil"_s);
            QCOMPARE(fil, filer[i]);
            referert.append(fil);
            const QByteArray bytes = les(QDir(ut).filePath(fil));
            QVERIFY(bytes.startsWith("%PDF-1.4"));
            QVERIFY(bytes == b->pdf); // byte-identical to the stored finalised letter
            QCOMPARE(sha256(bytes), b->sha256);

            const QDomElement egne = barn(j, u"virksomhetsspesifikkeMetadata"_s);
            const auto eget = [&](const QString &navn) {
                return egne.elementsByTagNameNS(QLatin1StringView(kTilsynNs), navn).item(0).toElement().text();
            };
            QCOMPARE(eget(u"sjekksum"_s), b->sha256);
            QCOMPARE(eget(u"sjekksumAlgoritme"_s), u"SHA-256"_s);
            QCOMPARE(eget(u"format"_s), u"PDF/A-1b"_s);
            QCOMPARE(eget(u"brevId"_s), QString::number(b->id));
        }
        // Every file in the package is referenced once; nothing else is there.
        QCOMPARE(referert + QStringList{u"arkivmelding.xml"_s}, innhold(ut));
        QCOMPARE(innhold(m_mappe.path()).filter(u".pakke-"_s), QStringList());
    }

    void journalpostsComeFromTheJournal()
    {
        // The whole journal of a case: an incoming document with its file, the letter answering it,
        // a note and an unanswered incoming document, in document-number order.
        const Journallager j = lagJournallager(m_mappe.filePath(u"journal.sqlite"_s));
        const QString ut = m_mappe.filePath(u"journalpakke"_s);
        const Kjoring k = arkiver(u"2024/4711"_s, ut, j.db);
        QVERIFY2(k.status == 0, k.feil.constData());
        QCOMPARE(innhold(ut), (QStringList{u"01-dokument.pdf"_s, u"02-kvittering.pdf"_s, u"arkivmelding.xml"_s}));
        const QDomElement rot = pakke(ut).documentElement();
        QCOMPARE(tekst(rot, u"antallFiler"_s), u"2"_s);
        const QDomElement mappe = barn(rot, u"mappe"_s);
        QCOMPARE(tekst(mappe, u"saksaar"_s), u"2024"_s);
        QCOMPARE(tekst(mappe, u"sakssekvensnummer"_s), u"4711"_s);
        const QList<QDomElement> poster = barna(mappe, u"basisregistrering"_s);
        QCOMPARE(poster.size(), 4);
        const QStringList typer{u"Inngående dokument"_s, u"Utgående dokument"_s,
                                u"Organinternt dokument for oppfølging"_s, u"Inngående dokument"_s};
        const QStringList status{u"Journalført"_s, u"Ekspedert"_s, u"Journalført"_s, u"Journalført"_s};
        QStringList referert;
        for (qsizetype i = 0; i < poster.size(); ++i) {
            const QDomElement &p = poster[i];
            QCOMPARE(tekst(p, u"journalpostnummer"_s), QString::number(i + 1));
            QCOMPARE(tekst(p, u"journalposttype"_s), typer[i]);
            QCOMPARE(tekst(p, u"journalstatus"_s), status[i]);
            const QDomElement egne = barn(p, u"virksomhetsspesifikkeMetadata"_s);
            QCOMPARE(egne.elementsByTagNameNS(QLatin1StringView(kTilsynNs), u"dokumentnummer"_s).item(0).toElement().text(),
                     u"2024/4711-%1"_s.arg(i + 1));
            for (const QDomElement &d : barna(p, u"dokumentbeskrivelse"_s))
                referert.append(tekst(barn(d, u"dokumentobjekt"_s), u"referanseDokumentfil"_s));
        }
        // The incoming complaint: its sender with the innsender's address, its file byte-identical
        // to the stored bytes, answered by the letter's journalpost.
        const QDomElement klage = poster[0];
        QCOMPARE(tekst(klage, u"tittel"_s), u"Klage på helsehjelp ved Haukeland"_s);
        QCOMPARE(tekst(klage, u"offentligTittel"_s), u"Klage i tilsynssak"_s);
        QCOMPARE(tekst(klage, u"dokumentetsDato"_s), u"2024-03-01"_s);
        QCOMPARE(tekst(klage, u"journaldato"_s), u"2024-03-04"_s);
        QCOMPARE(tekst(klage, u"mottattDato"_s), u"2024-03-04T00:00:00Z"_s);
        QCOMPARE(parter(klage), (QList<Part>{{u"Avsender"_s, u"Kari Nordmann"_s, u"Fjellvegen 12"_s, u"5003"_s,
                                             u"Bergen"_s}}));
        const QDomElement avskrivning = barn(klage, u"avskrivning"_s);
        QCOMPARE(tekst(avskrivning, u"avskrivningsmaate"_s), u"Besvart med brev"_s);
        QCOMPARE(tekst(avskrivning, u"avskrevetAv"_s), u"kari.saksbehandler"_s);
        QCOMPARE(tekst(avskrivning, u"referanseAvskrivesAvJournalpost"_s), tekst(poster[1], u"systemID"_s));
        const QDomElement dok = barn(klage, u"dokumentbeskrivelse"_s);
        QCOMPARE(tekst(dok, u"dokumenttype"_s), u"Dokument"_s);
        const QByteArray bytes = les(QDir(ut).filePath(tekst(barn(dok, u"dokumentobjekt"_s), u"referanseDokumentfil"_s)));
        QVERIFY(bytes == j.klage);
        // The letter: its Vår ref was the number it got; file identical to the stored letter.
        auto store = Store::aapne(j.db);
        const auto brev = BrevRepository(*store).hent(j.kvittering);
        QVERIFY(les(QDir(ut).filePath(u"02-kvittering.pdf"_s)) == brev->pdf);
        QCOMPARE(parter(poster[1]).constFirst().constFirst(), u"Mottaker"_s);
        // The note has no file; the unanswered document no avskrivning.
        QCOMPARE(barna(poster[2], u"dokumentbeskrivelse"_s).size(), 0);
        QCOMPARE(barna(poster[3], u"avskrivning"_s).size(), 0);
        QCOMPARE(barna(poster[3], u"dokumentbeskrivelse"_s).size(), 0);
        QCOMPARE(referert + QStringList{u"arkivmelding.xml"_s}, innhold(ut));
    }

    void sameCaseGetsTheSameSystemIds()
    {
        const QString a = m_mappe.filePath(u"gang1"_s);
        const QString b = m_mappe.filePath(u"gang2"_s);
        QCOMPARE(arkiver(u"2024/4711"_s, a).status, 0);
        QCOMPARE(arkiver(m_lager.sak.id, b).status, 0); // by id as well as by saksnummer
        const QDomElement ra = pakke(a).documentElement();
        const QDomElement rb = pakke(b).documentElement();
        QVERIFY(tekst(ra, u"meldingId"_s) != tekst(rb, u"meldingId"_s));
        const QDomElement ma = barn(ra, u"mappe"_s);
        const QDomElement mb = barn(rb, u"mappe"_s);
        QCOMPARE(tekst(ma, u"systemID"_s), tekst(mb, u"systemID"_s));
        const auto pa = barna(ma, u"basisregistrering"_s);
        const auto pb = barna(mb, u"basisregistrering"_s);
        QCOMPARE(pa.size(), 3);
        QSet<QString> ider{tekst(ma, u"systemID"_s)};
        for (qsizetype i = 0; i < pa.size(); ++i) {
            QCOMPARE(tekst(pa[i], u"systemID"_s), tekst(pb[i], u"systemID"_s));
            ider.insert(tekst(pa[i], u"systemID"_s));
            ider.insert(tekst(barn(pa[i], u"dokumentbeskrivelse"_s), u"systemID"_s));
        }
        QCOMPARE(ider.size(), 7); // all distinct
    }

    void emptyFolderIsFilled()
    {
        const QString ut = m_mappe.filePath(u"tom"_s);
        QVERIFY(QDir().mkdir(ut));
        const Kjoring k = arkiver(u"2024/4711"_s, ut + u'/');
        QVERIFY2(k.status == 0, k.feil.constData());
        QCOMPARE(innhold(ut).size(), 4);
        QCOMPARE(utenLagre(m_mappe.path()).filter(u".tom-"_s), QStringList());
    }

    void refusedRunsLeaveNothing_data()
    {
        QTest::addColumn<QStringList>("argumenter");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("melding");
        QTest::newRow("no saksnummer") << QStringList{u"--case"_s, u"@UTENNR"_s} << 2 << u"har ikke saksnummer"_s;
        QTest::newRow("no finalised letter") << QStringList{u"--case"_s, u"@UTENBREV"_s} << 2
                                             << u"saken 2024/4712 har ingen ferdigstilte brev"_s;
        QTest::newRow("unknown case") << QStringList{u"--case"_s, u"2099/1"_s} << 2 << u"no case"_s;
        QTest::newRow("no --case") << QStringList{} << 2 << u"usage"_s;
        QTest::newRow("unknown option") << QStringList{u"--case"_s, u"2024/4711"_s, u"--zip"_s} << 2 << u"zip"_s;
    }
    void refusedRunsLeaveNothing()
    {
        QFETCH(QStringList, argumenter);
        QFETCH(int, status);
        QFETCH(QString, melding);
        argumenter.replaceInStrings(u"@UTENNR"_s, m_lager.utenSaksnummer);
        argumenter.replaceInStrings(u"@UTENBREV"_s, m_lager.utenBrev);
        const QStringList foer = utenLagre(m_mappe.path());
        const QString ut = m_mappe.filePath(u"avvist"_s);
        const Kjoring k = kjoerCli(QStringList{u"--db"_s, m_lager.db, u"archive"_s} + argumenter
                                   + QStringList{u"--out"_s, ut});
        QCOMPARE(k.status, status);
        QVERIFY2(QString::fromUtf8(k.feil).contains(melding), k.feil.constData());
        QVERIFY(k.ut.isEmpty());
        QVERIFY(!QFile::exists(ut));
        QCOMPARE(utenLagre(m_mappe.path()), foer);
    }

    void nonEmptyFolderIsNeverWrittenOver()
    {
        const QString ut = m_mappe.filePath(u"opptatt"_s);
        QVERIFY(QDir().mkdir(ut));
        QFile annet(QDir(ut).filePath(u"annet.txt"_s));
        QVERIFY(annet.open(QIODevice::WriteOnly) && annet.write("mitt") == 4);
        annet.close();
        const Kjoring k = arkiver(u"2024/4711"_s, ut);
        QCOMPARE(k.status, 2);
        QVERIFY2(QString::fromUtf8(k.feil).contains(ut + u": mappen er ikke tom"_s), k.feil.constData());
        QCOMPARE(innhold(ut), QStringList{u"annet.txt"_s});
        QCOMPARE(les(annet.fileName()), QByteArray("mitt"));

        const QString fil = m_mappe.filePath(u"enfil"_s);
        QVERIFY(QFile::copy(annet.fileName(), fil));
        QCOMPARE(arkiver(u"2024/4711"_s, fil).status, 2);
        QCOMPARE(les(fil), QByteArray("mitt"));
    }

    void unwritablePlaceIsExitOneNamingIt()
    {
        const QString ut = m_mappe.filePath(u"mangler/pakke"_s);
        const Kjoring k = arkiver(u"2024/4711"_s, ut);
        QCOMPARE(k.status, 1);
        QVERIFY2(QString::fromUtf8(k.feil).startsWith(ut + u": "_s), k.feil.constData());
        QVERIFY(!QFile::exists(m_mappe.filePath(u"mangler"_s)));
    }

    void damagedLetterIsExitOneAndWritesNothing()
    {
        const Arkivlager skadet = lagArkivlager(m_mappe.filePath(u"skadet.sqlite"_s));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"skade"_s);
            db.setDatabaseName(skadet.db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Only by removing the store's own guard can a finalised letter change.
            QVERIFY(q.exec(u"DROP TRIGGER brev_endres_ikke"_s));
            QVERIFY(q.exec(u"UPDATE brev SET pdf = pdf || x'20' WHERE id = %1"_s.arg(skadet.brev[1])));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"skade"_s);
        const QStringList foer = utenLagre(m_mappe.path());
        const QString ut = m_mappe.filePath(u"fra-skadet"_s);
        const Kjoring k = arkiver(u"2024/4711"_s, ut, skadet.db);
        QCOMPARE(k.status, 1);
        QVERIFY2(QString::fromUtf8(k.feil).contains(u"brev %1 i saken 2024/4711 er skadet"_s.arg(skadet.brev[1])),
                 k.feil.constData());
        QVERIFY(!QFile::exists(ut));
        QCOMPARE(utenLagre(m_mappe.path()), foer);
    }

    void helpNamesTheCommand()
    {
        Kjoring k = kjoerCli({u"--help"_s});
        QCOMPARE(k.status, 0);
        QVERIFY2(k.ut.contains("\n  archive      Write the finalised letters of a case as a Noark 5 archive package"),
                 k.ut.constData());
        k = kjoerCli({u"archive"_s, u"--help"_s});
        QCOMPARE(k.status, 0);
        QVERIFY2(k.ut.contains("--case <ID>") && k.ut.contains("--out <DIR>"), k.ut.constData());
    }

    void saksnummerSplits_data()
    {
        QTest::addColumn<QString>("saksnummer");
        QTest::addColumn<int>("aar");
        QTest::addColumn<int>("sekvens");
        QTest::newRow("2024/4711") << u"2024/4711"_s << 2024 << 4711;
        QTest::newRow("1999/1") << u"1999/1"_s << 1999 << 1;
        QTest::newRow("2025/123456") << u"2025/123456"_s << 2025 << 123456;
        QTest::newRow("short year") << u"24/4711"_s << -1 << -1;
        QTest::newRow("zero") << u"2024/0"_s << -1 << -1;
        QTest::newRow("leading zero") << u"2024/0471"_s << -1 << -1;
        QTest::newRow("document number") << u"2024/4711-5"_s << -1 << -1;
        QTest::newRow("empty") << QString() << -1 << -1;
    }
    void saksnummerSplits()
    {
        QFETCH(QString, saksnummer);
        QFETCH(int, aar);
        QFETCH(int, sekvens);
        const auto d = delSaksnummer(saksnummer);
        QCOMPARE(d.has_value(), aar > 0);
        if (d) {
            QCOMPARE(d->first, aar);
            QCOMPARE(d->second, sekvens);
        }
    }

    void approvalStepsBecomeDokumentflyt()
    {
        auto store = Store::aapne(m_lager.db);
        Arkivmelding m = Arkivpakke(*store, Katalog::innebygd()).lag(m_lager.sak.id, u"arkivar"_s,
                                                                     QDateTime(QDate(2024, 9, 3), QTime(8, 0), Qt::UTC));
        QCOMPARE(m.mappe.journalposter.size(), 3);
        for (const Arkivjournalpost &j : std::as_const(m.mappe.journalposter))
            QVERIFY(j.dokumentflyt.isEmpty());
        const QDateTime sendt(QDate(2024, 8, 29), QTime(9, 15), Qt::UTC);
        m.mappe.journalposter[1].dokumentflyt = {
            {u"ola.nordmann"_s, u"leder.lie"_s, sendt, sendt.addSecs(3600), u"Sendt tilbake med kommentarer"_s,
             u"Presiser vurderingen av § 4."_s},
            {u"ola.nordmann"_s, u"leder.lie"_s, sendt.addDays(1), {}, u"Godkjent"_s, {}},
        };
        QString feil;
        const QDomDocument doc = lesXml(arkivmeldingXml(m), &feil);
        QVERIFY2(!doc.isNull(), qPrintable(feil));
        const QDomElement j = barna(barn(doc.documentElement(), u"mappe"_s), u"basisregistrering"_s).value(1);
        const QList<QDomElement> flyt = barna(j, u"dokumentflyt"_s);
        QCOMPARE(flyt.size(), 2);
        QCOMPARE(barnenavn(flyt[0]), (QStringList{u"flytTil"_s, u"flytFra"_s, u"flytMottattDato"_s,
                                                 u"flytSendtDato"_s, u"flytStatus"_s, u"flytMerknad"_s}));
        QCOMPARE(tekst(flyt[0], u"flytTil"_s), u"leder.lie"_s);
        QCOMPARE(tekst(flyt[0], u"flytFra"_s), u"ola.nordmann"_s);
        QCOMPARE(tekst(flyt[0], u"flytSendtDato"_s), u"2024-08-29T09:15:00Z"_s);
        QCOMPARE(tekst(flyt[0], u"flytMottattDato"_s), u"2024-08-29T10:15:00Z"_s);
        QCOMPARE(tekst(flyt[0], u"flytMerknad"_s), u"Presiser vurderingen av § 4."_s);
        QCOMPARE(tekst(flyt[1], u"flytStatus"_s), u"Godkjent"_s);
        QCOMPARE(barna(flyt[1], u"flytMerknad"_s).size(), 0);
        // dokumentflyt comes after the korrespondanseparter, last in the journalpost.
        const QStringList navn = barnenavn(j);
        QCOMPARE(navn.mid(navn.size() - 4), (QStringList{u"korrespondansepart"_s, u"korrespondansepart"_s,
                                                         u"dokumentflyt"_s,
                                                         u"dokumentflyt"_s}));
        QCOMPARE(tekst(j, u"arkivertAv"_s), u"arkivar"_s);
        QCOMPARE(tekst(j, u"arkivertDato"_s), u"2024-09-03T08:00:00Z"_s);
    }
};

QTEST_MAIN(TestArkivpakke)
#include "tst_arkivpakke.moc"
