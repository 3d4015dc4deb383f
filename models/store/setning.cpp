#include "setning.h"

#include "store/storeerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace tilsyn {

using namespace Qt::StringLiterals;

StoreError sqliteFeil(sqlite3 *db, const QString &hva)
{
    return StoreError::fraSql(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                                        QString::number(sqlite3_errcode(db) & 0xff)),
                              hva);
}

void utfoer(sqlite3 *db, const QString &sql, const char *hva)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, QString::fromUtf8(hva));
}

qint64 heltallSvar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, u"kan ikke lese lageret"_s);
    const qint64 v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_finalize(s);
    return v;
}

QList<std::pair<QString, QString>> navnOgSql(sqlite3 *db, const QString &sql)
{
    QList<std::pair<QString, QString>> ut;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, u"kan ikke lese lagerets skjema"_s);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        ut.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
                   QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)))});
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        throw sqliteFeil(db, u"kan ikke lese lagerets skjema"_s);
    return ut;
}

sqlite3 *raaHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StoreError(u"lageret er ikke en SQLite-tilkobling"_s);
    sqlite3 *h = *static_cast<sqlite3 *const *>(v.constData());
    if (!h)
        throw StoreError(u"lageret er ikke åpnet"_s);
    return h;
}

Setning::Setning(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_s, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, u"kan ikke forberede spørring"_s);
    m_utf8.resize(size_t(sqlite3_bind_parameter_count(m_s)) + 1);
}

Setning::~Setning()
{
    sqlite3_finalize(m_s);
}

void Setning::tekst(int i, const QString &s)
{
    if (s.isNull() || i < 1 || size_t(i) >= m_utf8.size()) {
        sqlite3_bind_null(m_s, i); // out of range: SQLite's own SQLITE_RANGE, as before
        return;
    }
    if (s.isEmpty()) {
        sqlite3_bind_text(m_s, i, "", 0, SQLITE_STATIC);
        return;
    }
    QByteArray &b = m_utf8[size_t(i)];
    const qsizetype plass = s.size() * 3; // UTF-8 takes at most three bytes per UTF-16 unit
    if (b.size() < plass)
        b.resize(plass);
    QStringEncoder tilUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char *slutt = tilUtf8.appendToBuffer(b.data(), s);
    sqlite3_bind_text(m_s, i, b.constData(), int(slutt - b.constData()), SQLITE_STATIC);
}

void Setning::tekst(int i, const std::optional<QString> &s)
{
    if (s)
        tekst(i, *s);
    else
        sqlite3_bind_null(m_s, i);
}

void Setning::utf8(int i, const QByteArray &s)
{
    sqlite3_bind_text(m_s, i, s.constData(), int(s.size()), SQLITE_STATIC);
}

void Setning::heltall(int i, int v)
{
    sqlite3_bind_int(m_s, i, v);
}

void Setning::heltall64(int i, qint64 v)
{
    sqlite3_bind_int64(m_s, i, v);
}

void Setning::heltall(int i, const std::optional<int> &v)
{
    if (v)
        sqlite3_bind_int(m_s, i, *v);
    else
        sqlite3_bind_null(m_s, i);
}

void Setning::tom(int i)
{
    sqlite3_bind_null(m_s, i);
}

bool Setning::kjoer(const char *hva, bool tillatBrudd)
{
    const int rc = sqlite3_step(m_s);
    sqlite3_reset(m_s);
    sqlite3_clear_bindings(m_s);
    if (rc == SQLITE_DONE)
        return true;
    if (tillatBrudd && (rc & 0xff) == SQLITE_CONSTRAINT)
        return false;
    throw sqliteFeil(m_db, QString::fromUtf8(hva));
}

bool Setning::harRad(const char *hva)
{
    const int rc = sqlite3_step(m_s);
    sqlite3_reset(m_s);
    sqlite3_clear_bindings(m_s);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw sqliteFeil(m_db, QString::fromUtf8(hva));
}

QList<qint64> Setning::heltallRad(const char *hva)
{
    QList<qint64> ut;
    const int rc = sqlite3_step(m_s);
    if (rc == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(m_s); ++i)
            ut.append(sqlite3_column_int64(m_s, i));
    }
    sqlite3_reset(m_s);
    sqlite3_clear_bindings(m_s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw sqliteFeil(m_db, QString::fromUtf8(hva));
    return ut;
}

} // namespace tilsyn
