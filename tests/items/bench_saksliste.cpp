// Benchmark of the case list over 100 000 generated cases (prints numbers, never fails on them):
// time to the first painted screen of a QTableView; per keystroke of the filter (100 keystrokes)
// the GUI thread's time and the time until the new rows are painted, p50/p95/p99, with the
// synchronous settFilter beside it; time to open a case, peak memory; and the same filter
// query in the sqlite3 shell. The view paints and widens its columns as the main window's list
// does (SakListeDelegat), so the GUI thread's time includes what the window spends there.
// TILSYN_BENCH_N overrides the number of cases; TILSYN_BENCH_DB reuses (or keeps) a store file.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "items/saklistemodel.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "sakslistedelegat.h"

#include <QApplication>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double persentil(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// CPU time of the calling thread: what the GUI thread itself spent, apart from waiting for a
// core on a shared machine.
double traadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long toppMinneKb()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return r.ru_maxrss;
}

// Reads every cell of the rows a screen shows, as the view does when it paints.
void lesSkjerm(const SakListeModel &m, int rader)
{
    for (int r = 0; r < std::min(rader, m.rowCount()); ++r) {
        for (int k = 0; k < SakListeModel::ColumnCount; ++k)
            (void)m.index(r, k).data();
    }
}

} // namespace

class BenchSaksliste final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const int n = qEnvironmentVariableIsSet("TILSYN_BENCH_N") ? qEnvironmentVariableIntValue("TILSYN_BENCH_N") : 100000;
        m_sti = qEnvironmentVariable("TILSYN_BENCH_DB");
        if (m_sti.isEmpty())
            m_sti = m_dir.filePath(u"bench.sqlite"_s);
        m_store = Store::aapne(m_sti);
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        if (m_repo->antall() < n) {
            QElapsedTimer t;
            t.start();
            CaseGenerator gen(Katalog::innebygd(), 42);
            gen.settAndelAapne(0.2);
            Transaksjon tr(m_store->db());
            for (qint64 i = m_repo->antall(); i < n; ++i)
                m_repo->skriv(gen.neste(), {u"bench"_s});
            tr.commit();
            qInfo("generated %d cases into the store in %.1f s", n, ms(t) / 1000);
        }
        m_antall = m_repo->antall();
        qInfo("store: %s, %lld cases", qPrintable(m_sti), m_antall);
    }

    void benchmark()
    {
        QElapsedTimer t;
        t.start();
        SakListeModel model(*m_store, Katalog::innebygd());
        QTableView view;
        view.resize(1400, 900);
        view.verticalHeader()->setVisible(false); // as the main window's list (views/mainwindow.cpp)
        SakListeDelegat::installer(&view);
        // The columns widened to their texts each time the list is read, as the main window does.
        const auto bredder = [&view] { SakListeDelegat::tilpassBredder(&view); };
        connect(&model, &QAbstractItemModel::modelReset, this, bredder);
        connect(&model, &QAbstractItemModel::rowsInserted, this, bredder);
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.sortByColumn(SakListeModel::MottattColumn, Qt::DescendingOrder);
        view.show();
        (void)view.grab(); // forces layout and a full paint of the visible rows
        const double foersteSkjerm = ms(t);
        const int synlige = view.verticalHeader()->visualIndexAt(view.viewport()->height() - 1) + 1;

        // 100 keystrokes: words typed letter by letter, the field cleared between words.
        const QStringList ord{u"bodø"_s, u"sykehjem"_s, u"hansen"_s, u"2024/12"_s, u"klage"_s,
                              u"legemiddel"_s, u"tromsø"_s, u"ødegård"_s, u"nav"_s, u"pleie"_s};
        const auto tastetrykk = [&](const std::function<void(const SakFilter &)> &tast) {
            SakFilter f;
            int n = 0;
            for (qsizetype i = 0; n < 100; ++i) {
                const QString w = ord[i % ord.size()];
                for (qsizetype k = 1; k <= w.size() && n < 100; ++k, ++n) {
                    f.tekst = w.left(k);
                    tast(f);
                }
                f.tekst.clear();
                model.settFilter(f);
            }
        };
        // Before: settFilter on the GUI thread, then the visible rows read.
        QList<double> synkron;
        tastetrykk([&](const SakFilter &f) {
            t.restart();
            model.settFilter(f);
            lesSkjerm(model, synlige);
            synkron.append(ms(t));
        });

        // Now: settFilterIBakgrunnen. GUI-thread time = the call + applying the result (the reset)
        // + repainting the visible rows; time to rows = from the call until they are painted.
        QList<double> guiTid;
        QList<double> guiCpu;
        QList<double> tilRader;
        QElapsedTimer bruk;
        double brukMs = 0;
        double brukCpu = 0;
        double cpuStart = 0;
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] {
            bruk.start();
            cpuStart = traadCpuMs();
        });
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            brukMs += ms(bruk);
            brukCpu += traadCpuMs() - cpuStart;
        });
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&] {
            bruk.start();
            cpuStart = traadCpuMs();
        });
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
            brukMs += ms(bruk);
            brukCpu += traadCpuMs() - cpuStart;
        });
        // Returns when the new rows are painted (the first page); then waits for the count too,
        // whose handling on the GUI thread is counted but is not needed for the rows on screen.
        const auto ventPaaRader = [&]() -> double {
            QElapsedTimer fra;
            fra.start();
            if (model.soeker()) {
                QEventLoop loop;
                connect(&model, &SakListeModel::soekFerdig, &loop, &QEventLoop::quit);
                connect(&model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
                loop.exec();
            }
            bruk.start();
            const double c = traadCpuMs();
            view.viewport()->repaint();
            brukMs += ms(bruk);
            brukCpu += traadCpuMs() - c;
            const double paaSkjerm = ms(fra);
            if (model.soeker()) {
                QEventLoop loop;
                connect(&model, &SakListeModel::soekFerdig, &loop, &QEventLoop::quit);
                loop.exec();
            }
            return paaSkjerm;
        };
        tastetrykk([&](const SakFilter &f) {
            brukMs = 0;
            brukCpu = 0;
            const double c = traadCpuMs();
            t.restart();
            model.settFilterIBakgrunnen(f);
            const double kall = ms(t);
            const double kallCpu = traadCpuMs() - c;
            tilRader.append(kall + ventPaaRader());
            guiTid.append(kall + brukMs);
            guiCpu.append(kallCpu + brukCpu);
        });

        // Typing a word fast (a keystroke every 40 ms, results arriving in between as they
        // would): time from the last keystroke to its rows on screen.
        QList<double> etterSiste;
        for (int runde = 0; runde < 3; ++runde) {
            for (const QString &w : ord) {
                SakFilter f;
                for (qsizetype k = 1; k <= w.size(); ++k) {
                    f.tekst = w.left(k);
                    model.settFilterIBakgrunnen(f);
                    if (k < w.size())
                        QTest::qWait(40);
                }
                etterSiste.append(ventPaaRader());
                model.settFilter(SakFilter{});
            }
        }

        // Sorting on each column (no filter).
        QList<double> sorteringer;
        for (int k = 0; k < SakListeModel::ColumnCount; ++k) {
            t.restart();
            model.sort(k, Qt::AscendingOrder);
            lesSkjerm(model, synlige);
            sorteringer.append(ms(t));
        }

        // Scrolling to the very end: one page read at the largest offset.
        model.sort(SakListeModel::MottattColumn, Qt::DescendingOrder);
        t.restart();
        for (int r = model.rowCount() - synlige; r < model.rowCount(); ++r)
            (void)model.index(r, 0).data();
        const double sisteSkjerm = ms(t);

        // Opening a case: the whole case from the repository (what the editor loads).
        QList<double> aapne;
        for (int i = 0; i < 50; ++i) {
            const QString id = model.id((i * 1997) % model.rowCount());
            t.restart();
            const auto sak = m_repo->hent(id);
            aapne.append(ms(t));
            QVERIFY(sak.has_value());
        }

        qInfo().noquote() << u"cases: %1, visible rows: %2"_s.arg(m_antall).arg(synlige);
        qInfo().noquote() << u"first screen (model + QTableView painted): %1 ms"_s.arg(foersteSkjerm, 0, 'f', 1);
        const auto fordeling = [](const QList<double> &v) {
            return u"n=%1: p50 %2 ms, p95 %3 ms, p99 %4 ms, max %5 ms"_s.arg(v.size())
                .arg(persentil(v, 0.5), 0, 'f', 1)
                .arg(persentil(v, 0.95), 0, 'f', 1)
                .arg(persentil(v, 0.99), 0, 'f', 1)
                .arg(*std::max_element(v.cbegin(), v.cend()), 0, 'f', 1);
        };
        qInfo().noquote() << u"filter keystroke, before (settFilter on the GUI thread + visible rows read), "_s + fordeling(synkron);
        qInfo().noquote() << u"filter keystroke, GUI-thread wall time (settFilterIBakgrunnen + reset + repaint), "_s + fordeling(guiTid);
        qInfo().noquote() << u"filter keystroke, GUI-thread CPU time (the same, CLOCK_THREAD_CPUTIME_ID), "_s + fordeling(guiCpu);
        qInfo().noquote() << u"filter keystroke, time to rows on screen (one keystroke at a time), "_s + fordeling(tilRader);
        qInfo().noquote() << u"filter keystroke, time to rows after the last keystroke of a fast-typed word, "_s + fordeling(etterSiste);
        QStringList s;
        for (double x : sorteringer)
            s.append(QString::number(x, 'f', 1));
        qInfo().noquote() << u"sort per column (ms): %1"_s.arg(s.join(u" "_s));
        qInfo().noquote() << u"last screen (largest OFFSET): %1 ms"_s.arg(sisteSkjerm, 0, 'f', 1);
        qInfo().noquote() << u"open a case (SakRepository::hent), n=50: p50 %1 ms, p95 %2 ms"_s
                                 .arg(persentil(aapne, 0.5), 0, 'f', 2)
                                 .arg(persentil(aapne, 0.95), 0, 'f', 2);
        qInfo().noquote() << u"peak memory (getrusage ru_maxrss): %1 MiB"_s.arg(double(toppMinneKb()) / 1024, 0, 'f', 1);

        // The same filter queries in the sqlite3 shell, for comparison: what SakListeModel runs for
        // the word "sykehjem" (count, then the first page), built by the same SakFilter.
        SakFilter sok;
        sok.tekst = u"sykehjem"_s;
        const SakFilter::Sql w = sok.tilSql(QDate::currentDate());
        // Each ? in turn (the trigrams for MATCH, then the word for instr()).
        QString where;
        qsizetype verdi = 0;
        for (const QChar c : w.where) {
            if (c == u'?')
                where += u"'"_s + w.verdier.value(verdi++).toString().replace(u"'"_s, u"''"_s) + u"'"_s;
            else
                where += c;
        }
        const QString sql = u".timer on\n"
                            u"SELECT count(*) FROM tilsynssak %1;\n"
                            u"SELECT id FROM tilsynssak %1 ORDER BY mottatt DESC, rowid DESC LIMIT 100 OFFSET 0;\n"
                            u"SELECT count(*) FROM tilsynssak WHERE instr(soketekst, 'sykehjem') > 0;\n"_s.arg(where);
        qInfo().noquote() << u"sqlite3 shell queries:\n"_s + sql;
        QProcess p;
        p.start(u"sqlite3"_s, {m_sti});
        p.write(sql.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        QList<double> skallMs; // "Run Time: real 0.021 user ..." per statement
        for (const QByteArray &linje : p.readAllStandardOutput().split('\n')) {
            if (linje.startsWith("Run Time") || linje.trimmed().toInt() > 0)
                qInfo("sqlite3 shell: %s", linje.constData());
            if (linje.startsWith("Run Time: real "))
                skallMs.append(linje.split(' ').value(3).toDouble() * 1000);
        }
        QVERIFY(skallMs.size() >= 2);
        // One table row each (scripts/bench-tabell.py): the figure beside the shell's count and
        // first page of the same FTS filter.
        const double referanse = skallMs[0] + skallMs[1];
        const QString ref = u"the same FTS filter in the sqlite3 shell (count + first page) %1 ms"_s.arg(referanse, 0, 'f', 1);
        qInfo().noquote() << u"bench-tabell: filter keystroke, before (on the GUI thread) | p50 %1 ms, p95 %2 ms | %3 | %4×"_s
                                 .arg(persentil(synkron, 0.5), 0, 'f', 1).arg(persentil(synkron, 0.95), 0, 'f', 1).arg(ref)
                                 .arg(persentil(synkron, 0.95) / referanse, 0, 'f', 1);
        qInfo().noquote() << u"bench-tabell: filter keystroke, GUI-thread time (wall; CPU) | p50 %1; %2 ms, p95 %3; %4 ms, p99 %5; %6 ms | %7 | %8×"_s
                                 .arg(persentil(guiTid, 0.5), 0, 'f', 1).arg(persentil(guiCpu, 0.5), 0, 'f', 1)
                                 .arg(persentil(guiTid, 0.95), 0, 'f', 1).arg(persentil(guiCpu, 0.95), 0, 'f', 1)
                                 .arg(persentil(guiTid, 0.99), 0, 'f', 1).arg(persentil(guiCpu, 0.99), 0, 'f', 1)
                                 .arg(ref).arg(persentil(guiTid, 0.99) / referanse, 0, 'f', 2);
        qInfo().noquote() << u"bench-tabell: filter: new rows on screen after the last keystroke | p50 %1 ms, p95 %2 ms | %3 | %4×"_s
                                 .arg(persentil(etterSiste, 0.5), 0, 'f', 1).arg(persentil(etterSiste, 0.95), 0, 'f', 1)
                                 .arg(ref).arg(persentil(etterSiste, 0.95) / referanse, 0, 'f', 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_sti;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    qint64 m_antall = 0;
};

QTEST_MAIN(BenchSaksliste)
#include "bench_saksliste.moc"
