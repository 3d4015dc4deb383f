// The shipped catalogue: complete, with nynorsk names for everything a letter may print.

#include "domain/katalog.h"

#include <QRegularExpression>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

class TstKatalog final : public QObject
{
    Q_OBJECT

private slots:
    void innebygdLaster()
    {
        const Katalog &k = Katalog::innebygd();
        QCOMPARE(k.versjon(), u"2024.3"_s);
        QCOMPARE(k.poster(Liste::Embete).size(), 10);
        QCOMPARE(k.poster(Liste::Sektor).size(), 3);
        QCOMPARE(k.behandlingsmaater().size(), 6);
        QVERIFY(k.poster(Liste::Bestemmelse).size() >= 61);
    }

    void nynorskFinnes_data()
    {
        QTest::addColumn<int>("liste");
        for (Liste l : {Liste::Embete, Liste::Sektor, Liste::Objekttype, Liste::Tjenesteniva, Liste::Kilde,
                        Liste::Tema, Liste::Utfall, Liste::Konklusjon, Liste::Bestemmelse})
            QTest::addRow("liste %d", int(l)) << int(l);
    }

    void nynorskFinnes()
    {
        QFETCH(int, liste);
        for (const KatalogPost &p : Katalog::innebygd().poster(Liste(liste))) {
            QVERIFY2(!p.navnNn.isEmpty(), qPrintable(p.kode));
            QCOMPARE(p.navnPaa(Maalform::Nynorsk), p.navnNn);
            if (Liste(liste) == Liste::Bestemmelse)
                QVERIFY2(!p.lovNn.isEmpty() && p.lovNn != p.lov, qPrintable(p.kode));
        }
    }

    void sektorfilter()
    {
        const Katalog &k = Katalog::innebygd();
        const auto sosial = k.forSektor(Liste::Bestemmelse, u"sosial"_s);
        QVERIFY(!sosial.isEmpty());
        for (const KatalogPost &p : sosial)
            QVERIFY(p.kode.startsWith(u"sotjl"_s));
        QVERIFY(!k.post(Liste::Konklusjon, u"oversendt-htil"_s)->gjelder(u"sosial"_s));
        QVERIFY(k.post(Liste::Konklusjon, u"lovbrudd"_s)->gjelder(u"sosial"_s));
        QCOMPARE(k.posisjon(Liste::Embete, u"innlandet"_s), 1);
    }

    // Each provision is an exact reference in both forms, tied to the object types it binds.
    void paragrafOgObjekttyper()
    {
        const Katalog &k = Katalog::innebygd();
        const KatalogPost *hpl4 = k.post(Liste::Bestemmelse, u"hpl-4"_s);
        QVERIFY(hpl4);
        QCOMPARE(hpl4->paragraf, u"helsepersonelloven § 4"_s);
        QCOMPARE(hpl4->paragrafPaa(Maalform::Nynorsk), u"helsepersonellova § 4"_s);
        QCOMPARE(hpl4->objekttyper, QStringList{u"helsepersonell"_s});
        QVERIFY(k.bestemmelseGjelder(u"hpl-4"_s, u"helsepersonell"_s));
        QVERIFY(!k.bestemmelseGjelder(u"hpl-4"_s, u"virksomhet"_s));
        QVERIFY(k.bestemmelseGjelder(u"sphl-3-2"_s, u"virksomhet"_s));
        QVERIFY(!k.bestemmelseGjelder(u"sphl-3-2"_s, u"helsepersonell"_s));
        QVERIFY(k.bestemmelseGjelder(u"sotjl-4"_s, u"nav-kontor"_s)); // empty list: every type of the sektor
        QVERIFY(k.bestemmelseGjelder(u"bvl-10-1"_s, u"barnevernsinstitusjon"_s));
        QVERIFY(!k.bestemmelseGjelder(u"bvl-10-1"_s, u"kommunal-barneverntjeneste"_s));
        QVERIFY(!k.bestemmelseGjelder(u"finnes-ikke"_s, u"virksomhet"_s));
        // Internkontroll is helsetilsynsloven § 5 (it was § 3 before the 2017 revision of the act).
        QCOMPARE(k.post(Liste::Bestemmelse, u"htil-3"_s)->paragraf, u"helsetilsynsloven § 5"_s);
        for (const KatalogPost &p : k.poster(Liste::Bestemmelse)) {
            if (p.kode == u"annen-helselov")
                continue;
            QVERIFY2(!p.paragraf.isEmpty() && !p.paragrafNn.isEmpty(), qPrintable(p.kode));
            QVERIFY2(p.paragraf.at(0).isLower() && p.paragrafNn.at(0).isLower(), qPrintable(p.kode));
        }
    }

    // Exact paragraphs are counted under the annual report's category.
    void statistikkategori()
    {
        const Katalog &k = Katalog::innebygd();
        QCOMPARE(k.statistikkategori(u"hpl-21"_s), u"hpl-kap5-6"_s);
        QCOMPARE(k.statistikkategori(u"hpl-40"_s), u"hpl-39-45"_s);
        QCOMPARE(k.statistikkategori(u"hpl-4"_s), u"hpl-4"_s);
        QCOMPARE(k.statistikkategori(u"sotjl-18"_s), u"sotjl-18"_s);
    }

    // Nynorsk names without the bokmål possessive -s ("Kommunens ansvar"); "Statens helsetilsyn" is a name.
    void nynorskUtenGenitivS()
    {
        static const QRegularExpression genitiv(u"\\b\\w+(ens|ets|ars)\\b"_s);
        const Katalog &k = Katalog::innebygd();
        for (Liste l : {Liste::Embete, Liste::Sektor, Liste::Objekttype, Liste::Tjenesteniva, Liste::Kilde,
                        Liste::Tema, Liste::Utfall, Liste::Konklusjon, Liste::Bestemmelse}) {
            for (const KatalogPost &p : k.poster(l)) {
                QString t = p.navnNn;
                t.remove(u"Statens helsetilsyn"_s);
                QVERIFY2(!genitiv.match(t).hasMatch(), qPrintable(p.kode + u": "_s + p.navnNn));
            }
        }
    }

    void ugyldigKatalogAvvises()
    {
        QString feil;
        QVERIFY(!Katalog::fraJson("{", &feil));
        QVERIFY(feil.contains(u"JSON"_s));
        QVERIFY(!Katalog::fraJson(R"({"versjon":"x","embeter":[]})", &feil));
        QVERIFY(feil.contains(u"mangler"_s));
    }
};

QTEST_GUILESS_MAIN(TstKatalog)
#include "tst_katalog.moc"
