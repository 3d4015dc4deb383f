// The report facts of migration 039 (rapport_sak, rapport_restanse; models/store/rapportfakta.h):
// kept in step by the triggers through inserts, edits of every column they read, replaced
// children and a discarded draft; made again by Rapportfakta::bygg and after a load with the
// triggers paused; and the reports that read them (temaer, kilder, vurderinger, restanser) equal
// to the definitions of docs/reports.md computed here from the cases themselves, for every
// sektor, many years, one embete and a period that is not a calendar year.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "reports/rapportmotor.h"
#include "store/avledet.h"
#include "store/bulkskriver.h"
#include "store/lagerkontroll.h"
#include "store/rapportfakta.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

using Tall = QMap<QString, qint64>;

bool avsluttetI(const Tilsynssak &s, const Rapportvalg &v)
{
    return s.sektor == v.sektor && (v.embete.isEmpty() || s.embete == v.embete) && s.avsluttet.isValid()
           && s.avsluttet >= v.fra && s.avsluttet <= v.til;
}

// docs/reports.md, from the cases: what each report must hold, keyed "row|column".
Tall forventet(const QString &rapport, const QList<Tilsynssak> &saker, const Rapportvalg &v, const Katalog &k)
{
    Tall ut;
    for (const Tilsynssak &s : saker) {
        if (rapport == u"restanser"_s) {
            if (s.sektor != v.sektor || (!v.embete.isEmpty() && s.embete != v.embete) || s.mottatt > v.til
                || (s.avsluttet.isValid() && s.avsluttet < v.fra))
                continue;
            const AvledeteKolonner a = avledeteKolonner(s, k);
            const bool aapenVedSlutt = !s.avsluttet.isValid() || s.avsluttet > v.til;
            // The current frist's other kinds (gjeldendeFrist): choosing the method, known as the
            // case stands now, so only for a period ending today or later (these cases hold no
            // BM 3 request letter, so no report deadline).
            const bool velgBmForSent = v.til >= QDate::currentDate() && !s.behandlingsmaate && !s.avsluttet.isValid()
                && s.mottatt.addDays(Innstillinger::fristvalg().dagerTilValgAvBm) < v.til;
            const qint64 tall[] = {s.mottatt < v.fra, s.mottatt >= v.fra, !aapenVedSlutt, aapenVedSlutt,
                                   aapenVedSlutt && ((a.fristDato.isValid() && a.fristDato < v.til
                                                      && (!a.milepel.isValid() || a.milepel > v.til)) || velgBmForSent)};
            for (int i = 0; i < 5; ++i) {
                ut[s.embete + u'|' + QString::number(i)] += tall[i];
                ut[u"landet|"_s + QString::number(i)] += tall[i];
            }
            continue;
        }
        if (!avsluttetI(s, v))
            continue;
        if (rapport == u"kilder"_s) {
            ut[u"alle_saker|saker"_s] += 1;
            for (const QString &kilde : QSet<QString>(s.kilder.cbegin(), s.kilder.cend()))
                ut[kilde + u"|saker"_s] += 1;
        } else if (rapport == u"temaer"_s) {
            QSet<QString> typer;
            for (const Tilsynsobjekt &o : s.tilsynsobjekter)
                typer.insert(o.type);
            for (const QString &tema : QSet<QString>(s.temaer.cbegin(), s.temaer.cend())) {
                ut[tema + u"|i_alt"_s] += 1;
                for (const QString &type : typer)
                    ut[tema + u'|' + type] += 1;
            }
        } else if (rapport == u"vurderinger"_s && s.behandlingsmaate == 5 && !s.vurderinger.isEmpty()) {
            bool lovbruddISaken = false;
            for (const Vurdering &vu : s.vurderinger) {
                const bool lovbrudd = vu.konklusjon == u"lovbrudd"_s || vu.konklusjon == u"oversendt-htil"_s;
                const QString kode = k.statistikkategori(vu.bestemmelse);
                ut[kode + u"|vurdert"_s] += 1;
                ut[kode + u"|lovbrudd"_s] += lovbrudd;
                ut[u"sum|vurdert"_s] += 1;
                ut[u"sum|lovbrudd"_s] += lovbrudd;
                lovbruddISaken = lovbruddISaken || lovbrudd;
            }
            ut[u"saker|vurdert"_s] += 1;
            ut[u"saker|lovbrudd"_s] += lovbruddISaken;
        }
    }
    // A row exists only for what occurs; zeros are left out on both sides.
    for (auto it = ut.begin(); it != ut.end();)
        it = it.value() == 0 ? ut.erase(it) : std::next(it);
    return ut;
}

// The engine's table in the same shape: every numeric cell but the shares, zeros left out.
Tall funnet(const Rapporttabell &t)
{
    Tall ut;
    for (const QVariantList &rad : t.rader) {
        for (qsizetype i = 1; i < t.kolonner.size(); ++i) {
            const QString &kolonne = t.kolonner[i];
            if (kolonne == u"tekst"_s || kolonne == u"andel"_s || rad[i].isNull())
                continue;
            const qint64 n = rad[i].toLongLong();
            if (n == 0)
                continue;
            const QString navn = t.navn == u"restanser"_s ? QString::number(i - 1) : kolonne;
            ut[rad[0].toString() + u'|' + navn] = n;
        }
    }
    return ut;
}

qint64 tall(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRapportfakta final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void triggereHolderFaktaIStand();
    void rapporterSomDefinisjonen_data();
    void rapporterSomDefinisjonen();
    void byggGirDetSamme();
    void pauseOgFerdigEtterInnlasting();
    void eldreLagerFaarFakta();
    void bulkInnlastingGirFakta_data();
    void bulkInnlastingGirFakta();

private:
    void skriv(const Tilsynssak &s);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    QHash<QString, Tilsynssak> m_saker;
    CaseGenerator m_gen{Katalog::innebygd(), 7};
};

void TestRapportfakta::skriv(const Tilsynssak &s)
{
    m_repo->skriv(s, Endringskontekst{u"test"_s});
    m_saker.insert(s.id, s);
}

void TestRapportfakta::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Store::aapne(m_dir.filePath(u"fakta.sqlite"_s));
    m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
    m_gen.settAndelAapne(0.25);
    Transaksjon t(m_store->db());
    for (int i = 0; i < 3000; ++i)
        skriv(m_gen.neste());
    t.commit();
}

void TestRapportfakta::triggereHolderFaktaIStand()
{
    const QSqlDatabase db = m_store->db();
    QCOMPARE(Rapportfakta::avvik(db), 0);
    QCOMPARE(Rapportfakta::triggere(db).size(), 19);
    qint64 lukket = 0;
    for (const Tilsynssak &s : std::as_const(m_saker))
        lukket += s.avsluttet.isValid();
    QCOMPARE(tall(db, u"SELECT count(*) FROM rapport_sak"_s), lukket);
    QCOMPARE(tall(db, u"SELECT sum(antall) FROM rapport_restanse"_s), qint64(m_saker.size()));

    // Every column the facts read, changed on some cases; children replaced; a case closed and
    // one reopened; a draft discarded.
    // Sorted: QHash order is random per process, and which cases get which change must not be.
    QStringList ider = m_saker.keys();
    ider.sort();
    const Katalog &k = Katalog::innebygd();
    Transaksjon t(db);
    for (qsizetype i = 0; i < ider.size(); i += 3) {
        Tilsynssak s = m_saker.value(ider[i]);
        switch (i / 3 % 8) {
        case 0: // closed now, or reopened
            if (s.avsluttet.isValid()) {
                s.avsluttet = QDate();
            } else if (!s.avsluttet.isValid()) {
                s.behandlingsmaate = s.behandlingsmaate.value_or(2);
                s.avsluttet = s.mottatt.addDays(int(i % 400));
            }
            break;
        case 1: // another embete, and a tema twice
            s.embete = k.poster(Katalog::Liste::Embete).value(int(i) % 5).kode;
            if (s.saksnummer)
                s.saksnummer = u"2099/%1"_s.arg(i); // unique in any embete
            if (!s.temaer.isEmpty())
                s.temaer.append(s.temaer.first());
            break;
        case 2: // another sektor's codes are kept as they are (unknown codes count too)
            s.sektor = s.sektor == u"helse"_s ? u"sosial"_s : u"helse"_s;
            break;
        case 3: // received a year earlier, closed on a 31 December
            s.mottatt = s.mottatt.addYears(-1);
            if (s.avsluttet.isValid())
                s.avsluttet = QDate(s.avsluttet.year(), 12, 31);
            break;
        case 4: // a second object of another type, a kilde more
            s.tilsynsobjekter.append(Tilsynsobjekt{u"o9"_s, k.forSektor(Katalog::Liste::Objekttype, s.sektor).last().kode,
                                                   u"Annen"_s, {}, {}, {}, {}, {}});
            s.kilder.append(k.forSektor(Katalog::Liste::Kilde, s.sektor).last().kode);
            break;
        case 5: // children gone
            s.temaer.clear();
            s.kilder.clear();
            s.vurderinger.clear();
            break;
        case 6: // BM 5 with vurderinger, or another BM
            if (s.behandlingsmaate == 5)
                s.behandlingsmaate = 2;
            else if (!s.vurderinger.isEmpty())
                s.behandlingsmaate = 5;
            else
                s.behandlingsmaate = std::nullopt;
            break;
        default: // vurderinger turned around
            for (Vurdering &v : s.vurderinger)
                v.konklusjon = v.konklusjon == u"lovbrudd"_s ? u"ikke-lovbrudd"_s : u"lovbrudd"_s;
            break;
        }
        skriv(s);
    }
    Tilsynssak utkast = m_gen.neste();
    utkast.saksnummer.reset();
    utkast.avsluttet = utkast.mottatt.addDays(3);
    utkast.behandlingsmaate = 1;
    skriv(utkast);
    QCOMPARE(Rapportfakta::avvik(db), 0);
    t.commit();
    m_repo->forkastUtkast(utkast.id, Endringskontekst{u"test"_s}); // its own transaction
    m_saker.remove(utkast.id);
    QCOMPARE(Rapportfakta::avvik(db), 0);
    QCOMPARE(tall(db, u"SELECT sum(antall) FROM rapport_restanse"_s), qint64(m_saker.size()));
}

void TestRapportfakta::rapporterSomDefinisjonen_data()
{
    QTest::addColumn<QString>("rapport");
    QTest::addColumn<Rapportvalg>("valg");
    for (const char *rapport : {"temaer", "kilder", "vurderinger", "restanser"}) {
        for (const char *sektor : {"helse", "sosial", "barnevern"}) {
            for (int aar = 2014; aar <= 2027; ++aar)
                QTest::addRow("%s %s %d", rapport, sektor, aar)
                    << QString::fromLatin1(rapport) << Rapportvalg::forAar(QString::fromLatin1(sektor), aar);
        }
        QTest::addRow("%s helse 2024 vestland", rapport)
            << QString::fromLatin1(rapport) << Rapportvalg::forAar(u"helse"_s, 2024, u"vestland"_s);
        QTest::addRow("%s helse 15 Mar-30 Sep 2024", rapport)
            << QString::fromLatin1(rapport) << Rapportvalg{u"helse"_s, QDate(2024, 3, 15), QDate(2024, 9, 30), {}};
        QTest::addRow("%s helse 2023-2024 agder", rapport)
            << QString::fromLatin1(rapport) << Rapportvalg{u"helse"_s, QDate(2023, 1, 1), QDate(2024, 12, 31), u"agder"_s};
    }
}

void TestRapportfakta::rapporterSomDefinisjonen()
{
    QFETCH(QString, rapport);
    QFETCH(Rapportvalg, valg);
    const Rapportmotor motor(m_store->db(), Katalog::innebygd());
    const Tall ventet = forventet(rapport, m_saker.values(), valg, Katalog::innebygd());
    const Tall faktisk = funnet(motor.lag(rapport, valg));
    for (auto it = ventet.cbegin(); it != ventet.cend(); ++it) {
        if (faktisk.value(it.key(), -1) != it.value())
            qWarning("%s: expected %lld, found %lld", qPrintable(it.key()), it.value(), faktisk.value(it.key(), -1));
    }
    QCOMPARE(faktisk.keys(), ventet.keys());
    QVERIFY(faktisk == ventet);
}

void TestRapportfakta::byggGirDetSamme()
{
    const QSqlDatabase db = m_store->db();
    const Rapportmotor motor(db, Katalog::innebygd());
    const Rapportvalg valg = Rapportvalg::forAar(u"helse"_s, 2024);
    QList<Rapporttabell> foer;
    for (const QString &navn : Rapportmotor::rapporter())
        foer.append(motor.lag(navn, valg));
    Transaksjon t(db);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"UPDATE rapport_sak SET temaer = '', kilder = ''"_s));
    QVERIFY(q.exec(u"UPDATE rapport_restanse SET antall = antall + 1"_s));
    QVERIFY(Rapportfakta::avvik(db) > 0);
    QVERIFY(kontrollerLager(*m_store, Katalog::innebygd()).join(u'\n').contains(u"rapportgrunnlag: "_s)); // the check command
    QCOMPARE(Rapportfakta::bygg(db), tall(db, u"SELECT count(*) FROM tilsynssak WHERE avsluttet IS NOT NULL"_s));
    QCOMPARE(Rapportfakta::avvik(db), 0);
    // (the edited cases break validation rules on purpose; only the facts' line is looked at)
    QVERIFY(!kontrollerLager(*m_store, Katalog::innebygd()).join(u'\n').contains(u"rapportgrunnlag: "_s));
    t.commit();
    for (qsizetype i = 0; i < foer.size(); ++i)
        QCOMPARE(motor.lag(Rapportmotor::rapporter()[i], valg).rader, foer[i].rader);
}

void TestRapportfakta::pauseOgFerdigEtterInnlasting()
{
    const QSqlDatabase db = m_store->db();
    const QStringList triggere = Rapportfakta::triggere(db);
    const qint64 hoeyeste = tall(db, u"SELECT max(rowid) FROM tilsynssak"_s);
    {
        Transaksjon t(db);
        RapportfaktaPause pause(db);
        QVERIFY(Rapportfakta::triggere(db).isEmpty());
        for (int i = 0; i < 500; ++i)
            skriv(m_gen.neste());
        QVERIFY(Rapportfakta::avvik(db) > 0); // nothing kept while paused
        const qint64 lukket = tall(db, u"SELECT count(*) FROM tilsynssak WHERE avsluttet IS NOT NULL AND rowid > %1"_s.arg(hoeyeste));
        QVERIFY(lukket > 0);
        QCOMPARE(pause.ferdig(hoeyeste), lukket);
        QCOMPARE(Rapportfakta::avvik(db), 0);
        QCOMPARE(Rapportfakta::triggere(db), triggere);
        t.commit();
    }
    // Rolled back: the triggers and the facts are as they were.
    {
        Transaksjon t(db);
        RapportfaktaPause pause(db);
        skriv(m_gen.neste());
    }
    QCOMPARE(Rapportfakta::triggere(db), triggere);
    m_saker = {};
    m_repo->forHver([this](const Tilsynssak &s) { m_saker.insert(s.id, s); });
    QCOMPARE(Rapportfakta::avvik(db), 0);
    // The triggers work again after ferdig().
    Transaksjon t(db);
    Tilsynssak s = m_gen.neste();
    s.avsluttet = s.mottatt.addDays(10);
    s.behandlingsmaate = 1;
    skriv(s);
    t.commit();
    QCOMPARE(Rapportfakta::avvik(db), 0);
    QCOMPARE(funnet(Rapportmotor(db, Katalog::innebygd()).temaer(Rapportvalg::forAar(u"helse"_s, 2024))),
             forventet(u"temaer"_s, m_saker.values(), Rapportvalg::forAar(u"helse"_s, 2024), Katalog::innebygd()));
}

void TestRapportfakta::eldreLagerFaarFakta()
{
    // A store of the schema before 039 (user_version 38) with cases in it: opening it makes the facts.
    const QString sti = m_dir.filePath(u"eldre.sqlite"_s);
    QStringList fjern;
    qint64 lukket = 0;
    {
        auto s = Store::aapne(sti);
        SakRepository repo(*s, Katalog::innebygd());
        CaseGenerator gen(Katalog::innebygd(), 3);
        Transaksjon t(s->db());
        for (int i = 0; i < 300; ++i) {
            const Tilsynssak sak = gen.neste();
            lukket += sak.avsluttet.isValid();
            repo.skriv(sak, Endringskontekst{u"test"_s});
        }
        t.commit();
        for (const QString &navn : Rapportfakta::triggere(s->db()))
            fjern.append(u"DROP TRIGGER %1;"_s.arg(navn));
    }
    fjern << u"DROP VIEW rapport_sak_beregnet; DROP VIEW rapport_restanse_noekkel;"_s
          << u"DROP TABLE rapport_sak; DROP TABLE rapport_restanse; PRAGMA user_version=38;"_s;
    QProcess p;
    p.start(u"sqlite3"_s, {sti, fjern.join(u' ')});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    auto s = Store::aapne(sti);
    QVERIFY(s->versjon() >= 39);
    QCOMPARE(Rapportfakta::triggere(s->db()).size(), 19);
    QCOMPARE(tall(s->db(), u"SELECT count(*) FROM rapport_sak"_s), lukket);
    QCOMPARE(tall(s->db(), u"SELECT sum(antall) FROM rapport_restanse"_s), qint64(300));
    QCOMPARE(Rapportfakta::avvik(s->db()), 0);
}

void TestRapportfakta::bulkInnlastingGirFakta_data()
{
    QTest::addColumn<bool>("byggEtterpaa");
    QTest::newRow("indexes kept") << false;
    QTest::newRow("indexes rebuilt") << true;
}

void TestRapportfakta::bulkInnlastingGirFakta()
{
    // The import's bulk path pauses the triggers and makes the new cases' facts at the end.
    QFETCH(bool, byggEtterpaa);
    const QSqlDatabase db = m_store->db();
    QList<Tilsynssak> nye;
    for (int i = 0; i < 400; ++i)
        nye.append(m_gen.neste());
    QList<const Tilsynssak *> p;
    for (const Tilsynssak &s : std::as_const(nye))
        p.append(&s);
    Transaksjon t(db);
    BulkSkriver(*m_store, Katalog::innebygd()).skrivNye(p, Endringskontekst{u"test"_s}, byggEtterpaa);
    t.commit();
    for (const Tilsynssak &s : std::as_const(nye))
        m_saker.insert(s.id, s);
    QCOMPARE(Rapportfakta::triggere(db).size(), 19);
    QCOMPARE(Rapportfakta::avvik(db), 0);
    QCOMPARE(tall(db, u"SELECT sum(antall) FROM rapport_restanse"_s), qint64(m_saker.size()));
    const Rapportmotor motor(db, Katalog::innebygd());
    for (const char *rapport : {"temaer", "kilder", "vurderinger", "restanser"}) {
        const Rapportvalg v = Rapportvalg::forAar(u"helse"_s, 2023);
        QCOMPARE(funnet(motor.lag(QString::fromLatin1(rapport), v)),
                 forventet(QString::fromLatin1(rapport), m_saker.values(), v, Katalog::innebygd()));
    }
}

QTEST_GUILESS_MAIN(TestRapportfakta)
#include "tst_rapportfakta.moc"
