// The fast line reader (models/io/sakrask) against the strict path it stands in front of
// (StrengJson::les, then sakFraJson): whatever the fast reader accepts, the strict path accepts
// and reads to the same case, null and empty strings alike; whatever the strict path refuses, the
// fast reader leaves to it. Run over the project's test data, generated cases, the text cases of
// tst_cli_tekst and the forms the fast reader deliberately leaves to the strict path.

#include "../cli/teksttilfeller.h"
#include "casegenerator.h"

#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "io/sakrask.h"
#include "io/strengjson.h"

#include "sync/synclager.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
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
    // The sync document's local fields.
    if (s.innsender) { t(s.innsender->deresRef); }
    for (const Tilsynsobjekt &o : s.tilsynsobjekter) { t(o.deresRef); t(o.autorisasjon); }
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

// The strict path of a sync document, as the first sync takes it (ForsteSynk::dekod).
std::optional<Tilsynssak> strengtSynk(QByteArrayView dokument)
{
    QString feil;
    return SyncLager::sakFraDokument(QJsonDocument::fromJson(dokument.toByteArray()).object(), &feil);
}

// The property for a sync document; returns whether the fast reader took it.
bool sammeSomSynk(QByteArrayView dokument)
{
    const std::optional<Tilsynssak> rask = lesSynkdokumentRask(dokument);
    const std::optional<Tilsynssak> streng = strengtSynk(dokument);
    if (!rask)
        return false;
    if (!streng)
        qFatal("the fast reader accepted a sync document the strict path refuses: %s", dokument.toByteArray().constData());
    if (!(*rask == *streng) || nullmerker(*rask) != nullmerker(*streng))
        qFatal("the fast reader read another case than the strict path: %s", dokument.toByteArray().constData());
    return true;
}

// The text PostgreSQL gives for a jsonb: ", " and ": " between tokens (keys sorted, which the
// readers do not care about).
QByteArray somJsonb(const QByteArray &kompakt)
{
    QByteArray ut;
    bool iStreng = false;
    for (qsizetype i = 0; i < kompakt.size(); ++i) {
        const char c = kompakt[i];
        ut += c;
        if (iStreng) {
            if (c == '\\')
                ut += kompakt[++i];
            else if (c == '"')
                iStreng = false;
        } else if (c == '"') {
            iStreng = true;
        } else if (c == ',' || c == ':') {
            ut += ' ';
        }
    }
    return ut;
}

QByteArray kompaktSynkdokument(const Tilsynssak &s)
{
    return QJsonDocument(SyncLager::dokument(s)).toJson(QJsonDocument::Compact);
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

    // Sync documents (the first sync's decode): generated cases with the local fields and
    // rapport_mottatt set on some, compact and as jsonb's text; the fast reader takes every one.
    void synkdokumenter()
    {
        CaseGenerator gen(Katalog::innebygd(), 11);
        int medLokale = 0;
        for (int i = 0; i < 2000; ++i) {
            Tilsynssak s = gen.neste();
            if (i % 3 == 0) {
                s.rapportMottatt = QDate(2024, 1 + i % 12, 1 + i % 28);
                if (s.innsender) {
                    s.innsender->deresDato = QDate(2023, 12, 1 + i % 31);
                    s.innsender->deresRef = u"ref «%1»"_s.arg(i);
                }
                for (Tilsynsobjekt &o : s.tilsynsobjekter) {
                    o.deresDato = QDate(2022, 2, 1 + i % 28);
                    o.deresRef = u"vår ref \"%1\""_s.arg(i);
                    o.autorisasjon = u"lege"_s;
                }
                ++medLokale;
            }
            const QByteArray dok = kompaktSynkdokument(s);
            QVERIFY2(sammeSomSynk(dok), dok.constData());
            QVERIFY2(sammeSomSynk(somJsonb(dok)), dok.constData());
            QCOMPARE(*lesSynkdokumentRask(somJsonb(dok)), s);
            // The contract's reader keeps refusing the sync document's own fields.
            if (s.rapportMottatt.isValid())
                QVERIFY(!lesSakRask(dok));
        }
        QCOMPARE(medLokale, 667);
    }

    // The sync document fuzz_jsonl is seeded with (scripts/fuzz.sh): a line of the test data with
    // the local fields and rapport_mottatt, as jsonb's text; the fast reader takes it.
    void synkdokumentFraTestdata()
    {
        QFile f(qEnvironmentVariable("TILSYN_TESTDATA") + u"/sosial-2024/cases.jsonl"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray dok = f.readLine().trimmed();
        dok = "{\"rapport_mottatt\": \"2024-05-02\", " + dok.mid(1);
        dok.replace("\"navn\":", "\"deres_dato\": \"2024-01-31\", \"deres_ref\": \"2024/7\", \"navn\":");
        dok.replace("\"type\":", "\"autorisasjon\": \"lege\", \"type\":");
        QVERIFY(sammeSomSynk(dok));
        const Tilsynssak s = *lesSynkdokumentRask(dok);
        QCOMPARE(s.rapportMottatt, QDate(2024, 5, 2));
        QVERIFY(s.innsender);
        QCOMPARE(s.innsender->deresRef, u"2024/7"_s);
        QCOMPARE(s.innsender->deresDato, QDate(2024, 1, 31));
        QCOMPARE(s.tilsynsobjekter.constFirst().autorisasjon, u"lege"_s);
        QVERIFY(!lesSakRask(dok));
    }

    void synkOverlatt_data()
    {
        QTest::addColumn<QByteArray>("dokument");
        const QByteArray a = tekstdata::sak(tekstdata::idNr(4), "\"x\"");
        const QByteArray medObjekt = tekstdata::sak(tekstdata::idNr(4), "\"x\"",
                                                    R"({"id":"o1","type":"nav-kontor","navn":"N","deres_dato":""})");
        QTest::newRow("rapport_mottatt 2024-02-30") << QByteArray(a).replace("\"sammendrag\"", "\"rapport_mottatt\":\"2024-02-30\",\"sammendrag\"");
        QTest::newRow("rapport_mottatt 5") << QByteArray(a).replace("\"sammendrag\"", "\"rapport_mottatt\":5,\"sammendrag\"");
        QTest::newRow("deres_dato empty") << medObjekt;
        QTest::newRow("escaped key") << QByteArray(a).replace("\"embete\"", "\"emb\\u0065te\"");
    }
    void synkOverlatt()
    {
        QFETCH(QByteArray, dokument);
        QVERIFY(strengtSynk(dokument));
        QVERIFY(!lesSynkdokumentRask(dokument));
    }

    void synkAvvist_data()
    {
        QTest::addColumn<QByteArray>("dokument");
        auto objekt = [](const QByteArray &felt) {
            return tekstdata::sak(tekstdata::idNr(5), "\"x\"", R"({"id":"o1","type":"nav-kontor","navn":"N",)" + felt + "}");
        };
        QTest::newRow("deres_dato 2024-13-01") << objekt(R"("deres_dato":"2024-13-01")");
        QTest::newRow("deres_ref 5") << objekt(R"("deres_ref":5)");
        QTest::newRow("autorisasjon twice") << objekt(R"("autorisasjon":"lege","autorisasjon":"lege")");
        QTest::newRow("unknown local key") << objekt(R"("deres_datum":"2024-01-01")");
        QTest::newRow("not an object") << QByteArray("[1]");
    }
    void synkAvvist()
    {
        QFETCH(QByteArray, dokument);
        QVERIFY(!lesSynkdokumentRask(dokument));
        if (QByteArray(QTest::currentDataTag()) != "autorisasjon twice") // fromJson keeps one of them
            QVERIFY(!strengtSynk(dokument));
    }
};

QTEST_GUILESS_MAIN(TstSakRask)
#include "tst_sakrask.moc"
