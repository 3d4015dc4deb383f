// The fast line reader (models/io/sakrask) against the strict path it stands in front of
// (StrengJson::les, then sakFraJson): whatever the fast reader accepts, the strict path accepts
// and reads to the same case, null and empty strings alike; whatever the strict path refuses, the
// fast reader leaves to it. Run over the project's test data, generated cases, the text cases of
// tst_cli_tekst and the forms the fast reader deliberately leaves to the strict path.

#include "../cli/teksttilfeller.h"
#include "casegenerator.h"

#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "io/sakjson.h"
#include "io/sakrask.h"
#include "io/strengjson.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

// The strict path as import takes it: a case only when it has no problem at all. A line with
// U+FEFF, U+FFFE or U+FFFF gets a closer look in import (not here) unless `merketOk`.
std::optional<Tilsynssak> strengt(QByteArrayView linje, bool merketOk = false)
{
    QJsonValue v;
    bool ikkeTegn = true;
    if (!StrengJson::les(linje, &v, &ikkeTegn).isEmpty() || (ikkeTegn && !merketOk) || !v.isObject())
        return std::nullopt;
    Problemer p;
    Tilsynssak sak = sakFraJson(v.toObject(), &p);
    if (!p.isEmpty())
        return std::nullopt;
    return sak;
}

// Which strings are null (QString's == does not tell a null from an empty string).
QString nullmerker(const Tilsynssak &s)
{
    QString m;
    auto t = [&](const QString &x) { m += x.isNull() ? u'N' : x.isEmpty() ? u'E' : u'x'; };
    auto v = [&](const std::optional<QString> &x) { x ? t(*x) : void(m += u'-'); };
    t(s.id); v(s.saksnummer); t(s.embete); t(s.sektor); v(s.saksbehandler); v(s.sammendrag); v(s.utfall);
    for (const QString &k : s.kilder) t(k);
    m += u'|';
    for (const QString &k : s.temaer) t(k);
    if (s.brukerinvolvering) t(s.brukerinvolvering->merknad);
    if (s.innsender) { t(s.innsender->navn); t(s.innsender->adresse); v(s.innsender->maalform); }
    for (const Tilsynsobjekt &o : s.tilsynsobjekter) {
        t(o.id); t(o.type); t(o.navn); v(o.tjenesteniva); v(o.orgnr); v(o.hpr); v(o.adresse); v(o.maalform);
    }
    for (const Vurdering &x : s.vurderinger) { t(x.bestemmelse); t(x.objekt); t(x.konklusjon); t(x.begrunnelse); }
    return m;
}

// The property, for one line; returns whether the fast reader took it.
bool sammeSom(QByteArrayView linje)
{
    const std::optional<Tilsynssak> rask = lesSakRask(linje);
    const std::optional<Tilsynssak> streng = strengt(linje);
    if (!rask)
        return false;
    if (!streng)
        qFatal("the fast reader accepted what the strict path refuses: %s", linje.toByteArray().constData());
    if (!(*rask == *streng) || nullmerker(*rask) != nullmerker(*streng))
        qFatal("the fast reader read another case than the strict path: %s", linje.toByteArray().constData());
    return true;
}

} // namespace

class TstSakRask final : public QObject
{
    Q_OBJECT

private slots:
    void testdataOgGenererte()
    {
        QFile f(qEnvironmentVariable("TILSYN_TESTDATA") + u"/sosial-2024/cases.jsonl"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int linjer = 0;
        for (const QByteArray &linje : f.readAll().split('\n')) {
            if (linje.trimmed().isEmpty())
                continue;
            ++linjer;
            QVERIFY2(sammeSom(linje), linje.constData());
        }
        QCOMPARE(linjer, 243);
        CaseGenerator gen(Katalog::innebygd(), 7);
        for (int i = 0; i < 2000; ++i) {
            const QByteArray linje = eksportLinje(gen.neste());
            QVERIFY2(sammeSom(linje), linje.constData());
        }
    }

    // Each line of the invalid examples: the fast reader leaves every one the strict path refuses.
    void ugyldigeFiler()
    {
        const QDir dir(qEnvironmentVariable("TILSYN_TESTDATA") + u"/invalid"_s);
        const QStringList filer = dir.entryList({u"*.jsonl"_s}, QDir::Files);
        QVERIFY(filer.size() >= 40);
        int tatt = 0, latt = 0;
        for (const QString &navn : filer) {
            QFile f(dir.filePath(navn));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QByteArray &linje : f.readAll().split('\n')) {
                if (linje.trimmed().isEmpty())
                    continue;
                if (sammeSom(linje))
                    ++tatt; // valid JSON and fields; a rule (valider) refuses it later
                else
                    ++latt;
            }
        }
        QVERIFY(tatt > 0);
        QVERIFY(latt > 0);
    }

    void tekstGyldig_data() { tekstdata::gyldige(); }
    void tekstGyldig()
    {
        QFETCH(QByteArray, inn);
        const QByteArray linje = tekstdata::sak(tekstdata::idNr(1), inn);
        const bool tatt = sammeSom(linje);
        // U+FEFF is left to the strict path, which gives it a closer look.
        QCOMPARE(tatt, !QByteArray(QTest::currentDataTag()).contains("FEFF"));
    }

    void tekstUgyldig_data() { tekstdata::ugyldige(); }
    void tekstUgyldig()
    {
        QFETCH(QByteArray, linje);
        QVERIFY(!strengt(linje));
        QVERIFY(!lesSakRask(linje));
    }

    // Valid for the strict path, but left to it by the fast reader.
    void overlatt_data()
    {
        QTest::addColumn<QByteArray>("linje");
        const QByteArray id = tekstdata::idNr(2);
        QByteArray a = tekstdata::sak(id, "\"x\"");
        QTest::newRow("escaped key") << QByteArray(a).replace("\"embete\"", "\"emb\\u0065te\"");
        QTest::newRow("bm 1.0") << QByteArray(a).replace("\"sammendrag\"", "\"behandlingsmaate\":1.0,\"sammendrag\"");
        QTest::newRow("bm -0") << QByteArray(a).replace("\"sammendrag\"", "\"behandlingsmaate\":-0,\"sammendrag\"");
        QTest::newRow("U+FEFF inside") << tekstdata::sak(id, "\"a\\ufeffb\"");
        QTest::newRow("U+FEFF raw") << tekstdata::sak(id, "\"a\xEF\xBB\xBF" "b\"");
    }
    void overlatt()
    {
        QFETCH(QByteArray, linje);
        QVERIFY(strengt(linje, true));
        QVERIFY(!lesSakRask(linje));
    }

    // Invalid for both: the fast reader never takes them.
    void avvist_data()
    {
        QTest::addColumn<QByteArray>("linje");
        const QByteArray a = tekstdata::sak(tekstdata::idNr(3), "\"x\"");
        QTest::newRow("key twice") << QByteArray(a).replace("\"sammendrag\"", "\"sektor\":\"sosial\",\"sammendrag\"");
        QTest::newRow("unknown key") << QByteArray(a).replace("\"sammendrag\"", "\"sammendrg\":null,\"sammendrag\"");
        QTest::newRow("object key twice") << QByteArray(a).replace("\"id\":\"o1\"", "\"id\":\"o1\",\"id\":\"o2\"");
        QTest::newRow("bm 6") << QByteArray(a).replace("\"sammendrag\"", "\"behandlingsmaate\":6,\"sammendrag\"");
        QTest::newRow("bm 05") << QByteArray(a).replace("\"sammendrag\"", "\"behandlingsmaate\":05,\"sammendrag\"");
        QTest::newRow("date 2024-02-30") << QByteArray(a).replace("2024-03-01", "2024-02-30");
        QTest::newRow("date 0000-01-01") << QByteArray(a).replace("2024-03-01", "0000-01-01");
        QTest::newRow("alvorlig null") << QByteArray(a).replace("\"sammendrag\"", "\"alvorlig\":null,\"sammendrag\"");
        QTest::newRow("kilder null") << QByteArray(a).replace("\"sammendrag\"", "\"kilder\":null,\"sammendrag\"");
        QTest::newRow("innsender without navn") << QByteArray(a).replace("\"sammendrag\"", "\"innsender\":{},\"sammendrag\"");
        QTest::newRow("trailing text") << a + " x";
        QTest::newRow("overlong UTF-8") << tekstdata::sak(tekstdata::idNr(3), "\"\xC0\xAF\"");
        QTest::newRow("raw TAB") << tekstdata::sak(tekstdata::idNr(3), "\"a\tb\"");
    }
    void avvist()
    {
        QFETCH(QByteArray, linje);
        QVERIFY(!strengt(linje));
        QVERIFY(!lesSakRask(linje));
    }
};

QTEST_GUILESS_MAIN(TstSakRask)
#include "tst_sakrask.moc"
