// Benchmark (LABELS bench): the median time to render an avgjørelse with ten vurderinger (three
// pages) to PDF/A and to a QPrinter PDF, beside a reference measured in the same run: the same
// filled-in HTML through a bare QTextDocument::print() onto a QPdfWriter (what Qt itself needs,
// without the letter's layout rules); and the time to render 1 000 letters in a batch. Wall time
// and the thread's CPU time (the machine is shared: the CPU time is the figure that does not
// depend on the load). Prints numbers; not pass/fail beyond "it rendered".

#include "casegenerator.h"
#include "domain/katalog.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "brevtestdata.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tilsyn;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> verdier)
{
    std::sort(verdier.begin(), verdier.end());
    const qsizetype n = verdier.size();
    return n % 2 ? verdier[n / 2] : (verdier[n / 2 - 1] + verdier[n / 2]) / 2.0;
}

double traadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time of `n` runs of `f` (after one warm-up run).
struct Maaling
{
    QList<double> vegg;
    QList<double> cpu;
};

template<typename F>
Maaling maal(int n, F f)
{
    f();
    Maaling m;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        const double c = traadCpuMs();
        t.start();
        f();
        m.vegg.append(double(t.nsecsElapsed()) / 1e6);
        m.cpu.append(traadCpuMs() - c);
    }
    return m;
}

QByteArray referansePdf(const QString &html)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument doc;
        doc.setDefaultFont(QFont(u"DejaVu Serif"_s, 11));
        doc.setHtml(html);
        doc.print(&pdf);
    }
    return buffer.data();
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
        QByteArray pdf;
        const Maaling brev = maal(kRunder, [&] { pdf = m_renderer.pdfA(sak, u); });
        const QString sider = test::poppler(u"pdfinfo"_s, {}, pdf).section(u"Pages:"_s, 1).section(u'\n', 0, 0).trimmed();
        QVERIFY2(sider.toInt() >= 3, qPrintable(u"the benchmark letter should have three pages, has "_s + sider));
        const QString html = m_renderer.html(sak, u);
        QByteArray referanse;
        const Maaling ref = maal(kRunder, [&] { referanse = referansePdf(html); });
        QVERIFY(referanse.size() > 1000);
        const Maaling mal = maal(kRunder, [&] { QVERIFY(!m_renderer.html(sak, u).isEmpty()); });
        std::printf("BENCH   of which filling the template: median %.2f ms (CPU %.2f ms)\n", median(mal.vegg),
                    median(mal.cpu));
        std::printf("BENCH avgjorelse (10 vurderinger, %d pages) -> PDF/A-1b: median %.1f ms (CPU %.1f ms) over %d runs "
                    "(min %.1f, max %.1f)\n",
                    sider.toInt(), median(brev.vegg), median(brev.cpu), kRunder,
                    *std::min_element(brev.vegg.cbegin(), brev.vegg.cend()),
                    *std::max_element(brev.vegg.cbegin(), brev.vegg.cend()));
        std::printf("BENCH reference, the same HTML through a bare QTextDocument::print() to QPdfWriter (PDF/A-1b): "
                    "median %.1f ms (CPU %.1f ms)\n",
                    median(ref.vegg), median(ref.cpu));
        std::printf("bench-tabell: avgjorelse, 3 pages -> PDF/A-1b (wall; CPU) | %.1f; %.1f ms | bare QTextDocument "
                    "-> QPdfWriter %.1f; %.1f ms | %.2f×\n",
                    median(brev.vegg), median(brev.cpu), median(ref.vegg), median(ref.cpu),
                    median(brev.cpu) / median(ref.cpu));
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
