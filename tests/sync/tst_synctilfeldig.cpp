// A randomized many-client run (fixed seed) against a real PostgreSQL: random creates, edits,
// syncs and kills (after the server commit, and in the middle of a pull page), then checks the
// invariants: every acknowledged edit is in the history or a recorded conflict, no duplicate ids
// or saksnummer, all clients of an office equal.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "sync/sentralfeil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestSyncTilfeldig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invarianterHolder();
};

void TestSyncTilfeldig::invarianterHolder()
{
    QTemporaryDir dir;
    PgTestMiljo pg;
    const QStringList embeter{u"agder"_s, u"rogaland"_s};
    for (const QString &e : embeter)
        pg.opprettEmbete(e);
    struct Deltaker
    {
        QString embete;
        std::unique_ptr<SyncTestKlient> klient;
    };
    std::vector<Deltaker> d;
    const QStringList fordeling{u"agder"_s, u"agder"_s, u"agder"_s, u"rogaland"_s, u"rogaland"_s};
    for (qsizetype i = 0; i < fordeling.size(); ++i) {
        const QString bruker = pg.opprettBruker(u"r%1"_s.arg(i), {fordeling[i]});
        d.push_back({fordeling[i], std::make_unique<SyncTestKlient>(dir.path(), u"r%1"_s.arg(i), pg.conninfo(bruker))});
    }

    QRandomGenerator rng(20261122);
    QHash<QString, int> opprettet; // embete -> cases created
    int drept = 0;
    for (int steg = 0; steg < 160; ++steg) {
        Deltaker &x = d[rng.bounded(int(d.size()))];
        const int valg = rng.bounded(100);
        const QStringList ider = [&] {
            QStringList ut;
            QSqlQuery q(x.klient->store().db());
            q.exec(u"SELECT id FROM tilsynssak ORDER BY id"_s);
            while (q.next())
                ut.append(q.value(0).toString());
            return ut;
        }();
        if (valg < 25 || ider.isEmpty()) {
            x.klient->nySak(x.embete, rng.generate());
            ++opprettet[x.embete];
        } else if (valg < 70) {
            const QString id = ider[rng.bounded(int(ider.size()))];
            const int felt = rng.bounded(3);
            const QString verdi = u"s%1"_s.arg(steg);
            x.klient->endre(id, [&](Tilsynssak &s) {
                if (felt == 0)
                    s.sammendrag = verdi;
                else if (felt == 1)
                    s.saksbehandler = verdi;
                else
                    s.alvorlig = !s.alvorlig;
            });
        } else if (valg < 88) {
            x.klient->synk();
        } else {
            const auto avbrudd = valg < 94 ? SynkMotor::Avbrudd::EtterPushSvar : SynkMotor::Avbrudd::MidtIPullSide;
            try {
                x.klient->synk(avbrudd);
            } catch (const SentralFeil &) {
                ++drept;
            }
        }
    }
    // Reconnect everyone until nothing moves.
    for (int runde = 0; runde < 6; ++runde) {
        int bevegelse = 0;
        for (auto &x : d) {
            const auto r = x.klient->synk();
            QCOMPARE(r.avvist, 0);
            QCOMPARE(r.avvik, 0);
            bevegelse += r.pushet + r.hentet;
        }
        if (bevegelse == 0)
            break;
        QVERIFY2(runde < 5, "the clients do not settle");
    }
    qInfo("created %d + %d cases, %d syncs killed, %d conflicts recorded", opprettet.value(u"agder"_s),
          opprettet.value(u"rogaland"_s), drept, pg.verdi(u"SELECT count(*) FROM konflikt"_s).toInt());
    QVERIFY(drept > 0);

    for (const QString &e : embeter) {
        // No duplicate ids or saksnummer; every case created is on the server once.
        QCOMPARE(pg.verdi(u"SELECT count(*) FROM sak WHERE embete = ?"_s, {e}).toInt(), opprettet.value(e));
        QCOMPARE(pg.verdi(u"SELECT count(DISTINCT saksnummer) FROM sak WHERE embete = ?"_s, {e}).toInt(), opprettet.value(e));
    }
    // All clients of an office are equal (and hold exactly their office's cases).
    for (const auto &x : d) {
        for (const auto &y : d) {
            if (x.embete == y.embete)
                QCOMPARE(x.klient->alle(), y.klient->alle());
        }
        QCOMPARE(x.klient->alle().size(), opprettet.value(x.embete));
        QCOMPARE(x.klient->antallIUtboks(u"ventende"_s) + x.klient->antallIUtboks(u"sendt"_s), 0);
    }
    // Every acknowledged op is in the ledger and its revision in the history; every value it sent
    // for sammendrag/saksbehandler is in the history or recorded as a conflict ("mine").
    int sjekket = 0;
    for (const auto &x : d) {
        QSqlQuery q(x.klient->store().db());
        QVERIFY(q.exec(u"SELECT op_id, dokument, (SELECT verdi FROM meta WHERE noekkel = 'klient_id') FROM outbox "
                       u"WHERE status = 'ferdig'"_s));
        while (q.next()) {
            const QString opId = q.value(0).toString();
            const QJsonObject sendt = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            QVERIFY(pg.verdi(u"SELECT EXISTS (SELECT 1 FROM op_logg o JOIN sak_historikk h ON h.rev = "
                             u"(o.resultat->>'rev')::bigint AND h.embete = ? WHERE o.klient_id = ? AND o.op_id = ?)"_s,
                             {x.embete, q.value(2).toString(), opId}).toBool());
            for (const char *felt : {"sammendrag", "saksbehandler"}) {
                const QString verdi = sendt.value(QLatin1StringView(felt)).toString();
                if (verdi.isEmpty())
                    continue;
                QVERIFY2(pg.verdi(u"SELECT EXISTS (SELECT 1 FROM sak_historikk WHERE sak_id = ?::uuid AND dokument->>? = ?) "
                                  u"OR EXISTS (SELECT 1 FROM konflikt WHERE sak_id = ?::uuid AND mine = to_jsonb(?::text))"_s,
                                  {sendt.value("id"_L1).toString(), QString::fromLatin1(felt), verdi,
                                   sendt.value("id"_L1).toString(), verdi}).toBool(),
                         qPrintable(u"lost: %1 = %2"_s.arg(QLatin1StringView(felt), verdi)));
                ++sjekket;
            }
        }
    }
    QVERIFY(sjekket > 50);
    // Every conflict is durable on the server and known to the client that caused it.
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM konflikt"_s).toInt(),
             [&] { int n = 0; for (const auto &x : d) n += x.klient->verdi(u"SELECT count(*) FROM sync_konflikt"_s).toInt(); return n; }());
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSyncTilfeldig t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_synctilfeldig.moc"
