// libFuzzer: the JSON Lines reader and validator. Each line goes through the strict JSON reader,
// the contract's field reader and every rule, as import does (without the store). Properties
// checked beyond "no crash, leak or undefined behaviour": what the reader accepts, the writer
// writes back as text the reader accepts again, with the same value (lossless round trip); and
// import's fast reader (io/sakrask) accepts a line only when the strict path does too and reads
// the same case from it, null and empty strings alike. The same for the sync document's fast
// reader (lesSynkdokumentRask, the first sync) against its strict path (QJsonDocument::fromJson,
// then sakFraSynkdokument).

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"
#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "io/sakrask.h"
#include "io/strengjson.h"

#include <QFile>
#include <QJsonDocument>
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

// Which strings are null (QString's == does not tell a null from an empty string).
QByteArray nullmerker(const Tilsynssak &s)
{
    QByteArray m;
    auto t = [&](const QString &x) { m += x.isNull() ? 'N' : x.isEmpty() ? 'E' : 'x'; };
    auto v = [&](const std::optional<QString> &x) { x ? t(*x) : void(m += '-'); };
    t(s.id); v(s.saksnummer); t(s.embete); t(s.sektor); v(s.saksbehandler); v(s.sammendrag); v(s.utfall);
    for (const QString &k : s.kilder) t(k);
    m += '|';
    for (const QString &k : s.temaer) t(k);
    if (s.brukerinvolvering) t(s.brukerinvolvering->merknad);
    if (s.innsender) { t(s.innsender->navn); t(s.innsender->adresse); v(s.innsender->maalform); }
    for (const Tilsynsobjekt &o : s.tilsynsobjekter) {
        t(o.id); t(o.type); t(o.navn); v(o.tjenesteniva); v(o.orgnr); v(o.hpr); v(o.adresse); v(o.maalform);
    }
    for (const Vurdering &x : s.vurderinger) { t(x.bestemmelse); t(x.objekt); t(x.konklusjon); t(x.begrunnelse); }
    if (s.innsender) t(s.innsender->deresRef);
    for (const Tilsynsobjekt &o : s.tilsynsobjekter) { t(o.deresRef); t(o.autorisasjon); }
    return m;
}

void feil(const char *hva, QByteArrayView linje)
{
    std::fprintf(stderr, "fast reader %s: %.*s\n", hva, int(linje.size()), linje.data());
    std::abort();
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
        if (const std::optional<Tilsynssak> raskSynk = lesSynkdokumentRask(linje)) {
            QString hvorfor;
            const auto streng = sakFraSynkdokument(QJsonDocument::fromJson(linje.toByteArray()).object(), &hvorfor);
            if (!streng)
                feil("accepted a sync document the strict path refuses", linje);
            if (!(*raskSynk == *streng) || nullmerker(*raskSynk) != nullmerker(*streng))
                feil("read another case from a sync document", linje);
        }
        const std::optional<Tilsynssak> rask = lesSakRask(linje);
        QJsonValue v;
        bool ikkeTegn = true;
        if (!StrengJson::les(linje, &v, &ikkeTegn).isEmpty()) {
            if (rask)
                feil("accepted what the strict reader refuses", linje);
            continue;
        }
        rundtur(v);
        if (!v.isObject()) {
            if (rask)
                feil("accepted a value that is no object", linje);
            continue;
        }
        Problemer problemer;
        const Tilsynssak sak = sakFraJson(v.toObject(), &problemer);
        if (rask && (ikkeTegn || !problemer.isEmpty()))
            feil("accepted what the field reader refuses", linje);
        if (rask && (!(*rask == sak) || nullmerker(*rask) != nullmerker(sak)))
            feil("read another case", linje);
        problemer += valider(sak, katalog(), Valideringsvalg{.tillatHistoriskBm = true});
        if (problemer.isEmpty())
            rundtur(sakTilJson(sak));
    }
    return 0;
}
