// libFuzzer: the report CSV and JSON writers with hostile cell texts and numbers. Properties:
// the CSV has one line per row plus the header (a quoted field keeps its line breaks inside
// quotes), and the JSON is a document the strict reader accepts.

#include "io/strengjson.h"
#include "reports/rapportskriver.h"
#include "reports/rapporttabell.h"
#include "reports/rapportvalg.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace tilsyn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Cells separated by 0xFF bytes, rows by 0xFE; a cell starting with '#' is a number.
    Rapporttabell t;
    t.navn = QStringLiteral("fuzz");
    t.kolonner = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QVariantList rad;
    QByteArray celle;
    auto leggTilCelle = [&] {
        if (celle.startsWith('#')) {
            double d = 0;
            std::memcpy(&d, celle.constData() + 1, std::min<size_t>(sizeof d, size_t(celle.size() - 1)));
            rad.append(celle.size() > 8 ? QVariant(d) : QVariant(qint64(celle.size())));
        } else {
            rad.append(celle.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(celle)));
        }
        celle.clear();
    };
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFF) {
            leggTilCelle();
        } else if (data[i] == 0xFE) {
            leggTilCelle();
            t.rader.append(rad);
            rad.clear();
        } else {
            celle.append(char(data[i]));
        }
    }
    leggTilCelle();
    t.rader.append(rad);
    (void)tilCsv(t);
    const QByteArray json = tilJson(t, Rapportvalg::forAar(QStringLiteral("sosial"), 2024));
    QJsonValue v;
    const Problemer p = StrengJson::les(json, &v);
    if (!p.isEmpty()) {
        std::fprintf(stderr, "report JSON not valid: %s\n%s\n", qPrintable(p.first().melding), json.constData());
        std::abort();
    }
    return 0;
}
