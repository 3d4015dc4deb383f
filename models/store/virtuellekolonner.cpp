#include "virtuellekolonner.h"

#include "store/setning.h"
#include "store/storeerror.h"

#include <QLoggingCategory>

#include <sqlite3.h>

namespace tilsyn {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

namespace {

QString enTekst(sqlite3 *db, const QString &sql, const QString &param)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, u"kan ikke lese lagerets skjema"_s);
    const QByteArray p = param.toUtf8();
    sqlite3_bind_text(s, 1, p.constData(), int(p.size()), SQLITE_STATIC);
    QString ut;
    if (sqlite3_step(s) == SQLITE_ROW)
        ut = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return ut;
}

QString tabellSql(sqlite3 *db, const QString &tabell)
{
    return enTekst(db, u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1"_s, tabell);
}

QString sitert(const QString &navn)
{
    return u'"' + QString(navn).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

VirtuelleKolonner::VirtuelleKolonner(sqlite3 *db, const QString &tabell) : m_db(db), m_tabell(tabell)
{
    m_sqlFoer = tabellSql(db, tabell);
    // table_xinfo's `hidden`: 2 for a VIRTUAL generated column, 3 for a STORED one.
    QList<std::pair<QString, int>> kolonner;
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT name, hidden FROM pragma_table_xinfo(?1)", -1, &s, nullptr) != SQLITE_OK)
            throw sqliteFeil(db, u"kan ikke lese lagerets skjema"_s);
        const QByteArray t = tabell.toUtf8();
        sqlite3_bind_text(s, 1, t.constData(), int(t.size()), SQLITE_STATIC);
        while (sqlite3_step(s) == SQLITE_ROW)
            kolonner.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
                             sqlite3_column_int(s, 1)});
        sqlite3_finalize(s);
    }
    QString foer = m_sqlFoer;
    while (!kolonner.isEmpty() && kolonner.last().second == 2) {
        const QString navn = kolonner.takeLast().first;
        // A savepoint, so a drop whose definition cannot be told from the text is undone at once.
        utfoer(db, u"SAVEPOINT virtuell_kolonne"_s, "kan ikke forberede innlesingen");
        if (sqlite3_exec(db, u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(sitert(tabell), sitert(navn)).toUtf8().constData(),
                         nullptr, nullptr, nullptr) != SQLITE_OK) {
            qCInfo(lcBulk, "kept the column %s during the load: %s", qPrintable(navn), sqlite3_errmsg(db));
            utfoer(db, u"ROLLBACK TO virtuell_kolonne; RELEASE virtuell_kolonne"_s, "kan ikke forberede innlesingen");
            break;
        }
        // SQLite cut the last column out from the comma before it: the text is `foer` with
        // ", <definition>" taken out of it.
        const QString etter = tabellSql(db, tabell);
        qsizetype p = 0;
        while (p < etter.size() && etter[p] == foer[p])
            ++p;
        const QString bort = foer.mid(p, foer.size() - etter.size());
        const QString def = bort.mid(2);
        const bool klar = foer.size() > etter.size() && foer.endsWith(QStringView(etter).mid(p)) && bort.startsWith(u", "_s)
            && (def.startsWith(navn) || def.mid(1).startsWith(navn));
        if (!klar) {
            qCInfo(lcBulk, "kept the column %s during the load: its definition was not found", qPrintable(navn));
            utfoer(db, u"ROLLBACK TO virtuell_kolonne; RELEASE virtuell_kolonne"_s, "kan ikke forberede innlesingen");
            break;
        }
        utfoer(db, u"RELEASE virtuell_kolonne"_s, "kan ikke forberede innlesingen");
        m_kolonner.append({navn, def});
        foer = etter;
    }
}

QStringList VirtuelleKolonner::navn() const
{
    QStringList ut;
    for (auto it = m_kolonner.crbegin(); it != m_kolonner.crend(); ++it)
        ut.append(it->first);
    return ut;
}

void VirtuelleKolonner::leggTilbake()
{
    for (auto it = m_kolonner.crbegin(); it != m_kolonner.crend(); ++it)
        utfoer(m_db, u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(sitert(m_tabell), it->second), "kan ikke bygge lagerets indekser");
    m_kolonner.clear();
    if (tabellSql(m_db, m_tabell) != m_sqlFoer)
        throw StoreError(u"tabellen %1 ble ikke den samme etter innlesingen"_s.arg(m_tabell));
}

} // namespace tilsyn
