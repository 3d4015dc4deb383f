// Merge bases of the bulk first sync (issue 14, docs/forstesynk.md): a case pulled in bulk keeps
// no base text (sync_sak.dokument NULL, rev set), because its base is the case as stored; its
// first local change writes that base out (SakRepository::skriv) in the same transaction. Against
// a real PostgreSQL: the base written is the server's version, a case pulled, edited here and
// changed on the server merges against the right base (different fields merged, the same field a
// conflict naming the old value), a base missing after an edit leaves the clash to a person and
// refuses "discard my changes", and a first sync killed before its commit leaves nothing behind.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "domain/katalog.h"
#include "io/lokalefelt.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/synkproblemer.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const QVariant &tekst)
{
    return QJsonDocument::fromJson(tekst.toString().toUtf8()).object();
}

} // namespace

class TestForsteGrunnlag final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void grunnlagSkrivesVedForsteEndring();
    void endretHerOgISentralenFletterMotRiktigGrunnlag();
    void manglendeGrunnlagGaarTilEnPerson();
    void avbruttForsteSynkLagerIngenGrunnlag();

private:
    /// a (kari) makes `n` cases of agder and pushes them; b (per) pulls them in its first sync.
    void toKlienter(const QString &navn, int n);
    static SynkProblemer problemer(SyncTestKlient &k)
    {
        return SynkProblemer(k.store(), k.repo(), Katalog::innebygd(), u"tester"_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestMiljo> m_pg;
    std::unique_ptr<SyncTestKlient> m_a, m_b;
    QStringList m_ider;
};

void TestForsteGrunnlag::init()
{
    m_pg = std::make_unique<PgTestMiljo>();
    m_pg->opprettEmbete(u"agder"_s);
    m_pg->opprettEmbete(u"rogaland"_s);
}

void TestForsteGrunnlag::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_ider.clear();
    m_pg.reset();
}

void TestForsteGrunnlag::toKlienter(const QString &navn, int n)
{
    m_a = std::make_unique<SyncTestKlient>(m_dir.path(), navn + u"a"_s,
                                           m_pg->conninfo(m_pg->opprettBruker(u"kari"_s, {u"agder"_s})));
    m_b = std::make_unique<SyncTestKlient>(m_dir.path(), navn + u"b"_s,
                                           m_pg->conninfo(m_pg->opprettBruker(u"per"_s, {u"agder"_s, u"rogaland"_s})));
    for (int i = 0; i < n; ++i)
        m_ider.append(m_a->nySak(u"agder"_s, 4100 + quint32(i)));
    QCOMPARE(m_a->synk().pushet, n);
    QCOMPARE(m_b->synk().hentet, n);
    QCOMPARE(m_b->verdi(u"SELECT count(*) FROM sync_sak WHERE dokument IS NULL AND rev IS NOT NULL"_s).toInt(), n);
    m_ider.sort();
}

void TestForsteGrunnlag::grunnlagSkrivesVedForsteEndring()
{
    toKlienter(u"g1"_s, 5);
    const QString id = m_ider[2];
    const qint64 rev = m_b->verdi(u"SELECT rev FROM sync_sak WHERE sak_id = '%1'"_s.arg(id)).toLongLong();
    const QJsonObject server = json(m_pg->verdi(u"SELECT dokument::text FROM tilsyn_data.sak_historikk "
                                                u"WHERE sak_id = ?::uuid AND rev = ?"_s, {id, rev}));
    QVERIFY(!server.isEmpty());
    m_b->endre(id, [](Tilsynssak &s) { s.sammendrag = u"endret hos b"_s; });
    // The base is the version before the edit, exactly the server's document of that revision.
    const QJsonObject grunnlag = json(m_b->verdi(u"SELECT dokument FROM sync_sak WHERE sak_id = '%1'"_s.arg(id)));
    QCOMPARE(grunnlag, server);
    QCOMPARE(grunnlag.value("sammendrag"_L1).toString(), server.value("sammendrag"_L1).toString());
    QVERIFY(grunnlag.value("sammendrag"_L1).toString() != u"endret hos b"_s);
    QCOMPARE(m_b->verdi(u"SELECT rev FROM sync_sak WHERE sak_id = '%1'"_s.arg(id)).toLongLong(), rev);
    // Only the changed case: the others keep "the case as stored".
    QCOMPARE(m_b->verdi(u"SELECT count(*) FROM sync_sak WHERE dokument IS NULL"_s).toInt(), 4);
    // A second edit keeps the first base.
    m_b->endre(id, [](Tilsynssak &s) { s.sammendrag = u"endret to ganger"_s; });
    QCOMPARE(json(m_b->verdi(u"SELECT dokument FROM sync_sak WHERE sak_id = '%1'"_s.arg(id))), server);
    QCOMPARE(m_b->synk().pushet, 1);
    // Pushed and acknowledged: the base is the server's new version.
    QCOMPARE(json(m_b->verdi(u"SELECT dokument FROM sync_sak WHERE sak_id = '%1'"_s.arg(id))).value("sammendrag"_L1)
                 .toString(), u"endret to ganger"_s);
    m_a->synk();
    QCOMPARE(m_a->alle(), m_b->alle());
}

void TestForsteGrunnlag::endretHerOgISentralenFletterMotRiktigGrunnlag()
{
    toKlienter(u"g2"_s, 4);
    const QString ulikeFelt = m_ider[0], sammeFelt = m_ider[1];
    const QString gammel = m_b->hent(sammeFelt)->sammendrag.value_or(QString());
    // b edits two cases pulled in bulk (not synced yet) ...
    m_b->endre(ulikeFelt, [](Tilsynssak &s) { s.sammendrag = u"sammendrag fra b"_s; });
    m_b->endre(sammeFelt, [](Tilsynssak &s) { s.sammendrag = u"b sitt sammendrag"_s; });
    // ... while a changes another field of one and the same field of the other on the server.
    m_a->endre(ulikeFelt, [](Tilsynssak &s) { s.saksbehandler = u"Ola fra a"_s; });
    m_a->endre(sammeFelt, [](Tilsynssak &s) { s.sammendrag = u"a sitt sammendrag"_s; });
    QCOMPARE(m_a->synk().pushet, 2);
    const auto r = m_b->synk();
    QCOMPARE(r.pushet, 2);
    QCOMPARE(r.konflikter, 1);
    // Different fields: both kept, on both clients.
    m_a->synk();
    for (SyncTestKlient *k : {m_a.get(), m_b.get()}) {
        QCOMPARE(k->hent(ulikeFelt)->sammendrag.value_or(QString()), u"sammendrag fra b"_s);
        QCOMPARE(k->hent(ulikeFelt)->saksbehandler.value_or(QString()), u"Ola fra a"_s);
    }
    // The same field: a conflict for a person, with the pulled version's value as the base (the
    // values as JSON text).
    QCOMPARE(m_b->verdi(u"SELECT count(*) FROM sync_konflikt WHERE loest = 0"_s).toInt(), 1);
    QCOMPARE(m_b->verdi(u"SELECT sak_id || '|' || felt || '|' || base || '|' || mine || '|' || deres FROM "
                        u"sync_konflikt"_s).toString(),
             u"%1|sammendrag|\"%2\"|\"b sitt sammendrag\"|\"a sitt sammendrag\""_s.arg(sammeFelt, gammel));
    QCOMPARE(m_a->alle(), m_b->alle());
}

void TestForsteGrunnlag::manglendeGrunnlagGaarTilEnPerson()
{
    toKlienter(u"g3"_s, 3);
    const QString id = m_ider[0], flyttet = m_ider[1];
    const QString gammel = m_b->hent(id)->sammendrag.value_or(QString());
    m_b->endre(id, [](Tilsynssak &s) { s.sammendrag = u"b uten grunnlag"_s; });
    // The base gone after the edit (as a program that did not write it would leave it).
    m_b->verdi(u"UPDATE sync_sak SET dokument = NULL WHERE sak_id = '%1'"_s.arg(id));
    QCOMPARE(m_b->verdi(u"SELECT count(*) FROM sync_sak WHERE sak_id = '%1' AND dokument IS NULL"_s.arg(id)).toInt(), 1);
    m_a->endre(id, [](Tilsynssak &s) { s.sammendrag = u"a sitt nye"_s; });
    m_a->synk();
    // The server merges against its own copy of the revision b started from: the clash is a
    // conflict with both values, nothing picked without a person.
    const auto r = m_b->synk();
    QCOMPARE(r.konflikter, 1);
    QCOMPARE(m_b->verdi(u"SELECT felt || '|' || base || '|' || mine || '|' || deres FROM sync_konflikt "
                        u"WHERE sak_id = '%1'"_s.arg(id)).toString(),
             u"sammendrag|\"%1\"|\"b uten grunnlag\"|\"a sitt nye\""_s.arg(gammel));
    QCOMPARE(m_pg->verdi(u"SELECT count(*) FROM tilsyn_data.konflikt WHERE sak_id = ?::uuid AND felt = 'sammendrag'"_s,
                         {id}).toInt(), 1);

    // "Discard my changes" with the base missing: refused, nothing changed.
    m_b->endre(flyttet, [](Tilsynssak &s) { s.embete = u"rogaland"_s; }); // the central store refuses a move
    m_b->verdi(u"UPDATE sync_sak SET dokument = NULL WHERE sak_id = '%1'"_s.arg(flyttet));
    QCOMPARE(m_b->synk().avvist, 1);
    const QString op = problemer(*m_b).avviste().constFirst().opId;
    const QByteArray foer = dump(m_b->sti());
    try {
        problemer(*m_b).forkast(op);
        QFAIL("forkast uten grunnlag ble ikke avvist");
    } catch (const StoreError &e) {
        QVERIFY2(e.melding().contains(u"er ikke lagret her"_s), qPrintable(e.melding()));
    }
    QCOMPARE(dump(m_b->sti()), foer);
    QCOMPARE(m_b->hent(flyttet)->embete, u"rogaland"_s);
}

void TestForsteGrunnlag::avbruttForsteSynkLagerIngenGrunnlag()
{
    m_a = std::make_unique<SyncTestKlient>(m_dir.path(), u"g4a"_s,
                                           m_pg->conninfo(m_pg->opprettBruker(u"kari"_s, {u"agder"_s})));
    m_b = std::make_unique<SyncTestKlient>(m_dir.path(), u"g4b"_s,
                                           m_pg->conninfo(m_pg->opprettBruker(u"per"_s, {u"agder"_s})));
    for (quint32 i = 0; i < 25; ++i)
        m_ider.append(m_a->nySak(u"agder"_s, 4200 + i));
    m_a->synk();
    const auto motor = [&](SynkMotor::Avbrudd avbrudd) {
        SynkMotor m(m_b->sti(), m_b->conninfo(), u"g4b"_s);
        m.settSidestorrelse(4);
        m.settForsteSidestorrelse(6); // five pages on the bulk path
        m.settAvbrudd(avbrudd);
        return m.synkroniser();
    };
    for (const auto avbrudd : {SynkMotor::Avbrudd::ForCommitForsteSynk, SynkMotor::Avbrudd::MidtIPullSide}) {
        QVERIFY_THROWS_EXCEPTION(SentralFeil, motor(avbrudd));
        QCOMPARE(m_b->verdi(u"SELECT count(*) FROM tilsynssak"_s).toInt(), 0);
        QCOMPARE(m_b->verdi(u"SELECT count(*) FROM sync_sak"_s).toInt(), 0);
    }
    QCOMPARE(motor(SynkMotor::Avbrudd::Ingen).hentet, 25);
    QCOMPARE(m_b->verdi(u"SELECT count(*) || ':' || count(DISTINCT sak_id) || ':' || count(dokument) || ':' || "
                        u"count(rev) FROM sync_sak"_s).toString(), u"25:25:0:25"_s);
    QCOMPARE(m_b->verdi(u"SELECT count(*) FROM tilsynssak"_s).toInt(), 25);
    QCOMPARE(m_a->alle(), m_b->alle());
    // A later sync finds nothing to do, and the first edit writes its base.
    const auto r = m_b->synk();
    QCOMPARE(r.hentet + r.pushet + r.boetter + r.avvik, 0);
    m_b->endre(m_ider[0], [](Tilsynssak &s) { s.sammendrag = u"etter avbrudd"_s; });
    QCOMPARE(m_b->verdi(u"SELECT count(dokument) FROM sync_sak"_s).toInt(), 1);
    QCOMPARE(m_b->synk().pushet, 1);
    m_a->synk();
    QCOMPARE(m_a->alle(), m_b->alle());
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestForsteGrunnlag t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_forstegrunnlag.moc"
