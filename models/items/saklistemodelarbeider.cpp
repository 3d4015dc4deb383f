// SakListeModel's search on its worker thread (saklistemodel.cpp has the GUI thread's part):
// the first page, then the count, each handed back queued; a newer keystroke stops it.

#include "saklistemodel.h"

#include "store/store.h"
#include "store/storeerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

// On the worker thread. The model outlives every task: its destructor waits for them, and a
// result queued for a destroyed model is discarded with it.
void SakListeModel::soekPaaArbeider(Soek s)
{
    const auto utdatert = [&] { return s.generasjon != m_generasjon.loadAcquire(); };
    if (utdatert())
        return;
    m_arbeidsgenerasjon = s.generasjon;
    try {
        if (!m_arbeiderStore) {
            Store::Valg lesing;
            lesing.lesKunn = true;
            m_arbeiderStore = Store::aapne(m_store.sti(), lesing);
            QSqlQuery q(m_arbeiderStore->db());
            q.exec(u"PRAGMA cache_size=-65536"_s); // as the main connection; a hint only
            // A newer keystroke stops the query under way (the count of a common word takes as
            // long as its page) instead of waiting behind it: SQLite asks every 1 000 steps.
            const QVariant h = m_arbeiderStore->db().driver()->handle();
            if (qstrcmp(h.typeName(), "sqlite3*") == 0 && h.constData()) {
                if (sqlite3 *db = *static_cast<sqlite3 *const *>(h.constData()))
                    sqlite3_progress_handler(db, 1000, &SakListeModel::avbrytUtdatert, this);
            }
        }
        s.foersteSide = lesSide(m_arbeiderStore->db(), s, 0);
        if (utdatert())
            return;
        // The kept case further down than the first page: its row and page are looked for after
        // the count (not on a short result, which it is not in).
        const bool beholdLenger = !s.behold.isEmpty() && s.foersteSide.size() == kSideStoerrelse
                                  && std::none_of(s.foersteSide.cbegin(), s.foersteSide.cend(),
                                                  [&](const Rad &r) { return r.id == s.behold; });
        if (s.foersteSide.size() < kSideStoerrelse) {
            s.antall = int(s.foersteSide.size());
        } else {
            // The first page goes on screen now; the count, as slow as the page for a common
            // word, follows and only adds rows below it.
            Soek side = s;
            side.antall = kSideStoerrelse;
            side.endelig = false;
            QMetaObject::invokeMethod(this, [this, side = std::move(side)] { brukSoek(side); }, Qt::QueuedConnection);
            s.foersteSide.clear();
            s.antall = tellEllerKast(m_arbeiderStore->db(), s);
        }
        if (beholdLenger && !utdatert())
            lesBeholdt(m_arbeiderStore->db(), s);
    } catch (const StoreError &e) {
        s.feil = e.melding();
        s.foersteSide.clear();
        s.antall = 0;
    }
    if (utdatert())
        return;
    QMetaObject::invokeMethod(this, [this, s = std::move(s)] { brukSoek(s); }, Qt::QueuedConnection);
}

// On the worker thread: the row of `id` in the order the pages are read, counted by SQLite over
// the filtered rows (as the count is), after a look whether the filter has it at all.
int SakListeModel::radAv(const QSqlDatabase &db, const Soek &s, const QString &id)
{
    const SakFilter::Sql f = s.filter.tilSql(s.idag);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto kjoer = [&](const QString &sql) {
        if (!q.prepare(sql))
            throw StoreError::fraSql(q.lastError(), u"kan ikke finne saken i listen"_s);
        for (const QVariant &v : f.verdier)
            q.addBindValue(v);
        q.addBindValue(id);
        kjoerListe(q, db, "kan ikke finne saken i listen");
        return q.next() ? q.value(0).toInt() : -1;
    };
    if (kjoer(u"SELECT 1 FROM (SELECT id FROM tilsynssak %1) WHERE id = ?"_s.arg(f.where)) < 0)
        return -1;
    return kjoer(u"SELECT n FROM (SELECT id, row_number() OVER (ORDER BY %1) - 1 AS n FROM tilsynssak %2) WHERE id = ?"_s.arg(
        ordenSql(s), f.where));
}

void SakListeModel::lesBeholdt(const QSqlDatabase &db, Soek &s)
{
    const int r = radAv(db, s, s.behold);
    if (r < kSideStoerrelse || r >= s.antall)
        return;
    const int side = r / kSideStoerrelse;
    s.beholdSider.insert(side, lesSide(db, s, side));
    // The rows scrolled into view around it may reach into the neighbouring page.
    const int nabo = r % kSideStoerrelse < kSideStoerrelse / 2 ? side - 1 : side + 1;
    if (nabo > 0 && nabo * kSideStoerrelse < s.antall)
        s.beholdSider.insert(nabo, lesSide(db, s, nabo));
}

// On the worker thread, inside a query of its connection: non-zero stops that query
// (SQLITE_INTERRUPT), and soekPaaArbeider then drops the outdated search.
int SakListeModel::avbrytUtdatert(void *modell)
{
    const auto *m = static_cast<const SakListeModel *>(modell);
    return m->m_arbeidsgenerasjon != m->m_generasjon.loadAcquire() ? 1 : 0;
}

} // namespace tilsyn
