// The leader's count of letters waiting for approval (session 16): the status bar read the whole
// queue after every sync (Dokumentflyt::tilGodkjenning: every version of every letter, its newest
// step, its case, names) to show one number. Now one COUNT on the index of godkjenningskoe (local
// migration 064), a table the store's triggers keep where the queue changes. Here, against a real
// SQLite store: the count equals the queue the leader's window reads right after each step
// (sent, approved, returned, sent again, a newer version, a step the central store refused, a
// step pulled by sync, a case moved to another office, another leader, another office), survives
// the migration run again, and its query plan reads only that index.

#include "../letters/brevtestdata.h"

#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "letters/brevutkast.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestGodkjenningskoe final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;

    void aapne()
    {
        m_saker.reset();
        m_store.reset();
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
    }

    Tilsynssak nySak(const QString &embete)
    {
        Tilsynssak s = test::brevsak(5);
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.embete = embete;
        s.saksnummer = u"2024/%1"_s.arg(QRandomGenerator::global()->bounded(1000, 9999));
        const auto r = m_saker->lagre(s, Endringskontekst{.bruker = u"kari"_s, .tidspunkt = QDateTime::currentDateTimeUtc()});
        if (!r.ok())
            qFatal("ugyldig testsak: %s", qUtf8Printable(r.problemer.constFirst().melding));
        return *m_saker->hent(s.id);
    }

    // Sends a new version of the decision letter of `sak` for approval to `til` ('' = the office's leaders).
    Utkastversjon send(Dokumentflyt &flyt, const Tilsynssak &sak, const QString &til, const QString &fritekst = {})
    {
        Brevutkast u = foreslaaUtkast(sak, u"bm5-avgjorelse"_s, QDate(2026, 12, 2));
        if (!fritekst.isEmpty())
            u.fritekst.insert(u"saksforhold"_s, fritekst);
        const Utkastversjon v = flyt.lagreUtkast(sak, u, u"kari"_s);
        flyt.sendTilGodkjenning(v.id, til, u"Se på § 4"_s, u"kari"_s);
        return v;
    }

    QString sisteSteg(const QString &versjon)
    {
        return Dokumentflyt(*m_store).sisteSteg(versjon)->id;
    }

    // The count each leader sees and the rows of the queue the window reads: the same.
    static bool lik(const Dokumentflyt &flyt, const QString &meg, int forventet)
    {
        const int antall = flyt.antallTilGodkjenning(meg);
        const int rader = int(flyt.tilGodkjenning(meg).size());
        if (antall != forventet || rader != forventet)
            qWarning("%s: count %d, queue %d rows, expected %d", qPrintable(meg), antall, rader, forventet);
        return antall == forventet && rader == forventet;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        aapne();
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"INSERT INTO sentral_bruker VALUES ('agder', 'kari', 0), ('agder', 'anne', 1), "
                       u"('agder', 'per', 1), ('rogaland', 'anne', 1)"_s));
    }

    void antalletFoelgerKoeen()
    {
        Dokumentflyt flyt(*m_store);
        const Tilsynssak a = nySak(u"agder"_s);
        const Tilsynssak b = nySak(u"agder"_s);
        const Tilsynssak r = nySak(u"rogaland"_s);
        const Utkastversjon va = send(flyt, a, {});
        QVERIFY(lik(flyt, u"anne"_s, 0)); // not a leader: no role learnt at sync
        m_store->settMeta(u"sentral_lederroller"_s, u"agder"_s);
        QVERIFY(lik(flyt, u"anne"_s, 1));
        const Utkastversjon vb = send(flyt, b, u"per"_s);
        send(flyt, r, {}); // another office's
        QVERIFY(lik(flyt, u"anne"_s, 1)); // b's letter is Per's
        QVERIFY(lik(flyt, u"per"_s, 2));

        // Approved: out of the queue at once; returned: out too.
        flyt.behandle(va.id, Flytstatus::Godkjent, {}, u"anne"_s, Brevperson{u"Anne Leder"_s, u"seksjonssjef"_s, {}});
        QVERIFY(lik(flyt, u"anne"_s, 0));
        QVERIFY(lik(flyt, u"per"_s, 1));
        flyt.behandle(vb.id, Flytstatus::SendtTilbake, u"Begrunn bedre."_s, u"per"_s, {});
        QVERIFY(lik(flyt, u"per"_s, 0));

        // The returned letter edited (a new version, not sent yet), then sent again to all leaders.
        Brevutkast endret = foreslaaUtkast(b, u"bm5-avgjorelse"_s, QDate(2026, 12, 2));
        endret.fritekst.insert(u"saksforhold"_s, u"Bedre begrunnet."_s);
        const Utkastversjon vb2 = flyt.lagreUtkast(b, endret, u"kari"_s);
        QVERIFY(lik(flyt, u"per"_s, 0));
        flyt.sendTilGodkjenning(vb2.id, {}, {}, u"kari"_s);
        QVERIFY(lik(flyt, u"per"_s, 1));
        QVERIFY(lik(flyt, u"anne"_s, 1));
        // Edited again while it waits: the waiting version is no longer the letter's newest.
        endret.fritekst.insert(u"saksforhold"_s, u"Enda bedre begrunnet."_s);
        const Utkastversjon vb3 = flyt.lagreUtkast(b, endret, u"kari"_s);
        QVERIFY(lik(flyt, u"anne"_s, 0));
        flyt.sendTilGodkjenning(vb3.id, {}, {}, u"kari"_s);
        QVERIFY(lik(flyt, u"anne"_s, 1));

        // Anne approves offline; the central store refuses the step (as FlytSynk writes it):
        // the letter waits again.
        flyt.behandle(vb3.id, Flytstatus::Godkjent, {}, u"anne"_s, Brevperson{u"Anne Leder"_s, u"seksjonssjef"_s, {}});
        QVERIFY(lik(flyt, u"anne"_s, 0));
        QSqlQuery q(m_store->db());
        q.prepare(u"UPDATE dokumentflyt SET avvist = 'ikke leder' WHERE id = ?"_s);
        q.addBindValue(sisteSteg(vb3.id));
        QVERIFY(q.exec());
        QVERIFY(lik(flyt, u"anne"_s, 1));

        // The send step accepted by the central store (its order, rev 5); Per's approval pulled
        // by sync after it (rev 7): out; then the send step's order moved after it by a later pull
        // (rev 9): in again. Both as FlytSynk writes them.
        QVERIFY(q.exec(u"UPDATE dokumentflyt SET rev = 5 WHERE utkast_id = '%1' AND status = 'Til godkjenning'"_s.arg(vb3.id)));
        QVERIFY(lik(flyt, u"anne"_s, 1));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(u"INSERT INTO dokumentflyt (id, utkast_id, sak_id, fra, til, status, sendt, mottatt, rev) "
                  u"VALUES (?, ?, ?, 'per', 'kari', 'Godkjent', '2026-12-02T08:00:00.000Z', '2026-12-02T08:00:01.000Z', 7)"_s);
        q.addBindValue(id);
        q.addBindValue(vb3.id);
        q.addBindValue(b.id);
        QVERIFY(q.exec());
        QVERIFY(lik(flyt, u"anne"_s, 0));
        QVERIFY(q.exec(u"UPDATE dokumentflyt SET rev = 9 WHERE utkast_id = '%1' AND status = 'Til godkjenning'"_s.arg(vb3.id)));
        QVERIFY(lik(flyt, u"anne"_s, 1));

        // The case moved to another office: no longer hers; back: hers again.
        QVERIFY(q.exec(u"UPDATE tilsynssak SET embete = 'vestland' WHERE id = '%1'"_s.arg(b.id)));
        QVERIFY(lik(flyt, u"anne"_s, 0));
        QVERIFY(q.exec(u"UPDATE tilsynssak SET embete = 'agder' WHERE id = '%1'"_s.arg(b.id)));
        QVERIFY(lik(flyt, u"anne"_s, 1));

        // Leader in two offices: both counted.
        m_store->settMeta(u"sentral_lederroller"_s, u"agder,rogaland"_s);
        QVERIFY(lik(flyt, u"anne"_s, 2));

        // The migration run again over these letters (tests rewind user_version): the same rows.
        QVERIFY(q.exec(u"SELECT group_concat(sak_id || brev || utkast_id || til || embete, ',') FROM "
                       u"(SELECT * FROM godkjenningskoe ORDER BY sak_id, brev)"_s) && q.next());
        const QString foer = q.value(0).toString();
        q.finish();
        QVERIFY(q.exec(u"PRAGMA user_version = 63"_s));
        q = QSqlQuery();
        aapne();
        QSqlQuery etter(m_store->db());
        QVERIFY(etter.exec(u"SELECT group_concat(sak_id || brev || utkast_id || til || embete, ',') FROM "
                           u"(SELECT * FROM godkjenningskoe ORDER BY sak_id, brev)"_s) && etter.next());
        QCOMPARE(etter.value(0).toString(), foer);
        QVERIFY(lik(Dokumentflyt(*m_store), u"anne"_s, 2));
    }

    // One COUNT that reads the index of the queue table only: no scan of the versions, the steps
    // or the cases, for one office or several (the old count read the queue's rows: SCAN v).
    void tellingenLeserBareIndeksen()
    {
        for (const qsizetype embeter : {1, 3}) {
            QSqlQuery q(m_store->db());
            QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN "_s + Dokumentflyt::antallTilGodkjenningSql(embeter)));
            for (qsizetype i = 0; i < embeter; ++i)
                q.addBindValue(u"agder"_s);
            q.addBindValue(u"anne"_s);
            QVERIFY(q.exec());
            QStringList plan;
            while (q.next())
                plan.append(q.value(3).toString());
            const QString alt = plan.join(u" | "_s);
            QVERIFY2(!plan.isEmpty(), qPrintable(alt));
            for (const QString &steg : std::as_const(plan))
                QVERIFY2(steg.contains(u"USING COVERING INDEX godkjenningskoe_leder"_s) && !steg.startsWith(u"SCAN"_s),
                         qPrintable(alt));
        }
    }
};

QTEST_GUILESS_MAIN(TestGodkjenningskoe)
#include "tst_godkjenningskoe.moc"
