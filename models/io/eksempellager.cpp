#include "eksempellager.h"

#include "io/jsonlimport.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

const QString kMerke = u"eksempellager"_s;

} // namespace

QString Eksempellager::standardSti()
{
    return QDir(Store::dataMappe()).filePath(u"eksempelsaker.sqlite"_s);
}

bool Eksempellager::erEksempellager(const Store &store)
{
    return store.meta(kMerke) == u"1";
}

void Eksempellager::lag(const QString &sti, const Katalog &katalog, const QString &bruker)
{
    if (QFileInfo::exists(sti)) {
        bool eksempel = false;
        {
            const auto gammel = Store::aapne(sti);
            eksempel = erEksempellager(*gammel);
        }
        if (!eksempel)
            throw StoreError(u"%1 er et vanlig lager, ikke et eksempellager; det blir ikke erstattet"_s.arg(sti),
                             StoreError::Art::Avvist);
        for (const QString &hale : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(sti + hale) && !QFile::remove(sti + hale))
                throw StoreError(u"kan ikke erstatte eksempellageret %1"_s.arg(sti + hale));
        }
    }
    QFile f(u":/eksempel/sosial-2024.jsonl"_s);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(u"eksempelsakene mangler i programmet"_s);
    const auto store = Store::aapne(sti);
    store->settMeta(kMerke, u"1"_s);
    SakRepository repo(*store, katalog);
    JsonlImport import(*store, repo, katalog);
    const JsonlImport::Lest lest = import.les(f.readAll(), u"eksempelsaker"_s);
    if (!lest.ok())
        throw StoreError(lest.problemer.join(u'\n'));
    Endringskontekst hvem;
    hvem.bruker = bruker;
    hvem.tilUtboks = false; // invented cases are never sent to a central store
    import.skriv(lest, hvem);
}

} // namespace tilsyn
