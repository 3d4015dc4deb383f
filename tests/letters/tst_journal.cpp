// The journal of a case in the local store (issue 12 item 4): incoming documents with their files
// stored once and verified by SHA-256, each finalised letter journalled with the number its Vår
// ref prints, avskrivning, and closing refused while an incoming document is open unless the
// caseworker says why.

#include "domain/katalog.h"
#include "items/journalmodell.h"
#include "journal/journalrepository.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/brevutkast.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "brevtestdata.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

NyJournalpost henvendelse(const QByteArray &fil = {})
{
    NyJournalpost n;
    n.dokumentdato = QDate(2024, 3, 4);
    n.tittel = u"Klage på helsehjelp"_s;
    n.parter = {{u"Avsender"_s, u"Kari Klager"_s}};
    n.fil = fil;
    n.filnavn = fil.isEmpty() ? QString() : u"klage.pdf"_s;
    return n;
}

} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mappe;
    std::unique_ptr<Store> m_store;
    Tilsynssak m_sak;

    int antall(const QString &sql)
    {
        QSqlQuery q(m_store->db());
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }
    Endringskontekst hvem() const { return {.bruker = u"saksbehandler"_s}; }

private Q_SLOTS:
    void init()
    {
        m_store = Store::aapne(m_mappe.filePath(u"j-%1-%2.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                                        QString::fromLatin1(QTest::currentDataTag()))));
        m_sak = test::brevsak(1);
        m_sak.avsluttet = {};
        const auto r = SakRepository(*m_store, Katalog::innebygd()).lagre(m_sak, {u"tester"_s});
        QVERIFY2(r.ok(), r.problemer.isEmpty() ? "" : qPrintable(r.problemer.constFirst().melding));
    }
    void cleanup() { m_store.reset(); }

    void inngaaendeDokumentMedFilLagresEnGangOgKontrolleres()
    {
        JournalRepository j(*m_store);
        const QByteArray bytes = "%PDF-1.4 klage fra innsender\n"_ba;
        const QString a = j.registrer(m_sak.id, henvendelse(bytes), hvem());
        const QString b = j.registrer(m_sak.id, henvendelse(bytes), hvem());
        QCOMPARE(antall(u"SELECT count(*) FROM dokumentfil"_s), 1);
        const Journalpost p = *j.hent(a);
        QCOMPARE(p.type, u"I"_s);
        QCOMPARE(p.nummer, std::optional<int>(1)); // never synced: this store settles the numbers
        QCOMPARE(j.hent(b)->nummer, std::optional<int>(2));
        QCOMPARE(p.status, u"Journalført"_s);
        QCOMPARE(p.offentligTittel, u"Dokument i tilsynssak"_s);
        QCOMPARE(p.parter, (QList<Korrespondent>{{u"Avsender"_s, u"Kari Klager"_s}}));
        QCOMPARE(p.filSha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(j.fil(a), bytes);
        QCOMPARE(dokumentreferanse(*m_sak.saksnummer, p.dokumentnummer()), *m_sak.saksnummer + u"-1"_s);
        QCOMPARE(antall(u"SELECT count(*) FROM audit WHERE handling = 'journalpost registrert'"_s), 2);
        // Nothing of a post can be changed or removed by SQL; a damaged file is never handed out.
        QSqlQuery q(m_store->db());
        QVERIFY(!q.exec(u"DELETE FROM journalpost"_s));
        QVERIFY(!q.exec(u"UPDATE journalpost SET tittel = 'x'"_s));
        QVERIFY(!q.exec(u"UPDATE dokumentfil SET innhold = x'00'"_s));
        QVERIFY(q.exec(u"DROP TRIGGER dokumentfil_endres_ikke"_s));
        QVERIFY(q.exec(u"UPDATE dokumentfil SET innhold = CAST('%PDF-1.4 forfalsket' AS BLOB), storrelse = 19"_s));
        try {
            j.fil(a);
            QFAIL("a damaged file was handed out");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Korrupt);
        }
    }

    void ugyldigRegistreringLagrerIngenting_data()
    {
        QTest::addColumn<QString>("felt");
        QTest::addColumn<QString>("melding");
        QTest::newRow("tittel") << u"tittel"_s << u"tittel mangler"_s;
        QTest::newRow("avsender") << u"avsender"_s << u"avsender mangler"_s;
        QTest::newRow("dato") << u"dato"_s << u"er etter i dag"_s;
        QTest::newRow("type") << u"type"_s << u"journalposttypen må være I, N eller X"_s;
    }
    void ugyldigRegistreringLagrerIngenting()
    {
        QFETCH(QString, felt);
        QFETCH(QString, melding);
        NyJournalpost n = henvendelse("abc"_ba);
        if (felt == u"tittel")
            n.tittel = u"  "_s;
        else if (felt == u"avsender")
            n.parter.clear();
        else if (felt == u"dato")
            n.dokumentdato = QDate::currentDate().addDays(2);
        else
            n.type = u"U"_s;
        const int revisjon = antall(u"SELECT count(*) FROM audit"_s);
        try {
            JournalRepository(*m_store).registrer(m_sak.id, n, hvem());
            QFAIL("registered");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Avvist);
            QVERIFY2(e.melding().contains(melding), qPrintable(e.melding()));
        }
        QCOMPARE(antall(u"SELECT count(*) FROM journalpost"_s), 0);
        QCOMPARE(antall(u"SELECT count(*) FROM dokumentfil"_s), 0);
        QCOMPARE(antall(u"SELECT count(*) FROM audit"_s), revisjon);
    }

    void brevetFaarNummeretSomVaarRefTrykker()
    {
        JournalRepository j(*m_store);
        const QString inn = j.registrer(m_sak.id, henvendelse(), hvem());
        BrevRepository brev(*m_store);
        QCOMPARE(brev.nesteDokumentnummer(m_sak.id), 2);
        Brevbestilling b;
        b.type = u"kvittering"_s;
        b.dato = QDate(2024, 3, 6);
        b.dokumentnummer = brev.nesteDokumentnummer(m_sak.id);
        const Brevmalkilde maler;
        Brevutkast u = settSammenBrev(m_sak, b, maler, Katalog::innebygd());
        u.utkast = false;
        const QByteArray pdf = Brevrenderer(Katalog::innebygd(), maler).pdfA(m_sak, u);
        QVERIFY2(test::pdfTekst(pdf).contains(*m_sak.saksnummer + u"-2"_s), qPrintable(test::pdfTekst(pdf)));
        const qint64 id = brev.ferdigstill(m_sak, u, pdf, u"saksbehandler"_s);
        const QList<Journalpost> poster = j.forSak(m_sak.id);
        QCOMPARE(poster.size(), 2);
        const Journalpost &ut = poster.at(1);
        QCOMPARE(ut.type, u"U"_s);
        QCOMPARE(ut.nummer, std::optional<int>(2));
        QCOMPARE(ut.tryktNummer, std::optional<int>(2));
        QCOMPARE(ut.status, u"Ekspedert"_s);
        QCOMPARE(ut.brevSha256, brev.hent(id)->sha256);
        QCOMPARE(ut.parter.constFirst().rolle, u"Mottaker"_s);
        QCOMPARE(ut.parter.constFirst().navn, u.mottaker.navn);
        // The same draft again: the same letter, no second post.
        QCOMPARE(brev.ferdigstill(m_sak, u, pdf, u"saksbehandler"_s), id);
        QCOMPARE(j.forSak(m_sak.id).size(), 2);
        // A draft whose Vår ref is no longer the next number is refused; nothing is stored.
        Brevutkast gammel = u;
        gammel.dato = QDate(2024, 3, 7);
        try {
            brev.ferdigstill(m_sak, gammel, pdf, u"saksbehandler"_s);
            QFAIL("a stale Vår ref was finalised");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Avvist);
            QVERIFY2(e.melding().contains(u"dokumentnummeret 2"_s), qPrintable(e.melding()));
        }
        QCOMPARE(antall(u"SELECT count(*) FROM brev"_s), 1);

        // Avskrivning: answered by that letter; once only; another way needs a merknad.
        try {
            j.avskriv(inn, u"Tatt til orientering"_s, {}, u" "_s, hvem());
            QFAIL("avskrevet without merknad");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Avvist);
        }
        j.avskriv(inn, u"Besvart med brev"_s, ut.id, {}, hvem());
        const Journalpost avskrevet = *j.hent(inn);
        QCOMPARE(avskrevet.avskrivningsmaate, u"Besvart med brev"_s);
        QCOMPARE(avskrevet.avskrevetMed, ut.id);
        QCOMPARE(avskrevet.avskrevetAv, u"saksbehandler"_s);
        QVERIFY(!avskrevet.erUbesvart());
        QVERIFY_THROWS_EXCEPTION(StoreError, j.avskriv(inn, u"Tatt til orientering"_s, {}, u"igjen"_s, hvem()));
        QCOMPARE(antall(u"SELECT count(*) FROM audit WHERE handling = 'dokument avskrevet'"_s), 1);
    }

    void avslutningKreverAvskrivningEllerGrunn()
    {
        JournalRepository j(*m_store);
        const QString inn = j.registrer(m_sak.id, henvendelse(), hvem());
        SakRepository saker(*m_store, Katalog::innebygd());
        Tilsynssak lukket = m_sak;
        lukket.avsluttet = m_sak.mottatt.addDays(20);
        const auto nei = saker.lagre(lukket, {u"saksbehandler"_s});
        QCOMPARE(nei.problemer.size(), 1);
        QCOMPARE(nei.problemer.constFirst().felt, u"avsluttet"_s);
        QVERIFY2(nei.problemer.constFirst().melding.contains(*m_sak.saksnummer + u"-1 «Klage på helsehjelp»"_s),
                 qPrintable(nei.problemer.constFirst().melding));
        QVERIFY(!saker.hent(m_sak.id)->avsluttet.isValid());
        QVERIFY(j.hent(inn)->erUbesvart());

        Endringskontekst medGrunn{.bruker = u"saksbehandler"_s};
        medGrunn.avslutningsgrunn = u"Innsender trakk klagen muntlig"_s;
        const auto ja = saker.lagre(lukket, medGrunn);
        QVERIFY2(ja.ok(), ja.ok() ? "" : qPrintable(ja.problemer.constFirst().melding));
        QCOMPARE(saker.hent(m_sak.id)->avsluttet, lukket.avsluttet);
        const Journalpost p = *j.hent(inn);
        QCOMPARE(p.avskrivningsmaate, u"Tatt til orientering"_s);
        QCOMPARE(p.avskrivningMerknad, u"Innsender trakk klagen muntlig"_s);
        QCOMPARE(antall(u"SELECT count(*) FROM audit WHERE handling = 'dokumenter avskrevet ved avslutning'"_s), 1);
        // Once closed, other edits are not held back by the rule.
        lukket.sammendrag = u"Oppdatert sammendrag"_s;
        QVERIFY(saker.lagre(lukket, {u"saksbehandler"_s}).ok());
    }

    // Issue 10: the journal of a case without a saksnummer showed Dokumentnr "-1"; and once the
    // case got its saksnummer the open journal kept saying it had none until a restart, because
    // it took the number from a snapshot of the case. It reads the stored number on every re-read.
    void dokumentnummerUtenSaksnummerSierDetTydelig()
    {
        Tilsynssak sak = test::brevsak(2);
        sak.avsluttet = {};
        sak.saksnummer.reset();
        SakRepository saker(*m_store, Katalog::innebygd());
        QVERIFY(saker.lagre(sak, {u"tester"_s}).ok());
        JournalRepository j(*m_store);
        j.registrer(sak.id, henvendelse(), hvem());
        JournalModell modell(j);
        modell.visSak(sak.id);
        QCOMPARE(modell.data(modell.index(0, JournalModell::Nummer)).toString(),
                 u"No saksnummer yet (document 1)"_s);
        sak = *saker.hent(sak.id);
        sak.saksnummer = u"2026/123"_s;
        const auto r = saker.lagre(sak, {u"tester"_s});
        QVERIFY2(r.ok(), r.problemer.isEmpty() ? "" : qPrintable(r.problemer.constFirst().melding));
        QSignalSpy endret(&modell, &QAbstractItemModel::dataChanged);
        modell.lesPaaNytt();
        QCOMPARE(modell.data(modell.index(0, JournalModell::Nummer)).toString(), u"2026/123-1"_s);
        QCOMPARE(endret.size(), 1);
    }
};

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
