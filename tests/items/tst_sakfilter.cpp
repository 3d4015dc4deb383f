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
        QTest::newRow("one word") << u"Bodø"_s << QStringList{u"bodø"_s};
        QTest::newRow("upper case Æ Ø Å") << u"ÆRØ ÅSE"_s << QStringList{u"ærø"_s, u"åse"_s};
        QTest::newRow("extra spaces") << u"  2024/12   Nav "_s << QStringList{u"2024/12"_s, u"nav"_s};
    }
    void soekeordFoldes()
    {
        QFETCH(QString, tekst);
        QFETCH(QStringList, ord);
        SakFilter f;
        f.tekst = tekst;
        QCOMPARE(f.soekeord(), ord);
        const SakFilter::Sql sql = f.tilSql(QDate(2025, 1, 1));
        QCOMPARE(sql.where.count(u"instr(soketekst, ?) > 0"_s), ord.size());
        QCOMPARE(sql.verdier.size(), ord.size());
        for (qsizetype i = 0; i < ord.size(); ++i)
            QCOMPARE(sql.verdier[i].toString(), ord[i]);
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
        QCOMPARE(sql.where, u"WHERE instr(soketekst, ?) > 0 AND sektor = ? AND behandlingsmaate = ? AND "
                            u"avsluttet IS NULL AND saksbehandler = ? AND milepel_dato IS NULL AND frist_dato < ?"_s);
        QCOMPARE(sql.verdier, (QVariantList{u"hamar"_s, u"helse"_s, 5, u"kari.nordmann"_s, u"2025-03-04"_s}));
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
