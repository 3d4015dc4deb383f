#include "filarbeid.h"

#include "bakgrunnsarbeid.h"
#include "importforhaandsvisning.h"

#include "domain/katalog.h"
#include "drift/fremdrift.h"
#include "io/jsonlexport.h"
#include "io/jsonlimport.h"
#include "io/utfil.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace tilsyn {

using namespace Qt::StringLiterals;

Filarbeid::Resultat Filarbeid::importer(QWidget *forelder, const QString &dbSti, const Katalog &katalog,
                              const QString &bruker, const QString &fil)
{
    const QString navn = QFileInfo(fil).fileName();
    JsonlImport::Lest lest;
    {
        Bakgrunnsarbeid arbeid(tr("Import"), tr("Reading %1…").arg(navn), forelder);
        const auto utfall = arbeid.kjoer([&](Fremdrift &f) {
            QFile kilde(fil);
            if (!kilde.open(QIODevice::ReadOnly))
                throw StoreError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(fil), kilde.errorString()));
            const QByteArray innhold = kilde.readAll();
            auto store = Store::aapne(dbSti);
            SakRepository repo(*store, katalog);
            lest = JsonlImport(*store, repo, katalog).les(innhold, navn, &f);
        });
        if (utfall == Bakgrunnsarbeid::Utfall::Avbrutt)
            return {.avbrutt = true};
        if (utfall == Bakgrunnsarbeid::Utfall::Feilet) {
            QMessageBox::warning(forelder, tr("Import"), arbeid.feil());
            return {};
        }
    }
    if (!lest.ok()) {
        QMessageBox::warning(forelder, tr("Import"),
                             tr("Nothing was imported: the file has %Ln problem(s).", nullptr, int(lest.problemer.size()))
                                 + u"\n\n"_s + lest.problemer.mid(0, 20).join(u'\n'));
        return {};
    }
    // import preview: new, unchanged and changed cases; changed ones replaced only when confirmed
    ImportForhaandsvisning forhaand(lest, navn, forelder);
    if (forhaand.exec() != QDialog::Accepted)
        return {};
    const bool erstatt = forhaand.erstatt();
    const qsizetype antall = lest.antall(JsonlImport::Status::Ny) + (erstatt ? lest.antall(JsonlImport::Status::Endret) : 0);
    qsizetype skrevet = 0;
    Bakgrunnsarbeid arbeid(tr("Import"), tr("Importing %Ln case(s)…", nullptr, int(antall)), forelder);
    const auto utfall = arbeid.kjoer([&](Fremdrift &f) {
        auto store = Store::aapne(dbSti);
        SakRepository repo(*store, katalog);
        JsonlImport imp(*store, repo, katalog);
        skrevet = imp.skriv(lest, {bruker, QDateTime::currentDateTimeUtc(), u"importert"_s}, erstatt, &f);
    });
    if (utfall == Bakgrunnsarbeid::Utfall::Avbrutt)
        return {.avbrutt = true};
    if (utfall == Bakgrunnsarbeid::Utfall::Feilet) {
        QMessageBox::warning(forelder, tr("Import"), tr("Nothing was imported:\n%1").arg(arbeid.feil()));
        return {};
    }
    Resultat r{.antall = skrevet};
    r.nye = lest.antall(JsonlImport::Status::Ny);
    r.erstattet = erstatt ? lest.antall(JsonlImport::Status::Endret) : 0;
    r.beholdt = erstatt ? 0 : lest.antall(JsonlImport::Status::Endret);
    r.uendret = lest.antall(JsonlImport::Status::Uendret);
    return r;
}

Filarbeid::Resultat Filarbeid::eksporter(QWidget *forelder, const QString &dbSti, const Katalog &katalog, const QString &fil)
{
    qint64 skrevet = 0;
    Bakgrunnsarbeid arbeid(tr("Export"), tr("Exporting the cases to %1…").arg(QFileInfo(fil).fileName()), forelder);
    const auto utfall = arbeid.kjoer([&](Fremdrift &f) {
        auto store = Store::aapneForLesing(dbSti);
        SakRepository repo(*store, katalog);
        Utfil ut(fil);
        if (!ut.aapne())
            throw StoreError(ut.feil());
        try {
            skrevet = eksporterJsonl(repo, ut, &f);
        } catch (...) {
            ut.avbryt(); // the temporary file goes; nothing under the final name
            throw;
        }
        if (!ut.fullfoer())
            throw StoreError(ut.feil());
    });
    if (utfall == Bakgrunnsarbeid::Utfall::Avbrutt)
        return {.avbrutt = true};
    if (utfall == Bakgrunnsarbeid::Utfall::Feilet) {
        QMessageBox::warning(forelder, tr("Export"), tr("The cases were not exported:\n%1").arg(arbeid.feil()));
        return {};
    }
    return {.antall = skrevet};
}

} // namespace tilsyn
