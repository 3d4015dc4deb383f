// A sync that finds nothing changed (issue 14) against a real PostgreSQL: it sends one statement
// (tilsyn_synkstatus, central 008) whatever the number of offices, writes nothing locally (no
// commit seen by another connection, the files untouched, no read transaction left open on the
// store the motor keeps open) and nothing on the server (it succeeds for a user whose every
// transaction is read-only, where a sync with something to send fails). What did change since
// (an assignment, a journal post, a new user or leader role) is still pulled.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "flyt/tildeling.h"
#include "journal/journalrepository.h"
#include "sync/sentralfeil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

// What another connection can see of the store: the commits (PRAGMA data_version changes when
// another connection commits) and the files' sizes and modification times.
struct Fotavtrykk
{
    qint64 dataVersjon = 0;
    QStringList filer;
    bool operator==(const Fotavtrykk &) const = default;
};

Fotavtrykk fotavtrykk(SyncTestKlient &k)
{
    Fotavtrykk f;
    f.dataVersjon = k.verdi(u"PRAGMA data_version"_s).toLongLong();
    for (const QString &endelse : {QString(), u"-wal"_s}) {
        const QFileInfo i(k.sti() + endelse);
        f.filer.append(u"%1 %2 %3"_s.arg(i.fileName()).arg(i.size()).arg(i.lastModified().toMSecsSinceEpoch()));
    }
    return f;
}

NyJournalpost notat(const QString &tittel)
{
    NyJournalpost n;
    n.type = u"N"_s;
    n.dokumentdato = QDate(2024, 3, 5);
    n.tittel = tittel;
    return n;
}

// Empty when the run did nothing and sent tilsyn_synkstatus() only (for both offices).
QByteArray ingenting(const SynkMotor::Resultat &r)
{
    const int gjort = r.pushet + r.hentet + r.konflikter + r.avvist + r.avvik + r.loesninger + r.brev + r.flyt
                      + r.flytAvvist + r.journal + r.andre + r.boetter + r.omhentet + (r.avstemt ? 1 : 0);
    if (gjort == 0 && r.spoerringer == 1)
        return {};
    return "did " + QByteArray::number(gjort) + " things with " + QByteArray::number(r.spoerringer) + " statements";
}

#define KREV_INGENTING(synk)                                                                                  \
    do {                                                                                                      \
        const QByteArray hva = ingenting(synk);                                                               \
        QVERIFY2(hva.isEmpty(), hva.constData());                                                             \
    } while (false)

} // namespace

class TestTomSynk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ingenEndringSkriverIngenting();

private:
    QTemporaryDir m_dir;
};

void TestTomSynk::ingenEndringSkriverIngenting()
{
    PgTestMiljo pg;
    for (const QString &e : {u"agder"_s, u"rogaland"_s})
        pg.opprettEmbete(e);
    const QString anne = pg.opprettBruker(u"anne"_s, {u"agder"_s, u"rogaland"_s});
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s, u"rogaland"_s});
    pg.verdi(u"GRANT tilsyn_leder_agder TO \"%1\""_s.arg(anne));

    // The leader's client: open, registered cases in both offices, one assigned to kari, a
    // journal post: every kind of cursor is past zero.
    SyncTestKlient leder(m_dir.path(), u"leder"_s, pg.conninfo(anne));
    QStringList saker;
    for (quint32 i = 0; i < 6; ++i) {
        saker.append(leder.nySak(i % 2 == 0 ? u"agder"_s : u"rogaland"_s, 700 + i));
        leder.endre(saker.last(), [](Tilsynssak &s) {
            s.avsluttet = {};
            s.utfall.reset();
        });
    }
    QCOMPARE(leder.synk().pushet, 6);
    Tildeling(leder.store()).tildel(saker[0], kari, anne);
    JournalRepository(leder.store()).registrer(saker[2], notat(u"Første notat"_s), {.bruker = u"anne"_s});
    const auto forLeder = leder.synk();
    QCOMPARE(forLeder.flyt, 1);
    QVERIFY(forLeder.journal >= 1);

    // Kari's client, one motor kept as the application keeps it.
    SyncTestKlient k(m_dir.path(), u"kari"_s, pg.conninfo(kari));
    SynkMotor motor(k.sti(), k.conninfo(), u"kari"_s);
    QCOMPARE(motor.synkroniser().hentet, 6);
    QVERIFY(pg.verdi(u"SELECT rev FROM tilsyn_data.flyt_rev WHERE embete = 'agder'"_s).toLongLong() > 0);
    QVERIFY(pg.verdi(u"SELECT rev FROM tilsyn_data.journal_rev WHERE embete = 'agder'"_s).toLongLong() > 0);
    QCOMPARE(k.store().meta(u"flyt_markor_agder"_s),
             pg.verdi(u"SELECT rev::text FROM tilsyn_data.flyt_rev WHERE embete = 'agder'"_s).toString());
    QCOMPARE(Tildeling(k.store()).tildelt(saker[0]).value_or(u"-"_s), kari);

    for (int runde = 0; runde < 3; ++runde) {
        const Fotavtrykk foer = fotavtrykk(k);
        KREV_INGENTING(motor.synkroniser());
        QCOMPARE(fotavtrykk(k), foer);
    }
    // The motor keeps the store open but no read transaction: a full checkpoint is not blocked.
    QSqlQuery sjekk(k.store().db());
    QVERIFY(sjekk.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && sjekk.next());
    QCOMPARE(sjekk.value(0).toInt(), 0);
    sjekk.finish();

    // Nothing written on the server either: every transaction of kari's is read-only now, and a
    // new motor (a new session) still completes the no-op sync on the same store ...
    pg.verdi(u"ALTER ROLE \"%1\" SET default_transaction_read_only = on"_s.arg(kari));
    {
        SynkMotor leseKunn(k.sti(), k.conninfo(), u"kari"_s);
        const Fotavtrykk foer = fotavtrykk(k);
        KREV_INGENTING(leseKunn.synkroniser());
        QCOMPARE(fotavtrykk(k), foer);
        // ... while a sync with something to send is refused there (so the check can fail).
        k.endre(saker[1], [](Tilsynssak &s) { s.sammendrag = u"endret uten skrivetilgang"_s; });
        QVERIFY_THROWS_EXCEPTION(SentralFeil, leseKunn.synkroniser());
    }
    pg.verdi(u"ALTER ROLE \"%1\" RESET default_transaction_read_only"_s.arg(kari));
    QCOMPARE(motor.synkroniser().pushet, 1);
    KREV_INGENTING(motor.synkroniser());

    // What changes elsewhere is still pulled: an assignment, a journal post ...
    Tildeling(leder.store()).tildel(saker[4], kari, anne);
    JournalRepository(leder.store()).registrer(saker[4], notat(u"Andre notat"_s), {.bruker = u"anne"_s});
    leder.synk();
    const auto endret = motor.synkroniser();
    QCOMPARE(endret.andre, 2);
    QCOMPARE(Tildeling(k.store()).tildelt(saker[4]).value_or(u"-"_s), kari);
    QCOMPARE(k.verdi(u"SELECT count(*) FROM journalpost WHERE sak_id = '%1'"_s.arg(saker[4])).toInt(), 1);
    KREV_INGENTING(motor.synkroniser());

    // ... a new user of an office and a new leader role.
    const QString ola = pg.opprettBruker(u"ola"_s, {u"rogaland"_s});
    pg.verdi(u"GRANT tilsyn_leder_rogaland TO \"%1\""_s.arg(kari));
    const auto brukere = motor.synkroniser();
    QCOMPARE(brukere.spoerringer, 2); // the status, then the users of rogaland only
    QCOMPARE(k.verdi(u"SELECT count(*) FROM sentral_bruker WHERE embete = 'rogaland' AND bruker = '%1'"_s.arg(ola))
                 .toInt(), 1);
    QCOMPARE(k.verdi(u"SELECT leder FROM sentral_bruker WHERE embete = 'rogaland' AND bruker = '%1'"_s.arg(kari))
                 .toInt(), 1);
    QCOMPARE(k.store().meta(u"sentral_lederroller"_s), u"rogaland"_s);
    const Fotavtrykk foer = fotavtrykk(k);
    KREV_INGENTING(motor.synkroniser());
    QCOMPARE(fotavtrykk(k), foer);
}

QTEST_GUILESS_MAIN(TestTomSynk)
#include "tst_tomsynk.moc"
