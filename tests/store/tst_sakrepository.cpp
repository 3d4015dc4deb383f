// Saving and loading whole cases: one transaction with audit and outbox rows, validation before
// any write, optimistic locking, and a registered case that can never be deleted.

#include "casegenerator.h"

#include "domain/katalog.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

qint64 tell(const Store &s, const QString &sql)
{
    QSqlQuery q(s.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const Endringskontekst kHvem{.bruker = u"kari.nordmann"_s};

} // namespace

class TstSakRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"l-%1.sqlite"_s.arg(++m_nr)));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
    }

    void lagreOgHentGirSammeSak()
    {
        CaseGenerator gen(Katalog::innebygd(), 7);
        for (int i = 0; i < 200; ++i) {
            const Tilsynssak sak = gen.neste();
            const auto r = m_repo->lagre(sak, kHvem);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.problemer.first().felt + u": "_s + r.problemer.first().melding));
            const auto lest = m_repo->hent(sak.id);
            QVERIFY(lest);
            QCOMPARE(*lest, sak);
        }
        QCOMPARE(m_repo->antall(), 200);
        QStringList ider;
        m_repo->forHver([&](const Tilsynssak &s) { ider.append(s.id); QCOMPARE(*m_repo->hent(s.id), s); });
        QCOMPARE(ider.size(), 200);
        QStringList sortert = ider;
        sortert.sort();
        QCOMPARE(ider, sortert);
    }

    void tomBegrunnelseLagres()
    {
        CaseGenerator gen(Katalog::innebygd(), 15);
        Tilsynssak sak;
        do {
            sak = gen.neste();
        } while (sak.vurderinger.isEmpty());
        sak.vurderinger.first().begrunnelse = QString(); // omitted in the contract: empty
        QVERIFY(m_repo->lagre(sak, kHvem).ok());
        QCOMPARE(m_repo->hent(sak.id)->vurderinger.first().begrunnelse, u""_s);
    }

    void ugyldigSakSkriverIngenting()
    {
        CaseGenerator gen(Katalog::innebygd(), 8);
        Tilsynssak sak = gen.neste();
        sak.tilsynsobjekter.first().orgnr = u"123456789"_s;
        const auto r = m_repo->lagre(sak, kHvem);
        QVERIFY(!r.ok());
        QCOMPARE(r.problemer.first().felt, u"tilsynsobjekter[0].orgnr"_s);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM tilsynssak"_s), 0);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM audit"_s), 0);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM outbox"_s), 0);
    }

    void revisjonssporOgUtboks()
    {
        CaseGenerator gen(Katalog::innebygd(), 9);
        Tilsynssak sak = gen.neste();
        QVERIFY(m_repo->lagre(sak, kHvem).ok());
        sak.sammendrag = u"Endret sammendrag"_s;
        sak.alvorlig = !sak.alvorlig;
        QVERIFY(m_repo->lagre(sak, kHvem).ok());

        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"SELECT handling, bruker, endringer FROM audit ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"opprettet"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"lagret"_s);
        QCOMPARE(q.value(1).toString(), u"kari.nordmann"_s);
        const QJsonObject endringer = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(endringer.keys(), (QStringList{u"alvorlig"_s, u"sammendrag"_s}));
        QCOMPARE(endringer.value("sammendrag"_L1).toObject().value("til"_L1).toString(), u"Endret sammendrag"_s);
        QVERIFY(!q.next());
        // Both edits are pending in one outbox op (it has not been sent yet).
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM outbox WHERE status = 'ventende'"_s), 1);
        // The audit trail is append-only.
        QVERIFY(!q.exec(u"DELETE FROM audit"_s));
        QVERIFY(!q.exec(u"UPDATE audit SET bruker = 'x'"_s));
    }

    // A version written from the central store is audited but not queued to be sent back.
    void serverversjonGaarIkkeTilUtboksen()
    {
        CaseGenerator gen(Katalog::innebygd(), 10);
        const Tilsynssak sak = gen.neste();
        {
            Transaksjon t(m_store->db());
            m_repo->skriv(sak, Endringskontekst{.bruker = u"synk"_s, .handling = u"hentet"_s, .tilUtboks = false});
            t.commit();
        }
        QCOMPARE(*m_repo->hent(sak.id), sak);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM audit WHERE handling = 'opprettet'"_s), 1);
        QVERIFY(m_repo->lagre(sak, kHvem).ok()); // a local save is queued as usual
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM outbox"_s), 1);
    }

    void registrertSakKanIkkeSlettes()
    {
        CaseGenerator gen(Katalog::innebygd(), 10);
        gen.settAndelAapne(0);
        const Tilsynssak sak = gen.neste();
        QVERIFY(sak.saksnummer);
        QVERIFY(m_repo->lagre(sak, kHvem).ok());
        QVERIFY_THROWS_EXCEPTION(StoreError, m_repo->forkastUtkast(sak.id, kHvem));
        QSqlQuery q(m_store->db());
        QVERIFY(!q.exec(u"DELETE FROM tilsynssak"_s)); // the trigger refuses raw SQL too
        QCOMPARE(m_repo->antall(), 1);
    }

    void utkastKanForkastes()
    {
        CaseGenerator gen(Katalog::innebygd(), 11);
        Tilsynssak sak = gen.neste();
        sak.saksnummer.reset();
        QVERIFY(m_repo->lagre(sak, kHvem).ok());
        m_repo->forkastUtkast(sak.id, kHvem);
        QCOMPARE(m_repo->antall(), 0);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM tilsynsobjekt"_s), 0);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(tell(*m_store, u"SELECT count(*) FROM audit WHERE handling = 'utkast forkastet'"_s), 1);
    }

    void samtidigEndringAvvises()
    {
        CaseGenerator gen(Katalog::innebygd(), 12);
        Tilsynssak sak = gen.neste();
        const int v1 = m_repo->lagre(sak, kHvem).versjon;
        QCOMPARE(v1, 1);
        Tilsynssak min = sak;
        Tilsynssak din = sak;
        din.sammendrag = u"Den andre skrev først"_s;
        QCOMPARE(m_repo->lagre(din, kHvem, v1).versjon, 2);
        min.sammendrag = u"Jeg skrev sist"_s;
        try {
            m_repo->lagre(min, kHvem, v1);
            QFAIL("a stale edit overwrote a newer one");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Konflikt);
        }
        QCOMPARE(m_repo->hent(sak.id)->sammendrag, din.sammendrag);
    }

    void saksnummerErUniktIEmbetet()
    {
        CaseGenerator gen(Katalog::innebygd(), 13);
        gen.settAndelAapne(0);
        const Tilsynssak a = gen.neste();
        Tilsynssak b = gen.neste();
        b.embete = a.embete;
        b.saksnummer = a.saksnummer;
        QVERIFY(m_repo->lagre(a, kHvem).ok());
        const auto r = m_repo->lagre(b, kHvem);
        QVERIFY(!r.ok());
        QCOMPARE(r.problemer.first().felt, u"saksnummer"_s);
        QCOMPARE(m_repo->antall(), 1);
    }

    void avledeteKolonner()
    {
        CaseGenerator gen(Katalog::innebygd(), 14);
        Tilsynssak sak = gen.neste();
        sak.behandlingsmaate = 1;
        sak.mottatt = QDate(2024, 1, 31);
        sak.avsluttet = QDate(2024, 2, 20);
        sak.oversendt = {};
        sak.mote = {};
        sak.rapportMottatt = {};
        sak.vurderinger.clear();
        sak.utfall.reset();
        sak.sammendrag = u"Klage på ØDEGÅRD"_s;
        QVERIFY(m_repo->lagre(sak, kHvem).ok());
        QSqlQuery q(m_store->db());
        q.prepare(u"SELECT frist_dato, milepel_dato, soketekst FROM tilsynssak WHERE id = ?"_s);
        q.addBindValue(sak.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"2024-02-28"_s);
        QCOMPARE(q.value(1).toString(), u"2024-02-20"_s);
        QVERIFY(q.value(2).toString().contains(u"ødegård"_s));
    }

private:
    QTemporaryDir m_dir;
    int m_nr = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_GUILESS_MAIN(TstSakRepository)
#include "tst_sakrepository.moc"
