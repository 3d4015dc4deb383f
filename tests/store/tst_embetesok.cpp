// Search by office (issue 10): the list filter's free text finds a case by its embete's name,
// bokmål or nynorsk ("Vestland", "Oslo og Akershus", "statsforvaltaren"), for cases written by
// the import (bulk path) and by the editor's save. The names are matched from the catalogue
// (SakFilter), not stored in soketekst; migration 057 takes out the names 049 stored.

#include "domain/katalog.h"
#include "io/eksempeldag.h"
#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "items/sakfilter.h"
#include "store/avledet.h"
#include "store/lagerkontroll.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

QSet<QString> finn(Store &store, const QString &tekst)
{
    SakFilter f;
    f.tekst = tekst;
    const SakFilter::Sql sql = f.tilSql(QDate::currentDate());
    QSqlQuery q(store.db());
    q.prepare(u"SELECT id FROM tilsynssak "_s + sql.where);
    for (const QVariant &v : sql.verdier)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QSet<QString> ut;
    while (q.next())
        ut.insert(q.value(0).toString());
    return ut;
}

} // namespace

class TestEmbetesok final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Eksempeldag dag = Eksempeldag::lag(Katalog::innebygd(), QDate(2026, 12, 1));
        m_saker = dag.saker;
        for (const Tilsynssak &s : m_saker)
            m_perEmbete[s.embete].insert(s.id);
    }

    void importOgEditor_data()
    {
        QTest::addColumn<QString>("tekst");
        QTest::addColumn<QString>("embete");
        QTest::newRow("Vestland") << u"Vestland"_s << u"vestland"_s;
        QTest::newRow("Oslo og Akershus") << u"Oslo og Akershus"_s << u"ostfold-buskerud-oslo-akershus"_s;
        QTest::newRow("nynorsk, små bokstaver") << u"statsforvaltaren i møre"_s << u"more-romsdal"_s;
        QTest::newRow("TRØNDELAG") << u"TRØNDELAG"_s << u"trondelag"_s;
    }

    void importOgEditor()
    {
        QFETCH(QString, tekst);
        QFETCH(QString, embete);
        const Katalog &k = Katalog::innebygd();
        // Import: the whole file through JsonlImport.
        auto importert = Store::aapne(m_dir.filePath(u"import-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag()))));
        {
            SakRepository repo(*importert, k);
            JsonlImport import(*importert, repo, k);
            QByteArray jsonl;
            for (const Tilsynssak &s : std::as_const(m_saker))
                jsonl += QJsonDocument(sakTilJson(s)).toJson(QJsonDocument::Compact) + '\n';
            const JsonlImport::Lest lest = import.les(jsonl, u"saker.jsonl"_s);
            QVERIFY2(lest.ok(), qPrintable(lest.problemer.join(u'\n')));
            import.skriv(lest, Endringskontekst{.bruker = u"kari"_s, .tilUtboks = false});
        }
        QVERIFY(!m_perEmbete.value(embete).isEmpty());
        QCOMPARE(finn(*importert, tekst), m_perEmbete.value(embete));

        // Editor: the same cases saved one by one.
        auto lagret = Store::aapne(m_dir.filePath(u"editor-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag()))));
        SakRepository repo(*lagret, k);
        for (const Tilsynssak &s : std::as_const(m_saker))
            QVERIFY(repo.lagre(s, Endringskontekst{.bruker = u"kari"_s}).ok());
        QCOMPARE(finn(*lagret, tekst), m_perEmbete.value(embete));
        QCOMPARE(kontrollerLager(*lagret, k), QStringList());
    }

    // A store written by 049 (up to version 056): soketekst ends with the office's names, as
    // avledet.cpp then made it. 057 strips them (the list filter matches the office from the
    // catalogue now) and rebuilds the index; the search by office finds the same cases.
    void migrering057()
    {
        const Katalog &k = Katalog::innebygd();
        const QString sti = m_dir.filePath(u"gammel.sqlite"_s);
        {
            auto store = Store::aapne(sti);
            SakRepository repo(*store, k);
            for (const Tilsynssak &s : std::as_const(m_saker))
                QVERIFY(repo.lagre(s, Endringskontekst{.bruker = u"kari"_s}).ok());
            QSqlQuery q(store->db());
            q.prepare(u"UPDATE tilsynssak SET soketekst = ? WHERE id = ?"_s);
            for (const Tilsynssak &s : std::as_const(m_saker)) {
                const AvledeteKolonner a = avledeteKolonner(s, k);
                const KatalogPost *e = k.post(Katalog::Liste::Embete, s.embete);
                QVERIFY(e);
                q.addBindValue(QString(a.soketekst + u' ' + e->navn + u' ' + e->navnNn).toCaseFolded());
                q.addBindValue(s.id);
                QVERIFY(q.exec());
            }
            QVERIFY(!kontrollerLager(*store, k).isEmpty()); // the names are there, as after 049
            QVERIFY(q.exec(u"PRAGMA user_version=56"_s));
        }
        auto store = Store::aapne(sti);
        QCOMPARE(store->versjon(), Store::skjemaversjon());
        QCOMPARE(kontrollerLager(*store, k), QStringList());
        QCOMPARE(finn(*store, u"Vestland"_s), m_perEmbete.value(u"vestland"_s));
        QCOMPARE(finn(*store, u"statsforvaltaren i troms"_s), m_perEmbete.value(u"troms-finnmark"_s));
        QSqlQuery q(store->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM tilsynssak WHERE instr(soketekst, 'statsforv') > 0"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"INSERT INTO tilsynssak_sok (tilsynssak_sok) VALUES ('integrity-check')"_s));
        // The trigger that keeps the index up to date on a save is back.
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'tilsynssak_sok_endre'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
    QList<Tilsynssak> m_saker;
    QHash<QString, QSet<QString>> m_perEmbete;
};

QTEST_GUILESS_MAIN(TestEmbetesok)
#include "tst_embetesok.moc"
