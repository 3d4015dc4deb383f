#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tilsyn {

/// Rows of one INSERT collected and written `perSetning` at a time through one multi-row
/// statement (`INSERT … VALUES (…), (…), …`), for the bulk load (BulkSkriver). A statement
/// per row costs SQLite more than the row itself: each step opens the table's cursors and
/// looks its place up from the root of every b-tree again, and resets after; within one
/// statement the cursors stay where the last row went (appends), so 32 rows per statement took
/// the sqlite3 library ~40 % less CPU for the same rows (issue 14, docs/ytelse.md).
/// The rows are inserted in the order they were added, so every rowid is the one the per-row
/// statement gives. A row's values are copied (UTF-8) until the rows are written, except those
/// given to utf8Varig().
class Flerrad final
{
public:
    /// `start`: "INSERT INTO t (a, b, c) VALUES "; `rad`: one row's values with numbered
    /// parameters, e.g. "(?1, ?2, ?2, ?3)" (a number may repeat). Throws StoreError when
    /// SQLite cannot prepare it.
    Flerrad(struct sqlite3 *db, const char *start, const char *rad, int perSetning);
    ~Flerrad();
    Q_DISABLE_COPY_MOVE(Flerrad)

    /// Begins a row: every parameter NULL until set.
    void ny();
    /// The row's parameter `i` (1-based): a null QString is SQL NULL, as Setning binds it.
    void tekst(int i, const QString &s);
    void tekst(int i, const std::optional<QString> &s)
    {
        if (s)
            tekst(i, *s);
    }
    /// UTF-8 text, copied; an empty one is NULL when `tomErNull`.
    void utf8(int i, QByteArrayView s, bool tomErNull = false);
    /// UTF-8 text that outlives kjoer(): not copied.
    void utf8Varig(int i, const QByteArray &s);
    void heltall(int i, qint64 v);
    void heltall(int i, const std::optional<int> &v)
    {
        if (v)
            heltall(i, qint64(*v));
    }

    /// Whether the rows added fill a statement.
    bool full() const { return m_rader >= m_perSetning; }
    int ventende() const { return m_rader; }

    /// Inserts the rows added and not yet inserted, in their order (with `heleSetninger` only
    /// as many as fill whole statements: the rest wait for the next call); -1 when all went in.
    /// On a constraint failure with `tillatBrudd`, the index (among these rows) of the first
    /// row that could not be inserted, the rows before it inserted; other failures throw
    /// StoreError naming `hva`.
    int kjoer(const char *hva, bool tillatBrudd = false, bool heleSetninger = false);

private:
    struct Verdi
    {
        enum Art : unsigned char { Null, Heltall, Tekst, Varig } art = Null;
        qint64 heltall = 0; ///< the number, or the text's offset in m_tekst
        int lengde = 0;
        const char *varig = nullptr;
    };
    void bind(struct sqlite3_stmt *s, int forste, int rad) const;

    struct sqlite3 *m_db;
    int m_parametre;
    int m_perSetning;
    struct sqlite3_stmt *m_en = nullptr, *m_mange = nullptr;
    std::vector<Verdi> m_verdier; ///< m_parametre per row waiting
    QByteArray m_tekst; ///< the rows' copied text
    int m_rader = 0;
};

} // namespace tilsyn
