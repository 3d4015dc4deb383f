// The no-op sync's status call (tilsyn_synkstatus, central 009: the users' fingerprint walks the
// office role's members in pg_auth_members instead of asking pg_has_role of every login role)
// against a real PostgreSQL: the fingerprint is the one version 8 computed, changes with every
// change to an office's users and leader roles (also through a group role), not with another
// office's, and shows a user only the offices it holds; a central store at version 8 with data
// migrates and reports the same status afterwards.

#include "pgtestmiljo.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "sync/sentralskjema.h"
#include "sync/sentraltilkobling.h"
#include "sync/synclager.h"
#include "sync/synksammendrag.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

// Every row of tilsyn_synkstatus() as `user` sees it, by office: the columns after the version,
// joined with '|'.
QMap<QString, QString> status(const QString &conninfo)
{
    SentralTilkobling t(conninfo);
    QSqlQuery q = t.kjoer(u"SELECT * FROM tilsyn_synkstatus()"_s, {}, "status");
    QMap<QString, QString> ut;
    while (q.next()) {
        QStringList felt;
        for (int i = 1; i < q.record().count(); ++i)
            felt.append(q.value(i).toString());
        ut.insert(q.value(2).toString(), felt.join(u'|'));
    }
    return ut;
}

// The users' fingerprint of `embete` as version 8 computed it (pg_has_role of every login role).
QString referanse(const PgTestMiljo &pg, const QString &embete)
{
    const QString e = QString(embete).replace(u'-', u'_');
    return pg.verdi(u"SELECT md5(coalesce(string_agg(r.rolname || CASE WHEN pg_has_role(r.oid, 'tilsyn_leder_%1', "
                    u"'MEMBER') THEN ':1' ELSE ':0' END, ',' ORDER BY r.rolname), '')) FROM pg_roles r "
                    u"WHERE r.rolcanlogin AND NOT r.rolsuper AND pg_has_role(r.oid, 'tilsyn_embete_%1', 'MEMBER')"_s.arg(e))
        .toString();
}

QString brukere(const QMap<QString, QString> &s, const QString &embete)
{
    return s.value(embete).section(u'|', -1);
}

} // namespace

class TestSynkStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingeravtrykketFoelgerBrukerne();
    void sentralPaaVersjon8MigreresMedSammeStatus();
};

void TestSynkStatus::fingeravtrykketFoelgerBrukerne()
{
    PgTestMiljo pg;
    // Offices of this test only: roles belong to the whole cluster, which other tests share.
    const QString ekstra = pg.dbNavn().mid(9);
    const QString a = u"sa-"_s + ekstra, b = u"sb-"_s + ekstra, ar = u"sa_"_s + ekstra, br = u"sb_"_s + ekstra;
    for (const QString &e : {a, b})
        pg.opprettEmbete(e);
    const QString kari = pg.opprettBruker(u"kari"_s, {a});
    pg.opprettBruker(u"per"_s, {b});
    const QString somKari = pg.conninfo(kari);
    const QString gruppe = u"gruppe_"_s + ekstra, ola = u"ola_"_s + ekstra, ola2 = u"ola2_"_s + ekstra;

    QMap<QString, QString> s = status(somKari);
    QCOMPARE(s.keys(), QStringList{a}); // never another office's row
    QString forrige = brukere(s, a);
    QCOMPARE(forrige, referanse(pg, a));
    QCOMPARE(s.value(a).section(u'|', 3, 3), u"false"_s); // kari is no leader yet

    // Each change to the office's users or leader roles: a new fingerprint, the one version 8 gives.
    const QList<std::pair<const char *, QString>> endringer{
        {"a user through a group role", u"CREATE ROLE %1 NOLOGIN; GRANT tilsyn_embete_%3 TO %1; "
                                        u"CREATE ROLE %2 LOGIN; GRANT %1 TO %2"_s.arg(gruppe, ola, ar)},
        {"a leader role", u"GRANT tilsyn_leder_%2 TO %1"_s.arg(ola, ar)},
        {"a renamed user", u"ALTER ROLE %1 RENAME TO %2"_s.arg(ola, ola2)},
        {"a user who can no longer log in", u"ALTER ROLE %1 NOLOGIN"_s.arg(ola2)},
        {"a user who can log in again", u"ALTER ROLE %1 LOGIN"_s.arg(ola2)},
        {"a leader role taken back", u"REVOKE tilsyn_leder_%2 FROM %1"_s.arg(ola2, ar)},
        {"the group taken from the user", u"REVOKE %1 FROM %2"_s.arg(gruppe, ola2)},
    };
    for (const auto &[hva, sql] : endringer) {
        pg.verdi(sql + u"; SELECT 1"_s);
        s = status(somKari);
        const QString naa = brukere(s, a);
        QVERIFY2(naa != forrige, hva);
        QVERIFY2(naa == referanse(pg, a), hva);
        QCOMPARE(s.keys(), QStringList{a});
        forrige = naa;
    }

    // Another office's new user and leader: the office's fingerprint stays, the other stays hidden.
    const QString ny = pg.opprettBruker(u"ny"_s, {b});
    pg.verdi(u"GRANT tilsyn_leder_%2 TO %1; SELECT 1"_s.arg(ny, br));
    s = status(somKari);
    QCOMPARE(s.keys(), QStringList{a});
    QCOMPARE(brukere(s, a), forrige);

    // The caller's own leader role.
    pg.verdi(u"GRANT tilsyn_leder_%2 TO %1; SELECT 1"_s.arg(kari, ar));
    s = status(somKari);
    QCOMPARE(s.value(a).section(u'|', 3, 3), u"true"_s);
    QVERIFY(brukere(s, a) != forrige);
    QCOMPARE(brukere(s, a), referanse(pg, a));
    pg.verdi(u"DROP ROLE %1; DROP ROLE %2; SELECT 1"_s.arg(ola2, gruppe));
}

void TestSynkStatus::sentralPaaVersjon8MigreresMedSammeStatus()
{
    PgTestMiljo pg;
    const QString ekstra = pg.dbNavn().mid(9);
    const QString a = u"ma-"_s + ekstra, b = u"mb-"_s + ekstra;
    pg.opprettEmbete(a);
    pg.opprettEmbete(b);
    const QString kari = pg.opprettBruker(u"kari"_s, {a, b});
    const QString per = pg.opprettBruker(u"per"_s, {b});
    pg.verdi(u"GRANT tilsyn_leder_mb_%2 TO %1; SELECT 1"_s.arg(kari, ekstra));
    // A version 8 store, as central init of the previous release made it, with data.
    const QString db = pg.dbNavn() + u"_v8"_s;
    pg.vedlikehold().kjoer(u"CREATE DATABASE %1"_s.arg(db), {}, "v8");
    const QString admin = u"dbname=%1 user=postgres"_s.arg(db);
    {
        SentralTilkobling t(admin);
        for (int nr = 1; nr <= 8; ++nr) {
            const QStringList filer = QDir(u":/sql/central"_s).entryList({u"%1_*.sql"_s.arg(nr, 3, 10, QChar(u'0'))});
            QCOMPARE(filer.size(), 1);
            QFile f(u":/sql/central/"_s + filer.constFirst());
            QVERIFY(f.open(QIODevice::ReadOnly));
            t.kjoer(QString::fromUtf8(f.readAll()), {}, "v8");
        }
        t.kjoer(u"INSERT INTO tilsyn_meta VALUES ('skjemaversjon', '8')"_s, {}, "v8");
        t.kjoer(u"SELECT tilsyn_opprett_embete('%1'), tilsyn_opprett_embete('%2')"_s.arg(a, b), {}, "v8");
    }
    CaseGenerator g(Katalog::innebygd(), 19);
    QJsonArray ops;
    for (int i = 0; i < 4; ++i) {
        Tilsynssak s = g.neste();
        s.id = nyId();
        s.embete = i % 2 == 0 ? a : b;
        s.saksnummer.reset();
        ops.append(QJsonObject{{"op_id"_L1, nyId()}, {"sak_id"_L1, s.id}, {"base_rev"_L1, QJsonValue()},
                               {"dokument"_L1, SyncLager::dokument(s)}});
    }
    const QString somKari = u"dbname=%1 user=%2"_s.arg(db, kari);
    {
        SentralTilkobling t(somKari);
        t.kjoer(u"SELECT tilsyn_push('v8', ?::jsonb)"_s, {QString::fromUtf8(QJsonDocument(ops).toJson())}, "push");
        SentralTilkobling adm(admin);
        adm.kjoer(u"INSERT INTO tilsyn_data.flyt_rev VALUES ('%1', 7); INSERT INTO tilsyn_data.journal_rev "
                u"VALUES ('%2', 5)"_s.arg(a, b), {}, "v8");
    }
    const QMap<QString, QString> foer = status(somKari);
    const QMap<QString, QString> foerPer = status(u"dbname=%1 user=%2"_s.arg(db, per));
    QCOMPARE(foer.keys(), (QStringList{a, b}));
    QCOMPARE(foerPer.keys(), QStringList{b});
    QVERIFY(foer.value(a).contains(u"|7|0|"_s));
    QVERIFY(foer.value(b).contains(u"|true|2|"_s)); // leader, two cases

    {
        SentralTilkobling adm(admin);
        QCOMPARE(SentralSkjema::installer(adm), 8);
        QCOMPARE(SentralSkjema::les(adm).versjon, SentralSkjema::programversjon());
    }
    // The same revisions, summaries, counters, leader flags and users' fingerprints.
    QCOMPARE(status(somKari), foer);
    QCOMPARE(status(u"dbname=%1 user=%2"_s.arg(db, per)), foerPer);
    SentralTilkobling t(somKari);
    const synksammendrag::Status s = synksammendrag::lesStatus(t);
    QCOMPARE(s.versjon, SentralSkjema::programversjon());
    QCOMPARE(s.embeter.size(), 2);
    QCOMPARE(s.embeter[0].flytRev, 7);
    QCOMPARE(s.embeter[1].journalRev, 5);
    QCOMPARE(s.embeter[1].sammendrag.antall, 2);
    QVERIFY(s.embeter[1].leder && !s.embeter[0].leder);
    pg.vedlikehold().kjoer(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(db), {}, "v8");
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSynkStatus t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_synkstatus.moc"
