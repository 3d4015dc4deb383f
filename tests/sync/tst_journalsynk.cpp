// The journal of a case across clients (issue 12 item 4), on a real PostgreSQL: two clients
// that register documents in the same case while offline converge to one gapless numbering
// settled by the central store; files travel once and are verified; avskrivning syncs; users
// cannot write the journal tables directly.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "journal/journalrepository.h"
#include "store/sakrepository.h"
#include "sync/sentralfeil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

NyJournalpost inngaaende(const QString &tittel, const QString &avsender, const QByteArray &fil = {})
{
    NyJournalpost n;
    n.type = u"I"_s;
    n.dokumentdato = QDate(2024, 3, 4);
    n.tittel = tittel;
    n.parter = {{u"Avsender"_s, avsender}};
    n.fil = fil;
    n.filnavn = fil.isEmpty() ? QString() : u"vedlegg.pdf"_s;
    return n;
}

// id → "type nummer tittel avskrivning" for every post of the case, in number order.
QStringList journal(Store &store, const QString &sakId)
{
    QStringList ut;
    for (const Journalpost &p : JournalRepository(store).forSak(sakId))
        ut.append(u"%1 %2 %3 %4 %5 %6"_s.arg(p.id, p.type).arg(p.nummer.value_or(-1)).arg(p.tittel,
                                                                                         p.avskrivningsmaate,
                                                                                         p.synk));
    return ut;
}

} // namespace

class TestJournalSynk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toFrakobledeKlienterFaarEnNummereringUtenHull();
    void brukerenSkriverIkkeJournalenDirekte();

private:
    QTemporaryDir m_dir;
};

void TestJournalSynk::toFrakobledeKlienterFaarEnNummereringUtenHull()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    const QString ola = pg.opprettBruker(u"ola"_s, {u"agder"_s});
    SyncTestKlient a(m_dir.path(), u"a"_s, pg.conninfo(kari));
    SyncTestKlient b(m_dir.path(), u"b"_s, pg.conninfo(ola));
    const QString id = a.nySak(u"agder"_s, 7);
    a.endre(id, [](Tilsynssak &s) { s.avsluttet = {}; s.utfall.reset(); });
    a.synk();
    b.synk();
    QVERIFY(b.hent(id).has_value());
    const QString nr = *a.hent(id)->saksnummer;

    // Both offline: A registers the henvendelse and a note, B an incoming document with a file.
    JournalRepository ja(a.store()), jb(b.store());
    const QString a1 = ja.registrer(id, inngaaende(u"Henvendelse"_s, u"Kari Klager"_s), {.bruker = u"a"_s});
    NyJournalpost notat;
    notat.type = u"N"_s;
    notat.dokumentdato = QDate(2024, 3, 5);
    notat.tittel = u"Telefonsamtale"_s;
    const QString a2 = ja.registrer(id, notat, {.bruker = u"a"_s});
    const QByteArray bytes = "%PDF-1.4 tilleggsopplysninger\n"_ba;
    const QString b1 = jb.registrer(id, inngaaende(u"Tilleggsopplysninger"_s, u"Kari Klager"_s, bytes),
                                    {.bruker = u"b"_s});
    // Each shows its own provisional numbers: the clash the central store settles.
    QCOMPARE(ja.hent(a1)->dokumentnummer(), 1);
    QCOMPARE(ja.hent(a1)->erFastsatt(), false);
    QCOMPARE(jb.hent(b1)->dokumentnummer(), 1);

    // B syncs first this time: its document becomes number 1.
    QCOMPARE(b.synk().journal, 2); // sent, and pulled back as settled
    QCOMPARE(jb.hent(b1)->nummer, std::optional<int>(1));
    // A: its two posts get 2 and 3 in its own order, and it pulls B's with the file.
    a.synk();
    QCOMPARE(ja.hent(b1)->nummer, std::optional<int>(1));
    QCOMPARE(ja.hent(a1)->nummer, std::optional<int>(2));
    QCOMPARE(ja.hent(a2)->nummer, std::optional<int>(3));
    QCOMPARE(ja.fil(b1), bytes);
    QCOMPARE(JournalRepository(a.store()).hent(b1)->filSha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    b.synk();
    QCOMPARE(journal(a.store(), id), journal(b.store(), id));
    QCOMPARE(journal(a.store(), id).size(), 3);
    QCOMPARE(pg.verdi(u"SELECT string_agg(nummer::text, ',' ORDER BY nummer) FROM journalpost WHERE sak_id = ?::uuid"_s,
                      {id}).toString(), u"1,2,3"_s);
    QCOMPARE(pg.verdi(u"SELECT siste FROM tilsyn_data.journal_teller WHERE sak_id = ?::uuid"_s, {id}).toInt(), 3);
    QCOMPARE(dokumentreferanse(nr, ja.hent(a2)->dokumentnummer()), nr + u"-3"_s);

    // A new document offline on A after that follows the settled ones: 4.
    const QString a3 = ja.registrer(id, inngaaende(u"Klage på saksbehandlingstid"_s, u"Kari Klager"_s),
                                    {.bruker = u"a"_s});
    QCOMPARE(ja.hent(a3)->dokumentnummer(), 4);

    // Avskrivning made on B reaches A; closing on A then needs no reason for that document.
    jb.avskriv(a1, u"Tatt til orientering"_s, {}, u"Besvart muntlig i møte"_s, {.bruker = u"b"_s});
    b.synk();
    a.synk();
    const auto avskrevet = ja.hent(a1);
    QCOMPARE(avskrevet->avskrivningsmaate, u"Tatt til orientering"_s);
    QCOMPARE(avskrevet->avskrivningMerknad, u"Besvart muntlig i møte"_s);
    QCOMPARE(avskrevet->avskrevetAv, u"b"_s);
    QCOMPARE(ja.hent(a3)->nummer, std::optional<int>(4));
    b.synk();
    QCOMPARE(journal(a.store(), id), journal(b.store(), id));
    QCOMPARE(pg.verdi(u"SELECT string_agg(nummer::text, ',' ORDER BY nummer) FROM journalpost WHERE sak_id = ?::uuid"_s,
                      {id}).toString(), u"1,2,3,4"_s);
    // Sent again (a retry after a lost answer): the same numbers, nothing new.
    QSqlQuery q(a.store().db());
    QVERIFY(q.exec(u"UPDATE journalpost SET synk = 'ventende'"_s));
    a.synk();
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM journalpost"_s).toInt(), 4);
    QCOMPARE(journal(a.store(), id), journal(b.store(), id));
}

void TestJournalSynk::brukerenSkriverIkkeJournalenDirekte()
{
    PgTestMiljo pg;
    pg.opprettEmbete(u"agder"_s);
    pg.opprettEmbete(u"rogaland"_s);
    const QString kari = pg.opprettBruker(u"kari"_s, {u"agder"_s});
    const QString rolf = pg.opprettBruker(u"rolf"_s, {u"rogaland"_s});
    SyncTestKlient a(m_dir.path(), u"d"_s, pg.conninfo(kari));
    const QString id = a.nySak(u"agder"_s, 9);
    JournalRepository(a.store()).registrer(id, inngaaende(u"Henvendelse"_s, u"Per"_s), {.bruker = u"kari"_s});
    a.synk();
    QCOMPARE(pg.verdi(u"SELECT count(*) FROM journalpost"_s).toInt(), 1);

    SentralTilkobling k(pg.conninfo(kari));
    for (const QString &sql : {u"INSERT INTO tilsyn_data.journalpost (id, embete, sak_id, type, nummer, rev, data) "
                               u"VALUES (gen_random_uuid(), 'agder', '%1', 'I', 9, 99, '{}')"_s.arg(id),
                               u"UPDATE tilsyn_data.journal_teller SET siste = 0"_s,
                               u"DELETE FROM journalpost"_s,
                               u"UPDATE journalpost SET nummer = 7"_s}) {
        QVERIFY_THROWS_EXCEPTION(SentralFeil, k.kjoer(sql, {}, "angrep"));
    }
    // A user of another office cannot journal into this case, nor read its posts.
    SentralTilkobling r(pg.conninfo(rolf));
    QSqlQuery svar = r.kjoer(u"SELECT tilsyn_journalfoer(?::jsonb)::text"_s,
                             {u"[{\"id\": \"%1\", \"sak_id\": \"%2\", \"type\": \"I\", \"data\": {\"tittel\": \"x\"}}]"_s
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), id)},
                             "fremmed");
    QVERIFY(svar.next());
    QVERIFY2(svar.value(0).toString().contains(u"avvist"_s), qPrintable(svar.value(0).toString()));
    QCOMPARE(r.kjoer(u"SELECT count(*) FROM journalpost"_s, {}, "les").next(), true);
    QSqlQuery les = r.kjoer(u"SELECT count(*) FROM journalpost"_s, {}, "les");
    QVERIFY(les.next());
    QCOMPARE(les.value(0).toInt(), 0);
    QCOMPARE(pg.verdi(u"SELECT string_agg(nummer::text, ',') FROM journalpost"_s).toString(), u"1"_s);
}

int main(int argc, char *argv[])
{
    if (!PgTestMiljo::tilgjengelig()) {
        qInfo("no PostgreSQL (PGHOST unset): run under pg_virtualenv -t; skipping");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestJournalSynk t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_journalsynk.moc"
