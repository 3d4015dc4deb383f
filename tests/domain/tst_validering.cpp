// The contract's rules on typed cases: a valid baseline, then each rule broken once, with the
// field path the problem must name.

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"

#include <QTest>

#include <functional>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

Tilsynssak gyldigBm5()
{
    Tilsynssak s;
    s.id = u"2f1c5a7e-1b2c-4d3e-8f40-0123456789ab"_s;
    s.saksnummer = u"2024/17"_s;
    s.embete = u"vestland"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2024, 1, 10);
    s.kilder = {u"pasient-bruker"_s, u"parorende"_s};
    s.temaer = {u"he-legemidler"_s};
    s.behandlingsmaate = 5;
    s.avsluttet = QDate(2024, 6, 1);
    s.utfall = u"lovbrudd"_s;
    s.tilsynsobjekter = {
        Tilsynsobjekt{u"o1"_s, u"virksomhet"_s, u"Haugen sykehjem"_s, u"kommunal"_s, u"974760673"_s, {}, {}, u"nn"_s},
        Tilsynsobjekt{u"o2"_s, u"helsepersonell"_s, u"Lege Berg"_s, u"kommunal"_s, {}, u"1234567"_s, {}, {}},
    };
    s.vurderinger = {
        Vurdering{u"hpl-4"_s, u"o2"_s, u"lovbrudd"_s, u"Uforsvarlig."_s},
        Vurdering{u"hol-4-1"_s, u"o1"_s, u"ikke-lovbrudd"_s, QString()},
    };
    return s;
}

struct Brudd
{
    const char *navn;
    std::function<void(Tilsynssak &)> endre;
    QString felt;
};

const QList<Brudd> &brudd()
{
    static const QList<Brudd> liste{
        {"id ikke uuid", [](Tilsynssak &s) { s.id = u"abc"_s; }, u"id"_s},
        {"saksnummer form", [](Tilsynssak &s) { s.saksnummer = u"2024/0"_s; }, u"saksnummer"_s},
        {"ukjent embete", [](Tilsynssak &s) { s.embete = u"oslo"_s; }, u"embete"_s},
        {"ukjent sektor", [](Tilsynssak &s) { s.sektor = u"skole"_s; }, u"sektor"_s},
        {"mottatt mangler", [](Tilsynssak &s) { s.mottatt = QDate(); }, u"mottatt"_s},
        {"regel 1 avsluttet før mottatt", [](Tilsynssak &s) { s.avsluttet = QDate(2024, 1, 9); }, u"avsluttet"_s},
        {"regel 2 kilde feil sektor", [](Tilsynssak &s) { s.kilder[1] = u"mor-far"_s; }, u"kilder[1]"_s},
        {"regel 2 tema feil sektor", [](Tilsynssak &s) { s.temaer[0] = u"so-annet"_s; }, u"temaer[0]"_s},
        {"regel 2 objekttype feil sektor", [](Tilsynssak &s) { s.tilsynsobjekter[0].type = u"nav-kontor"_s; },
         u"tilsynsobjekter[0].type"_s},
        {"regel 2 bestemmelse feil sektor", [](Tilsynssak &s) { s.vurderinger[1].bestemmelse = u"sotjl-4"_s; },
         u"vurderinger[1].bestemmelse"_s},
        {"dobbel kilde", [](Tilsynssak &s) { s.kilder[1] = s.kilder[0]; }, u"kilder[1]"_s},
        {"regel 3 vurderinger utenfor bm5", [](Tilsynssak &s) { s.behandlingsmaate = 1; s.utfall.reset(); },
         u"vurderinger"_s},
        {"regel 4 utfall utenfor bm5", [](Tilsynssak &s) { s.behandlingsmaate = 1; s.vurderinger.clear(); },
         u"utfall"_s},
        {"regel 4 avsluttet bm5 uten utfall", [](Tilsynssak &s) { s.utfall.reset(); }, u"utfall"_s},
        {"regel 5 lovbrudd uten lovbrudd", [](Tilsynssak &s) { s.vurderinger[0].konklusjon = u"ikke-lovbrudd"_s; },
         u"utfall"_s},
        {"regel 5 ikke-lovbrudd med lovbrudd", [](Tilsynssak &s) { s.utfall = u"ikke-lovbrudd"_s; }, u"utfall"_s},
        {"regel 5 innledende med htil", [](Tilsynssak &s) {
             s.utfall = u"innledende"_s;
             s.vurderinger[0].konklusjon = u"oversendt-htil"_s;
         }, u"utfall"_s},
        {"regel 5 htil uten htil-vurdering", [](Tilsynssak &s) { s.utfall = u"oversendt-htil"_s; }, u"utfall"_s},
        {"regel 5 htil i sosial", [](Tilsynssak &s) {
             s.sektor = u"sosial"_s;
             s.kilder = {};
             s.temaer = {};
             s.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"nav-kontor"_s, u"Nav Bergen"_s, {}, {}, {}, {}, {}}};
             s.vurderinger = {Vurdering{u"sotjl-4"_s, u"o1"_s, u"oversendt-htil"_s, {}}};
             s.utfall = u"oversendt-htil"_s;
         }, u"utfall"_s},
        {"regel 6 oversendt på bm5", [](Tilsynssak &s) { s.oversendt = QDate(2024, 2, 1); }, u"oversendt"_s},
        {"regel 6 møte på bm5", [](Tilsynssak &s) { s.mote = QDate(2024, 2, 1); }, u"mote"_s},
        {"rapport mottatt utenfor bm3", [](Tilsynssak &s) { s.rapportMottatt = QDate(2024, 2, 1); },
         u"rapport_mottatt"_s},
        {"helsepersonell-bestemmelse mot virksomhet", [](Tilsynssak &s) { s.vurderinger[1].bestemmelse = u"hpl-4"_s; },
         u"vurderinger[1].bestemmelse"_s},
        {"virksomhet-bestemmelse mot helsepersonell", [](Tilsynssak &s) { s.vurderinger[0].bestemmelse = u"sphl-3-2"_s; },
         u"vurderinger[0].bestemmelse"_s},
        {"regel 7 ukjent objekt", [](Tilsynssak &s) { s.vurderinger[1].objekt = u"o9"_s; }, u"vurderinger[1].objekt"_s},
        {"ingen objekter", [](Tilsynssak &s) { s.tilsynsobjekter.clear(); s.vurderinger.clear(); s.utfall.reset(); s.avsluttet = QDate(); },
         u"tilsynsobjekter"_s},
        {"dobbel objekt-id", [](Tilsynssak &s) { s.tilsynsobjekter[1].id = u"o1"_s; }, u"tilsynsobjekter[1].id"_s},
        {"orgnr kontrollsiffer", [](Tilsynssak &s) { s.tilsynsobjekter[0].orgnr = u"974760674"_s; },
         u"tilsynsobjekter[0].orgnr"_s},
        {"hpr for kort", [](Tilsynssak &s) { s.tilsynsobjekter[1].hpr = u"12345"_s; }, u"tilsynsobjekter[1].hpr"_s},
        {"tjenestenivå ukjent", [](Tilsynssak &s) { s.tilsynsobjekter[0].tjenesteniva = u"statlig"_s; },
         u"tilsynsobjekter[0].tjenesteniva"_s},
        {"målform", [](Tilsynssak &s) { s.tilsynsobjekter[0].maalform = u"en"_s; }, u"tilsynsobjekter[0].maalform"_s},
        {"innsender målform", [](Tilsynssak &s) { s.innsender = Innsender{u"A"_s, {}, u"sv"_s}; },
         u"innsender.maalform"_s},
        {"bm 0 for ny sak", [](Tilsynssak &s) { s.behandlingsmaate = 0; s.vurderinger.clear(); s.utfall.reset(); },
         u"behandlingsmaate"_s},
        {"bm 7", [](Tilsynssak &s) { s.behandlingsmaate = 7; s.vurderinger.clear(); s.utfall.reset(); },
         u"behandlingsmaate"_s},
    };
    return liste;
}

} // namespace

class TstValidering final : public QObject
{
    Q_OBJECT

private slots:
    void grunnlagetErGyldig()
    {
        const Problemer p = valider(gyldigBm5(), Katalog::innebygd());
        QVERIFY2(p.isEmpty(), p.isEmpty() ? "" : qPrintable(p.first().felt + u": "_s + p.first().melding));
    }

    void regelBrudd_data()
    {
        QTest::addColumn<int>("indeks");
        for (qsizetype i = 0; i < brudd().size(); ++i)
            QTest::newRow(brudd()[i].navn) << int(i);
    }

    void regelBrudd()
    {
        QFETCH(int, indeks);
        const Brudd &b = brudd()[indeks];
        Tilsynssak sak = gyldigBm5();
        b.endre(sak);
        const Problemer p = valider(sak, Katalog::innebygd());
        QVERIFY2(!p.isEmpty(), "the broken case was accepted");
        QStringList felt;
        for (const Problem &x : p) {
            felt.append(x.felt);
            QVERIFY(!x.melding.isEmpty());
        }
        QVERIFY2(felt.contains(b.felt), qPrintable(u"expected %1, got %2"_s.arg(b.felt, felt.join(u", "_s))));
    }

    void bestemmelseMotFeilObjekttype()
    {
        // Named as the caseworker sees them (no translator here: the English source), no codes.
        Tilsynssak sak = gyldigBm5();
        sak.vurderinger[1].bestemmelse = u"hpl-4"_s;
        const Problemer p = valider(sak, Katalog::innebygd());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().felt, u"vurderinger[1].bestemmelse"_s);
        QCOMPARE(p.first().melding, u"the provision «helsepersonelloven § 4 – Helsefaglig forsvarlighet for øvrig» cannot be "
                                    u"assessed against the subject «Haugen sykehjem», which is of the type «Virksomhet»; "
                                    u"it applies to «Helsepersonell»"_s);
        // The same rule is what the picker explains its omissions with.
        QCOMPARE(bestemmelseHindring(sak, sak.tilsynsobjekter[0], u"hpl-4"_s, Katalog::innebygd()), p.first().melding);
        QCOMPARE(bestemmelseHindring(sak, sak.tilsynsobjekter[1], u"hpl-4"_s, Katalog::innebygd()), QString());
        // helsepersonelloven § 16 is the virksomhet's duty, not the doctor's.
        QVERIFY(bestemmelseHindring(sak, sak.tilsynsobjekter[1], u"hpl-16"_s, Katalog::innebygd())
                    .startsWith(u"the provision «helsepersonelloven § 16 – Organisering av virksomhet» cannot be assessed "
                                u"against the subject «Lege Berg»"_s));
    }

    void utfallMeldingerNavngir()
    {
        // The messages: «innledende», «o2» and "oversendt-htil" are codes, never shown.
        Tilsynssak sak = gyldigBm5();
        sak.utfall = u"innledende"_s;
        Problemer p = valider(sak, Katalog::innebygd());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().felt, u"utfall"_s);
        QCOMPARE(p.first().melding, u"the outcome «Avsluttet etter innledende utredning» cannot be chosen while an "
                                    u"assessment concludes «Lovbrudd»"_s);
        QCOMPARE(utfallHindring(sak, u"innledende"_s, Katalog::innebygd()), p.first().melding);
        QCOMPARE(utfallHindring(sak, u"lovbrudd"_s, Katalog::innebygd()), QString());
        sak.utfall = u"oversendt-htil"_s;
        p = valider(sak, Katalog::innebygd());
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().melding, u"the outcome «Oversendt Statens helsetilsyn for vurdering av administrativ reaksjon» "
                                    u"requires at least one assessment concluding «Aktuell for vurdering hos Statens "
                                    u"helsetilsyn»"_s);
        sak = gyldigBm5();
        sak.vurderinger[0].objekt = u"o9"_s;
        sak.kilder[1] = u"mor-far"_s;
        p = valider(sak, Katalog::innebygd());
        QCOMPARE(p.size(), 2);
        QCOMPARE(p[0].melding, u"source «Mor eller far» does not belong to the sector «Helse- og omsorgstjenester»"_s);
        QCOMPARE(p[1].melding, u"«o9» is not a subject of the case"_s); // no such subject: its id is all there is
    }

    // Only a person has an HPR number: the desktop refuses one on a virksomhet before saving
    // (validerRegistrering), while the interchange contract (valider, import) accepts it.
    void hprBareForHelsepersonell()
    {
        Tilsynssak s = gyldigBm5();
        s.brukerinvolvering = Brukerinvolvering{true, false, {}};
        QVERIFY(validerRegistrering(s).isEmpty());
        s.tilsynsobjekter[0].hpr = u"7654321"_s; // o1 is a virksomhet
        QVERIFY(valider(s, Katalog::innebygd()).isEmpty());
        const Problemer p = validerRegistrering(s);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].felt, u"tilsynsobjekter[0].hpr"_s);
        QCOMPARE(p[0].melding, u"an HPR number is for health personnel only: remove it, or choose the type helsepersonell"_s);
        s.tilsynsobjekter[0].type = u"helsepersonell"_s;
        s.vurderinger.clear(); // its assessments were of a virksomhet's provisions
        QVERIFY(validerRegistrering(s).isEmpty());
    }

    void historiskBmVedImport()
    {
        Tilsynssak sak = gyldigBm5();
        sak.behandlingsmaate = 0;
        sak.vurderinger.clear();
        sak.utfall.reset();
        QVERIFY(valider(sak, Katalog::innebygd(), {.tillatHistoriskBm = true}).isEmpty());
    }

    void orgnr_data()
    {
        QTest::addColumn<QString>("orgnr");
        QTest::addColumn<bool>("gyldig");
        QTest::newRow("gyldig") << u"974760673"_s << true;
        QTest::newRow("gyldig rest 0") << u"973218670"_s << true;
        QTest::newRow("feil siffer") << u"974760674"_s << false;
        QTest::newRow("8 sifre") << u"97476067"_s << false;
        QTest::newRow("bokstav") << u"97476067a"_s << false;
        QTest::newRow("10 sifre") << u"9747606730"_s << false;
        QTest::newRow("tom") << QString() << false;
    }

    void orgnr()
    {
        QFETCH(QString, orgnr);
        QFETCH(bool, gyldig);
        QCOMPARE(erGyldigOrgnr(orgnr), gyldig);
    }

    void kontrollsiffer10ErAldriGyldig()
    {
        // A number whose check digit would be 10 has no valid form: try every ending.
        const QString stamme = u"97476069"_s; // weighted sum gives remainder 1 -> check digit 10
        int gyldige = 0;
        for (int k = 0; k < 10; ++k)
            gyldige += erGyldigOrgnr(stamme + QString::number(k));
        QCOMPARE(gyldige, 0);
    }

    void smaaformer()
    {
        QVERIFY(erGyldigSaksnummer(u"2024/1"_s));
        QVERIFY(erGyldigSaksnummer(u"2024/999999"_s));
        QVERIFY(!erGyldigSaksnummer(u"2024/1000000"_s));
        QVERIFY(!erGyldigSaksnummer(u"24/1"_s));
        QVERIFY(erGyldigHpr(u"1234567"_s));
        QVERIFY(erGyldigHpr(u"123456789"_s));
        QVERIFY(!erGyldigHpr(u"1234567890"_s));
        QVERIFY(erGyldigUuid(nyId()));
        QVERIFY(!erGyldigUuid(nyId().toUpper()));
    }
};

QTEST_GUILESS_MAIN(TstValidering)
#include "tst_validering.moc"
