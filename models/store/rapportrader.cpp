#include "rapportrader.h"

#include "domain/tilsynssak.h"
#include "store/flerrad.h"
#include "store/setning.h"
#include "store/storeerror.h"

#include <QHashFunctions>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>
#include <tuple>
#include <vector>

namespace tilsyn {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

namespace {

// How often a written row is compared with the view (a prime, as SammendragPause does).
constexpr size_t kSjekkHver = 997;

QByteArray kolonne(sqlite3_stmt *s, int i)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
}

using Noekkel = RapportRader::Noekkel;

// CAST(substr(dato, 1, 4) AS INTEGER) of an ISO date as stored; none for NULL or another form.
std::optional<qint64> aar(const QByteArray &dato)
{
    if (dato.size() != 10 || dato[4] != '-')
        return std::nullopt;
    bool ok = false;
    const qint64 v = dato.left(4).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// A restanse key's hash: the cases are counted per key in a hash table (a std::map's ordered
// look-up compared two strings per level, ~0.2 s for 100 000 cases); sorted once when written.
struct NoekkelHash
{
    size_t operator()(const Noekkel &n) const
    {
        return qHashMulti(0, std::get<0>(n), std::get<1>(n), std::get<2>(n), std::get<3>(n), std::get<4>(n),
                          std::get<5>(n));
    }
};

// Rows per INSERT statement (Flerrad), as BulkSkriver writes the cases.
constexpr int kRaderPerSetning = 32;

} // namespace

struct RapportRader::Data
{
    std::vector<Rad> rader;
    std::unordered_map<Noekkel, qint64, NoekkelHash> restanser;
    std::vector<std::pair<qint64, Noekkel>> proever; ///< (rowid, key) of every kSjekkHver-th case
    qint64 antall = 0, rowidSum = 0;
};

RapportRader::RapportRader() : d(std::make_unique<Data>()) {}

RapportRader::~RapportRader() = default;

RapportRader::Sak RapportRader::lag(const Tilsynssak &sak, const Datoer &datoer)
{
    Sak ut;
    // rapport_restanse_noekkel: CAST(substr(dato, 1, 4) AS INTEGER), 9999 for a NULL date, g_aar
    // one more for a frist on 31 December.
    const std::optional<qint64> m = aar(datoer.mottatt), a = aar(datoer.avsluttet), g = aar(datoer.frist),
                                h = aar(datoer.milepel);
    if (sak.sektor.isNull() || sak.embete.isNull() || sak.id.isNull() || !m || (!a && !datoer.avsluttet.isEmpty())
        || (!g && !datoer.frist.isEmpty()) || (!h && !datoer.milepel.isEmpty()))
        return ut; // a form only the views know how to read
    const QByteArray sektor = sak.sektor.toUtf8(), embete = sak.embete.toUtf8();
    ut.noekkel = Noekkel{sektor, *m, a.value_or(9999), embete,
                         g ? *g + (datoer.frist.endsWith("-12-31") ? 1 : 0) : 9999, h.value_or(9999)};
    if (datoer.avsluttet.isEmpty())
        return ut;
    // rapport_sak_beregnet: group_concat(x, char(31)) over the child rows in pos order; '' when
    // there is none.
    Rad &r = ut.rad.emplace();
    r.sektor = sektor;
    r.avsluttet = datoer.avsluttet;
    r.sakId = sak.id.toUtf8();
    r.embete = embete;
    r.bm = sak.behandlingsmaate;
    r.temaer = sak.temaer.join(QChar(31)).toUtf8();
    r.kilder = sak.kilder.join(QChar(31)).toUtf8();
    QString typer, vurderinger;
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i) {
        if (i > 0)
            typer += QChar(31);
        typer += sak.tilsynsobjekter[i].type;
    }
    // bestemmelse || char(30) || (konklusjon IN ('lovbrudd', 'oversendt-htil'))
    for (qsizetype i = 0; i < sak.vurderinger.size(); ++i) {
        const Vurdering &v = sak.vurderinger[i];
        if (i > 0)
            vurderinger += QChar(31);
        vurderinger += v.bestemmelse + QChar(30)
                       + (v.konklusjon == u"lovbrudd" || v.konklusjon == u"oversendt-htil" ? u'1' : u'0');
    }
    r.typer = typer.toUtf8();
    r.vurderinger = vurderinger.toUtf8();
    return ut;
}

void RapportRader::legg(qint64 rowid, Sak &&sak)
{
    if (!m_brukbar)
        return;
    if (!sak.noekkel) {
        m_brukbar = false;
        return;
    }
    if (d->antall % qint64(kSjekkHver) == 0)
        d->proever.emplace_back(rowid, *sak.noekkel);
    ++d->restanser[std::move(*sak.noekkel)];
    ++d->antall;
    d->rowidSum += rowid;
    if (sak.rad)
        d->rader.push_back(std::move(*sak.rad));
}

bool RapportRader::restanserLike(sqlite3 *db) const
{
    Setning q(db, "SELECT count(*) FROM rapport_restanse_noekkel WHERE rad = ?1 AND sektor = ?2 AND m_aar = ?3 "
                  "AND a_aar = ?4 AND embete = ?5 AND g_aar = ?6 AND h_aar = ?7");
    for (const auto &[rowid, n] : d->proever) {
        q.heltall64(1, rowid);
        q.utf8(2, std::get<0>(n));
        q.heltall64(3, std::get<1>(n));
        q.heltall64(4, std::get<2>(n));
        q.utf8(5, std::get<3>(n));
        q.heltall64(6, std::get<4>(n));
        q.heltall64(7, std::get<5>(n));
        if (q.heltallRad("kan ikke lese rapportgrunnlaget") != QList<qint64>{1}) {
            qCWarning(lcBulk, "report facts made alongside: the restanse key of row %lld differs from the view; "
                              "made from the views", rowid);
            return false;
        }
    }
    return true;
}

bool RapportRader::skriv(sqlite3 *db)
{
    if (!m_brukbar)
        return false;
    {
        Setning alle(db, "SELECT count(*), coalesce(sum(rowid), 0) FROM tilsynssak");
        if (alle.heltallRad("kan ikke lese lageret") != QList<qint64>{d->antall, d->rowidSum})
            return false;
    }
    std::vector<Rad> &rader = d->rader;
    // The table's key order (BINARY: the UTF-8 bytes), so each insert appends.
    std::sort(rader.begin(), rader.end(), [](const Rad &a, const Rad &b) {
        if (const int c = a.sektor.compare(b.sektor))
            return c < 0;
        if (const int c = a.avsluttet.compare(b.avsluttet))
            return c < 0;
        return a.sakId < b.sakId;
    });
    // The sample first: nothing is written unless it matches.
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger "
                               "FROM rapport_sak_beregnet WHERE sak_id = ?", -1, &s, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, u"kan ikke lese rapportgrunnlaget"_s);
    const auto ferdig = qScopeGuard([s] { sqlite3_finalize(s); });
    std::vector<size_t> proever;
    for (size_t i = 0; i < rader.size(); i += kSjekkHver)
        proever.push_back(i);
    if (!rader.empty())
        proever.push_back(rader.size() - 1);
    for (const size_t i : proever) {
        const Rad &r = rader[i];
        sqlite3_reset(s);
        sqlite3_bind_text(s, 1, r.sakId.constData(), int(r.sakId.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw sqliteFeil(db, u"kan ikke lese rapportgrunnlaget"_s);
        const bool lik = rc == SQLITE_ROW && kolonne(s, 0) == r.sektor && kolonne(s, 1) == r.avsluttet
                         && kolonne(s, 2) == r.sakId && kolonne(s, 3) == r.embete
                         && (sqlite3_column_type(s, 4) == SQLITE_NULL ? !r.bm : r.bm && sqlite3_column_int(s, 4) == *r.bm)
                         && kolonne(s, 5) == r.temaer && kolonne(s, 6) == r.typer && kolonne(s, 7) == r.kilder
                         && kolonne(s, 8) == r.vurderinger;
        if (!lik) {
            qCWarning(lcBulk, "report facts made alongside differ from the view for case %s; made from the view",
                      r.sakId.constData());
            return false;
        }
    }
    if (!restanserLike(db))
        return false;
    utfoer(db, u"DELETE FROM rapport_sak"_s, "kan ikke tømme rapportgrunnlaget");
    utfoer(db, u"DELETE FROM rapport_restanse"_s, "kan ikke tømme rapportgrunnlaget");
    // Both in their table's key order (BINARY: the UTF-8 bytes), so each insert appends.
    std::vector<std::pair<Noekkel, qint64>> restanser(d->restanser.begin(), d->restanser.end());
    std::sort(restanser.begin(), restanser.end());
    Flerrad antall(db, "INSERT INTO rapport_restanse (sektor, m_aar, a_aar, embete, g_aar, h_aar, antall) VALUES ",
                   "(?1, ?2, ?3, ?4, ?5, ?6, ?7)", kRaderPerSetning);
    for (const auto &[n, k] : restanser) {
        antall.ny();
        antall.utf8Varig(1, std::get<0>(n));
        antall.heltall(2, std::get<1>(n));
        antall.heltall(3, std::get<2>(n));
        antall.utf8Varig(4, std::get<3>(n));
        antall.heltall(5, std::get<4>(n));
        antall.heltall(6, std::get<5>(n));
        antall.heltall(7, k);
        if (antall.full())
            antall.kjoer("kan ikke lage rapportgrunnlaget");
    }
    antall.kjoer("kan ikke lage rapportgrunnlaget");
    Flerrad inn(db, "INSERT INTO rapport_sak (sektor, avsluttet, sak_id, embete, bm, temaer, typer, kilder, vurderinger) "
                    "VALUES ", "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", kRaderPerSetning);
    for (const Rad &r : rader) {
        inn.ny();
        inn.utf8Varig(1, r.sektor);
        inn.utf8Varig(2, r.avsluttet);
        inn.utf8Varig(3, r.sakId);
        inn.utf8Varig(4, r.embete);
        inn.heltall(5, r.bm);
        inn.utf8Varig(6, r.temaer);
        inn.utf8Varig(7, r.typer);
        inn.utf8Varig(8, r.kilder);
        inn.utf8Varig(9, r.vurderinger);
        if (inn.full())
            inn.kjoer("kan ikke lage rapportgrunnlaget");
    }
    inn.kjoer("kan ikke lage rapportgrunnlaget");
    return true;
}

} // namespace tilsyn
