// Oppfølging of lovbrudd (Internserien 6/2021): a decided BM 5 case with two lovbrudd is driven
// through deadline, purring, documentation and closing. Closing is refused while one lovbrudd is
// not rettet, and the case's avsluttet (the decision date) never changes.

#include "domain/katalog.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

const Endringskontekst kHvem{.bruker = u"kari.nordmann"_s};

Tilsynssak sakMedToLovbrudd()
{
    Tilsynssak s;
    s.id = u"5b0e6a8c-7d2e-4c1a-9f3b-2a4c6e8f0a1b"_s;
    s.saksnummer = u"2024/88"_s;
    s.embete = u"nordland"_s;
    s.sektor = u"sosial"_s;
    s.mottatt = QDate(2024, 1, 8);
    s.behandlingsmaate = 5;
    s.avsluttet = QDate(2024, 5, 30);
    s.utfall = u"lovbrudd"_s;
    s.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"nav-kontor"_s, u"Nav Bodø"_s, {}, u"974760673"_s, {}, {}, {}}};
    s.vurderinger = {Vurdering{u"sotjl-18"_s, u"o1"_s, u"lovbrudd"_s, u"Stønaden var for lav."_s},
                     Vurdering{u"sotjl-17"_s, u"o1"_s, u"ikke-lovbrudd"_s, {}},
                     Vurdering{u"sotjl-41"_s, u"o1"_s, u"lovbrudd"_s, u"Manglende begrunnelse."_s}};
    return s;
}

QStringList felter(const Problemer &p)
{
    QStringList ut;
    for (const Problem &x : p)
        ut.append(x.felt);
    return ut;
}

} // namespace

class TstOppfolging final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = Store::aapne(m_dir.filePath(u"l-%1.sqlite"_s.arg(++m_nr)));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_repo = std::make_unique<OppfolgingRepository>(*m_store, *m_saker);
        QVERIFY(m_saker->lagre(sakMedToLovbrudd(), kHvem).ok());
    }

    void cleanup()
    {
        m_repo.reset();
        m_saker.reset();
        m_store.reset();
    }

    void helOppfolging()
    {
        const QString id = sakMedToLovbrudd().id;
        QVERIFY(m_repo->start(id, QDate(2024, 6, 1), kHvem).isEmpty());
        Oppfolging o = *m_repo->hent(id);
        QCOMPARE(o.lovbrudd.size(), 2); // one per lovbrudd vurdering, not the ikke-lovbrudd one
        QCOMPARE(o.lovbrudd[0].bestemmelse, u"sotjl-18"_s);
        QCOMPARE(o.lovbrudd[1].bestemmelse, u"sotjl-41"_s);
        const qint64 a = o.lovbrudd[0].id;
        const qint64 b = o.lovbrudd[1].id;

        QVERIFY(m_repo->settKrav(a, u"Dokumenter nye rutiner for utmåling"_s, QDate(2024, 9, 1), kHvem).isEmpty());
        QVERIFY(m_repo->settKrav(b, u"Dokumenter at vedtak begrunnes"_s, QDate(2024, 8, 15), kHvem).isEmpty());
        QVERIFY(m_repo->leggTilMilepel(a, QDate(2024, 7, 15), u"Plan for opplæring"_s, kHvem).isEmpty());
        QCOMPARE(m_repo->hent(id)->lovbrudd[0].nesteFrist(QDate(2024, 7, 1)), QDate(2024, 7, 15));
        QCOMPARE(m_repo->hent(id)->lovbrudd[0].nesteFrist(QDate(2024, 7, 16)), QDate(2024, 9, 1));

        // Purring: refused on the frist itself, allowed the day after.
        QCOMPARE(felter(m_repo->registrerPurring(b, QDate(2024, 8, 15), kHvem)), QStringList{u"frist"_s});
        QCOMPARE(m_repo->forfalte(QDate(2024, 8, 16)), QStringList{id});
        QVERIFY(m_repo->registrerPurring(b, QDate(2024, 8, 16), kHvem).isEmpty());

        // Rettet needs documentation and evidence.
        QCOMPARE(felter(m_repo->markerRettet(a, QDate(2024, 8, 20), u"Nye rutiner"_s, kHvem)),
                 QStringList{u"dokumentasjon"_s});
        QVERIFY(m_repo->registrerDokumentasjon(a, QDate(2024, 8, 19), u"Rutine og stikkprøver"_s, kHvem).isEmpty());
        QCOMPARE(felter(m_repo->markerRettet(a, QDate(2024, 8, 20), u"  "_s, kHvem)), QStringList{u"bevis"_s});
        QVERIFY(m_repo->markerRettet(a, QDate(2024, 8, 20), u"Stikkprøver viser riktig utmåling"_s, kHvem).isEmpty());

        // Closing is refused while b is not rettet, and nothing is written.
        const Problemer nekt = m_repo->avslutt(id, QDate(2024, 8, 21), kHvem);
        QCOMPARE(felter(nekt), QStringList{u"lovbrudd[1]"_s});
        // The provision by law and § as the catalogue names it, never its code (issue 10).
        QCOMPARE(nekt.first().melding, u"the breach of %1 is not corrected yet; the follow-up cannot be closed"_s.arg(
                                           Katalog::innebygd().post(Katalog::Liste::Bestemmelse, u"sotjl-41"_s)->paragraf));
        QVERIFY(!m_repo->hent(id)->erAvsluttet());

        QVERIFY(m_repo->registrerDokumentasjon(b, QDate(2024, 9, 2), u"Ti vedtak med begrunnelse"_s, kHvem).isEmpty());
        QVERIFY(m_repo->markerRettet(b, QDate(2024, 9, 5), u"Gjennomgang av ti vedtak"_s, kHvem).isEmpty());
        QCOMPARE(m_repo->forfalte(QDate(2024, 9, 6)), QStringList());
        QCOMPARE(felter(m_repo->avslutt(id, QDate(2024, 9, 4), kHvem)), QStringList{u"lovbrudd[1]"_s}); // before rettet
        QVERIFY(m_repo->avslutt(id, QDate(2024, 9, 10), kHvem).isEmpty());

        o = *m_repo->hent(id);
        QCOMPARE(o.avsluttet, QDate(2024, 9, 10));
        QCOMPARE(o.lovbrudd[1].hendelser.size(), 2); // purring + documentation
        QCOMPARE(m_saker->hent(id)->avsluttet, QDate(2024, 5, 30)); // the decision date is untouched

        // A closed follow-up is final, through the API and through SQL.
        QVERIFY(!m_repo->registrerDokumentasjon(a, QDate(2024, 9, 11), u"Mer"_s, kHvem).isEmpty());
        QVERIFY(!m_repo->avslutt(id, QDate(2024, 9, 12), kHvem).isEmpty());
        QSqlQuery q(m_store->db());
        QVERIFY(!q.exec(u"UPDATE oppfolging SET avsluttet = NULL"_s));

        // Every step is in the audit trail.
        QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE handling LIKE 'oppfølging%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1 + 2 + 1 + 1 + 2 + 2 + 1);
    }

    void startKreverAvgjortLovbrudd()
    {
        Tilsynssak s = sakMedToLovbrudd();
        s.id = u"6b0e6a8c-7d2e-4c1a-9f3b-2a4c6e8f0a1b"_s;
        s.saksnummer = u"2024/89"_s;
        s.vurderinger = {Vurdering{u"sotjl-18"_s, u"o1"_s, u"ikke-lovbrudd"_s, {}}};
        s.utfall = u"ikke-lovbrudd"_s;
        QVERIFY(m_saker->lagre(s, kHvem).ok());
        QCOMPARE(felter(m_repo->start(s.id, QDate(2024, 6, 1), kHvem)), QStringList{u"vurderinger"_s});
        QVERIFY(!m_repo->hent(s.id));
        QCOMPARE(felter(m_repo->start(sakMedToLovbrudd().id, QDate(2024, 5, 1), kHvem)), QStringList{u"startet"_s});
        QVERIFY(!m_repo->start(u"finnes-ikke"_s, QDate(2024, 6, 1), kHvem).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_nr = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<OppfolgingRepository> m_repo;
};

QTEST_GUILESS_MAIN(TstOppfolging)
#include "tst_oppfolging.moc"
