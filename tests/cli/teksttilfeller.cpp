// The rows of tst_cli_tekst, kept apart from the test class: moc cannot read some of these
// raw string literals.

#include "teksttilfeller.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace tekstdata {

// A valid case with a placeholder for the raw bytes of one field's JSON value.
QByteArray sak(const QByteArray &id, const QByteArray &sammendrag, const QByteArray &objekt)
{
    const QByteArray o = objekt.isEmpty()
        ? QByteArray(R"({"id":"o1","type":"nav-kontor","navn":"Nav Kristiansand","tjenesteniva":null,"orgnr":"973218670","hpr":null})")
        : objekt;
    return R"({"id":")" + id + R"(","saksnummer":null,"embete":"agder","sektor":"sosial","mottatt":"2024-03-01",)"
           R"("sammendrag":)" + sammendrag + R"(,"tilsynsobjekter":[)" + o + "]}";
}

QByteArray idNr(int n)
{
    return "6f1e2d3c-4b5a-4978-8877-" + QByteArray::number(n).rightJustified(12, '0');
}


void gyldige()
{
        QTest::addColumn<QByteArray>("inn");
        QTest::addColumn<QByteArray>("ut");
        QTest::newRow("ascii") << QByteArray(R"("hei")") << QByteArray(R"("hei")");
        QTest::newRow("tom") << QByteArray(R"("")") << QByteArray(R"("")");
        QTest::newRow("escaped solidus") << QByteArray(R"("a\/b")") << QByteArray(R"("a/b")");
        QTest::newRow("simple escapes") << QByteArray(R"("\"\\\b\f\n\r\t")") << QByteArray(R"("\"\\\b\f\n\r\t")");
        QTest::newRow("escaped NUL") << QByteArray(R"("a\u0000b")") << QByteArray(R"("a\u0000b")");
        QTest::newRow("escaped U+001F") << QByteArray(R"("\u001F")") << QByteArray(R"("\u001f")");
        QTest::newRow("escaped quote and backslash") << QByteArray(R"("\u0022\u005c")") << QByteArray(R"("\"\\")");
        QTest::newRow("escaped ascii") << QByteArray(R"("\u0061")") << QByteArray(R"("a")");
        QTest::newRow("escaped e-acute") << QByteArray(R"("\u00e9")") << QByteArray("\"\xC3\xA9\"");
        QTest::newRow("raw aeoeaa") << QByteArray("\"\xC3\xA6\xC3\xB8\xC3\xA5\"") << QByteArray("\"\xC3\xA6\xC3\xB8\xC3\xA5\"");
        QTest::newRow("DEL raw") << QByteArray("\"\x7F\"") << QByteArray("\"\x7F\"");
        QTest::newRow("surrogate pair escaped") << QByteArray(R"("\ud83d\ude00")") << QByteArray("\"\xF0\x9F\x98\x80\"");
        QTest::newRow("surrogate pair upper case") << QByteArray(R"("\uD834\uDD1E")") << QByteArray("\"\xF0\x9D\x84\x9E\"");
        QTest::newRow("four-byte raw") << QByteArray("\"\xF0\x9F\x98\x80\"") << QByteArray("\"\xF0\x9F\x98\x80\"");
        QTest::newRow("U+10FFFF escaped") << QByteArray(R"("\udbff\udfff")") << QByteArray("\"\xF4\x8F\xBF\xBF\"");
        QTest::newRow("U+10FFFF raw") << QByteArray("\"\xF4\x8F\xBF\xBF\"") << QByteArray("\"\xF4\x8F\xBF\xBF\"");
        QTest::newRow("noncharacter U+FDD0 raw") << QByteArray("\"\xEF\xB7\x90\"") << QByteArray("\"\xEF\xB7\x90\"");
        QTest::newRow("noncharacter U+1FFFF escaped") << QByteArray(R"("\ud83f\udfff")") << QByteArray("\"\xF0\x9F\xBF\xBF\"");
        QTest::newRow("U+FEFF inside") << QByteArray(R"("a\ufeffb")") << QByteArray("\"a\xEF\xBB\xBF" "b\"");
        QTest::newRow("replacement char escaped") << QByteArray(R"("\ufffd")") << QByteArray("\"\xEF\xBF\xBD\"");
        QTest::newRow("line separator raw") << QByteArray("\"\xE2\x80\xA8\"") << QByteArray("\"\xE2\x80\xA8\"");
        QTest::newRow("combining") << QByteArray("\"a\xCC\x8A\"") << QByteArray("\"a\xCC\x8A\"");
        QTest::newRow("backslash then u text") << QByteArray(R"("\\u0041")") << QByteArray(R"("\\u0041")");
}

void ugyldige()
{
        QTest::addColumn<QByteArray>("linje");
        QTest::addColumn<QString>("felt");
        QTest::addColumn<QString>("iMelding");
        const QByteArray id = idNr(1);
        auto s = [&](const QByteArray &verdi) { return sak(id, verdi); };
        // The issue's own examples.
        QTest::newRow("lone high surrogate (issue)") << s("\"f\xC3\xB8r \\ud800 etter\"") << u"sammendrag"_s << u"\\ud800"_s;
        QTest::newRow("low surrogate first (issue)") << s(R"("\udc00Marit")") << u"sammendrag"_s << u"\\udc00"_s;
        QTest::newRow("high surrogate at end") << s(R"("abc\ud800")") << u"sammendrag"_s << u"høy surrogat"_s;
        QTest::newRow("high then ascii escape") << s(R"("\ud800\u0041")") << u"sammendrag"_s << u"høy surrogat"_s;
        QTest::newRow("two high surrogates") << s(R"("\ud800\ud800")") << u"sammendrag"_s << u"høy surrogat"_s;
        QTest::newRow("high then raw char") << s(R"("\uD834x")") << u"sammendrag"_s << u"høy surrogat"_s;
        QTest::newRow("unfinished surrogate escape") << s(R"("\uD800\u")") << u"sammendrag"_s << u"høy surrogat"_s;
        QTest::newRow("unfinished u escape") << s(R"("\ud8")") << u"sammendrag"_s << u"fire heksadesimale"_s;
        QTest::newRow("u escape with non-hex") << s(R"("\uqqqq")") << u"sammendrag"_s << u"fire heksadesimale"_s;
        QTest::newRow("\\x41") << s(R"("\x41")") << u"sammendrag"_s << u"«\\x»"_s;
        QTest::newRow("\\0") << s(R"("\0")") << u"sammendrag"_s << u"«\\0»"_s;
        QTest::newRow("\\a") << s(R"("\a")") << u"sammendrag"_s << u"«\\a»"_s;
        QTest::newRow("\\' (apostrophe)") << s(R"("\'")") << u"sammendrag"_s << u"«\\'»"_s;
        QTest::newRow("\\U upper") << s(R"("\U0041")") << u"sammendrag"_s << u"«\\U»"_s;
        QTest::newRow("backslash before TAB") << s("\"a\\\tb\"") << u"sammendrag"_s << u"U+0009"_s;
        QTest::newRow("backslash before e-acute") << s("\"\\\xC3\xA9\"") << u"sammendrag"_s << u"U+00E9"_s;
        QTest::newRow("raw NUL") << s(QByteArray("\"a\0b\"", 5)) << u"sammendrag"_s << u"U+0000"_s;
        QTest::newRow("raw U+0001") << s("\"a\x01" "b\"") << u"sammendrag"_s << u"U+0001"_s;
        QTest::newRow("raw TAB") << s("\"a\tb\"") << u"sammendrag"_s << u"U+0009"_s;
        QTest::newRow("raw CR") << s("\"a\rb\"") << u"sammendrag"_s << u"U+000D"_s;
        QTest::newRow("raw U+001F") << s("\"\x1F\"") << u"sammendrag"_s << u"U+001F"_s;
        QTest::newRow("raw control in object name")
            << sak(id, R"("ok")", "{\"id\":\"o1\",\"type\":\"nav-kontor\",\"navn\":\"Nav\x02\"}")
            << u"tilsynsobjekter[0].navn"_s << u"U+0002"_s;
        QTest::newRow("lone surrogate in kilder")
            << QByteArray(sak(id, R"("ok")")).replace("\"sammendrag\"", R"("kilder":["\udfff"],"sammendrag")")
            << u"kilder[0]"_s << u"lav surrogat"_s;
        QTest::newRow("overlong UTF-8") << s("\"\xC0\xAF\"") << u"-"_s << u"UTF-8"_s;
        QTest::newRow("encoded surrogate UTF-8") << s("\"\xED\xA0\x80\"") << u"-"_s << u"UTF-8"_s;
        QTest::newRow("above U+10FFFF UTF-8") << s("\"\xF4\x90\x80\x80\"") << u"-"_s << u"UTF-8"_s;
        // What the store cannot keep exactly is refused, never changed: SQLite hands U+FFFE and
        // U+FFFF back as U+FFFD and strips a leading U+FEFF as a byte-order mark.
        QTest::newRow("noncharacter U+FFFF escaped") << s(R"("a\uffffb")") << u"sammendrag"_s << u"U+FFFF"_s;
        QTest::newRow("noncharacter U+FFFF raw") << s("\"a\xEF\xBF\xBF" "b\"") << u"sammendrag"_s << u"U+FFFF"_s;
        QTest::newRow("noncharacter U+FFFE escaped") << s(R"("a\ufffeb")") << u"sammendrag"_s << u"U+FFFE"_s;
        QTest::newRow("noncharacter U+FFFE raw") << s("\"a\xEF\xBF\xBE" "b\"") << u"sammendrag"_s << u"U+FFFE"_s;
        QTest::newRow("leading U+FEFF") << s(R"("\ufeffHei")") << u"sammendrag"_s << u"U+FEFF"_s;
        // Keys given twice (issue 13 item 2).
        QTest::newRow("sammendrag twice (issue)")
            << QByteArray(sak(id, R"("første")")).replace("\"sammendrag\"", R"("sammendrag":"andre","sammendrag")")
            << u"sammendrag"_s << u"«sammendrag» står to ganger"_s;
        QTest::newRow("invalid orgnr hidden by a later valid one (issue)")
            << sak(id, R"("ok")", R"({"id":"o1","type":"nav-kontor","navn":"Nav","orgnr":"887709182","orgnr":"973218670"})")
            << u"tilsynsobjekter[0].orgnr"_s << u"«orgnr» står to ganger"_s;
        QTest::newRow("same key once escaped")
            << QByteArray(sak(id, R"("a")")).replace("\"sammendrag\"", R"("sammendrag":"b","sammendr\u0061g")")
            << u"sammendrag"_s << u"to ganger"_s;
        QTest::newRow("innsender navn twice")
            << QByteArray(sak(id, R"("a")")).replace("\"sammendrag\"", R"("innsender":{"navn":"A","navn":"B"},"sammendrag")")
            << u"innsender.navn"_s << u"to ganger"_s;
        QTest::newRow("id twice")
            << QByteArray(sak(id, R"("a")")).replace("\"sammendrag\"", QByteArray("\"id\":\"" + idNr(2) + "\",\"sammendrag\""))
            << u"id"_s << u"to ganger"_s;
}

} // namespace tekstdata
