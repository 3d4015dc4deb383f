// Deres dato / Deres ref and the authorisation (local fields, not in the JSON Lines contract):
// the export line stays exactly the contract's, the sync document and the store carry them, and
// a bad value in a sync document is refused with its path.

#include "domain/katalog.h"
#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "sync/synclager.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

Tilsynssak sak()
{
    Tilsynssak s;
    s.id = nyId();
    s.saksnummer = u"2024/4711"_s;
    s.embete = u"vestland"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2024, 3, 4);
    s.kilder = {u"ansatt"_s};
    s.temaer = {u"he-forsvarlighet"_s};
    s.innsender = Innsender{u"Siri Haugland"_s, u"Kalfarvegen 31\n5018 Bergen"_s, u"nn"_s, QDate(2024, 3, 1), u"SH-1"_s};
    s.behandlingsmaate = 5;
    s.tilsynsobjekter = {
        Tilsynsobjekt{u"o1"_s, u"virksomhet"_s, u"Helse Bergen HF"_s, u"spesialist"_s, u"983974724"_s, std::nullopt,
                      u"Postboks 1400\n5021 Bergen"_s, u"nb"_s, QDate(2024, 4, 15), u"HBE 24/1234"_s, {}},
        Tilsynsobjekt{u"o2"_s, u"helsepersonell"_s, u"Per Hansen"_s, std::nullopt, std::nullopt, u"1234567"_s,
                      std::nullopt, std::nullopt, {}, {}, u"lege"_s}};
    return s;
}

} // namespace

class TestLokalefelt final : public QObject
{
    Q_OBJECT

private slots:
    void eksportenErUendret()
    {
        const Tilsynssak s = sak();
        const QJsonObject kontrakt = sakTilJson(s);
        QVERIFY(!kontrakt.value(u"innsender"_s).toObject().contains(u"deres_dato"_s));
        QVERIFY(!kontrakt.value(u"tilsynsobjekter"_s).toArray()[1].toObject().contains(u"autorisasjon"_s));
        // A case without the local fields: the sync document's case part is the contract object.
        Tilsynssak uten = s;
        uten.innsender->deresDato = {};
        uten.innsender->deresRef.clear();
        for (Tilsynsobjekt &o : uten.tilsynsobjekter)
            o.deresDato = {}, o.deresRef.clear(), o.autorisasjon.clear();
        QCOMPARE(medLokaleFelt(sakTilJson(uten), uten), sakTilJson(uten));
    }

    void syncdokumentetBaererFeltene()
    {
        const Tilsynssak s = sak();
        const QJsonObject dok = SyncLager::dokument(s);
        QCOMPARE(dok.value(u"innsender"_s).toObject().value(u"deres_dato"_s).toString(), u"2024-03-01"_s);
        QCOMPARE(dok.value(u"innsender"_s).toObject().value(u"deres_ref"_s).toString(), u"SH-1"_s);
        const QJsonArray objekter = dok.value(u"tilsynsobjekter"_s).toArray();
        QCOMPARE(objekter[0].toObject().value(u"deres_ref"_s).toString(), u"HBE 24/1234"_s);
        QCOMPARE(objekter[1].toObject().value(u"autorisasjon"_s).toString(), u"lege"_s);
        QVERIFY(!objekter[1].toObject().contains(u"deres_dato"_s)); // only what is set
        QString feil;
        const std::optional<Tilsynssak> tilbake = SyncLager::sakFraDokument(dok, &feil);
        QVERIFY2(tilbake, qPrintable(feil));
        QCOMPARE(*tilbake, s);
    }

    void feilIDokumentetNevnerFeltet()
    {
        QJsonObject dok = SyncLager::dokument(sak());
        QJsonArray objekter = dok.value(u"tilsynsobjekter"_s).toArray();
        QJsonObject o = objekter[1].toObject();
        o.insert(u"deres_dato"_s, u"15.04.2024"_s);
        objekter[1] = o;
        dok.insert(u"tilsynsobjekter"_s, objekter);
        QString feil;
        QVERIFY(!SyncLager::sakFraDokument(dok, &feil));
        QVERIFY2(feil.startsWith(u"tilsynsobjekter[1].deres_dato: "_s) && feil.contains(u"15.04.2024"_s), qPrintable(feil));
        o.insert(u"deres_dato"_s, 7);
        objekter[1] = o;
        dok.insert(u"tilsynsobjekter"_s, objekter);
        QVERIFY(!SyncLager::sakFraDokument(dok, &feil));
        QVERIFY2(feil.startsWith(u"tilsynsobjekter[1].deres_dato: "_s), qPrintable(feil));
    }

    void lageretBevarerFeltene()
    {
        QTemporaryDir mappe;
        auto store = Store::aapne(mappe.filePath(u"l.sqlite"_s));
        SakRepository saker(*store, Katalog::innebygd());
        Tilsynssak s = sak();
        const auto r = saker.lagre(s, {.bruker = u"kari"_s});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.problemer.constFirst().felt + u": "_s + r.problemer.constFirst().melding));
        QCOMPARE(*saker.hent(s.id), s);
        // Changed and cleared again: the store holds exactly what the case says.
        s.tilsynsobjekter[0].deresRef = u"HBE 24/2000"_s;
        s.innsender->deresDato = {};
        QVERIFY(saker.lagre(s, {.bruker = u"kari"_s}).ok());
        QCOMPARE(*saker.hent(s.id), s);
        bool funnet = false;
        saker.forHver([&](const Tilsynssak &x) { funnet = funnet || x == s; });
        QVERIFY(funnet);
    }
};

QTEST_MAIN(TestLokalefelt)
#include "tst_lokalefelt.moc"
