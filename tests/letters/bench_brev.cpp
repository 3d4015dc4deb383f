// Benchmark (LABELS bench): the median time to render an avgjørelse with ten vurderinger to
// PDF/A and to a QPrinter PDF, and the time to render 1 000 letters in a batch. Prints numbers;
// not pass/fail beyond "it rendered".

#include "casegenerator.h"
#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "brevtestdata.h"

#include <QElapsedTimer>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> verdier)
{
    std::sort(verdier.begin(), verdier.end());
    const qsizetype n = verdier.size();
    return n % 2 ? verdier[n / 2] : (verdier[n / 2 - 1] + verdier[n / 2]) / 2.0;
}

} // namespace

class BenchBrev final : public QObject
{
    Q_OBJECT

private:
    const Brevmalkilde m_maler;
    const Brevrenderer m_renderer{Katalog::innebygd(), m_maler};
    static constexpr int kRunder = 31;

private slots:
    void avgjorelseTilPdfA()
    {
        const Tilsynssak sak = test::brevsak(5, 10);
        Brevutkast u = foreslaaUtkast(sak, u"bm5-avgjorelse"_s, QDate(2024, 9, 2));
        u.utkast = false;
        m_renderer.pdfA(sak, u); // warm-up: fonts and templates loaded once
        QList<double> ms;
        int sider = 0;
        for (int i = 0; i < kRunder; ++i) {
            QElapsedTimer t;
            t.start();
            const QByteArray pdf = m_renderer.pdfA(sak, u);
            ms.append(t.nsecsElapsed() / 1e6);
            QVERIFY(pdf.size() > 1000);
            sider = test::poppler(u"pdfinfo"_s, {}, pdf).contains(u"Pages:"_s) ? 1 : 0;
        }
        QVERIFY(sider);
        QList<double> malMs;
        for (int i = 0; i < kRunder; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(!m_renderer.html(sak, u).isEmpty());
            malMs.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("BENCH   of which filling the template: median %.2f ms\n", median(malMs));
        std::printf("BENCH avgjorelse (10 vurderinger) -> PDF/A-1b: median %.1f ms over %d runs (min %.1f, max %.1f)\n",
                    median(ms), kRunder, *std::min_element(ms.cbegin(), ms.cend()),
                    *std::max_element(ms.cbegin(), ms.cend()));
    }

    void avgjorelseTilQPrinter()
    {
        QTemporaryDir mappe;
        const Tilsynssak sak = test::brevsak(5, 10);
        Brevutkast u = foreslaaUtkast(sak, u"bm5-avgjorelse"_s, QDate(2024, 9, 2));
        u.utkast = false;
        QList<double> ms;
        for (int i = 0; i <= kRunder; ++i) {
            QElapsedTimer t;
            t.start();
            QPrinter skriver(QPrinter::HighResolution);
            skriver.setOutputFormat(QPrinter::PdfFormat);
            skriver.setOutputFileName(mappe.filePath(u"brev-%1.pdf"_s.arg(i)));
            skriver.setPageSize(QPageSize(QPageSize::A4));
            skriver.setFullPage(true);
            const int sider = m_renderer.tegn(sak, u, skriver);
            if (i > 0) // the first run is the warm-up
                ms.append(t.nsecsElapsed() / 1e6);
            QVERIFY(sider >= 2);
        }
        std::printf("BENCH avgjorelse (10 vurderinger) -> QPrinter PDF: median %.1f ms over %d runs (min %.1f, max %.1f)\n",
                    median(ms), kRunder, *std::min_element(ms.cbegin(), ms.cend()),
                    *std::max_element(ms.cbegin(), ms.cend()));
    }

    void tusenBrevIEnBunke()
    {
        CaseGenerator gen(Katalog::innebygd(), 2024);
        QList<Tilsynssak> saker;
        for (int i = 0; i < 1000; ++i)
            saker.append(gen.neste());
        QElapsedTimer t;
        t.start();
        qint64 bytes = 0;
        for (const Tilsynssak &sak : std::as_const(saker)) {
            const QList<Brevtype> typer = brevtyperFor(sak.behandlingsmaate);
            const Brevtype &type = typer[int(qHash(sak.id) % uint(typer.size()))];
            Brevutkast u = foreslaaUtkast(sak, type.kode, QDate(2024, 9, 2));
            u.utkast = false;
            bytes += m_renderer.pdfA(sak, u).size();
        }
        const double totalt = t.nsecsElapsed() / 1e6;
        QVERIFY(bytes > 1000 * 1000);
        std::printf("BENCH 1000 letters (generated cases, mixed types) -> PDF/A-1b: %.0f ms total, %.1f ms per letter, "
                    "%.1f MB\n", totalt, totalt / 1000.0, bytes / 1e6);
    }
};

QTEST_MAIN(BenchBrev)
#include "bench_brev.moc"
