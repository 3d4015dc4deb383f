// The strict JSON reader and writer (models/io/strengjson) on their own: syntax, nesting,
// numbers, field paths of problems, and the writer's escapes. The CLI tests (tst_cli_tekst)
// cover the same rules end to end through import and export.

#include "io/strengjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TstStrengJson final : public QObject
{
    Q_OBJECT

private slots:
    void problemer_data()
    {
        QTest::addColumn<QByteArray>("tekst");
        QTest::addColumn<QString>("felt");
        QTest::addColumn<QString>("iMelding");
        QTest::newRow("empty") << QByteArray() << u"-"_s << u"linjen slutter"_s;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << u"-"_s << u"feltnavn"_s;
        QTest::newRow("trailing garbage") << QByteArray("{} x") << u"-"_s << u"etter JSON-verdien"_s;
        QTest::newRow("leading zero") << QByteArray("[01]") << u"-"_s << u"forventet"_s;
        QTest::newRow("bare minus") << QByteArray("[-]") << u"-"_s << u"ugyldig tall"_s;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << u"-"_s << u"feltnavn"_s;
        QTest::newRow("NaN") << QByteArray("[NaN]") << u"-"_s << u"forventet en verdi"_s;
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b") << u"-"_s << u"avsluttende"_s;
        QTest::newRow("deep") << QByteArray(100000, '[') << u"-"_s << u"for dypt nestet"_s;
        QTest::newRow("nested duplicate")
            << QByteArray("{\"t\":[{\"id\":\"a\"},{\"id\":\"b\",\"orgnr\":\"1\",\"orgnr\":\"2\"}]}")
            << u"t[1].orgnr"_s << u"«orgnr» står to ganger"_s;
        QTest::newRow("bad key") << QByteArray("{\"a\\x\":1}") << u"-"_s << u"«\\x»"_s;
        QTest::newRow("list of strings") << QByteArray("{\"k\":[\"ok\",\"\\udc00\"]}") << u"k[1]"_s << u"lav surrogat"_s;
    }

    void problemer()
    {
        QFETCH(QByteArray, tekst);
        QFETCH(QString, felt);
        QFETCH(QString, iMelding);
        QJsonValue v(u"uendret"_s);
        const Problemer p = StrengJson::les(tekst, &v);
        QVERIFY(!p.isEmpty());
        QCOMPARE(p.first().felt, felt);
        QVERIFY2(p.first().melding.contains(iMelding), qPrintable(p.first().melding));
        QCOMPARE(v, QJsonValue(u"uendret"_s)); // not set on failure
    }

    void verdier()
    {
        QJsonValue v;
        QVERIFY(StrengJson::les(" {\"a\" : [1, -2.5e3, 0.125, true, false, null, {}, []], \"b\":\"\\u00e6\"}\r\n", &v).isEmpty());
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("a"_L1).toArray(),
                 (QJsonArray{1, -2500.0, 0.125, true, false, QJsonValue(), QJsonObject(), QJsonArray()}));
        QCOMPARE(o.value("b"_L1).toString(), u"æ"_s);
        QByteArray ut;
        StrengJson::skriv(v, ut);
        QCOMPARE(ut, QByteArray("{\"a\":[1,-2500,0.125,true,false,null,{},[]],\"b\":\"\xC3\xA6\"}"));
    }

    void skriverEscapes()
    {
        QByteArray ut;
        StrengJson::skrivTekst(QString(u"\"\\/\b\f\n\r\t\x01\x1f\x7f"_s) + QChar(0xFFFF) + QChar(0xD83D) + QChar(0xDE00), ut);
        QCOMPARE(ut, QByteArray("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\xEF\xBF\xBF\xF0\x9F\x98\x80\""));
        QJsonValue v;
        QVERIFY(StrengJson::les(ut, &v).isEmpty());
        QCOMPARE(v.toString().size(), 14);
    }
};

QTEST_GUILESS_MAIN(TstStrengJson)
#include "tst_strengjson.moc"
