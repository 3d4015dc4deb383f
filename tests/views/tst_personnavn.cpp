// Issue 10 (session 14): who did something is shown by name in every view, from one look-up
// (Personnavn): an older history entry stored by login ("isa") and a letter another client
// finalised ("isa") show the name that person's draft carries; this user's own older entries
// (the computer's login) show the profile's name; a login nobody has named stays as stored. The
// history's person filter lists each person once, by name. (Before: "isa" and "kari" shown.)

#include "dokumentliste.h"
#include "historikkvisning.h"

#include "casegenerator.h"
#include "domain/katalog.h"
#include "flyt/dokumentflyt.h"
#include "items/innstillinger.h"
#include "letters/brevrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QComboBox>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

void sql(const QSqlDatabase &db, const QString &tekst, const QVariantList &verdier)
{
    QSqlQuery q(db);
    QVERIFY2(q.prepare(tekst), qPrintable(q.lastError().text()));
    for (const QVariant &v : verdier)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QStringList kolonne(const QAbstractItemModel *m, int k)
{
    QStringList ut;
    for (int r = 0; r < m->rowCount(); ++r)
        ut.append(m->index(r, k).data().toString());
    return ut;
}

} // namespace

class TestPersonnavn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        qputenv("USER", "kari");
        Innstillinger::navn.sett(u"Kari Nordmann"_s);
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        CaseGenerator gen(Katalog::innebygd(), 3);
        Tilsynssak sak = gen.neste();
        sak.saksnummer = u"2026/77"_s;
        m_sakId = sak.id;
        m_repo->skriv(sak, {u"Kari Nordmann"_s}); // newer entries store the profile's name
        const QSqlDatabase db = m_store->db();
        const QString tid = u"2026-11-02T09:00:00Z"_s;
        const QString endring = u"{\"sammendrag\": {\"fra\": \"a\", \"til\": \"b\"}}"_s;
        for (const QString &hvem : {u"isa"_s, u"kari"_s, u"ukjent"_s}) // older entries: logins
            sql(db, u"INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) VALUES (?, ?, ?, 'lagret', ?)"_s,
                {tid, hvem, m_sakId, endring});
        // Isa's client synced a draft she wrote: it is signed with her name.
        sql(db, u"INSERT INTO brevutkast (id, sak_id, type, brev, innhold, noekkel, laget_av, laget) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {u"u1"_s, m_sakId, u"kvittering"_s, u"kvittering|innsender|"_s,
             u"{\"saksbehandler\": {\"navn\": \"Isa Berg\", \"tittel\": \"rådgiver\"}}"_s, QString(64, u'a'), u"isa"_s, tid});
        // A letter Isa finalised on her client, fetched from the central archive (stored by login).
        sql(db, u"INSERT INTO brev (sak_id, type, maalform, mottaker, offentlig_tittel, unntatt_offentlighet, dato, pdf, "
                u"sha256, ferdigstilt_av, ferdigstilt) VALUES (?, 'kvittering', 'nb', 'Jon Eide', 'Kvittering', 1, "
                u"'2026-11-02', X'25504446', ?, 'isa', ?)"_s,
            {m_sakId, QString(64, u'b'), tid});
    }

    void enOppslagForAlle()
    {
        const Dokumentflyt p(*m_store); // the approval queue and assignment ask it; Personnavn answers
        QCOMPARE(p.navn(u"isa"_s), u"Isa Berg"_s);
        QCOMPARE(p.navn(u"kari"_s), u"Kari Nordmann"_s); // one's own login: the profile
        QCOMPARE(p.navn(u"ukjent"_s), u"ukjent"_s);      // the login as the last resort
        QCOMPARE(p.navn(u"Kari Nordmann"_s), u"Kari Nordmann"_s);
    }

    void historikkenViserNavn()
    {
        HistorikkVisning d(m_store->db(), m_sakId, u"2026/77"_s);
        d.show();
        auto *tabell = d.findChild<QTableView *>(u"historikkliste"_s);
        QVERIFY(tabell);
        int bruker = -1;
        for (int k = 0; k < tabell->model()->columnCount(); ++k)
            if (tabell->model()->headerData(k, Qt::Horizontal).toString() == u"Who"_s)
                bruker = k;
        QVERIFY(bruker >= 0);
        const QStringList vist = kolonne(tabell->model(), bruker);
        QVERIFY2(vist.contains(u"Isa Berg"_s) && !vist.contains(u"isa"_s) && !vist.contains(u"kari"_s)
                     && vist.contains(u"ukjent"_s),
                 qPrintable(vist.join(u", "_s)));
        // The person filter: each person once, by name; choosing Kari shows her entries of both kinds.
        auto *person = d.findChild<QComboBox *>(u"historikkBruker"_s);
        QStringList valg;
        for (int i = 1; i < person->count(); ++i)
            valg.append(person->itemText(i));
        QCOMPARE(valg, (QStringList{u"Isa Berg"_s, u"Kari Nordmann"_s, u"ukjent"_s}));
        person->setFocus();
        QTest::keyClicks(person, u"Kari"_s);
        QCOMPARE(person->currentText(), u"Kari Nordmann"_s);
        QCOMPARE(kolonne(tabell->model(), bruker).count(u"Kari Nordmann"_s), tabell->model()->rowCount());
        QVERIFY(tabell->model()->rowCount() >= 2);
    }

    void ferdigstiltAvViserNavn()
    {
        const BrevRepository arkiv(*m_store);
        DokumentListe liste(arkiv);
        liste.visSak(m_sakId);
        auto *tabell = liste.findChild<QTableView *>(u"dokumentliste"_s);
        QVERIFY(tabell);
        QCOMPARE(tabell->model()->rowCount(), 1);
        const int av = tabell->model()->columnCount() - 1;
        QCOMPARE(tabell->model()->headerData(av, Qt::Horizontal).toString(), u"Finalised by"_s);
        QCOMPARE(tabell->model()->index(0, av).data().toString(), u"Isa Berg"_s);
        QVERIFY(tabell->model()->index(0, av).data(Qt::ToolTipRole).toString().contains(u"by Isa Berg"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    QString m_sakId;
};

QTEST_MAIN(TestPersonnavn)
#include "tst_personnavn.moc"
