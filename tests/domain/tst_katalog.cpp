// The shipped catalogue: complete, with nynorsk names for everything a letter may print.

#include "domain/katalog.h"

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
        QCOMPARE(k.versjon(), u"2024.1"_s);
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
