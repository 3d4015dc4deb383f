#include "eksempellager.h"

#include "io/eksempeldag.h"
#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

const QString kMerke = u"eksempellager"_s;

void fjern(const QString &sti)
{
    for (const QString &hale : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(sti + hale) && !QFile::remove(sti + hale))
            throw StoreError(u"kan ikke erstatte eksempellageret %1"_s.arg(sti + hale));
    }
}

void fyll(const QString &sti, const Katalog &katalog, const QString &bruker, const QDate &idag)
{
    const Eksempeldag dag = Eksempeldag::lag(katalog, idag, bruker);
    QByteArray jsonl;
    for (const Tilsynssak &sak : dag.saker)
        jsonl += QJsonDocument(sakTilJson(sak)).toJson(QJsonDocument::Compact) + '\n';
    const auto store = Store::aapne(sti);
    store->settMeta(kMerke, u"1"_s);
    SakRepository repo(*store, katalog);
    JsonlImport import(*store, repo, katalog);
    const JsonlImport::Lest lest = import.les(jsonl, u"eksempelsaker"_s);
    if (!lest.ok())
        throw StoreError(lest.problemer.join(u'\n'));
    Endringskontekst hvem;
    hvem.bruker = bruker;
    hvem.tilUtboks = false; // invented cases are never sent to a central store
    import.skriv(lest, hvem);
    OppfolgingRepository oppfolging(*store, repo, katalog);
    auto sjekk = [](const Problemer &p) {
        if (!p.isEmpty())
            throw StoreError(u"eksempelsakenes oppfølging: %1: %2"_s.arg(p.constFirst().felt, p.constFirst().melding));
    };
    for (const Eksempeldag::Oppfolgingsstart &o : dag.oppfolging) {
        sjekk(oppfolging.start(o.sakId, o.startet, hvem));
        const std::optional<Oppfolging> startet = oppfolging.hent(o.sakId);
        if (!startet)
            throw StoreError(u"eksempelsakenes oppfølging startet ikke: %1"_s.arg(o.sakId));
        for (const Lovbruddoppfolging &l : startet->lovbrudd)
            sjekk(oppfolging.settKrav(l.id, u"Dokumenter at rutinene er endret og fulgt."_s, o.frist, hvem));
    }
}

} // namespace

QString Eksempellager::standardSti()
{
    return QDir(Store::dataMappe()).filePath(u"eksempelsaker.sqlite"_s);
}

bool Eksempellager::erEksempellager(const Store &store)
{
    return store.meta(kMerke) == u"1";
}

void Eksempellager::lag(const QString &sti, const Katalog &katalog, const QString &bruker, const QDate &idag)
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
        fjern(sti);
    }
    try {
        fyll(sti, katalog, bruker, idag);
    } catch (...) {
        fjern(sti); // all or nothing: a half-made example store is no example store
        throw;
    }
}

} // namespace tilsyn
