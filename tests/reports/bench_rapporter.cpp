// Benchmark (LABELS bench): every report over 100 000 generated cases in a real SQLite store.
// Prints the times; not pass/fail. TILSYN_BENCH_SAKER overrides the number of cases.

#include "casegenerator.h"
#include "domain/katalog.h"
#include "reports/rapportmotor.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class BenchRapporter final : public QObject
{
    Q_OBJECT

private slots:
    void rapporter();
};

void BenchRapporter::rapporter()
{
    const int antall = qEnvironmentVariableIsSet("TILSYN_BENCH_SAKER") ? qEnvironmentVariableIntValue("TILSYN_BENCH_SAKER")
                                                                       : 100000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // TILSYN_BENCH_DB=FILE keeps the generated store between runs (made on the first run).
    const QString sti = qEnvironmentVariableIsSet("TILSYN_BENCH_DB") ? qEnvironmentVariable("TILSYN_BENCH_DB")
                                                                    : dir.filePath(u"bench.sqlite"_s);
    const Katalog &katalog = Katalog::innebygd();
    QElapsedTimer klokke;
    klokke.start();
    if (QFileInfo::exists(sti)) {
        Store::aapne(sti); // applies any newer migration (e.g. report indexes) to a kept store
        qInfo().noquote() << u"reusing the generated store %1"_s.arg(sti);
    } else {
        auto store = Store::aapne(sti);
        SakRepository repo(*store, katalog);
        CaseGenerator gen(katalog, 42);
        Transaksjon t(store->db());
        for (int i = 0; i < antall; ++i)
            repo.skriv(gen.neste(), Endringskontekst{u"bench"_s});
        t.commit();
        qInfo().noquote() << u"generated and stored %1 cases in %2 ms"_s.arg(antall).arg(klokke.elapsed());
    }

    // A fresh read-only connection, as the CLI and the statistics view's worker use.
    Store::Valg valg;
    valg.lesKunn = true;
    auto store = Store::aapne(sti, valg);
    const Rapportmotor motor(store->db(), katalog);
    const QList<Rapportvalg> utvalg{Rapportvalg::forAar(u"helse"_s, 2024), Rapportvalg::forAar(u"sosial"_s, 2024),
                                    Rapportvalg::forAar(u"helse"_s, 2024, u"vestland"_s)};
    for (const Rapportvalg &v : utvalg) {
        qint64 sum = 0;
        for (const QString &navn : Rapportmotor::rapporter()) {
            QList<qint64> tider;
            qsizetype rader = 0;
            for (int runde = 0; runde < 5; ++runde) {
                QElapsedTimer t;
                t.start();
                rader = motor.lag(navn, v).rader.size();
                tider.append(t.nsecsElapsed() / 1000);
            }
            std::sort(tider.begin(), tider.end());
            sum += tider[2];
            qInfo().noquote() << u"%1 %2%3: %4 rows, median %5 ms (min %6, max %7) of 5 runs"_s
                                     .arg(navn.leftJustified(16), v.sektor, v.embete.isEmpty() ? QString() : u"/"_s + v.embete)
                                     .arg(rader)
                                     .arg(double(tider[2]) / 1000.0, 0, 'f', 1)
                                     .arg(double(tider[0]) / 1000.0, 0, 'f', 1)
                                     .arg(double(tider[4]) / 1000.0, 0, 'f', 1);
        }
        qInfo().noquote() << u"all seven reports, %1 %2%3: %4 ms"_s.arg(v.sektor).arg(v.fra.year())
                                 .arg(v.embete.isEmpty() ? QString() : u"/"_s + v.embete)
                                 .arg(double(sum) / 1000.0, 0, 'f', 1);
    }
}

QTEST_GUILESS_MAIN(BenchRapporter)
#include "bench_rapporter.moc"
