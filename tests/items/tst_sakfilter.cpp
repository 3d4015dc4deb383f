// The filter rule on its own: which WHERE clause and values each filter gives.

#include "items/sakfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tilsyn::SakFilter;

class TestSakFilter final : public QObject
{
    Q_OBJECT

private slots:
    void tomtFilter()
    {
        SakFilter f;
        QVERIFY(f.erTom());
        QCOMPARE(f.tilSql(QDate(2025, 1, 1)).where, QString());
        f.tekst = u"   "_s;
        QVERIFY(f.erTom());
    }

    void soekeordFoldes_data()
    {
        QTest::addColumn<QString>("tekst");
        QTest::addColumn<QStringList>("ord");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QStringList>("delstrenger");
        // MATCH: every trigram of the words of three or more characters (044: no positions);
        // instr(): every word.
        QTest::newRow("one word") << u"Bodø"_s << QStringList{u"bodø"_s} << u"\"bod\" \"odø\""_s << QStringList{u"bodø"_s};
        QTest::newRow("upper case Æ Ø Å") << u"ÆRØ ÅSE"_s << QStringList{u"ærø"_s, u"åse"_s}
                                          << u"\"ærø\" \"åse\""_s << QStringList{u"ærø"_s, u"åse"_s};
        QTest::newRow("extra spaces") << u"  2024/12   Nav "_s << QStringList{u"2024/12"_s, u"nav"_s}
                                      << u"\"202\" \"024\" \"24/\" \"4/1\" \"/12\" \"nav\""_s
                                      << QStringList{u"2024/12"_s, u"nav"_s};
        QTest::newRow("short words use instr only") << u"Ås 7 bodø"_s << QStringList{u"ås"_s, u"7"_s, u"bodø"_s}
                                                    << u"\"bod\" \"odø\""_s << QStringList{u"ås"_s, u"7"_s, u"bodø"_s};
        QTest::newRow("quote escaped") << u"ab\"cd"_s << QStringList{u"ab\"cd"_s}
                                       << u"\"ab\"\"\" \"b\"\"c\" \"\"\"cd\""_s << QStringList{u"ab\"cd"_s};
        QTest::newRow("trigram once") << u"aaaa aaa"_s << QStringList{u"aaaa"_s, u"aaa"_s} << u"\"aaa\""_s
                                      << QStringList{u"aaaa"_s, u"aaa"_s};
        QTest::newRow("only short") << u"a b"_s << QStringList{u"a"_s, u"b"_s} << QString() << QStringList{u"a"_s, u"b"_s};
    }
    void soekeordFoldes()
    {
        QFETCH(QString, tekst);
        QFETCH(QStringList, ord);
        QFETCH(QString, match);
        QFETCH(QStringList, delstrenger);
        SakFilter f;
        f.tekst = tekst;
        QCOMPARE(f.soekeord(), ord);
        const SakFilter::Sql sql = f.tilSql(QDate(2025, 1, 1));
        QCOMPARE(sql.where.count(u"instr(soketekst, ?) > 0"_s), delstrenger.size());
        QCOMPARE(sql.where.count(u"MATCH ?"_s), match.isEmpty() ? 0 : 1);
        QVariantList forventet;
        if (!match.isEmpty())
            forventet.append(match);
        for (const QString &k : delstrenger)
            forventet.append(k);
        QCOMPARE(sql.verdier, forventet);
    }

    void alleFiltre()
    {
        SakFilter f;
        f.tekst = u"Hamar"_s;
        f.sektor = u"helse"_s;
        f.behandlingsmaate = 5;
        f.status = SakFilter::Status::Aapne;
        f.saksbehandler = u"kari.nordmann"_s;
        f.bareForfalte = true;
        QVERIFY(!f.erTom());
        const SakFilter::Sql sql = f.tilSql(QDate(2025, 3, 4));
        QCOMPARE(sql.where, u"WHERE rowid IN (SELECT rowid FROM tilsynssak_sok WHERE tilsynssak_sok MATCH ?) AND instr(soketekst, ?) > 0 AND sektor = ? "
                            u"AND behandlingsmaate = ? AND "
                            u"avsluttet IS NULL AND (id IN (SELECT sak_id FROM sak_tildelt WHERE bruker = ?) OR (saksbehandler = ? AND id NOT IN "
                            u"(SELECT sak_id FROM sak_tildelt))) AND ((milepel_dato IS NULL AND frist_dato <= ?) "
                            u"OR (behandlingsmaate IS NULL AND avsluttet IS NULL AND mottatt <= ?) "
                            u"OR (behandlingsmaate = 3 AND milepel_dato IS NOT NULL AND avsluttet IS NULL AND rapport_mottatt IS NULL "
                            u"AND (SELECT max(b.svarfrist) FROM brev b WHERE b.sak_id = tilsynssak.id AND b.type = 'bm3-anmodning') <= ?))"_s);
        // Over fristen: the current frist before today (2025-03-03 or earlier); the valgfrist is
        // mottatt + 14 days, so mottatt on or before 2025-02-17.
        QCOMPARE(sql.verdier, (QVariantList{u"\"ham\" \"ama\" \"mar\""_s, u"hamar"_s, u"helse"_s, 5, u"kari.nordmann"_s, u"kari.nordmann"_s,
                                            u"2025-03-03"_s, u"2025-02-17"_s, u"2025-03-03"_s}));
    }

    void bmIkkeValgt()
    {
        SakFilter f;
        f.behandlingsmaate = SakFilter::kIkkeValgtBm;
        f.status = SakFilter::Status::Avsluttede;
        const SakFilter::Sql sql = f.tilSql(QDate(2025, 1, 1));
        QCOMPARE(sql.where, u"WHERE behandlingsmaate IS NULL AND avsluttet IS NOT NULL"_s);
        QVERIFY(sql.verdier.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSakFilter)
#include "tst_sakfilter.moc"
