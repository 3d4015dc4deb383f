#include "sikkerhetskopi.h"

#include "store/lagerkontroll.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <system_error>

namespace tilsyn::sikkerhetskopi {

using namespace Qt::StringLiterals;

namespace {

constexpr int kVentetidMs = 10000; // how long to wait for a writer to finish before giving up

struct Lukk
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Tilkobling = std::unique_ptr<sqlite3, Lukk>;

QString feiltekst(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// A connection of our own, outside Qt's driver: works whatever SQLite Qt's plugin was built with.
Tilkobling aapne(const QString &sti, int flagg)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(sti).constData(), &db, flagg, nullptr);
    Tilkobling t(db);
    if (rc != SQLITE_OK)
        throw StoreError(u"kan ikke åpne %1: %2"_s.arg(sti, db ? feiltekst(db) : QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(db, kVentetidMs);
    return t;
}

QStringList spoerring(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    QStringList ut;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        return {feiltekst(db)};
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        ut.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
    if (rc != SQLITE_DONE)
        ut.append(feiltekst(db));
    sqlite3_finalize(s);
    return ut;
}

// Copies every page of `fra` into `til` in one step (one consistent snapshot of the source);
// waits while another connection holds a lock.
void kopier(sqlite3 *fra, sqlite3 *til, const QString &hva)
{
    sqlite3_backup *b = sqlite3_backup_init(til, "main", fra, "main");
    if (!b)
        throw StoreError(u"%1: %2"_s.arg(hva, feiltekst(til)));
    const QDeadlineTimer frist(kVentetidMs);
    int rc;
    do {
        rc = sqlite3_backup_step(b, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !frist.hasExpired())
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !frist.hasExpired()));
    sqlite3_backup_finish(b);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        throw StoreError(u"%1: lageret er opptatt (låst av et annet program)"_s.arg(hva), StoreError::Art::Laast);
    if (rc != SQLITE_DONE)
        throw StoreError(u"%1: %2"_s.arg(hva, QString::fromUtf8(sqlite3_errstr(rc))));
}

std::filesystem::path filsti(const QString &sti)
{
    return std::filesystem::path(sti.toStdU16String());
}

} // namespace

void taKopi(const QString &lager, const QString &til)
{
    // Every message names the file being written first: "TIL: kan ikke skrive sikkerhetskopien av …".
    const QString hva = u"%1: kan ikke skrive sikkerhetskopien av %2"_s.arg(til, lager);
    const QFileInfo kilde(lager);
    if (!kilde.isFile())
        throw StoreError(u"%1: lageret finnes ikke"_s.arg(hva), StoreError::Art::IkkeFunnet);
    const QFileInfo maal(til);
    if (maal.exists() && maal.canonicalFilePath() == kilde.canonicalFilePath())
        throw StoreError(u"%1: sikkerhetskopien kan ikke skrives over selve lageret"_s.arg(hva));
    // A device or pipe (/dev/full, a FIFO) or a folder is never replaced by the copy renamed over it.
    if (maal.exists() && !maal.isFile())
        throw StoreError(u"%1: det er ikke en vanlig fil"_s.arg(hva));
    if (!QDir().mkpath(maal.absolutePath()))
        throw StoreError(u"%1: kan ikke opprette mappen %2"_s.arg(hva, maal.absolutePath()));

    // A temporary file beside the target, renamed over it only when it is complete and checked.
    QTemporaryFile tmp(maal.absoluteFilePath() + u".XXXXXX.tmp"_s);
    if (!tmp.open())
        throw StoreError(u"%1: kan ikke skrive i %2: %3"_s.arg(hva, maal.absolutePath(), tmp.errorString()));
    tmp.close();
    {
        const Tilkobling fra = aapne(lager, SQLITE_OPEN_READONLY);
        const Tilkobling ny = aapne(tmp.fileName(), SQLITE_OPEN_READWRITE);
        kopier(fra.get(), ny.get(), hva);
        if (spoerring(ny.get(), "PRAGMA application_id") != QStringList{QString::number(Store::applicationId())})
            throw StoreError(u"%1: filen er ikke et Tilsynsklient-lager"_s.arg(hva), StoreError::Art::Korrupt);
        const QStringList integritet = spoerring(ny.get(), "PRAGMA integrity_check");
        if (integritet != QStringList{u"ok"_s})
            throw StoreError(u"%1: lageret er skadet: %2"_s.arg(hva, integritet.mid(0, 5).join(u"; "_s)),
                             StoreError::Art::Korrupt);
        // One self-contained file (no -wal beside it).
        const QStringList modus = spoerring(ny.get(), "PRAGMA journal_mode=DELETE");
        if (modus != QStringList{u"delete"_s})
            throw StoreError(u"%1: %2"_s.arg(hva, modus.join(u"; "_s)));
    }
    std::error_code ec;
    std::filesystem::rename(filsti(tmp.fileName()), filsti(maal.absoluteFilePath()), ec);
    if (ec)
        throw StoreError(u"%1: kan ikke flytte kopien på plass: %2"_s.arg(hva, QString::fromStdString(ec.message())));
    tmp.setAutoRemove(false);
}

QString gjenopprett(const QString &lager, const QString &fra, const Katalog &katalog)
{
    const QString hva = u"kan ikke gjenopprette fra %1"_s.arg(fra);
    const QFileInfo info(lager);
    if (!info.isFile())
        throw StoreError(u"%1: lageret %2 finnes ikke"_s.arg(hva, lager), StoreError::Art::IkkeFunnet);

    // 1. A checked working copy of the backup beside the store, brought to this schema version.
    QTemporaryFile arbeid(info.absoluteFilePath() + u".gjenoppretting.XXXXXX.tmp"_s);
    if (!arbeid.open())
        throw StoreError(u"%1: kan ikke skrive i %2"_s.arg(hva, info.absolutePath()));
    arbeid.close();
    taKopi(fra, arbeid.fileName());
    {
        auto kopi = Store::aapne(arbeid.fileName()); // refuses a foreign or newer store
        const QStringList problemer = kontrollerLager(*kopi, katalog);
        if (!problemer.isEmpty())
            throw StoreError(u"%1: sikkerhetskopien har feil:\n%2"_s.arg(hva, problemer.mid(0, 10).join(u'\n')),
                             StoreError::Art::Korrupt);
    }

    // 2. The current store, kept beside it.
    const QString gammel = info.absoluteDir().filePath(
        u"%1-foer-gjenoppretting-%2.sqlite"_s.arg(info.completeBaseName(),
                                                  QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    taKopi(lager, gammel);

    // 3. The backup's pages into the store, in place, as one write transaction.
    const Tilkobling kilde = aapne(arbeid.fileName(), SQLITE_OPEN_READONLY);
    const Tilkobling maal = aapne(info.absoluteFilePath(), SQLITE_OPEN_READWRITE);
    kopier(kilde.get(), maal.get(), hva);
    return gammel;
}

} // namespace tilsyn::sikkerhetskopi
