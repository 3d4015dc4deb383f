// The list of open follow-ups under QAbstractItemModelTester: one row per open follow-up, the
// earliest unrettet frist first, lovbrudd counted rettet of total, the next frist (a milestone
// before the frist counts), overdue in the case list's red, and a closed follow-up gone; the list's
// filter (OppfolgingFilter) by case number, subject and status.

#include "domain/katalog.h"
#include "items/oppfolgingfilter.h"
#include "items/oppfolgingmodell.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

const Endringskontekst kHvem{.bruker = u"kari.nordmann"_s};

Tilsynssak avgjortSak(const QString &id, const QString &saksnummer)
{
    Tilsynssak s;
    s.id = id;
    s.saksnummer = saksnummer;
    s.embete = u"nordland"_s;
    s.sektor = u"sosial"_s;
    s.mottatt = QDate(2024, 1, 8);
    s.behandlingsmaate = 5;
    s.avsluttet = QDate(2024, 5, 30);
    s.utfall = u"lovbrudd"_s;
    s.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"nav-kontor"_s, u"Nav Bodø"_s, {}, u"974760673"_s, {}, {}, {}}};
    s.vurderinger = {Vurdering{u"sotjl-18"_s, u"o1"_s, u"lovbrudd"_s, u"Stønaden var for lav."_s},
                     Vurdering{u"sotjl-41"_s, u"o1"_s, u"lovbrudd"_s, u"Manglende begrunnelse."_s}};
    return s;
}

const QString kA = u"5b0e6a8c-7d2e-4c1a-9f3b-2a4c6e8f0a1b"_s;
const QString kB = u"7c1f7b9d-8e3f-4d2b-8a4c-3b5d7f9a1b2c"_s;
const QString kC = u"9d2a8c0e-1f4a-4e3c-9b5d-4c6e8a0b2c3d"_s;

} // namespace

class TstOppfolgingModell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"l.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_repo = std::make_unique<OppfolgingRepository>(*m_store, *m_saker);
        QVERIFY(m_saker->lagre(avgjortSak(kA, u"2024/88"_s), kHvem).ok());
        QVERIFY(m_saker->lagre(avgjortSak(kB, u"2024/91"_s), kHvem).ok());
    }

    void listeOgRekkefoelge()
    {
        QVERIFY(m_repo->start(kA, QDate(2024, 6, 1), kHvem).isEmpty());
        QVERIFY(m_repo->start(kB, QDate(2024, 6, 1), kHvem).isEmpty());
        OppfolgingModell modell(*m_repo, *m_saker);
        QAbstractItemModelTester tester(&modell, QAbstractItemModelTester::FailureReportingMode::QtTest);
        modell.settIdag(QDate(2024, 9, 10));
        QCOMPARE(modell.rowCount(), 2);
        QCOMPARE(modell.columnCount(), int(OppfolgingModell::ColumnCount));

        const Oppfolging a = *m_repo->hent(kA);
        const Oppfolging b = *m_repo->hent(kB);
        // B gets the earlier frist, so it moves to the top once the list is re-read.
        QVERIFY(m_repo->settKrav(a.lovbrudd[0].id, u"Nye rutiner"_s, QDate(2024, 10, 1), kHvem).isEmpty());
        QVERIFY(m_repo->settKrav(a.lovbrudd[1].id, u"Begrunnelser"_s, QDate(2024, 11, 1), kHvem).isEmpty());
        QVERIFY(m_repo->leggTilMilepel(a.lovbrudd[1].id, QDate(2024, 9, 20), u"Møte"_s, kHvem).isEmpty());
        QVERIFY(m_repo->settKrav(b.lovbrudd[0].id, u"Nye rutiner"_s, QDate(2024, 9, 1), kHvem).isEmpty());
        QVERIFY(m_repo->registrerDokumentasjon(b.lovbrudd[1].id, QDate(2024, 8, 1), u"Rutine"_s, kHvem).isEmpty());
        QVERIFY(m_repo->markerRettet(b.lovbrudd[1].id, QDate(2024, 8, 5), u"Stikkprøver"_s, kHvem).isEmpty());
        modell.lesPaaNytt();

        QCOMPARE(modell.id(0), kB);
        QCOMPARE(modell.id(1), kA);
        auto celle = [&](int rad, int kolonne, int rolle = Qt::DisplayRole) {
            return modell.data(modell.index(rad, kolonne), rolle);
        };
        QCOMPARE(celle(0, OppfolgingModell::SaksnummerColumn).toString(), u"2024/91"_s);
        QCOMPARE(celle(0, OppfolgingModell::LovbruddColumn, OppfolgingModell::RawValueRole).toInt(), 1);
        QVERIFY(celle(0, OppfolgingModell::LovbruddColumn).toString().contains(u"1"_s));
        QVERIFY(celle(0, OppfolgingModell::LovbruddColumn).toString().contains(u"2"_s));
        QCOMPARE(celle(0, OppfolgingModell::NesteFristColumn).toString(), u"01.09.2024"_s);
        QVERIFY(celle(0, OppfolgingModell::StatusColumn, OppfolgingModell::ForfaltRole).toBool());
        QCOMPARE(celle(0, OppfolgingModell::StatusColumn, Qt::ForegroundRole).value<QColor>(), QColor(0xa3, 0x3b, 0x20));
        // A: the milestone on 20.09 comes before both frister and is the next one.
        QCOMPARE(celle(1, OppfolgingModell::NesteFristColumn, OppfolgingModell::RawValueRole).toString(),
                 u"2024-09-20"_s);
        QCOMPARE(celle(1, OppfolgingModell::LovbruddColumn, OppfolgingModell::RawValueRole).toInt(), 0);
        QVERIFY(!celle(1, OppfolgingModell::StatusColumn, OppfolgingModell::ForfaltRole).toBool());
        QVERIFY(!celle(1, OppfolgingModell::StatusColumn, Qt::ForegroundRole).isValid());
        QVERIFY(modell.headerData(OppfolgingModell::NesteFristColumn, Qt::Horizontal).isValid());

        // Finishing B removes it from the open list.
        QVERIFY(m_repo->registrerDokumentasjon(b.lovbrudd[0].id, QDate(2024, 9, 3), u"Rutine"_s, kHvem).isEmpty());
        QVERIFY(m_repo->markerRettet(b.lovbrudd[0].id, QDate(2024, 9, 5), u"Stikkprøver"_s, kHvem).isEmpty());
        QVERIFY(m_repo->avslutt(kB, QDate(2024, 9, 6), kHvem).isEmpty());
        modell.lesPaaNytt();
        QCOMPARE(modell.rowCount(), 1);
        QCOMPARE(modell.id(0), kA);
        QCOMPARE(modell.radForId(kB), -1);
        QCOMPARE(m_repo->aapne().size(), 1);
        QCOMPARE(m_repo->aapne().constFirst().lovbrudd[1].hendelser.size(), 1);
    }

    // Issue 10: every word typed must occur in the case number, a subject's name or the status
    // shown, ignoring case; the empty filter shows all.
    void filterPaaNummerObjektOgStatus()
    {
        Tilsynssak c = avgjortSak(kC, u"2025/7"_s);
        c.tilsynsobjekter[0].navn = u"Tromsø kommune, sykehjemmet"_s;
        QVERIFY(m_saker->lagre(c, kHvem).ok());
        // After listeOgRekkefoelge: A (2024/88) is open, B closed; C starts now.
        const Problemer p = m_repo->start(kC, QDate(2024, 6, 1), kHvem);
        QVERIFY2(p.isEmpty(), qPrintable(p.isEmpty() ? QString() : p.constFirst().melding));
        OppfolgingModell modell(*m_repo, *m_saker);
        modell.settIdag(QDate(2024, 6, 2));
        OppfolgingFilter filter;
        filter.setSourceModel(&modell);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(modell.data(modell.index(modell.radForId(kC), OppfolgingModell::TilsynsobjektColumn)).toString(),
                 u"Tromsø kommune, sykehjemmet"_s);
        auto nummer = [&](const QString &tekst) {
            filter.settTekst(tekst);
            QStringList ut;
            for (int r = 0; r < filter.rowCount(); ++r)
                ut.append(filter.index(r, OppfolgingModell::SaksnummerColumn).data().toString());
            ut.sort();
            return ut;
        };
        const QStringList alle{u"2024/88"_s, u"2025/7"_s};
        QCOMPARE(nummer(QString()), alle);
        QCOMPARE(nummer(u"2024/"_s), QStringList{u"2024/88"_s});
        QCOMPARE(nummer(u"tromsø"_s), QStringList{u"2025/7"_s});
        QCOMPARE(nummer(u"  SYKEHJEMMET   2025 "_s), QStringList{u"2025/7"_s});
        QCOMPARE(nummer(u"bodø 88"_s), QStringList{u"2024/88"_s});
        QCOMPARE(nummer(u"bodø tromsø"_s), QStringList());
        QCOMPARE(nummer(u" "_s), alle);
        // By status: exactly the rows whose status as shown has the word.
        QCOMPARE(modell.data(modell.index(modell.radForId(kC), OppfolgingModell::StatusColumn)).toString(),
                 u"Requirement not set"_s);
        for (const QString &ord : {u"requirement"_s, u"overdue"_s, u"waiting"_s}) {
            QStringList venter;
            for (int r = 0; r < modell.rowCount(); ++r)
                if (modell.index(r, OppfolgingModell::StatusColumn).data().toString().contains(ord, Qt::CaseInsensitive))
                    venter.append(modell.index(r, OppfolgingModell::SaksnummerColumn).data().toString());
            venter.sort();
            QCOMPARE(nummer(ord), venter);
        }
        QCOMPARE(nummer(u"requirement tromsø"_s), QStringList{u"2025/7"_s});
        QVERIFY(OppfolgingFilter::passer({u"a"_s, u"B"_s}, {u"xa"_s, u"yb"_s}));
        QVERIFY(!OppfolgingFilter::passer({u"a"_s, u"c"_s}, {u"xa"_s, u"yb"_s}));
        QVERIFY(OppfolgingFilter::passer({}, {}));
    }

    // Issue 10: the list's subject column named every subject of the case ("Helse Bergen HF,
    // Per Hansen") beside its breach count, though only the hospital breached the law. It names
    // the subjects whose breaches are followed up, and its header says so.
    // (Last: it adds a follow-up to the shared store.)
    void objektkolonnenNevnerBareDeMedLovbrudd()
    {
        Tilsynssak d = avgjortSak(u"1e2d3c4b-5a6f-4e7d-8c9b-0a1b2c3d4e5f"_s, u"2025/12"_s);
        d.sektor = u"helse"_s;
        d.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"virksomhet"_s, u"Helse Bergen HF"_s, {}, u"983974732"_s, {}, {}, {}},
                             Tilsynsobjekt{u"o2"_s, u"helsepersonell"_s, u"Per Hansen"_s, {}, {}, {}, {}, {}}};
        d.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, u"Forsvarlighet."_s},
                         Vurdering{u"hpl-4"_s, u"o2"_s, u"ikke-lovbrudd"_s, u"Forsvarlig."_s}};
        const auto r = m_saker->lagre(d, kHvem);
        QVERIFY2(r.ok(), r.problemer.isEmpty() ? "" : qPrintable(r.problemer.constFirst().melding));
        const Problemer p = m_repo->start(d.id, QDate(2024, 6, 1), kHvem);
        QVERIFY2(p.isEmpty(), qPrintable(p.isEmpty() ? QString() : p.constFirst().melding));
        OppfolgingModell modell(*m_repo, *m_saker);
        const int rad = modell.radForId(d.id);
        QVERIFY(rad >= 0);
        QCOMPARE(modell.index(rad, OppfolgingModell::TilsynsobjektColumn).data().toString(), u"Helse Bergen HF"_s);
        QCOMPARE(modell.index(rad, OppfolgingModell::LovbruddColumn).data().toString(), u"0 of 1 corrected"_s);
        QCOMPARE(modell.headerData(OppfolgingModell::TilsynsobjektColumn, Qt::Horizontal).toString(), u"Breach by"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<OppfolgingRepository> m_repo;
};

QTEST_GUILESS_MAIN(TstOppfolgingModell)
#include "tst_oppfolgingmodell.moc"
