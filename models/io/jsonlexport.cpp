#include "jsonlexport.h"

#include "drift/fremdrift.h"
#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "io/strengjson.h"
#include "io/utfil.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QIODevice>

namespace tilsyn {

using namespace Qt::StringLiterals;

QByteArray eksportLinje(const Tilsynssak &sak)
{
    QByteArray linje;
    StrengJson::skriv(sakTilJson(sak), linje);
    return linje;
}

namespace {

template<typename Skriv>
qint64 eksporter(const SakRepository &repo, Skriv skriv, Fremdrift *fremdrift)
{
    qint64 antall = 0;
    const qint64 totalt = fremdrift ? repo.antall() : 0;
    repo.forHver([&](const Tilsynssak &sak) {
        Fremdrift::steg(fremdrift, antall, totalt);
        QByteArray linje = eksportLinje(sak);
        if (linje.size() > JsonlImport::kMaksLinje)
            throw StoreError(u"saken %1 blir %2 byte lang i eksporten, mer enn de %3 byte import godtar"_s
                                 .arg(sak.id).arg(linje.size()).arg(JsonlImport::kMaksLinje));
        linje.append('\n');
        skriv(linje);
        ++antall;
    });
    Fremdrift::steg(fremdrift, antall, totalt);
    return antall;
}

} // namespace

qint64 eksporterJsonl(const SakRepository &repo, QIODevice &ut, Fremdrift *fremdrift)
{
    return eksporter(repo, [&](const QByteArray &linje) {
        if (ut.write(linje) != linje.size())
            throw StoreError(u"kan ikke skrive eksporten: %1"_s.arg(ut.errorString()));
    }, fremdrift);
}

qint64 eksporterJsonl(const SakRepository &repo, Utfil &ut, Fremdrift *fremdrift)
{
    return eksporter(repo, [&](const QByteArray &linje) {
        if (!ut.skriv(linje))
            throw StoreError(ut.feil());
    }, fremdrift);
}

} // namespace tilsyn
