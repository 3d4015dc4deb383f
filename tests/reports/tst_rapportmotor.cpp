// The report engine over hand-made cases in a real SQLite store: every edge of the issue's
// acceptance, the CSV rules, and a cross-check of the SQL against the domain's own frist rules
// over generated cases.

#include "casegenerator.h"
#include "domain/frist.h"
#include "domain/katalog.h"
#include "domain/validering.h"
#include "reports/rapportberegner.h"
#include "reports/rapportmotor.h"
#include "reports/rapportskriver.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Tilsynssak sak(const QString &sektor, const QString &embete, std::optional<int> bm, const char *mottatt,
               const char *avsluttet = nullptr)
{
    Tilsynssak s;
    s.id = nyId();
    s.sektor = sektor;
    s.embete = embete;
    s.behandlingsmaate = bm;
    s.mottatt = d(mottatt);
    if (avsluttet)
        s.avsluttet = d(avsluttet);
    s.tilsynsobjekter.append({u"o1"_s, sektor == u"helse" ? u"helsepersonell"_s : u"nav-kontor"_s, u"NAV Test"_s,
                              {}, {}, {}, {}, {}});
    return s;
}

Tilsynssak medVurderinger(Tilsynssak s, const QString &utfall, const QList<std::pair<QString, QString>> &v)
{
    s.utfall = utfall;
    for (const auto &[bestemmelse, konklusjon] : v)
        s.vurderinger.append({bestemmelse, u"o1"_s, konklusjon, u"Vurdert."_s});
    return s;
}

} // namespace

class TestRapportmotor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rapport_data();
    void rapport();
    void andelRundesOpp();
    void csvSiterer();
    void jsonTommeCeller();
    void ukjentRapport();
    void beregnerIBakgrunnen();
    void motSammeFristreglerSomDomenet();

private:
    void lagre(const QList<Tilsynssak> &saker);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestRapportmotor::lagre(const QList<Tilsynssak> &saker)
{
    const Katalog &katalog = Katalog::innebygd();
    SakRepository repo(*m_store, katalog);
    Transaksjon t(m_store->db());
    for (const Tilsynssak &s : saker) {
        const Problemer p = valider(s, katalog, Valideringsvalg{true});
        QVERIFY2(p.isEmpty(), qPrintable(p.isEmpty() ? QString() : p.first().felt + u": "_s + p.first().melding));
        repo.skriv(s, Endringskontekst{u"test"_s});
    }
    t.commit();
}

void TestRapportmotor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Store::aapne(m_dir.filePath(u"rapport.sqlite"_s));
    const QString so = u"sosial"_s;
    const QString agder = u"agder"_s;
    const QString vestland = u"vestland"_s;

    QList<Tilsynssak> saker;
    // BM 1, 28 days: the milestone on the frist is within, one day after is not.
    Tilsynssak paaFrist = sak(so, agder, 1, "2024-01-10", "2024-02-07");
    paaFrist.kilder = {u"pasient-bruker"_s};
    paaFrist.temaer = {u"so-okonomisk-stonad"_s};
    Tilsynssak dagEtter = sak(so, agder, 1, "2024-01-10", "2024-02-08");
    dagEtter.kilder = {u"pasient-bruker"_s, u"parorende"_s};
    dagEtter.temaer = {u"so-okonomisk-stonad"_s, u"so-annet"_s};
    saker << paaFrist << dagEtter;
    // BM 5, 6 months from 31 Aug 2023: 29 Feb 2024 (leap year) is the frist.
    saker << medVurderinger(sak(so, agder, 5, "2023-08-31", "2024-02-29"), u"ikke-lovbrudd"_s,
                            {{u"sotjl-4"_s, u"ikke-lovbrudd"_s}});
    saker << medVurderinger(sak(so, agder, 5, "2023-08-31", "2024-03-01"), u"lovbrudd"_s,
                            {{u"sotjl-4"_s, u"lovbrudd"_s}, {u"sotjl-18"_s, u"lovbrudd"_s}});
    // BM 3 and 4, 3 months from 30 Nov 2023: 29 Feb 2024.
    Tilsynssak bm3 = sak(so, agder, 3, "2023-11-30", "2024-04-01");
    bm3.oversendt = d("2024-02-29");
    Tilsynssak bm4 = sak(so, agder, 4, "2023-11-30", "2024-03-01");
    bm4.mote = d("2024-03-01");
    saker << bm3 << bm4;
    // BM 2 closed without its milestone (oversendt): counted, not within.
    saker << sak(so, agder, 2, "2024-03-01", "2024-03-05");
    // Closed in 2025: not in 2024. 30 Nov 2024 + 3 months = 28 Feb 2025 (not a leap year).
    Tilsynssak bm2neste = sak(so, agder, 2, "2024-12-20", "2025-01-06");
    bm2neste.oversendt = d("2025-01-05");
    Tilsynssak bm3neste = sak(so, agder, 3, "2024-11-30", "2025-03-03");
    bm3neste.oversendt = d("2025-02-28");
    Tilsynssak bm4neste = sak(so, agder, 4, "2024-11-30", "2025-03-01");
    bm4neste.mote = d("2025-03-01");
    saker << bm2neste << bm3neste << bm4neste;
    // Open and past its frist at the end of 2024.
    saker << sak(so, agder, 2, "2024-10-01");
    // Vestland: a legacy BM 0 case, a closed case without BM, an open one.
    saker << sak(so, vestland, 0, "2023-05-01", "2024-06-01");
    saker << sak(so, vestland, std::nullopt, "2024-02-01", "2024-02-10");
    saker << sak(so, vestland, 2, "2024-06-01");
    // Helse: oversendt-htil counts as lovbrudd.
    saker << medVurderinger(sak(u"helse"_s, agder, 5, "2024-01-05", "2024-05-01"), u"oversendt-htil"_s,
                            {{u"hpl-4-omsorgsfull"_s, u"oversendt-htil"_s},
                             {u"hpl-4-rollesammenblanding"_s, u"ikke-lovbrudd"_s}});
    saker << medVurderinger(sak(u"helse"_s, agder, 5, "2024-02-05", "2024-06-01"), u"ikke-lovbrudd"_s,
                            {{u"hpl-4-omsorgsfull"_s, u"ikke-lovbrudd"_s}});
    lagre(saker);
}

void TestRapportmotor::rapport_data()
{
    const Katalog &k = Katalog::innebygd();
    using L = Katalog::Liste;
    QTest::addColumn<QString>("navn");
    QTest::addColumn<QString>("sektor");
    QTest::addColumn<int>("aar");
    QTest::addColumn<QString>("embete");
    QTest::addColumn<QString>("csv");

    QTest::newRow("behandlingsmaate: bm0 column") << u"behandlingsmaate"_s << u"sosial"_s << 2024 << QString()
        << u"embete,bm0,bm1,bm2,bm3,bm4,bm5,i_alt\nagder,0,2,1,1,1,2,7\nvestland,1,0,0,0,0,0,1\nlandet,1,2,1,1,1,2,8\n"_s;
    QTest::newRow("behandlingsmaate: --embete without BM 0") << u"behandlingsmaate"_s << u"sosial"_s << 2024 << u"agder"_s
        << u"embete,bm1,bm2,bm3,bm4,bm5,i_alt\nagder,2,1,1,1,2,7\nlandet,2,1,1,1,2,7\n"_s;
    QTest::newRow("behandlingsmaate: --embete with BM 0") << u"behandlingsmaate"_s << u"sosial"_s << 2024 << u"vestland"_s
        << u"embete,bm0,bm1,bm2,bm3,bm4,bm5,i_alt\nvestland,1,0,0,0,0,0,1\nlandet,1,0,0,0,0,0,1\n"_s;
    QTest::newRow("behandlingsmaate: other year") << u"behandlingsmaate"_s << u"sosial"_s << 2025 << QString()
        << u"embete,bm1,bm2,bm3,bm4,bm5,i_alt\nagder,0,1,1,1,0,3\nlandet,0,1,1,1,0,3\n"_s;
    QTest::newRow("behandlingsmaate: empty") << u"behandlingsmaate"_s << u"barnevern"_s << 2024 << QString()
        << u"embete,bm1,bm2,bm3,bm4,bm5,i_alt\nlandet,0,0,0,0,0,0\n"_s;

    QTest::newRow("resultatmaal: frist edges") << u"resultatmaal"_s << u"sosial"_s << 2024 << QString()
        << u"behandlingsmaate,frist,antall,innen_frist,andel\n1,4 uker,2,1,50\n2,4 uker,1,0,0\n"
           u"3,3 måneder,1,1,100\n4,3 måneder,1,0,0\n5,6 måneder,2,1,50\n"_s;
    QTest::newRow("resultatmaal: non-leap month end") << u"resultatmaal"_s << u"sosial"_s << 2025 << QString()
        << u"behandlingsmaate,frist,antall,innen_frist,andel\n1,4 uker,0,0,\n2,4 uker,1,1,100\n"
           u"3,3 måneder,1,1,100\n4,3 måneder,1,0,0\n5,6 måneder,0,0,\n"_s;
    QTest::newRow("resultatmaal: empty") << u"resultatmaal"_s << u"sosial"_s << 2019 << QString()
        << u"behandlingsmaate,frist,antall,innen_frist,andel\n1,4 uker,0,0,\n2,4 uker,0,0,\n"
           u"3,3 måneder,0,0,\n4,3 måneder,0,0,\n5,6 måneder,0,0,\n"_s;

    QTest::newRow("vurderinger: sosial") << u"vurderinger"_s << u"sosial"_s << 2024 << QString()
        << u"bestemmelse,tekst,vurdert,lovbrudd\nsotjl-4,%1,2,1\nsotjl-18,%2,1,1\nsum,,3,2\nsaker,,2,1\n"_s.arg(
               k.navn(L::Bestemmelse, u"sotjl-4"_s), k.navn(L::Bestemmelse, u"sotjl-18"_s));
    QTest::newRow("vurderinger: oversendt-htil is lovbrudd") << u"vurderinger"_s << u"helse"_s << 2024 << QString()
        << u"bestemmelse,tekst,vurdert,lovbrudd\nhpl-4-omsorgsfull,%1,2,1\nhpl-4-rollesammenblanding,%2,1,0\n"
           u"sum,,3,1\nsaker,,2,1\n"_s.arg(k.navn(L::Bestemmelse, u"hpl-4-omsorgsfull"_s),
                                         k.navn(L::Bestemmelse, u"hpl-4-rollesammenblanding"_s));
    QTest::newRow("vurderinger: --embete elsewhere") << u"vurderinger"_s << u"sosial"_s << 2024 << u"vestland"_s
        << u"bestemmelse,tekst,vurdert,lovbrudd\nsum,,0,0\nsaker,,0,0\n"_s;

    QTest::newRow("kilder") << u"kilder"_s << u"sosial"_s << 2024 << QString()
        << u"kilde,tekst,saker,andel\npasient-bruker,%1,2,22\nparorende,%2,1,11\nalle_saker,,9,\n"_s.arg(
               k.navn(L::Kilde, u"pasient-bruker"_s), k.navn(L::Kilde, u"parorende"_s));
    QTest::newRow("temaer") << u"temaer"_s << u"sosial"_s << 2024 << QString()
        << u"tema,tekst,nav-kontor,i_alt\nso-okonomisk-stonad,%1,2,2\nso-annet,%2,1,1\n"_s.arg(
               k.navn(L::Tema, u"so-okonomisk-stonad"_s), k.navn(L::Tema, u"so-annet"_s));
    QTest::newRow("restanser") << u"restanser"_s << u"sosial"_s << 2024 << QString()
        << u"embete,inngaaende,mottatt,avsluttet,utgaaende,over_frist\nagder,4,7,7,4,1\nvestland,1,2,2,1,1\n"
           u"landet,5,9,9,5,2\n"_s;
    QTest::newRow("behandlingstid") << u"behandlingstid"_s << u"sosial"_s << 2024 << QString()
        << u"behandlingsmaate,antall,median_dager,dager_0_30,dager_31_90,dager_91_182,dager_183_365,over_365\n"
           u"0,1,397,0,0,0,0,1\n1,2,28.5,2,0,0,0,0\n2,1,4,1,0,0,0,0\n3,1,123,0,0,1,0,0\n4,1,92,0,0,1,0,0\n"
           u"5,2,182.5,0,0,1,1,0\nalle,8,107.5,3,0,3,1,1\n"_s;
}

void TestRapportmotor::rapport()
{
    QFETCH(QString, navn);
    QFETCH(QString, sektor);
    QFETCH(int, aar);
    QFETCH(QString, embete);
    QFETCH(QString, csv);
    const Rapportmotor motor(m_store->db(), Katalog::innebygd());
    const Rapporttabell t = motor.lag(navn, Rapportvalg::forAar(sektor, aar, embete));
    QCOMPARE(t.navn, navn);
    QCOMPARE(QString::fromUtf8(tilCsv(t)), csv);
}

void TestRapportmotor::andelRundesOpp()
{
    QCOMPARE(Rapportmotor::andel(1, 8), QVariant(qint64(13))); // 12.5
    QCOMPARE(Rapportmotor::andel(1, 3), QVariant(qint64(33)));
    QCOMPARE(Rapportmotor::andel(2, 3), QVariant(qint64(67)));
    QCOMPARE(Rapportmotor::andel(10, 18), QVariant(qint64(56)));
    QCOMPARE(Rapportmotor::andel(52, 65), QVariant(qint64(80)));
    QCOMPARE(Rapportmotor::andel(7, 7), QVariant(qint64(100)));
    QVERIFY(Rapportmotor::andel(0, 0).isNull());
}

void TestRapportmotor::csvSiterer()
{
    Rapporttabell t{u"x"_s, {u"a"_s, u"b,c"_s}, {}};
    t.rader.append({u"Opplysning, råd"_s, u"sa \"hei\""_s});
    t.rader.append({qint64(5), QVariant()});
    t.rader.append({1.25, u"linje\nto"_s});
    QCOMPARE(tilCsv(t), QByteArray("a,\"b,c\"\n\"Opplysning, r\xc3\xa5" "d\",\"sa \"\"hei\"\"\"\n5,\n1.3,linje\nto\n"));
}

void TestRapportmotor::jsonTommeCeller()
{
    const Rapportmotor motor(m_store->db(), Katalog::innebygd());
    const Rapportvalg valg = Rapportvalg::forAar(u"sosial"_s, 2019, u"agder"_s);
    const QJsonObject dok = QJsonDocument::fromJson(tilJson(motor.resultatmaal(valg), valg)).object();
    QCOMPARE(dok.value("aar"_L1).toInt(), 2019);
    QCOMPARE(dok.value("embete"_L1).toString(), u"agder"_s);
    const QJsonArray rader = dok.value("rader"_L1).toArray();
    QCOMPARE(rader.size(), 5);
    for (const QJsonValue &rad : rader) {
        QCOMPARE(rad.toObject().value("antall"_L1), QJsonValue(0));
        QVERIFY(rad.toObject().value("andel"_L1).isNull());
        QVERIFY(rad.toObject().value("behandlingsmaate"_L1).isDouble());
    }
    const Rapportvalg halvaar{u"sosial"_s, QDate(2024, 1, 1), QDate(2024, 6, 30), QString()};
    const QJsonObject periode = QJsonDocument::fromJson(tilJson(motor.kilder(halvaar), halvaar)).object();
    QVERIFY(!periode.contains("aar"_L1));
    QCOMPARE(periode.value("til"_L1).toString(), u"2024-06-30"_s);
    QVERIFY(periode.value("embete"_L1).isNull());
}

void TestRapportmotor::ukjentRapport()
{
    const Rapportmotor motor(m_store->db(), Katalog::innebygd());
    const Rapporttabell t = motor.lag(u"finnes-ikke"_s, Rapportvalg::forAar(u"sosial"_s, 2024));
    QVERIFY(t.kolonner.isEmpty());
    QVERIFY(t.rader.isEmpty());
    QVERIFY(!Rapportmotor::rapporter().contains(u"finnes-ikke"_s));
}

// The view's worker: beregn() returns at once, the result comes through the event loop, and of
// two quick requests only the newest is delivered.
void TestRapportmotor::beregnerIBakgrunnen()
{
    const QString sti = m_dir.filePath(u"rapport.sqlite"_s);
    Rapportberegner beregner(sti, Katalog::innebygd());
    QSignalSpy ferdig(&beregner, &Rapportberegner::ferdig);
    beregner.beregn(Rapportvalg::forAar(u"sosial"_s, 2025));
    const Rapportvalg nyest = Rapportvalg::forAar(u"sosial"_s, 2024, u"agder"_s);
    beregner.beregn(nyest);
    QVERIFY(beregner.opptatt());
    QCOMPARE(ferdig.size(), 0);
    QVERIFY(ferdig.wait(30000));
    QTest::qWait(0); // nothing else queued may arrive after the newest
    QCOMPARE(ferdig.size(), 1);
    QVERIFY(!beregner.opptatt());
    const auto sett = ferdig.at(0).at(0).value<Rapportsett>();
    QCOMPARE(sett.valg, nyest);
    QVERIFY(sett.feil.isEmpty());
    QCOMPARE(sett.tabeller.size(), Rapportmotor::rapporter().size());
    const Rapportmotor motor(m_store->db(), Katalog::innebygd());
    for (const Rapporttabell &t : sett.tabeller)
        QCOMPARE(tilCsv(t), tilCsv(motor.lag(t.navn, nyest)));
}

// The SQL reads the derived frist_dato/milepel_dato; the domain computes from the case itself.
void TestRapportmotor::motSammeFristreglerSomDomenet()
{
    QTemporaryDir dir;
    m_store = Store::aapne(dir.filePath(u"generert.sqlite"_s));
    const Katalog &katalog = Katalog::innebygd();
    CaseGenerator gen(katalog, 20240601);
    QList<Tilsynssak> saker;
    for (int i = 0; i < 4000; ++i)
        saker.append(gen.neste());
    lagre(saker);
    const Rapportmotor motor(m_store->db(), katalog);
    for (const QString &sektor : {u"helse"_s, u"sosial"_s}) {
        for (int aar : {2016, 2020, 2024}) {
            const Rapportvalg valg = Rapportvalg::forAar(sektor, aar);
            const Rapporttabell t = motor.resultatmaal(valg);
            for (int bm = 1; bm <= 5; ++bm) {
                qint64 antall = 0;
                qint64 innen = 0;
                for (const Tilsynssak &s : saker) {
                    if (s.sektor != sektor || s.behandlingsmaate != bm || s.avsluttet.year() != aar)
                        continue;
                    ++antall;
                    innen += innenFrist(s, *katalog.behandlingsmaate(bm));
                }
                QCOMPARE(t.verdi(bm - 1, u"antall"_s).toLongLong(), antall);
                QCOMPARE(t.verdi(bm - 1, u"innen_frist"_s).toLongLong(), innen);
            }
            const Rapporttabell r = motor.restanser(valg);
            const qsizetype landet = r.rad(u"landet"_s);
            QCOMPARE(r.verdi(landet, u"utgaaende"_s).toLongLong(),
                     r.verdi(landet, u"inngaaende"_s).toLongLong() + r.verdi(landet, u"mottatt"_s).toLongLong()
                         - r.verdi(landet, u"avsluttet"_s).toLongLong());
            qint64 aapneVedSlutt = 0;
            for (const Tilsynssak &s : saker) {
                if (s.sektor == sektor && s.mottatt <= valg.til && (!s.avsluttet.isValid() || s.avsluttet > valg.til))
                    ++aapneVedSlutt;
            }
            QCOMPARE(r.verdi(landet, u"utgaaende"_s).toLongLong(), aapneVedSlutt);
        }
    }
}

QTEST_GUILESS_MAIN(TestRapportmotor)
#include "tst_rapportmotor.moc"
