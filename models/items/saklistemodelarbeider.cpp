// SakListeModel's search on its worker thread (saklistemodel.cpp has the GUI thread's part):
// the first page, then the count, each handed back queued; a newer keystroke stops it.

#include "saklistemodel.h"

#include "store/store.h"
#include "store/storeerror.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

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
    } catch (const StoreError &e) {
        s.feil = e.melding();
        s.foersteSide.clear();
        s.antall = 0;
    }
    if (utdatert())
        return;
    QMetaObject::invokeMethod(this, [this, s = std::move(s)] { brukSoek(s); }, Qt::QueuedConnection);
}

// On the worker thread, inside a query of its connection: non-zero stops that query
// (SQLITE_INTERRUPT), and soekPaaArbeider then drops the outdated search.
int SakListeModel::avbrytUtdatert(void *modell)
{
    const auto *m = static_cast<const SakListeModel *>(modell);
    return m->m_arbeidsgenerasjon != m->m_generasjon.loadAcquire() ? 1 : 0;
}

} // namespace tilsyn
