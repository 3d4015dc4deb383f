// Issue 10: a change that came by sync is attributed to the person who made it on the central
// store, never to this client's user — pulled (hentet fra sentralen) and merged into the answer
// of this client's own push (synkronisert).

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestSynkForfatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endringFraSentralenBaererForfatteren();

private:
    QTemporaryDir m_dir;
};

namespace {

// The users of this case's audit rows with this handling, in order, joined by '|'.
QString forfattere(SyncTestKlient &k, const QString &id, const QString &handling)
{
    QSqlQuery q(k.store().db());
    q.prepare(u"SELECT bruker FROM audit WHERE sak_id = ? AND handling = ? ORDER BY id"_s);
    q.addBindValue(id);
    q.addBindValue(handling);
    if (!q.exec())
        return u"<feil>"_s;
    QStringList ut;
    while (q.next())
        ut.append(q.value(0).toString());
    return ut.join(u'|');
}

} // namespace

void TestSynkForfatter::endringFraSentralenBaererForfatteren()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString k = pg.opprettBruker(u"kari"_s, {u"agder"_s}), p = pg.opprettBruker(u"per"_s, {u"agder"_s}),
                  a = pg.opprettBruker(u"anne"_s, {u"agder"_s}); // the central logins
    SyncTestKlient kari(m_dir.path(), u"Kari Nordmann"_s, pg.conninfo(k));
    SyncTestKlient per(m_dir.path(), u"Per Hansen"_s, pg.conninfo(p));
    SyncTestKlient anne(m_dir.path(), u"Anne Lie"_s, pg.conninfo(a));
    const QString id = kari.nySak(u"agder"_s, 500);
    kari.synk();
    per.synk();
    anne.synk();

    // Per changes two fields; Kari and Anne pull them: the row is Per's.
    per.endre(id, [](Tilsynssak &s) { s.sammendrag = u"fra Per"_s; s.alvorlig = !s.alvorlig; });
    per.synk();
    kari.synk();
    anne.synk();
    QCOMPARE(forfattere(kari, id, u"hentet fra sentralen"_s), p);
    QCOMPARE(forfattere(anne, id, u"hentet fra sentralen"_s), p);
    QCOMPARE(kari.hent(id)->sammendrag, u"fra Per"_s);

    // Anne and then Per change it before Kari pulls: both are named, in order, not Kari.
    anne.endre(id, [](Tilsynssak &s) { s.saksbehandler = u"anne"_s; });
    anne.synk();
    per.synk();
    per.endre(id, [](Tilsynssak &s) { s.sammendrag = u"igjen fra Per"_s; });
    per.synk();
    kari.synk();
    QCOMPARE(forfattere(kari, id, u"hentet fra sentralen"_s), p + u'|' + a + u", "_s + p);

    // Kari's own push merged with Anne's change: the merged-in change is Anne's; Kari's own
    // version is not pulled back as someone else's.
    anne.endre(id, [](Tilsynssak &s) { s.alvorlig = !s.alvorlig; });
    anne.synk();
    kari.endre(id, [](Tilsynssak &s) { s.sammendrag = u"fra Kari"_s; });
    kari.synk();
    QCOMPARE(kari.hent(id)->alvorlig, anne.hent(id)->alvorlig);
    QCOMPARE(forfattere(kari, id, u"synkronisert"_s).split(u'|').constLast(), a);
    QCOMPARE(forfattere(kari, id, u"lagret"_s).split(u'|').constLast(), u"Kari Nordmann"_s);
    per.synk();
    QVERIFY(!forfattere(per, id, u"hentet fra sentralen"_s).contains(u"Per Hansen"_s));
    QCOMPARE(forfattere(per, id, u"hentet fra sentralen"_s).split(u'|').constLast(), a + u", "_s + k);

    // The same field on both sides: the central store keeps Kari's text and makes no new
    // revision; Per's client takes her text with a row that is hers, not Per's.
    kari.endre(id, [](Tilsynssak &s) { s.sammendrag = u"Karis setning"_s; });
    per.endre(id, [](Tilsynssak &s) { s.sammendrag = u"Pers setning"_s; });
    kari.synk();
    QCOMPARE(per.synk().konflikter, 1);
    QCOMPARE(per.hent(id)->sammendrag, u"Karis setning"_s);
    QCOMPARE(forfattere(per, id, u"synkronisert"_s).split(u'|').constLast(), k);
}

QTEST_GUILESS_MAIN(TestSynkForfatter)
#include "tst_synkforfatter.moc"
