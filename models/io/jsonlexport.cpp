#include "jsonlexport.h"

#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "io/strengjson.h"
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

qint64 eksporterJsonl(const SakRepository &repo, QIODevice &ut)
{
    qint64 antall = 0;
    repo.forHver([&](const Tilsynssak &sak) {
        QByteArray linje = eksportLinje(sak);
        if (linje.size() > JsonlImport::kMaksLinje)
            throw StoreError(u"saken %1 blir %2 byte lang i eksporten, mer enn de %3 byte import godtar"_s
                                 .arg(sak.id).arg(linje.size()).arg(JsonlImport::kMaksLinje));
        linje.append('\n');
        if (ut.write(linje) != linje.size())
            throw StoreError(u"kan ikke skrive eksporten: %1"_s.arg(ut.errorString()));
        ++antall;
    });
    return antall;
}

} // namespace tilsyn
