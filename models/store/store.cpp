#include "store.h"

#include "domain/katalog.h"
#include "store/lagerlaas.h"
#include "store/storeerror.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <map>

#include <sqlite3.h>


namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr int kApplicationId = 0x54534b31; // "TSK1": marks a file as a Tilsynsklient store

// Numbered migration scripts compiled in from resources/sql/local, by number.
std::map<int, QString> migreringer()
{
    std::map<int, QString> ut;
    QDirIterator it(u":/sql/local"_s, {u"*.sql"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString fil = it.next();
        const int nr = QFileInfo(fil).fileName().section(u'_', 0, 0).toInt();
        if (nr > 0)
            ut.emplace(nr, fil);
    }
    return ut;
}

int lesHeltall(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    kjoer(q, sql, "kunne ikke lese lageret");
    return q.next() ? q.value(0).toInt() : 0;
}

// Splits a script into statements; a statement ends at a line ending in ';' unless inside a
// trigger body (BEGIN … END;).
QStringList setninger(const QString &skript)
{
    QStringList ut;
    QString gjeldende;
    bool iTrigger = false;
    for (const QString &linje : skript.split(u'\n')) {
        const QString t = linje.trimmed();
        if (t.startsWith(u"--"_s) || (t.isEmpty() && gjeldende.isEmpty()))
            continue;
        gjeldende += linje + u'\n';
        if (t.startsWith(u"CREATE TRIGGER"_s))
            iTrigger = true;
        if (t.endsWith(u';') && (!iTrigger || t == u"END;"_s)) {
            ut.append(gjeldende.trimmed());
            gjeldende.clear();
            iTrigger = false;
        }
    }
    if (!gjeldende.trimmed().isEmpty())
        ut.append(gjeldende.trimmed());
    return ut;
}

QAtomicInt s_teller;

struct Tilgang
{
    bool kanSkrive = true;
    QString hvorfor;
};

// Whether this user can write the store: the file itself and, for its -wal and -shm files,
// the folder (or those files, when they exist).
Tilgang tilgangTil(const QString &sti)
{
    const QFileInfo fil(sti);
    const QFileInfo mappe(fil.absolutePath());
    if (fil.exists() && !fil.isWritable())
        return {false, u"filen kan ikke skrives av deg"_s};
    for (const char *hale : {"-wal", "-shm"}) {
        const QFileInfo f(sti + QLatin1StringView(hale));
        if (f.exists() && !f.isWritable())
            return {false, u"%1%2 tilhører en annen bruker"_s.arg(fil.fileName(), QLatin1StringView(hale))};
    }
    if (mappe.exists() && !mappe.isWritable())
        return {false, u"mappen %1 kan ikke skrives av deg"_s.arg(mappe.absoluteFilePath())};
    return {};
}

} // namespace

namespace {

// The Stores of this process by file (andreTilkoblinger()).
Q_CONSTINIT QBasicMutex s_aapneLaas;
QHash<QString, int> &lagreneIProsessen()
{
    static QHash<QString, int> h;
    return h;
}

} // namespace

Store::Store(QString sti, QString tilkobling) : m_sti(std::move(sti)), m_tilkobling(std::move(tilkobling))
{
    const QMutexLocker l(&s_aapneLaas);
    ++lagreneIProsessen()[m_sti];
}

bool Store::andreTilkoblinger() const
{
    {
        const QMutexLocker l(&s_aapneLaas);
        if (lagreneIProsessen().value(m_sti) > 1)
            return true;
    }
    return annenProsessHarLageretAapent(m_sti);
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_tilkobling, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_tilkobling);
    const QMutexLocker l(&s_aapneLaas);
    if (--lagreneIProsessen()[m_sti] <= 0)
        lagreneIProsessen().remove(m_sti);
}

QString Store::dataMappe()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"tilsynsklient"_s);
}

QString Store::standardSti()
{
    return QDir(dataMappe()).filePath(u"tilsynsklient.sqlite"_s);
}

int Store::applicationId()
{
    return kApplicationId;
}

int Store::skjemaversjon()
{
    const auto m = migreringer();
    return m.empty() ? 0 : m.rbegin()->first;
}

std::unique_ptr<Store> Store::aapne(const QString &sti, const Valg &valg)
{
    // SQLite's memory statistics off (no reader here): with them on every allocation SQLite makes
    // takes a global mutex and counts, a few per cent of a bulk load's writing thread (perf,
    // issue 14). Only possible before SQLite's first use in the process; later it is refused
    // (SQLITE_MISUSE) and changes nothing.
    static const int statistikkAv = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(statistikkAv);
    const QFileInfo info(sti);
    if (!valg.lesKunn && !QDir().mkpath(info.absolutePath()))
        throw StoreError(u"kan ikke opprette mappen %1"_s.arg(info.absolutePath()));
    if (valg.lesKunn && !info.exists())
        throw StoreError(u"lageret %1 finnes ikke"_s.arg(sti));
    const Tilgang tilgang = tilgangTil(info.absoluteFilePath());
    if (!valg.lesKunn && !tilgang.kanSkrive) {
        // SQLite would open the file read-only without saying so and fail at the first write;
        // or, in a folder the user cannot write, fail to make its -wal and -shm files.
        throw StoreError(u"lageret %1 er skrivebeskyttet for deg (%2); du kan lese det (export, report, "
                         u"letter), men ikke endre det"_s.arg(sti, tilgang.hvorfor));
    }

    const QString navn = u"tilsyn-%1"_s.arg(s_teller.fetchAndAddRelaxed(1));
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), navn));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, navn);
    QString opsjoner = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(valg.ventetidMs);
    if (valg.lesKunn && !tilgang.kanSkrive) {
        // A reader who cannot write must not create files next to the store (a -shm owned by
        // them would later lock the owner out), nor take locks the owner could wait on.
        // A -journal is there while a bulk load writes without the WAL (UtenWal), or after it was
        // killed: then the main file is no whole store either.
        const qint64 wal = std::max(QFileInfo(info.absoluteFilePath() + u"-wal"_s).size(),
                                    qint64(QFileInfo::exists(info.absoluteFilePath() + u"-journal"_s)));
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        url.setScheme(u"file"_s);
        // Without committed changes waiting in the -wal file, the main file is the whole store:
        // read it as an immutable file (no locks, no files). Otherwise read through the
        // owner's -shm, read-only; if that cannot be done, the owner must checkpoint first.
        url.setQuery(wal > 0 ? u"mode=ro"_s : u"mode=ro&immutable=1"_s);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        opsjoner += u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s;
        store->m_ventendeWal = wal > 0;
    } else {
        db.setDatabaseName(info.absoluteFilePath());
        if (valg.lesKunn)
            opsjoner += u";QSQLITE_OPEN_READONLY"_s;
    }
    db.setConnectOptions(opsjoner);
    if (!db.open())
        throw StoreError::fraSql(db.lastError(), u"kan ikke åpne lageret %1"_s.arg(sti));

    const QString hva = u"kan ikke åpne lageret %1"_s.arg(sti);
    QSqlQuery q(db);
    // The first read tells a foreign or corrupt file apart from a store.
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        if (store->m_ventendeWal)
            throw StoreError(u"%1: lageret har endringer i %2-wal som ennå ikke er skrevet inn i selve lageret, "
                             u"og du har bare lesetilgang; eieren må åpne lageret i Tilsynsklient (eller kjøre en "
                             u"kommando som skriver) og lukke det igjen først (%3)"_s
                                 .arg(hva, info.fileName(), q.lastError().text()));
        throw StoreError::fraSql(q.lastError(), hva);
    }
    const int appId = q.value(0).toInt();
    const int brukerversjon = lesHeltall(db, u"PRAGMA user_version"_s);
    const int tabeller = lesHeltall(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (appId != kApplicationId && (appId != 0 || tabeller > 0))
        throw StoreError(u"%1: filen er en SQLite-database, men ikke et Tilsynsklient-lager"_s.arg(hva),
                         StoreError::Art::Korrupt);
    if (brukerversjon > skjemaversjon())
        throw StoreError(u"%1: lageret har skjemaversjon %2, men dette programmet kjenner bare til "
                         u"versjon %3 — oppgrader Tilsynsklient"_s.arg(hva).arg(brukerversjon).arg(skjemaversjon()),
                         StoreError::Art::NyereSkjema);
    if (valg.lesKunn) {
        if (brukerversjon < skjemaversjon())
            throw StoreError(u"%1: lageret har en eldre skjemaversjon og må åpnes for skriving først"_s.arg(hva));
        return store;
    }
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s))
        throw StoreError::fraSql(q.lastError(), hva);
    kjoer(q, u"PRAGMA synchronous=FULL"_s, "kan ikke sette synchronous");
    kjoer(q, u"PRAGMA foreign_keys=ON"_s, "kan ikke slå på fremmednøkler");
    // A 64 MiB page cache instead of SQLite's 2 MiB: with 100 000 cases the case table's 17
    // indexes no longer fit, and every write and list page read paid for it (first sync of
    // 100 000 cases 82 -> 73 s; see docs/sync.md and the import benchmark).
    kjoer(q, u"PRAGMA cache_size=-65536"_s, "kan ikke sette sidebufferen");
    store->migrer();
    return store;
}

std::unique_ptr<Store> Store::aapneForLesing(const QString &sti)
{
    if (!QFileInfo::exists(sti))
        throw StoreError(u"lageret %1 finnes ikke (importer saker først)"_s.arg(sti));
    Valg valg;
    valg.lesKunn = true;
    try {
        return aapne(sti, valg);
    } catch (const StoreError &e) {
        if (!e.melding().contains(u"eldre skjemaversjon"_s))
            throw;
    }
    aapne(sti); // migrates (refused with a clear message for a user who cannot write)
    return aapne(sti, valg);
}

void Store::migrer()
{
    QSqlDatabase d = db();
    const int fra = versjon();
    const auto skript = migreringer();
    if (fra >= skjemaversjon() && !klientId().isEmpty())
        return;
    Transaksjon t(d);
    QSqlQuery q(d);
    for (const auto &[nr, fil] : skript) {
        if (nr <= fra)
            continue;
        QFile f(fil);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(u"migrering %1 mangler i programmet"_s.arg(fil));
        for (const QString &setning : setninger(QString::fromUtf8(f.readAll()))) {
            if (!q.exec(setning))
                throw StoreError::fraSql(q.lastError(), u"migrering %1 feilet"_s.arg(nr));
        }
        kjoer(q, u"PRAGMA user_version=%1"_s.arg(nr), "kan ikke sette skjemaversjon");
    }
    kjoer(q, u"PRAGMA application_id=%1"_s.arg(kApplicationId), "kan ikke merke lageret");
    q.prepare(u"INSERT OR IGNORE INTO meta (noekkel, verdi) VALUES ('klient_id', ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    kjoer(q, "kan ikke lagre klient-id");
    t.commit();
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_tilkobling, false);
}

int Store::versjon() const
{
    return lesHeltall(db(), u"PRAGMA user_version"_s);
}

QString Store::meta(const QString &noekkel) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT verdi FROM meta WHERE noekkel = ?"_s);
    q.addBindValue(noekkel);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void Store::settMeta(const QString &noekkel, const QString &verdi)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO meta (noekkel, verdi) VALUES (?, ?) "
              u"ON CONFLICT (noekkel) DO UPDATE SET verdi = excluded.verdi"_s);
    q.addBindValue(noekkel);
    q.addBindValue(verdi);
    kjoer(q, "kan ikke lagre innstilling i lageret");
}

QString Store::klientId() const
{
    return meta(u"klient_id"_s);
}

void Store::registrerKatalog(const Katalog &katalog)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR IGNORE INTO katalog (versjon, lastet, dokument) VALUES (?, ?, ?)"_s);
    q.addBindValue(katalog.versjon());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(katalog.dokument()));
    kjoer(q, "kan ikke registrere katalogen i lageret");
}

QString Store::integritetssjekk() const
{
    QSqlQuery q(db());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return q.lastError().text();
    QStringList ut;
    while (q.next())
        ut.append(q.value(0).toString());
    return ut.join(u'\n');
}

Transaksjon::Transaksjon(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        throw StoreError::fraSql(q.lastError(), u"kan ikke starte en skrivetransaksjon"_s, m_db.databaseName());
    m_aktiv = true;
}

Transaksjon::~Transaksjon()
{
    if (m_aktiv) {
        QSqlQuery q(m_db);
        q.exec(u"ROLLBACK"_s);
    }
}

void Transaksjon::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s))
        throw StoreError::fraSql(q.lastError(), u"kan ikke fullføre skrivingen"_s, m_db.databaseName());
    m_aktiv = false;
}

} // namespace tilsyn
