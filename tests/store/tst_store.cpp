// Opening the local store: pragmas, migrations, and a clear error (never a crash) for a locked,
// corrupt, foreign or newer-schema file.

#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sammendragpause.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

QVariant pragma(const Store &s, const QString &navn)
{
    QSqlQuery q(s.db());
    if (!q.exec(u"PRAGMA "_s + navn) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TstStore final : public QObject
{
    Q_OBJECT

private slots:
    void nyttLagerFaarSkjemaOgPragmaer()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"under/mappe/lager.sqlite"_s);
        auto s = Store::aapne(sti);
        QVERIFY(QFile::exists(sti));
        QCOMPARE(s->versjon(), Store::skjemaversjon());
        QVERIFY(Store::skjemaversjon() >= 1);
        QCOMPARE(pragma(*s, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(*s, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(*s, u"synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(s->integritetssjekk(), u"ok"_s);
        QVERIFY(!s->klientId().isEmpty());
    }

    void gjenaapningBeholderKlientId()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        QString id;
        {
            auto s = Store::aapne(sti);
            id = s->klientId();
        }
        auto s = Store::aapne(sti);
        QCOMPARE(s->klientId(), id);
    }

    void nyereSkjemaAvvises()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        {
            auto s = Store::aapne(sti);
            QSqlQuery q(s->db());
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        }
        try {
            Store::aapne(sti);
            QFAIL("a newer schema was opened");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::NyereSkjema);
            QVERIFY2(e.melding().contains(u"999"_s), qPrintable(e.melding()));
        }
    }

    void korruptFilAvvises()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        QFile f(sti);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray foer = [&] { QFile g(sti); g.open(QIODevice::ReadOnly); return g.readAll(); }();
        try {
            Store::aapne(sti);
            QFAIL("a corrupt file was opened");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Korrupt);
        }
        QFile g(sti);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), foer); // untouched
    }

    void fremmedSqliteAvvises()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"annen.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fremmed"_s);
            db.setDatabaseName(sti);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE noe (x)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fremmed"_s);
        try {
            Store::aapne(sti);
            QFAIL("a foreign SQLite file was taken over");
        } catch (const StoreError &e) {
            QVERIFY2(e.melding().contains(u"ikke et Tilsynsklient-lager"_s), qPrintable(e.melding()));
        }
    }

    void laastLagerGirTydeligFeil()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        auto a = Store::aapne(sti);
        auto b = Store::aapne(sti, Store::Valg{.ventetidMs = 100});
        Transaksjon holder(a->db()); // a holds the write lock
        try {
            Transaksjon t(b->db());
            QFAIL("a second writer got the lock");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Laast);
            QVERIFY2(e.melding().contains(u"låst"_s), qPrintable(e.melding()));
        }
    }

    void lesKunnKreverEksisterendeFil()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::aapne(dir.filePath(u"finnes-ikke.sqlite"_s), {.lesKunn = true}));
        QVERIFY(!QFile::exists(dir.filePath(u"finnes-ikke.sqlite"_s)));
    }

    // Migration 048 makes sync_sak a rowid table: from the WITHOUT ROWID shape of 003/027 the
    // rows, the summary's sums, the index and the three summary triggers are kept, and the
    // triggers still keep the sums after it. Run again (tst_rapportcli rewinds), it changes nothing.
    void syncSakBlirRowidTabell()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        auto verdi = [](const Store &s, const QString &sql) {
            QSqlQuery q(s.db());
            return q.exec(sql) && q.next() ? q.value(0).toString() : u"<feil: %1>"_s.arg(q.lastError().text());
        };
        const QString rader = u"SELECT group_concat(sak_id || ':' || embete || ':' || quote(rev) || ':' || "
                              u"quote(dokument) || ':' || siste_rev || ':' || epoke || ':' || sammendrag_digest, ';') "
                              u"FROM (SELECT * FROM sync_sak ORDER BY sak_id)"_s;
        const QString summer = u"SELECT (SELECT group_concat(embete || epoke || boette || ':' || antall || ':' || hash, ';') "
                               u"FROM sync_sammendrag_boette) || '|' || (SELECT group_concat(embete || epoke || ':' || "
                               u"antall || ':' || hash, ';') FROM sync_sammendrag)"_s;
        QString foerRader, foerSummer;
        {
            auto s = Store::aapne(sti);
            QSqlQuery q(s->db());
            // The old shape: the table as 003 and 027 left it, WITHOUT ROWID and no triggers yet.
            const QString sql = verdi(*s, u"SELECT sql FROM sqlite_schema WHERE name = 'sync_sak'"_s);
            QVERIFY(!sql.contains(u"WITHOUT ROWID"_s));
            QVERIFY(q.exec(u"DROP TABLE sync_sak"_s));
            QVERIFY(q.exec(QString(sql).replace(u"\"sync_sak\""_s, u"sync_sak"_s) + u" WITHOUT ROWID"_s));
            QVERIFY(q.exec(u"CREATE INDEX sync_sak_embete ON sync_sak (embete, epoke)"_s));
            for (const QString &rad : {u"('00000000-0000-4000-8000-0000000000a1', 'agder', 3, '{\"id\":1}', 4, 'e1')"_s,
                                       u"('00000000-0000-4000-8000-0000000000b2', 'agder', NULL, NULL, 7, 'e1')"_s,
                                       u"('00000000-0000-4000-8000-0000000000c3', 'rogaland', 1, '{}', 1, 'e1')"_s})
                QVERIFY(q.exec(u"INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) VALUES "_s + rad));
            QVERIFY(q.exec(u"INSERT INTO sync_sammendrag_boette (embete, epoke, boette, antall, hash) SELECT embete, "
                           u"epoke, sammendrag_boette, count(*), sum(sammendrag_digest) % 4611686018427387904 FROM "
                           u"sync_sak GROUP BY 1, 2, 3"_s));
            QVERIFY(q.exec(u"INSERT INTO sync_sammendrag (embete, epoke, antall, hash) SELECT embete, epoke, count(*), "
                           u"sum(sammendrag_digest) % 4611686018427387904 FROM sync_sak GROUP BY 1, 2"_s));
            QVERIFY(q.exec(u"PRAGMA user_version=47"_s));
            foerRader = verdi(*s, rader);
            foerSummer = verdi(*s, summer);
            QCOMPARE(foerRader.count(u';'), 2);
        }
        for (int gang = 0; gang < 2; ++gang) {
            auto s = Store::aapne(sti);
            QCOMPARE(s->versjon(), Store::skjemaversjon());
            QVERIFY(!verdi(*s, u"SELECT sql FROM sqlite_schema WHERE name = 'sync_sak'"_s).contains(u"WITHOUT ROWID"_s));
            QCOMPARE(verdi(*s, u"SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'sync_sak' AND (type = 'trigger' "
                                u"OR name = 'sync_sak_embete')"_s), u"4"_s);
            QCOMPARE(verdi(*s, rader), foerRader);
            QCOMPARE(verdi(*s, summer), foerSummer);
            QSqlQuery q(s->db());
            QVERIFY(q.exec(u"PRAGMA user_version=47"_s)); // the second round runs 048 on its own result
        }
        auto s = Store::aapne(sti);
        QSqlQuery q(s->db());
        QVERIFY(q.exec(u"INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) VALUES "
                       u"('00000000-0000-4000-8000-0000000000d4', 'agder', 2, '{}', 2, 'e1')"_s));
        QCOMPARE(verdi(*s, u"SELECT antall FROM sync_sammendrag WHERE embete = 'agder'"_s), u"3"_s);
        QCOMPARE(verdi(*s, u"SELECT hash = (SELECT sum(sammendrag_digest) % 4611686018427387904 FROM sync_sak WHERE "
                            u"embete = 'agder') FROM sync_sammendrag WHERE embete = 'agder'"_s), u"1"_s);
    }

    // The sync summary of a bulk first sync (SammendragPause: sums made in C++, one upsert per
    // bucket) equals what the trigger makes row by row, for ids whose bucket is outside 0..4095
    // (not UUIDs: a character that is no hex digit counts -1) as well as for UUIDs in either case,
    // across two offices; and the digest columns (053) agree with the C++ digest (else the pause
    // would fall back to SQL and say so).
    void sammendragPauseSomTriggeren()
    {
        const QList<std::tuple<QString, QString, qint64>> rader{
            {u"0a1b2c3d-0000-4000-8000-00000000a1f3"_s, u"agder"_s, 7},
            {u"0A1B2C3D-0000-4000-8000-00000000B2E4"_s, u"agder"_s, 3},
            {u"00000000-0000-4000-8000-0000000zzzzz"_s, u"agder"_s, 5},
            {u"00000000-0000-4000-8000-00000000zz12"_s, u"agder"_s, 1},
            {u"kort"_s, u"rogaland"_s, 2},
            {u"11111111-2222-4333-8444-555555555555"_s, u"rogaland"_s, 9},
            {u"11111111-2222-4333-8444-55555555555g"_s, u"rogaland"_s, 4},
        };
        QTemporaryDir dir;
        const QString innsett = u"INSERT INTO sync_sak (sak_id, embete, rev, dokument, siste_rev, epoke) VALUES (?, ?, ?, NULL, ?, 'e1')"_s;
        auto kjoer = [&innsett](Store &s, const std::tuple<QString, QString, qint64> &r) {
            QSqlQuery q(s.db());
            q.prepare(innsett);
            for (const QVariant &v : {QVariant(std::get<0>(r)), QVariant(std::get<1>(r)), QVariant(std::get<2>(r)),
                                      QVariant(std::get<2>(r))})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        auto medTrigger = Store::aapne(dir.filePath(u"trigger.sqlite"_s));
        for (const auto &r : rader)
            kjoer(*medTrigger, r);
        auto pauset = Store::aapne(dir.filePath(u"pause.sqlite"_s));
        QStringList advarsler;
        static QStringList *fanget = nullptr;
        fanget = &advarsler;
        const QtMessageHandler foer = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            fanget->append(m);
        });
        {
            SammendragPause pause(pauset->db());
            for (const auto &r : rader) {
                kjoer(*pauset, r);
                pause.legg(std::get<1>(r), u"e1"_s, std::get<0>(r), std::get<2>(r));
            }
            pause.ferdig({u"agder"_s, u"rogaland"_s});
        }
        qInstallMessageHandler(foer);
        QCOMPARE(advarsler, QStringList());
        QVERIFY(SammendragPause::boette(std::get<0>(rader[2])) < 0);
        for (const QString &sql : {u"SELECT embete || epoke || ':' || boette || ':' || antall || ':' || hash FROM "
                                   u"sync_sammendrag_boette ORDER BY embete, epoke, boette"_s,
                                   u"SELECT embete || epoke || ':' || antall || ':' || hash FROM sync_sammendrag ORDER BY embete"_s,
                                   u"SELECT count(*) FROM sqlite_schema WHERE name = 'sync_sak_sammendrag_ny'"_s}) {
            QSqlQuery a(medTrigger->db()), b(pauset->db());
            QVERIFY(a.exec(sql) && b.exec(sql));
            QStringList ra, rb;
            while (a.next())
                ra.append(a.value(0).toString());
            while (b.next())
                rb.append(b.value(0).toString());
            QVERIFY(!ra.isEmpty());
            QCOMPARE(rb, ra);
        }
    }

    void meta()
    {
        QTemporaryDir dir;
        auto s = Store::aapne(dir.filePath(u"l.sqlite"_s));
        s->settMeta(u"a"_s, u"1"_s);
        s->settMeta(u"a"_s, u"2"_s);
        QCOMPARE(s->meta(u"a"_s), u"2"_s);
        QCOMPARE(s->meta(u"mangler"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
