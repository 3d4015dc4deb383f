// libFuzzer: libpq conninfo handling (models/sync/conninfo). Property: what les() accepts,
// skriv() writes as a string les() reads back to the same pairs (empty values are left out).

#include "sync/conninfo.h"

#include <cstdio>
#include <cstdlib>

using namespace tilsyn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString tekst = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString feil;
    const auto par = Conninfo::les(tekst, &feil);
    if (!par)
        return 0;
    QList<Conninfo::Par> uten;
    for (const auto &p : *par) {
        if (!p.second.isEmpty())
            uten.append(p);
        (void)Conninfo::verdi(*par, p.first);
    }
    const QString skrevet = Conninfo::skriv(*par);
    const auto igjen = Conninfo::les(skrevet, &feil);
    if (!igjen || *igjen != uten) {
        std::fprintf(stderr, "conninfo round trip failed: %s\n", qPrintable(skrevet));
        std::abort();
    }
    return 0;
}
