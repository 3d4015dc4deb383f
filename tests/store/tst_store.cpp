// Opening the local store: pragmas, migrations, and a clear error (never a crash) for a locked,
// corrupt, foreign or newer-schema file.

#include "store/store.h"
#include "store/storeerror.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

QVariant pragma(const Store &s, const QString &navn)
{
    QSqlQuery q(s.db());
    if (!q.exec(u"PRAGMA "_s + navn) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TstStore final : public QObject
{
    Q_OBJECT

private slots:
    void nyttLagerFaarSkjemaOgPragmaer()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"under/mappe/lager.sqlite"_s);
        auto s = Store::aapne(sti);
        QVERIFY(QFile::exists(sti));
        QCOMPARE(s->versjon(), Store::skjemaversjon());
        QVERIFY(Store::skjemaversjon() >= 1);
        QCOMPARE(pragma(*s, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(*s, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(*s, u"synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(s->integritetssjekk(), u"ok"_s);
        QVERIFY(!s->klientId().isEmpty());
    }

    void gjenaapningBeholderKlientId()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        QString id;
        {
            auto s = Store::aapne(sti);
            id = s->klientId();
        }
        auto s = Store::aapne(sti);
        QCOMPARE(s->klientId(), id);
    }

    void nyereSkjemaAvvises()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        {
            auto s = Store::aapne(sti);
            QSqlQuery q(s->db());
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        }
        try {
            Store::aapne(sti);
            QFAIL("a newer schema was opened");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::NyereSkjema);
            QVERIFY2(e.melding().contains(u"999"_s), qPrintable(e.melding()));
        }
    }

    void korruptFilAvvises()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        QFile f(sti);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray foer = [&] { QFile g(sti); g.open(QIODevice::ReadOnly); return g.readAll(); }();
        try {
            Store::aapne(sti);
            QFAIL("a corrupt file was opened");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Korrupt);
        }
        QFile g(sti);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), foer); // untouched
    }

    void fremmedSqliteAvvises()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"annen.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fremmed"_s);
            db.setDatabaseName(sti);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE noe (x)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fremmed"_s);
        try {
            Store::aapne(sti);
            QFAIL("a foreign SQLite file was taken over");
        } catch (const StoreError &e) {
            QVERIFY2(e.melding().contains(u"ikke et Tilsynsklient-lager"_s), qPrintable(e.melding()));
        }
    }

    void laastLagerGirTydeligFeil()
    {
        QTemporaryDir dir;
        const QString sti = dir.filePath(u"l.sqlite"_s);
        auto a = Store::aapne(sti);
        auto b = Store::aapne(sti, Store::Valg{.ventetidMs = 100});
        Transaksjon holder(a->db()); // a holds the write lock
        try {
            Transaksjon t(b->db());
            QFAIL("a second writer got the lock");
        } catch (const StoreError &e) {
            QCOMPARE(e.art(), StoreError::Art::Laast);
            QVERIFY2(e.melding().contains(u"låst"_s), qPrintable(e.melding()));
        }
    }

    void lesKunnKreverEksisterendeFil()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::aapne(dir.filePath(u"finnes-ikke.sqlite"_s), {.lesKunn = true}));
        QVERIFY(!QFile::exists(dir.filePath(u"finnes-ikke.sqlite"_s)));
    }

    void meta()
    {
        QTemporaryDir dir;
        auto s = Store::aapne(dir.filePath(u"l.sqlite"_s));
        s->settMeta(u"a"_s, u"1"_s);
        s->settMeta(u"a"_s, u"2"_s);
        QCOMPARE(s->meta(u"a"_s), u"2"_s);
        QCOMPARE(s->meta(u"mangler"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
