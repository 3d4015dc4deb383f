// The history of a case (issue 12 item 5): its audit trail as one row per changed field, with
// who, when and whether here, through sync or by resolving a conflict; filtered by field and
// person. Both models run under QAbstractItemModelTester.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "items/historikkfilter.h"
#include "items/historikkmodell.h"
#include "items/journalmodell.h"
#include "journal/journalrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TestHistorikkModell final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radeneForEnRevisjonsrad()
    {
        const QDateTime t(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC);
        const QList<Historikkrad> endret = historikkrader(
            t, u"ola"_s, u"hentet fra sentralen"_s,
            QJsonObject{{"saksbehandler"_L1, QJsonObject{{"fra"_L1, u"Kari"_s}, {"til"_L1, u"Ola"_s}}},
                        {"alvorlig"_L1, QJsonObject{{"fra"_L1, false}, {"til"_L1, true}}}});
        QCOMPARE(endret.size(), 2);
        QCOMPARE(endret.at(0).felt, u"alvorlig"_s);
        QCOMPARE(endret.at(0).fra, u"nei"_s);
        QCOMPARE(endret.at(0).til, u"ja"_s);
        QCOMPARE(endret.at(1).felt, u"saksbehandler"_s);
        QCOMPARE(endret.at(1).til, u"Ola"_s);
        QCOMPARE(endret.at(1).kilde, Historikkrad::Kilde::Synk);
        QCOMPARE(historikkilde(u"konflikt løst"_s), Historikkrad::Kilde::Konflikt);
        QCOMPARE(historikkilde(u"synkronisert"_s), Historikkrad::Kilde::Synk);
        QCOMPARE(historikkilde(u"importert"_s), Historikkrad::Kilde::Import);
        QCOMPARE(historikkilde(u"lagret"_s), Historikkrad::Kilde::Lokal);
        const QList<Historikkrad> journal = historikkrader(
            t, u"kari"_s, u"dokument avskrevet"_s,
            QJsonObject{{"journalpost"_L1, u"x"_s}, {"dokumentnummer"_L1, u"2024/7-1"_s}, {"type"_L1, u"I"_s},
                        {"tittel"_L1, u"Klage"_s}, {"avskrivningsmaate"_L1, u"Tatt til orientering"_s},
                        {"merknad"_L1, u"Trukket"_s}});
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.at(0).felt, u"journal"_s);
        QCOMPARE(journal.at(0).til, u"2024/7-1 Klage: Tatt til orientering (Trukket)"_s);
        QVERIFY(HistorikkFilter::slipperGjennom(u"a"_s, u"b"_s, {}, {}));
        QVERIFY(HistorikkFilter::slipperGjennom(u"a"_s, u"b"_s, u"a"_s, u"b"_s));
        QVERIFY(!HistorikkFilter::slipperGjennom(u"a"_s, u"b"_s, u"a"_s, u"c"_s));
    }

    // Values are shown as people read them, in the UI's målform: catalogue names instead of codes
    // and JSON ("parorende", "sphl-2-2"), dates dd.mm.yyyy instead of ISO; the stored text stays
    // available (RawValueRole) for filtering.
    void verdienesVisesSomTekst()
    {
        const QDateTime t(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        const QJsonObject endringer{
            {u"kilder"_s, QJsonObject{{u"fra"_s, QJsonArray{u"parorende"_s}},
                                      {u"til"_s, QJsonArray{u"parorende"_s, u"pasient-bruker"_s}}}},
            {u"avsluttet"_s, QJsonObject{{u"fra"_s, QJsonValue()}, {u"til"_s, u"2027-01-30"_s}}},
            {u"alvorlig"_s, QJsonObject{{u"fra"_s, false}, {u"til"_s, true}}},
            {u"vurderinger"_s,
             QJsonObject{{u"fra"_s, QJsonArray{}},
                         {u"til"_s, QJsonArray{QJsonObject{{u"bestemmelse"_s, u"sphl-2-2"_s}, {u"objekt"_s, u"o1"_s},
                                                           {u"konklusjon"_s, u"lovbrudd"_s},
                                                           {u"begrunnelse"_s, u"Ikke forsvarlig."_s}}}}}}};
        HistorikkModell modell;
        modell.vis(historikkrader(t, u"kari"_s, u"brev ferdigstilt"_s, endringer));
        QCOMPARE(modell.rowCount(), 4);
        auto verdi = [&](const QString &felt, int kolonne) {
            for (int r = 0; r < modell.rowCount(); ++r)
                if (modell.index(r, HistorikkModell::Felt).data().toString() == felt)
                    return modell.index(r, kolonne).data().toString();
            return u"(mangler)"_s;
        };
        const QLocale foer;
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QCOMPARE(verdi(u"kilder"_s, HistorikkModell::Fra), u"Pårørende"_s);
        QCOMPARE(verdi(u"kilder"_s, HistorikkModell::Til), u"Pårørende; Pasient eller bruker"_s);
        QCOMPARE(verdi(u"avsluttet"_s, HistorikkModell::Til), u"30.01.2027"_s);
        QCOMPARE(verdi(u"alvorlig"_s, HistorikkModell::Til), u"yes"_s);
        QCOMPARE(verdi(u"vurderinger"_s, HistorikkModell::Til),
                 u"spesialisthelsetjenesteloven § 2-2: Plikt til forsvarlighet – Lovbrudd"_s);
        QCOMPARE(verdi(u"kilder"_s, HistorikkModell::Handling), u"letter finalised"_s);
        QLocale::setDefault(QLocale(QLocale::NorwegianNynorsk, QLocale::Norway));
        QCOMPARE(verdi(u"kilder"_s, HistorikkModell::Til), u"Pårørande; Pasient eller brukar"_s);
        QCOMPARE(verdi(u"vurderinger"_s, HistorikkModell::Til),
                 u"spesialisthelsetenestelova § 2-2: Plikt til forsvarlegheit – Lovbrot"_s);
        QLocale::setDefault(foer);
        // The stored text is still there for the filter.
        for (int r = 0; r < modell.rowCount(); ++r)
            if (modell.index(r, HistorikkModell::Felt).data().toString() == u"avsluttet")
                QCOMPARE(modell.index(r, HistorikkModell::Til).data(HistorikkModell::RawValueRole).toString(), u"2027-01-30"_s);
    }

    void sakensHistorikkFiltrertPaaFeltOgPerson()
    {
        QTemporaryDir mappe;
        auto store = Store::aapne(mappe.filePath(u"h.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        Tilsynssak s = CaseGenerator(Katalog::innebygd(), 3).neste();
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.avsluttet = {};
        s.utfall.reset();
        s.saksbehandler = u"Kari"_s;
        QVERIFY(repo.lagre(s, {.bruker = u"kari"_s, .tidspunkt = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC)}).ok());
        s.saksbehandler = u"Ola"_s;
        QVERIFY(repo.lagre(s, {.bruker = u"ola"_s, .tidspunkt = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC)}).ok());
        NyJournalpost n;
        n.dokumentdato = QDate(2024, 5, 1);
        n.tittel = u"Klage"_s;
        n.parter = {{u"Avsender"_s, u"Per"_s}};
        JournalRepository(*store).registrer(s.id, n, {.bruker = u"kari"_s,
                                                      .tidspunkt = QDateTime(QDate(2024, 5, 3), QTime(8, 0), Qt::UTC)});
        s.saksbehandler = u"Per"_s;
        {
            Transaksjon t(store->db());
            repo.skriv(s, {.bruker = u"per"_s, .tidspunkt = QDateTime(QDate(2024, 5, 4), QTime(8, 0), Qt::UTC),
                           .handling = u"konflikt løst"_s});
            t.commit();
        }

        HistorikkModell modell;
        QAbstractItemModelTester tester(&modell, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistorikkFilter filter;
        filter.setSourceModel(&modell);
        QAbstractItemModelTester filtertester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        modell.last(store->db(), s.id);
        QCOMPARE(modell.columnCount(), int(HistorikkModell::ColumnCount));
        // Newest first: the resolved conflict, the journal, the edit, then the first state.
        const auto celle = [&](int rad, int kolonne) { return modell.index(rad, kolonne).data().toString(); };
        QCOMPARE(celle(0, HistorikkModell::Felt), u"saksbehandler"_s);
        QCOMPARE(celle(0, HistorikkModell::Fra), u"Ola"_s);
        QCOMPARE(celle(0, HistorikkModell::Til), u"Per"_s);
        QCOMPARE(celle(0, HistorikkModell::Bruker), u"per"_s);
        QCOMPARE(modell.index(0, HistorikkModell::Kilde).data(HistorikkModell::RawValueRole).toInt(),
                 int(Historikkrad::Kilde::Konflikt));
        QCOMPARE(celle(1, HistorikkModell::Felt), u"journal"_s);
        QCOMPARE(celle(1, HistorikkModell::Til), s.saksnummer.value_or(QString()) + u"-1 Klage"_s);
        QCOMPARE(celle(2, HistorikkModell::Felt), u"saksbehandler"_s);
        QCOMPARE(celle(2, HistorikkModell::Fra), u"Kari"_s);
        QCOMPARE(celle(2, HistorikkModell::Til), u"Ola"_s);
        QCOMPARE(celle(2, HistorikkModell::Handling), u"saved"_s); // no translation loaded: the source
        QCOMPARE(modell.index(2, HistorikkModell::Handling).data(HistorikkModell::RawValueRole).toString(), u"lagret"_s);
        QVERIFY(modell.rowCount() > 4); // the first state: one row per field set
        QCOMPARE(modell.brukere(), (QStringList{u"kari"_s, u"ola"_s, u"per"_s}));

        filter.settFelt(u"saksbehandler"_s);
        QCOMPARE(filter.rowCount(), 3); // set by kari, changed by ola, changed by per
        filter.settBruker(u"ola"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, HistorikkModell::Til).data().toString(), u"Ola"_s);
        filter.settFelt({});
        QCOMPARE(filter.rowCount(), 1);
        filter.settBruker(u"kari"_s);
        int kari = 0;
        for (const Historikkrad &r : modell.rader())
            kari += r.bruker == u"kari" ? 1 : 0;
        QCOMPARE(filter.rowCount(), kari);
        filter.settBruker({});
        QCOMPARE(filter.rowCount(), modell.rowCount());
    }

    void journalmodellen()
    {
        QTemporaryDir mappe;
        auto store = Store::aapne(mappe.filePath(u"j.sqlite"_s));
        SakRepository repo(*store, Katalog::innebygd());
        Tilsynssak s = CaseGenerator(Katalog::innebygd(), 5).neste();
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.saksnummer = u"2024/77"_s;
        s.avsluttet = {};
        s.utfall.reset();
        QVERIFY(repo.lagre(s, {.bruker = u"kari"_s}).ok());
        JournalRepository journal(*store);
        JournalModell modell(journal);
        QAbstractItemModelTester tester(&modell, QAbstractItemModelTester::FailureReportingMode::QtTest);
        modell.visSak(s.id);
        QCOMPARE(modell.rowCount(), 0);
        NyJournalpost n;
        n.dokumentdato = QDate(2024, 5, 1);
        n.tittel = u"Klage"_s;
        n.parter = {{u"Avsender"_s, u"Per"_s}};
        const QString id = journal.registrer(s.id, n, {.bruker = u"kari"_s});
        modell.lesPaaNytt();
        QCOMPARE(modell.rowCount(), 1);
        QCOMPARE(modell.index(0, JournalModell::Nummer).data().toString(), u"2024/77-1"_s);
        QCOMPARE(modell.index(0, JournalModell::Parter).data().toString(), u"Per"_s);
        QCOMPARE(modell.index(0, JournalModell::Avskrivning).data(JournalModell::UbesvartRole).toBool(), true);
        journal.avskriv(id, u"Tatt til orientering"_s, {}, u"Trukket"_s, {.bruker = u"kari"_s});
        modell.lesPaaNytt();
        QCOMPARE(modell.rowCount(), 1);
        QCOMPARE(modell.index(0, JournalModell::Avskrivning).data(JournalModell::UbesvartRole).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestHistorikkModell)
#include "tst_historikkmodell.moc"
