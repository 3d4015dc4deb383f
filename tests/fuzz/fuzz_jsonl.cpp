// libFuzzer: the JSON Lines reader and validator. Each line goes through the strict JSON reader,
// the contract's field reader and every rule, as import does (without the store). Properties
// checked beyond "no crash, leak or undefined behaviour": what the reader accepts, the writer
// writes back as text the reader accepts again, with the same value (lossless round trip).

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"
#include "io/sakjson.h"
#include "io/strengjson.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace tilsyn;

namespace {

const Katalog &katalog()
{
    static const Katalog k = [] {
        QFile f(QStringLiteral(TILSYN_KATALOG));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", TILSYN_KATALOG);
            std::abort();
        }
        auto kat = Katalog::fraJson(f.readAll());
        if (!kat)
            std::abort();
        return std::move(*kat);
    }();
    return k;
}

void rundtur(const QJsonValue &v)
{
    QByteArray ut;
    StrengJson::skriv(v, ut);
    QJsonValue igjen;
    if (!StrengJson::les(ut, &igjen).isEmpty() || igjen != v) {
        std::fprintf(stderr, "round trip changed the value: %s\n", ut.constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView inn(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype start = 0;
    while (start <= inn.size()) {
        qsizetype slutt = inn.indexOf('\n', start);
        if (slutt < 0)
            slutt = inn.size();
        const QByteArrayView linje = inn.sliced(start, slutt - start);
        start = slutt + 1;
        QJsonValue v;
        if (!StrengJson::les(linje, &v).isEmpty())
            continue;
        rundtur(v);
        if (!v.isObject())
            continue;
        Problemer problemer;
        const Tilsynssak sak = sakFraJson(v.toObject(), &problemer);
        problemer += valider(sak, katalog(), Valideringsvalg{.tillatHistoriskBm = true});
        if (problemer.isEmpty())
            rundtur(sakTilJson(sak));
    }
    return 0;
}
