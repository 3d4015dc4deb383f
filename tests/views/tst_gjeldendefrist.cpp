// One definition of a case's current frist (gjeldendeFrist, domain/frist.h): the case list's
// Frist column, its "Forfaller snart" (Ctrl+3) and "Over fristen" (Ctrl+4) filters and the
// restanser report's "Over fristen" agree, for a case of each kind of deadline — choosing the
// method, the BM's own, and a BM 3 report awaited — past, near and not near. A tryout found the
// most urgent case (alvorlig, received 169 days before, no method chosen) shown in red in the
// list but missing from Over fristen, and a BM 3 case whose report was due nowhere in the list.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "items/saklistemodel.h"
#include "mainwindow.h"
#include "reports/rapportmotor.h"
#include "reports/rapportvalg.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QSet>
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

const QDate kIdag = QDate::currentDate();

struct Tilfelle
{
    QString saksnummer;
    QDate mottatt;
    std::optional<int> bm;
    QDate oversendt;      ///< BM 3's milestone
    QDate rapportfrist;   ///< a finalised BM 3 request giving this report deadline
    QDate rapportMottatt;
    QDate avsluttet;
    bool over = false;    ///< expected in Over fristen
    bool snart = false;   ///< expected in Forfaller snart
    QString kolonne;      ///< what the Frist column's text contains
};

QList<Tilfelle> tilfeller()
{
    const QDate d = kIdag;
    return {
        // Choosing the method (14 days from mottatt by default).
        {u"2026/9001"_s, d.addDays(-183), {}, {}, {}, {}, {}, true, false, u"169"_s},
        {u"2026/9002"_s, d.addDays(-10), {}, {}, {}, {}, {}, false, true, d.addDays(4).toString(u"dd.MM.yyyy"_s)},
        // The BM's deadline (BM 1: 28 days; BM 5: 6 months).
        {u"2026/9003"_s, d.addDays(-40), 1, {}, {}, {}, {}, true, false, d.addDays(-12).toString(u"dd.MM.yyyy"_s)},
        {u"2026/9004"_s, d.addDays(-20), 1, {}, {}, {}, {}, false, true, d.addDays(8).toString(u"dd.MM.yyyy"_s)},
        {u"2026/9005"_s, d.addDays(-10), 5, {}, {}, {}, {}, false, false, d.addDays(-10).addMonths(6).toString(u"dd.MM.yyyy"_s)},
        // BM 3 with the request sent: the report's due date.
        {u"2026/9006"_s, d.addDays(-30), 3, d.addDays(-25), d.addDays(-1), {}, {}, true, false, d.addDays(-1).toString(u"dd.MM.yyyy"_s)},
        {u"2026/9007"_s, d.addDays(-30), 3, d.addDays(-25), d.addDays(10), {}, {}, false, true, d.addDays(10).toString(u"dd.MM.yyyy"_s)},
        {u"2026/9008"_s, d.addDays(-30), 3, d.addDays(-25), d.addDays(40), {}, {}, false, false, d.addDays(40).toString(u"dd.MM.yyyy"_s)},
        // ... the report arrived: nothing is awaited.
        {u"2026/9009"_s, d.addDays(-30), 3, d.addDays(-25), d.addDays(-3), d.addDays(-2), {}, false, false, u""_s},
    };
}

QStringList sorter(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestGjeldendeFrist final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        CaseGenerator gen(Katalog::innebygd(), 11);
        Transaksjon t(m_store->db());
        for (const Tilfelle &c : tilfeller()) {
            Tilsynssak s = gen.neste();
            s.saksnummer = c.saksnummer;
            s.sektor = u"helse"_s;
            s.mottatt = c.mottatt;
            s.behandlingsmaate = c.bm;
            s.oversendt = c.oversendt;
            s.mote = QDate();
            s.rapportMottatt = c.rapportMottatt;
            s.avsluttet = c.avsluttet;
            s.vurderinger.clear();
            s.utfall.reset();
            s.alvorlig = !c.bm;
            m_repo->skriv(s, {u"test"_s});
            if (c.rapportfrist.isValid()) {
                QSqlQuery q(m_store->db());
                QVERIFY(q.prepare(u"INSERT INTO brev (sak_id, type, maalform, mottaker, offentlig_tittel, unntatt_offentlighet, "
                                  u"dato, pdf, sha256, ferdigstilt_av, ferdigstilt, svarfrist) VALUES (?, 'bm3-anmodning', 'nb', "
                                  u"'Virksomheten', 'Anmodning', 0, ?, x'00', ?, 'test', '2026-01-01T00:00:00Z', ?)"_s));
                q.addBindValue(s.id);
                q.addBindValue(c.oversendt.toString(Qt::ISODate));
                q.addBindValue(QString(64, u'a'));
                q.addBindValue(c.rapportfrist.toString(Qt::ISODate));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        t.commit();
    }

    void kolonneFilterOgRapportErEnige()
    {
        MainWindow w(*m_store, *m_repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        SakListeModel *m = w.saksliste();
        QTRY_COMPARE(m->rowCount(), int(tilfeller().size()));
        const auto synlige = [&] {
            QStringList ut;
            for (int r = 0; r < m->rowCount(); ++r)
                ut.append(m->index(r, SakListeModel::SaksnummerColumn).data().toString());
            return sorter(ut);
        };
        // The Frist column: the current frist, red when it has passed.
        QStringList over, snart;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString nr = m->index(r, SakListeModel::SaksnummerColumn).data().toString();
            const QModelIndex frist = m->index(r, SakListeModel::FristColumn);
            for (const Tilfelle &c : tilfeller()) {
                if (c.saksnummer != nr)
                    continue;
                QVERIFY2(frist.data().toString().contains(c.kolonne), qPrintable(nr + u": "_s + frist.data().toString()));
                if (!c.kolonne.isEmpty() && c.bm == 3)
                    QVERIFY2(frist.data().toString().contains(u"report"_s), qPrintable(frist.data().toString()));
                QCOMPARE(frist.data(Qt::ForegroundRole).value<QColor>() == QColor(0xa3, 0x3b, 0x20), c.over);
                QCOMPARE(frist.data(SakListeModel::ForfaltRole).toBool(), c.over);
                if (c.over)
                    over.append(nr);
                if (c.snart)
                    snart.append(nr);
            }
        }
        QCOMPARE(over.size(), 3);
        QCOMPARE(snart.size(), 3);
        // The filters, with their keys as a user toggles them.
        w.listevisning()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(w.findChild<QCheckBox *>(u"filterForfalte"_s)->isChecked());
        QTRY_COMPARE(synlige(), sorter(over));
        // The most urgent first: the serious case without a method.
        QTRY_COMPARE(m->index(0, SakListeModel::SaksnummerColumn).data().toString(), u"2026/9001"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(w.findChild<QCheckBox *>(u"filterForfallerSnart"_s)->isChecked());
        QTRY_COMPARE(synlige(), sorter(snart));
        // Statistics → Restanser for a period ending today: the same cases over their frist.
        Rapportmotor motor(m_store->db(), Katalog::innebygd());
        const Rapporttabell t = motor.restanser({u"helse"_s, kIdag.addYears(-1), kIdag, {}});
        QVERIFY(!t.rader.isEmpty());
        QCOMPARE(t.rader.last().first().toString(), u"landet"_s);
        QCOMPARE(t.rader.last().last().toLongLong(), qint64(over.size()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_MAIN(TestGjeldendeFrist)
#include "tst_gjeldendefrist.moc"
