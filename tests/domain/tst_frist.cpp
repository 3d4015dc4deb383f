// Deadline arithmetic: 28 days, calendar months across month ends and leap years, milestone per BM.

#include "domain/frist.h"
#include "domain/katalog.h"
#include "domain/tilsynssak.h"

#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TstFrist final : public QObject
{
    Q_OBJECT

private slots:
    void fristDato_data();
    void fristDato();
    void milepelPerBm_data();
    void milepelPerBm();
    void status_data();
    void status();
    void ingenFristUtenBm();
    void valgfristOgVarsler();
};

void TstFrist::fristDato_data()
{
    QTest::addColumn<int>("bm");
    QTest::addColumn<QDate>("mottatt");
    QTest::addColumn<QDate>("frist");
    QTest::newRow("bm1 28 dager") << 1 << QDate(2024, 3, 1) << QDate(2024, 3, 29);
    QTest::newRow("bm2 28 dager over månedsskifte") << 2 << QDate(2024, 1, 20) << QDate(2024, 2, 17);
    QTest::newRow("bm1 28 dager over skuddag") << 1 << QDate(2024, 2, 10) << QDate(2024, 3, 9);
    QTest::newRow("bm1 28 dager uten skuddag") << 1 << QDate(2023, 2, 10) << QDate(2023, 3, 10);
    QTest::newRow("bm1 over nyttår") << 1 << QDate(2023, 12, 20) << QDate(2024, 1, 17);
    QTest::newRow("bm3 3 måneder") << 3 << QDate(2024, 1, 15) << QDate(2024, 4, 15);
    QTest::newRow("bm3 31. nov→feb skuddår") << 3 << QDate(2023, 11, 30) << QDate(2024, 2, 29);
    QTest::newRow("bm4 31. okt→31. jan") << 4 << QDate(2023, 10, 31) << QDate(2024, 1, 31);
    QTest::newRow("bm4 30. nov→28. feb") << 4 << QDate(2022, 11, 30) << QDate(2023, 2, 28);
    QTest::newRow("bm5 6 måneder 31. aug→28. feb") << 5 << QDate(2022, 8, 31) << QDate(2023, 2, 28);
    QTest::newRow("bm5 6 måneder 31. aug→29. feb") << 5 << QDate(2023, 8, 31) << QDate(2024, 2, 29);
    QTest::newRow("bm5 29. feb→29. aug") << 5 << QDate(2024, 2, 29) << QDate(2024, 8, 29);
    QTest::newRow("bm5 over nyttår") << 5 << QDate(2024, 7, 31) << QDate(2025, 1, 31);
}

void TstFrist::fristDato()
{
    QFETCH(int, bm);
    QFETCH(QDate, mottatt);
    QFETCH(QDate, frist);
    const Fristregel *regel = Katalog::innebygd().behandlingsmaate(bm);
    QVERIFY(regel);
    QCOMPARE(tilsyn::fristDato(mottatt, *regel), frist);
}

void TstFrist::milepelPerBm_data()
{
    QTest::addColumn<int>("bm");
    QTest::addColumn<QString>("milepel");
    QTest::newRow("bm1") << 1 << u"avsluttet"_s;
    QTest::newRow("bm2") << 2 << u"oversendt"_s;
    QTest::newRow("bm3") << 3 << u"oversendt"_s;
    QTest::newRow("bm4") << 4 << u"mote"_s;
    QTest::newRow("bm5") << 5 << u"avsluttet"_s;
}

void TstFrist::milepelPerBm()
{
    QFETCH(int, bm);
    QFETCH(QString, milepel);
    const Fristregel *regel = Katalog::innebygd().behandlingsmaate(bm);
    QVERIFY(regel);
    QCOMPARE(regel->milepel, milepel);
    Tilsynssak sak;
    sak.mottatt = QDate(2024, 1, 1);
    sak.behandlingsmaate = bm;
    sak.avsluttet = QDate(2024, 1, 10);
    sak.oversendt = QDate(2024, 1, 11);
    sak.mote = QDate(2024, 1, 12);
    const QDate forventet = milepel == u"avsluttet" ? sak.avsluttet : milepel == u"oversendt" ? sak.oversendt : sak.mote;
    QCOMPARE(milepelDato(sak, *regel), forventet);
}

void TstFrist::status_data()
{
    QTest::addColumn<int>("bm");
    QTest::addColumn<QDate>("milepel");
    QTest::addColumn<QDate>("idag");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("dagerIgjen");
    const QDate mottatt(2024, 1, 31); // BM 1 frist 2024-02-28; BM 5 frist 2024-07-31
    Q_UNUSED(mottatt)
    QTest::newRow("på fristdagen er innen") << 1 << QDate(2024, 2, 28) << QDate(2024, 3, 1) << int(Friststatus::InnenFrist) << 0;
    QTest::newRow("dagen etter er etter") << 1 << QDate(2024, 2, 29) << QDate(2024, 3, 1) << int(Friststatus::EtterFrist) << 0;
    QTest::newRow("løper") << 1 << QDate() << QDate(2024, 2, 20) << int(Friststatus::Loeper) << 8;
    QTest::newRow("løper siste dag") << 1 << QDate() << QDate(2024, 2, 28) << int(Friststatus::Loeper) << 0;
    QTest::newRow("forfalt") << 1 << QDate() << QDate(2024, 3, 2) << int(Friststatus::Forfalt) << -3;
    QTest::newRow("bm5 løper") << 5 << QDate() << QDate(2024, 7, 1) << int(Friststatus::Loeper) << 30;
}

void TstFrist::status()
{
    QFETCH(int, bm);
    QFETCH(QDate, milepel);
    QFETCH(QDate, idag);
    QFETCH(int, status);
    QFETCH(int, dagerIgjen);
    Tilsynssak sak;
    sak.mottatt = QDate(2024, 1, 31);
    sak.behandlingsmaate = bm;
    sak.avsluttet = milepel;
    const Frist f = beregnFrist(sak, Katalog::innebygd(), idag);
    QCOMPARE(int(f.status), status);
    if (f.aapen())
        QCOMPARE(f.dagerIgjen, dagerIgjen);
}

void TstFrist::ingenFristUtenBm()
{
    Tilsynssak sak;
    sak.mottatt = QDate(2024, 1, 31);
    QCOMPARE(beregnFrist(sak, Katalog::innebygd(), QDate(2024, 5, 1)).status, Friststatus::IkkeValgt);
    sak.behandlingsmaate = 0;
    const Frist f = beregnFrist(sak, Katalog::innebygd(), QDate(2024, 5, 1));
    QCOMPARE(f.status, Friststatus::IkkeValgt);
    QVERIFY(!f.fristDato.isValid());
}

void TstFrist::valgfristOgVarsler()
{
    Tilsynssak sak;
    sak.mottatt = QDate(2024, 12, 20);
    QCOMPARE(valgfrist(sak), QDate(2025, 1, 3));
    QCOMPARE(valgfrist(sak, {.dagerTilValgAvBm = 7}), QDate(2024, 12, 27));
    sak.behandlingsmaate = 5; // frist 2025-06-20
    QVERIFY(!valgfrist(sak).isValid());
    const Katalog &k = Katalog::innebygd();
    QVERIFY(!forfallerSnart(beregnFrist(sak, k, QDate(2025, 6, 5))));        // 15 days left
    QVERIFY(forfallerSnart(beregnFrist(sak, k, QDate(2025, 6, 6))));         // 14 days left
    QVERIFY(forfallerSnart(beregnFrist(sak, k, QDate(2025, 6, 20))));        // the last day
    QVERIFY(!forfallerSnart(beregnFrist(sak, k, QDate(2025, 6, 21))));       // passed: a restanse
    QVERIFY(boerSendeForsinkelsesmelding(beregnFrist(sak, k, QDate(2025, 6, 21))));
    QVERIFY(!boerSendeForsinkelsesmelding(beregnFrist(sak, k, QDate(2025, 1, 1))));
    sak.avsluttet = QDate(2025, 7, 1);
    sak.utfall = u"innledende"_s;
    QVERIFY(!boerSendeForsinkelsesmelding(beregnFrist(sak, k, QDate(2025, 7, 2)))); // closed
}

QTEST_GUILESS_MAIN(TstFrist)
#include "tst_frist.moc"
