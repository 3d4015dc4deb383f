// Finalised letters: stored in the case as PDF/A bytes with SHA-256, append-only, never changed
// through the API or raw SQL; a case without saksnummer cannot finalise.

#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevutkast.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "brevtestdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestBrevRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mappe;
    std::unique_ptr<Store> m_store;
    Tilsynssak m_sak;
    Brevutkast m_utkast;
    QByteArray m_pdf;

    int antallBrev()
    {
        QSqlQuery q(m_store->db());
        q.exec(u"SELECT count(*) FROM brev"_s);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_mappe.isValid());
        m_store = Store::aapne(m_mappe.filePath(u"brev-%1-%2.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                                           QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(m_store->versjon() >= 2);
        m_sak = test::brevsak(5, 3);
        SakRepository saker(*m_store, Katalog::innebygd());
        const auto r = saker.lagre(m_sak, {u"tester"_s});
        QVERIFY2(r.ok(), r.problemer.isEmpty() ? "" : qPrintable(r.problemer.constFirst().melding));
        m_utkast = foreslaaUtkast(m_sak, u"bm5-avgjorelse"_s, QDate(2024, 9, 2));
        m_utkast.kopiTil.append(parter(m_sak).constFirst()); // chosen by the caseworker
        m_utkast.utkast = false;
        const Brevmalkilde maler;
        m_pdf = Brevrenderer(Katalog::innebygd(), maler).pdfA(m_sak, m_utkast);
    }
    void cleanup() { m_store.reset(); }

    void finalisedBytesHashToStoredSha256()
    {
        BrevRepository repo(*m_store);
        const qint64 id = repo.ferdigstill(m_sak, m_utkast, m_pdf, u"ola.nordmann"_s);
        const auto brev = repo.hent(id);
        QVERIFY(brev);
        QCOMPARE(brev->pdf, m_pdf);
        QCOMPARE(brev->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(brev->pdf, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(brev->sakId, m_sak.id);
        QCOMPARE(brev->type, u"bm5-avgjorelse"_s);
        QCOMPARE(brev->maalform, u"nb"_s);
        QCOMPARE(brev->mottaker, m_sak.tilsynsobjekter.constFirst().navn);
        QVERIFY(brev->kopiTil.contains(u"Kari Nordmann"_s));
        QCOMPARE(brev->offentligTittel, u"Avgjørelse i tilsynssak 2024/4711"_s);
        QVERIFY(!brev->offentligTittel.contains(u"Kari"_s));
        QCOMPARE(brev->dato, QDate(2024, 9, 2));
        QCOMPARE(brev->hjemmel, Brevutkast::standardHjemmel());
        QCOMPARE(brev->ferdigstiltAv, u"ola.nordmann"_s);
        QCOMPARE(repo.forSak(m_sak.id).size(), 1);

        // Also through SQLite's own hash of the stored blob, not only through our code.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"SELECT length(pdf), sha256 FROM brev WHERE id = %1"_s.arg(id)) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(m_pdf.size()));

        QVERIFY(q.exec(u"SELECT handling FROM audit WHERE sak_id = '%1' ORDER BY id DESC LIMIT 1"_s.arg(m_sak.id)) && q.next());
        QCOMPARE(q.value(0).toString(), u"brev ferdigstilt"_s);

        const QString fil = m_mappe.filePath(u"eksport.pdf"_s);
        repo.eksporter(id, fil);
        QFile f(fil);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_pdf);
    }

    void rawSqlCannotChangeOrRemoveALetter_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("melding");
        QTest::newRow("update pdf") << u"UPDATE brev SET pdf = x'00'"_s << u"kan ikke endres"_s;
        QTest::newRow("update hash") << u"UPDATE brev SET sha256 = '%1'"_s.arg(QString(64, u'0')) << u"kan ikke endres"_s;
        QTest::newRow("update title") << u"UPDATE brev SET offentlig_tittel = 'x'"_s << u"kan ikke endres"_s;
        QTest::newRow("delete") << u"DELETE FROM brev"_s << u"kan ikke slettes"_s;
        QTest::newRow("replace") << u"REPLACE INTO brev SELECT * FROM brev"_s << u"kan ikke erstattes"_s;
        QTest::newRow("insert or replace") << u"INSERT OR REPLACE INTO brev SELECT * FROM brev"_s << u"kan ikke erstattes"_s;
    }
    void rawSqlCannotChangeOrRemoveALetter()
    {
        QFETCH(QString, sql);
        QFETCH(QString, melding);
        BrevRepository repo(*m_store);
        const qint64 id = repo.ferdigstill(m_sak, m_utkast, m_pdf, u"ola.nordmann"_s);
        QSqlQuery q(m_store->db());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(melding), qPrintable(q.lastError().text()));
        const auto brev = repo.hent(id);
        QVERIFY(brev);
        QCOMPARE(brev->pdf, m_pdf);
        QCOMPARE(brev->sha256, BrevRepository::sha256(m_pdf));
        QCOMPARE(antallBrev(), 1);
    }

    void theApiOnlyAppends()
    {
        BrevRepository repo(*m_store);
        const qint64 a = repo.ferdigstill(m_sak, m_utkast, m_pdf, u"ola"_s);
        Brevutkast nytt = m_utkast;
        nytt.maalform = Maalform::Nynorsk;
        const QByteArray annen = Brevrenderer(Katalog::innebygd(), Brevmalkilde()).pdfA(m_sak, nytt);
        const qint64 b = repo.ferdigstill(m_sak, nytt, annen, u"ola"_s);
        QVERIFY(a != b);
        QCOMPARE(repo.hent(a)->pdf, m_pdf); // finalising again never touches the first letter
        QCOMPARE(repo.hent(b)->maalform, u"nn"_s);
        QCOMPARE(repo.forSak(m_sak.id).size(), 2);
    }

    void finalisingTwiceStoresOneLetter()
    {
        BrevRepository repo(*m_store);
        bool nytt = false;
        const qint64 id = repo.ferdigstill(m_sak, m_utkast, m_pdf, u"ola"_s, &nytt);
        QVERIFY(nytt);
        // Pressed again: the same draft, rendered again (the bytes differ in their timestamps).
        const QByteArray igjen = Brevrenderer(Katalog::innebygd(), Brevmalkilde()).pdfA(m_sak, m_utkast);
        QCOMPARE(repo.ferdigstill(m_sak, m_utkast, igjen, u"ola"_s, &nytt), id);
        QVERIFY(!nytt);
        QCOMPARE(antallBrev(), 1);
        QCOMPARE(repo.hent(id)->pdf, m_pdf); // the first one stands
        QCOMPARE(repo.ferdigstiltFra(m_sak, m_utkast)->id, id);

        // A second call from another connection (another window or the command line) finds it too.
        {
            auto annen = Store::aapne(m_store->sti());
            BrevRepository annenRepo(*annen);
            QCOMPARE(annenRepo.ferdigstill(m_sak, m_utkast, igjen, u"kari"_s, &nytt), id);
            QVERIFY(!nytt);
        }
        QCOMPARE(antallBrev(), 1);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE handling = 'brev ferdigstilt'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The store itself refuses a second letter from the same draft, whoever writes it.
        QVERIFY(!q.exec(u"INSERT INTO brev (sak_id, type, maalform, mottaker, offentlig_tittel, unntatt_offentlighet, "
                        u"dato, pdf, sha256, ferdigstilt_av, ferdigstilt, utkast_noekkel) SELECT sak_id, type, "
                        u"maalform, mottaker, offentlig_tittel, unntatt_offentlighet, dato, pdf, sha256, "
                        u"ferdigstilt_av, ferdigstilt, utkast_noekkel FROM brev"_s));
        QVERIFY2(q.lastError().text().contains(u"UNIQUE"_s), qPrintable(q.lastError().text()));
        QCOMPARE(antallBrev(), 1);

        // A changed draft is another letter.
        Brevutkast endret = m_utkast;
        endret.fritekst.insert(u"fritekst"_s, u"Et tillegg."_s);
        QVERIFY(!repo.ferdigstiltFra(m_sak, endret));
        QVERIFY(repo.ferdigstill(m_sak, endret, m_pdf, u"ola"_s, &nytt) != id);
        QVERIFY(nytt);
        QCOMPARE(antallBrev(), 2);
        // So is the same draft for a changed case.
        Tilsynssak annenSak = m_sak;
        annenSak.sammendrag = u"Et annet sammendrag"_s;
        QVERIFY(BrevRepository::utkastnoekkel(annenSak, m_utkast) != BrevRepository::utkastnoekkel(m_sak, m_utkast));
    }

    // The follow-up frist is the deadline the decision states ("Fristen for dokumentasjonen er
    // 30. januar 2027"), not the decision date + 21 days (the draft's unused svarfrist).
    void followUpFristIsTheDecisionsDocumentationDeadline()
    {
        Brevutkast avgjorelse = foreslaaUtkast(m_sak, u"bm5-avgjorelse"_s, QDate(2026, 11, 30));
        avgjorelse.utkast = false;
        avgjorelse.oppfolgingsfrist = QDate(2027, 1, 30);
        QCOMPARE(avgjorelse.svarfrist, QDate(2026, 12, 21));
        BrevRepository(*m_store).ferdigstill(m_sak, avgjorelse, m_pdf, u"ola"_s);
        SakRepository saker(*m_store, Katalog::innebygd());
        OppfolgingRepository oppfolging(*m_store, saker);
        QCOMPARE(oppfolging.avgjorelsesfrist(m_sak.id), QDate(2027, 1, 30));
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"SELECT svarfrist FROM brev WHERE type = 'bm5-avgjorelse'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2027-01-30"_s);
    }

    void theSaksnummerIsFixedOnceALetterIsFinalised()
    {
        SakRepository saker(*m_store, Katalog::innebygd());
        Tilsynssak endret = m_sak;
        endret.saksnummer = u"2024/4712"_s;
        QVERIFY(saker.saksnummerProblemer(endret).isEmpty()); // no letters yet: a typo may be corrected
        BrevRepository(*m_store).ferdigstill(m_sak, m_utkast, m_pdf, u"ola"_s);
        QVERIFY(saker.harFerdigstilteBrev(m_sak.id));
        const auto r = saker.lagre(endret, {u"ola"_s});
        QCOMPARE(r.problemer.size(), 1);
        QCOMPARE(r.problemer.constFirst().felt, u"saksnummer"_s);
        QCOMPARE(r.problemer.constFirst().melding,
                 u"saksnummeret kan ikke endres fra 2024/4711: saken har ferdigstilte brev med dette nummeret"_s);
        QCOMPARE(*saker.hent(m_sak.id)->saksnummer, u"2024/4711"_s);
        QSqlQuery q(m_store->db()); // and not by raw SQL either
        QVERIFY(!q.exec(u"UPDATE tilsynssak SET saksnummer = '2024/4712' WHERE id = '%1'"_s.arg(m_sak.id)));
        QVERIFY(q.lastError().text().contains(u"ferdigstilte brev"_s));
    }

    void refusesWithoutSaksnummerOrAsDraft()
    {
        BrevRepository repo(*m_store);
        Tilsynssak utenNr = m_sak;
        utenNr.saksnummer.reset();
        try {
            repo.ferdigstill(utenNr, m_utkast, m_pdf, u"ola"_s);
            QFAIL("finalised without saksnummer");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Avvist);
            QVERIFY2(e.melding().contains(u"saksnummer"_s), qPrintable(e.melding()));
        }
        Brevutkast utkast = m_utkast;
        utkast.utkast = true;
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.ferdigstill(m_sak, utkast, m_pdf, u"ola"_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.ferdigstill(m_sak, m_utkast, QByteArray("not a pdf"), u"ola"_s));
        Tilsynssak fremmed = m_sak;
        fremmed.id = nyId();
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.ferdigstill(fremmed, m_utkast, m_pdf, u"ola"_s));
        QCOMPARE(antallBrev(), 0);
    }

    void tamperedBytesAreDetectedOnExport()
    {
        BrevRepository repo(*m_store);
        const qint64 id = repo.ferdigstill(m_sak, m_utkast, m_pdf, u"ola"_s);
        QSqlQuery q(m_store->db());
        // Only someone who removes the guard can change the bytes; the export still notices.
        QVERIFY(q.exec(u"DROP TRIGGER brev_endres_ikke"_s));
        QVERIFY(q.exec(u"UPDATE brev SET pdf = x'255044462d'"_s));
        try {
            repo.eksporter(id, m_mappe.filePath(u"skadet.pdf"_s));
            QFAIL("tampered bytes were exported");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Korrupt);
        }
        QVERIFY(!QFile::exists(m_mappe.filePath(u"skadet.pdf"_s)));
        try {
            repo.hentKontrollert(id);
            QFAIL("tampered bytes were handed out");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Korrupt);
            QVERIFY(e.melding().contains(u"SHA-256"_s));
        }
    }

    void confirmedMilestoneIsRecordedWithTheLetter()
    {
        SakRepository saker(*m_store, Katalog::innebygd());
        Tilsynssak bm2 = test::brevsak(2);
        bm2.saksnummer = u"2024/4800"_s;
        bm2.oversendt = QDate();
        QVERIFY(saker.lagre(bm2, {u"tester"_s}).ok());
        Brevutkast u = foreslaaUtkast(bm2, u"bm2-oversendelse"_s, QDate(2024, 3, 25));
        u.utkast = false;
        const QByteArray pdf = Brevrenderer(Katalog::innebygd(), Brevmalkilde()).pdfA(bm2, u);
        BrevRepository repo(*m_store);
        repo.ferdigstill(bm2, u, pdf, u"ola"_s); // not confirmed: the case is unchanged
        QVERIFY(!saker.hent(bm2.id)->oversendt.isValid());
        try {
            repo.ferdigstillMedMilepel(bm2, u, pdf, u"ola"_s, saker, Katalog::innebygd());
        } catch (const StoreError &e) {
            QFAIL(qPrintable(e.melding()));
        }
        QCOMPARE(saker.hent(bm2.id)->oversendt, QDate(2024, 3, 25));
        // The same draft again: its milestone is recorded, but the letter is stored once.
        QCOMPARE(repo.forSak(bm2.id).size(), 1);

        // The milestone is added to the case as stored, never by writing back the caller's copy:
        // an edit saved elsewhere in the meantime survives.
        Tilsynssak ny = bm2;
        ny.id = nyId();
        ny.saksnummer = u"2024/4801"_s;
        QVERIFY(saker.lagre(ny, {u"tester"_s}).ok());
        const Tilsynssak gammelKopi = ny;
        ny.sammendrag = u"Endret av en kollega etterpå"_s;
        QVERIFY(saker.lagre(ny, {u"kollega"_s}).ok());
        repo.ferdigstillMedMilepel(gammelKopi, u, pdf, u"ola"_s, saker, Katalog::innebygd());
        QCOMPARE(saker.hent(ny.id)->sammendrag, ny.sammendrag);
        QCOMPARE(saker.hent(ny.id)->oversendt, QDate(2024, 3, 25));

        // A BM 5 case cannot be closed by a decision letter while it has no utfall: nothing is stored.
        Tilsynssak bm5 = m_sak;
        bm5.avsluttet = QDate();
        bm5.utfall.reset();
        QVERIFY(saker.lagre(bm5, {u"tester"_s}).ok());
        const int foer = antallBrev();
        try {
            repo.ferdigstillMedMilepel(bm5, m_utkast, m_pdf, u"ola"_s, saker, Katalog::innebygd());
            QFAIL("closed a BM 5 case without utfall");
        } catch (const StoreError &e) {
            QVERIFY2(e.melding().contains(u"utfall"_s), qPrintable(e.melding()));
        }
        QCOMPARE(antallBrev(), foer);
        QVERIFY(!saker.hent(bm5.id)->avsluttet.isValid());
    }

    void findsCaseByIdOrSaksnummer()
    {
        BrevRepository repo(*m_store);
        QCOMPARE(repo.finnSak(m_sak.id), m_sak.id);
        QCOMPARE(repo.finnSak(u"2024/4711"_s), m_sak.id);
        QVERIFY(!repo.finnSak(u"2024/1"_s));
    }
};

QTEST_MAIN(TestBrevRepository)
#include "tst_brevrepository.moc"
