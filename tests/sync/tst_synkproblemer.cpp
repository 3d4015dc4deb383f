// What sync leaves for a person, against a real PostgreSQL (pg_virtualenv): conflicts resolved
// with mine, theirs or an edited value (a new edit based on the server revision, marked resolved
// on the server too), invalid resolutions refused with nothing changed, rejected ops sent again
// or discarded, and finalised letters copied to the central archive (once, own office only).

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevutkast.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/synkproblemer.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TestSynkProblemer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void konfliktLoesesMedMineOgGaarTilSentralen();
    void konfliktLoesesMedDeresUtenNyEndring();
    void redigertVerdiValideres();
    void listeelementKonflikt();
    void avvistSendesPaaNytt();
    void avvistForkastesOgNyesteHentes();
    void brevArkiveresSentraltEnGang();

private:
    struct Par
    {
        std::unique_ptr<PgTestMiljo> pg;
        std::unique_ptr<SyncTestKlient> a, b;
        QString id;
    };
    /// Two clients of agder sharing one synced case whose sammendrag both then change.
    Par sammeFeltKonflikt(const QString &navn);
    static SynkProblemer problemer(SyncTestKlient &k)
    {
        return SynkProblemer(k.store(), k.repo(), Katalog::innebygd(), u"tester"_s);
    }

    QTemporaryDir m_dir;
};

void TestSynkProblemer::initTestCase()
{
    if (!PgTestMiljo::tilgjengelig())
        QSKIP("no PostgreSQL (run the tests through scripts/test.sh)");
}

TestSynkProblemer::Par TestSynkProblemer::sammeFeltKonflikt(const QString &navn)
{
    Par p;
    p.pg = std::make_unique<PgTestMiljo>();
    p.pg->opprettEmbete(u"agder"_s);
    p.a = std::make_unique<SyncTestKlient>(m_dir.path(), navn + u"a"_s,
                                           p.pg->conninfo(p.pg->opprettBruker(u"kari"_s, {u"agder"_s})));
    p.b = std::make_unique<SyncTestKlient>(m_dir.path(), navn + u"b"_s,
                                           p.pg->conninfo(p.pg->opprettBruker(u"per"_s, {u"agder"_s})));
    p.id = p.a->nySak(u"agder"_s, 31);
    p.a->synk();
    p.b->synk();
    p.a->endre(p.id, [](Tilsynssak &s) { s.sammendrag = u"fra a"_s; });
    p.b->endre(p.id, [](Tilsynssak &s) { s.sammendrag = u"fra b"_s; });
    p.a->synk();
    const auto r = p.b->synk();
    if (r.konflikter != 1)
        qFatal("expected one conflict, got %d", r.konflikter);
    return p;
}

void TestSynkProblemer::konfliktLoesesMedMineOgGaarTilSentralen()
{
    Par p = sammeFeltKonflikt(u"m"_s);
    SynkProblemer sp = problemer(*p.b);
    const auto k = sp.konflikter();
    QCOMPARE(k.size(), 1);
    QCOMPARE(k[0].felt, u"sammendrag"_s);
    QCOMPARE(k[0].mine.toString(), u"fra b"_s);
    QCOMPARE(k[0].deres.toString(), u"fra a"_s);
    QVERIFY(!k[0].base.toString().isEmpty());
    QVERIFY(!k[0].saksnummer.isEmpty());
    QCOMPARE(p.b->hent(p.id)->sammendrag, u"fra a"_s); // the server kept theirs
    QCOMPARE(p.pg->verdi(u"SELECT count(*) FROM konflikt WHERE NOT loest"_s).toInt(), 1);
    const qint64 serverRev = p.pg->verdi(u"SELECT rev FROM sak WHERE id = ?"_s, {p.id}).toLongLong();

    sp.loes(k[0].id, SynkProblemer::Valg::Mine);
    QCOMPARE(p.b->hent(p.id)->sammendrag, u"fra b"_s);
    QCOMPARE(sp.antallKonflikter(), 0);
    QCOMPARE(p.b->antallIUtboks(u"ventende"_s), 1);

    const auto r = p.b->synk();
    QCOMPARE(r.konflikter, 0);
    QCOMPARE(r.loesninger, 1);
    // The resolution was a plain edit on top of the server revision: compare-and-set succeeded.
    const QString op = p.b->verdi(u"SELECT loest_op FROM sync_konflikt"_s).toString();
    QCOMPARE(p.pg->verdi(u"SELECT resultat->>'status' FROM op_logg WHERE op_id = ?"_s, {op}).toString(), u"lagret"_s);
    QCOMPARE(p.pg->verdi(u"SELECT dokument->>'sammendrag' FROM sak WHERE id = ?"_s, {p.id}).toString(), u"fra b"_s);
    QCOMPARE(p.pg->verdi(u"SELECT count(*) FROM konflikt WHERE NOT loest"_s).toInt(), 0);
    QCOMPARE(p.pg->verdi(u"SELECT loest_valg || ' ' || (loest_rev > ?) FROM konflikt"_s, {serverRev}).toString(),
             u"mine true"_s);
    p.a->synk();
    QCOMPARE(p.a->hent(p.id)->sammendrag, u"fra b"_s);
    QCOMPARE(p.a->alle(), p.b->alle());
    // Sending again marks nothing twice.
    QCOMPARE(p.b->synk().loesninger, 0);
}

void TestSynkProblemer::konfliktLoesesMedDeresUtenNyEndring()
{
    Par p = sammeFeltKonflikt(u"d"_s);
    SynkProblemer sp = problemer(*p.b);
    const QStringList foer = p.b->alle();
    sp.loes(sp.konflikter().constFirst().id, SynkProblemer::Valg::Deres);
    QCOMPARE(p.b->alle(), foer); // theirs is already the local value: no edit
    QCOMPARE(p.b->antallIUtboks(u"ventende"_s), 0);
    QCOMPARE(p.b->synk().loesninger, 1);
    QCOMPARE(p.pg->verdi(u"SELECT loest_valg FROM konflikt"_s).toString(), u"deres"_s);
    QCOMPARE(p.pg->verdi(u"SELECT dokument->>'sammendrag' FROM sak WHERE id = ?"_s, {p.id}).toString(), u"fra a"_s);
}

void TestSynkProblemer::redigertVerdiValideres()
{
    Par p = sammeFeltKonflikt(u"r"_s);
    SynkProblemer sp = problemer(*p.b);
    const qint64 id = sp.konflikter().constFirst().id;
    const QByteArray foer = dump(p.b->sti());
    // sammendrag must be text: a number is refused with the field named, and nothing changes.
    try {
        sp.loes(id, SynkProblemer::Valg::Redigert, QJsonValue(42));
        QFAIL("an invalid value was accepted");
    } catch (const StoreError &e) {
        QVERIFY2(e.melding().contains(u"sammendrag"_s), qPrintable(e.melding()));
    }
    QCOMPARE(dump(p.b->sti()), foer);
    QCOMPARE(sp.antallKonflikter(), 1);

    sp.loes(id, SynkProblemer::Valg::Redigert, u"fra a og b"_s);
    p.b->synk();
    p.a->synk();
    QCOMPARE(p.a->hent(p.id)->sammendrag, u"fra a og b"_s);
    QCOMPARE(p.pg->verdi(u"SELECT loest_valg FROM konflikt"_s).toString(), u"redigert"_s);
    // A resolved conflict cannot be resolved again.
    QVERIFY_THROWS_EXCEPTION(StoreError, sp.loes(id, SynkProblemer::Valg::Mine));
}

void TestSynkProblemer::listeelementKonflikt()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    SyncTestKlient a(m_dir.path(), u"la"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    SyncTestKlient b(m_dir.path(), u"lb"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s})));
    const QString id = a.nySak(u"agder"_s, 32);
    a.leggTilObjekt(id, u"ekstra"_s, u"Ekstra enhet"_s);
    a.synk();
    b.synk();
    // a renames the extra object, b removes it: the server keeps a's version, b gets a conflict.
    a.endre(id, [](Tilsynssak &s) { s.tilsynsobjekter.last().navn = u"Omdøpt enhet"_s; });
    b.endre(id, [](Tilsynssak &s) { s.tilsynsobjekter.removeLast(); });
    a.synk();
    QCOMPARE(b.synk().konflikter, 1);
    SynkProblemer sp = problemer(b);
    const auto k = sp.konflikter().constFirst();
    QCOMPARE(k.felt, u"tilsynsobjekter/ekstra"_s);
    QVERIFY(k.mine.isUndefined());
    QCOMPARE(k.deres.toObject().value("navn"_L1).toString(), u"Omdøpt enhet"_s);
    QCOMPARE(b.hent(id)->tilsynsobjekter.size(), 2);

    sp.loes(k.id, SynkProblemer::Valg::Mine); // mine: removed
    QCOMPARE(b.hent(id)->tilsynsobjekter.size(), 1);
    b.synk();
    a.synk();
    QCOMPARE(a.hent(id)->tilsynsobjekter.size(), 1);
    QCOMPARE(a.alle(), b.alle());
}

void TestSynkProblemer::avvistSendesPaaNytt()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    pg.opprettEmbete(u"rogaland"_s);
    const QString bruker = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    SyncTestKlient a(m_dir.path(), u"pa"_s, pg.conninfo(bruker));
    const QString id = a.nySak(u"rogaland"_s, 33); // not her office (yet)
    QCOMPARE(a.synk().avvist, 1);
    SynkProblemer sp = problemer(a);
    const auto avvist = sp.avviste();
    QCOMPARE(avvist.size(), 1);
    QCOMPARE(avvist[0].sakId, id);
    QVERIFY2(avvist[0].feil.contains(u"rogaland"_s), qPrintable(avvist[0].feil));
    QCOMPARE(sp.antallAvviste(), 1);
    QVERIFY(a.synk().avvist == 0 && !a.hent(id)->saksnummer); // not sent again by itself

    pg.verdi(u"GRANT tilsyn_embete_rogaland TO \""_s + bruker + u"\""_s);
    sp.sendPaaNytt(avvist[0].opId);
    QCOMPARE(sp.antallAvviste(), 0);
    QVERIFY(a.verdi(u"SELECT behandlet FROM outbox WHERE status = 'forkastet'"_s).toString().startsWith(u"sendt på nytt"_s));
    const auto r = a.synk();
    QCOMPARE(r.pushet, 1);
    QVERIFY(a.hent(id)->saksnummer);
    QCOMPARE(pg.verdi(u"SELECT saksnummer FROM sak WHERE id = ?"_s, {id}).toString(), *a.hent(id)->saksnummer);
    QVERIFY_THROWS_EXCEPTION(StoreError, sp.sendPaaNytt(avvist[0].opId)); // dealt with already
}

void TestSynkProblemer::avvistForkastesOgNyesteHentes()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    pg.opprettEmbete(u"rogaland"_s);
    SyncTestKlient a(m_dir.path(), u"fa"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    SyncTestKlient b(m_dir.path(), u"fb"_s, pg.conninfo(pg.opprettBruker(u"per"_s, {u"agder"_s, u"rogaland"_s})));
    const QString id = a.nySak(u"agder"_s, 34);
    a.synk();
    b.synk();
    // b moves the case to another office: the central store refuses that.
    b.endre(id, [](Tilsynssak &s) { s.embete = u"rogaland"_s; });
    QCOMPARE(b.synk().avvist, 1);
    // Meanwhile a edits it; b keeps its own version while the rejected edit is there.
    a.endre(id, [](Tilsynssak &s) { s.sammendrag = u"nyeste fra a"_s; });
    a.synk();
    b.synk();
    QCOMPARE(b.hent(id)->embete, u"rogaland"_s);

    SynkProblemer sp = problemer(b);
    sp.forkast(sp.avviste().constFirst().opId);
    QCOMPARE(b.hent(id)->embete, u"agder"_s); // back to the version it was based on
    QCOMPARE(sp.antallAvviste(), 0);
    QCOMPARE(b.antallIUtboks(u"ventende"_s), 0);
    b.synk();
    QCOMPARE(b.hent(id)->sammendrag, u"nyeste fra a"_s); // and the newest comes on the next sync
    QCOMPARE(a.alle(), b.alle());

    // A case that was never stored centrally has nothing to go back to: refused, nothing changed.
    const QString lokal = b.nySak(u"troms-finnmark"_s, 36);
    b.synk();
    const QString op = problemer(b).avviste().constFirst().opId;
    const QByteArray foer = dump(b.sti());
    QVERIFY_THROWS_EXCEPTION(StoreError, problemer(b).forkast(op));
    QCOMPARE(dump(b.sti()), foer);
    QVERIFY(b.hent(lokal));
}

void TestSynkProblemer::brevArkiveresSentraltEnGang()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    pg.opprettEmbete(u"rogaland"_s);
    SyncTestKlient a(m_dir.path(), u"ba"_s, pg.conninfo(pg.opprettBruker(u"kari"_s, {u"agder"_s})));
    const QString ola = pg.opprettBruker(u"ola"_s, {u"rogaland"_s});
    const QString id = a.nySak(u"agder"_s, 37);
    a.synk();
    const Tilsynssak sak = *a.hent(id);
    const Brevmalkilde maler;
    const Brevrenderer renderer(Katalog::innebygd(), maler);
    Brevutkast u = foreslaaUtkast(sak, u"kvittering"_s, QDate::currentDate());
    u.utkast = false;
    const QByteArray pdf = renderer.pdfA(sak, u);
    BrevRepository brev(a.store());
    brev.ferdigstill(sak, u, pdf, u"kari"_s);
    u.maalform = Maalform::Nynorsk;
    brev.ferdigstill(sak, u, renderer.pdfA(sak, u), u"kari"_s);

    QCOMPARE(a.synk().brev, 2);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM brev"_s).toInt(), 2);
    QCOMPARE(pg.verdi(u"SELECT pdf FROM brev WHERE sha256 = ?"_s, {sha}).toByteArray(), pdf);
    QCOMPARE(pg.verdi(u"SELECT embete || ' ' || sak_id || ' ' || (metadata->>'type') FROM brev WHERE sha256 = ?"_s,
                      {sha}).toString(), u"agder %1 kvittering"_s.arg(id));
    QCOMPARE(a.synk().brev, 0); // sent once
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM brev"_s).toInt(), 2);

    // Another office's user sees none of them and cannot store one for this case.
    auto somOla = std::make_unique<SentralTilkobling>(pg.conninfo(ola));
    QSqlQuery q = somOla->kjoer(u"SELECT count(*) FROM brev"_s, {}, "test");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const QByteArray x("x");
    const QString xSha = QString::fromLatin1(QCryptographicHash::hash(x, QCryptographicHash::Sha256).toHex());
    try {
        somOla->kjoer(u"SELECT tilsyn_lagre_brev(?, ?::uuid, ?, '{}')"_s, {xSha, id, x}, "test");
        QFAIL("another office stored a letter in this case");
    } catch (const SentralFeil &e) {
        QVERIFY2(e.melding().contains(u"annet embete"_s), qPrintable(e.melding()));
    }
    // The hash must match the bytes.
    QVERIFY_THROWS_EXCEPTION(SentralFeil, pg.admin()->kjoer(u"SELECT tilsyn_lagre_brev(?, ?::uuid, ?, '{}')"_s,
                                                            {sha, id, QByteArray("ikke brevet")}, "test"));
}

QTEST_MAIN(TestSynkProblemer)
#include "tst_synkproblemer.moc"
