#include "jsonlexport.h"

#include "io/sakjson.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QIODevice>
#include <QJsonDocument>

namespace tilsyn {

using namespace Qt::StringLiterals;

qint64 eksporterJsonl(const SakRepository &repo, QIODevice &ut)
{
    qint64 antall = 0;
    repo.forHver([&](const Tilsynssak &sak) {
        QByteArray linje = QJsonDocument(sakTilJson(sak)).toJson(QJsonDocument::Compact);
        linje.append('\n');
        if (ut.write(linje) != linje.size())
            throw StoreError(u"kan ikke skrive eksporten: %1"_s.arg(ut.errorString()));
        ++antall;
    });
    return antall;
}

} // namespace tilsyn
