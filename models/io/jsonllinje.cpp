#include "jsonllinje.h"

#include "domain/katalog.h"
#include "io/jsonlexport.h"
#include "store/bulktraader.h"
#include "io/jsonlimport.h"
#include "io/sakjson.h"
#include "io/sakrask.h"
#include "io/strengjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Lines per chunk: large enough that handing a chunk to a thread costs nothing next to decoding
// it, small enough that two cores finish at about the same time.
constexpr qsizetype kLinjerPerBit = 512;

// Problems on fields that already failed to decode are not repeated by the rule checks.
bool alleredeMeldt(const Problemer &meldte, const QString &felt)
{
    for (const Problem &p : meldte) {
        if (felt == p.felt || felt.startsWith(p.felt + u'.') || felt.startsWith(p.felt + u'['))
            return true;
    }
    return false;
}

// Text the local store cannot keep exactly: SQLite turns U+FFFE and U+FFFF into U+FFFD when it
// hands text back, and takes a U+FEFF (or U+FFFE) at the start of a string for a byte-order
// mark. Such text is refused, never changed.
void ikkeLagringsbar(const QJsonValue &v, const QString &sti, Problemer *p)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith(QChar(0xFEFF)))
            p->append({sti, u"teksten begynner med U+FEFF (byte-rekkefølgemerke), som lageret ikke kan "
                            u"bevare uendret; fjern tegnet"_s});
        for (const QChar c : s) {
            if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
                p->append({sti, u"teksten inneholder U+%1, et ikke-tegn (noncharacter) i Unicode som lageret "
                                u"ikke kan bevare uendret; fjern tegnet"_s.arg(QString::number(c.unicode(), 16).toUpper())});
                break;
            }
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            ikkeLagringsbar(a[i], u"%1[%2]"_s.arg(sti).arg(i), p);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            ikkeLagringsbar(it.value(), sti.isEmpty() ? it.key() : sti + u'.' + it.key(), p);
    }
}

// An upper bound of the case's export line in bytes, without writing it: every UTF-16 unit of
// text as at most 6 bytes (a \u00XX escape; a character is at most 3 bytes, a surrogate pair 4),
// each string's quotes and comma, and for the keys, numbers, dates, booleans and nulls a fixed
// allowance per case, per object and per assessment larger than all of theirs together.
qsizetype eksportLengdeHoeyst(const Tilsynssak &s)
{
    qsizetype tegn = 0;
    auto t = [&](const QString &x) { tegn += x.size() + 1; };
    auto v = [&](const std::optional<QString> &x) {
        if (x)
            t(*x);
    };
    t(s.id);
    v(s.saksnummer);
    t(s.embete);
    t(s.sektor);
    v(s.saksbehandler);
    v(s.sammendrag);
    v(s.utfall);
    for (const QString &k : s.kilder)
        t(k);
    for (const QString &k : s.temaer)
        t(k);
    if (s.brukerinvolvering)
        t(s.brukerinvolvering->merknad);
    if (s.innsender) {
        t(s.innsender->navn);
        t(s.innsender->adresse);
        v(s.innsender->maalform);
    }
    for (const Tilsynsobjekt &o : s.tilsynsobjekter) {
        t(o.id);
        t(o.type);
        t(o.navn);
        v(o.tjenesteniva);
        v(o.orgnr);
        v(o.hpr);
        v(o.adresse);
        v(o.maalform);
    }
    for (const Vurdering &x : s.vurderinger) {
        t(x.bestemmelse);
        t(x.objekt);
        t(x.konklusjon);
        t(x.begrunnelse);
    }
    return 6 * tegn + 1024 + 256 * s.tilsynsobjekter.size() + 128 * s.vurderinger.size();
}

// Keeps the case read; the export line is written only when the bound does not already show it
// is short enough.
void ferdig(LestLinje *ut, Tilsynssak &&sak)
{
    if (ut->problemer.isEmpty()) {
        const qsizetype hoeyst = eksportLengdeHoeyst(sak);
        ut->eksportLengde = hoeyst <= JsonlImport::kMaksLinje ? hoeyst : eksportLinje(sak).size();
    }
    ut->sak = std::move(sak);
}

void lesEn(QByteArrayView linje, const Katalog &katalog, LestLinje *ut)
{
    if (linje.size() > JsonlImport::kMaksLinje) {
        ut->problemer.append({u"-"_s, u"linjen er %1 byte lang; største tillatte er %2 byte"_s
                                          .arg(linje.size()).arg(JsonlImport::kMaksLinje)});
        return;
    }
    // Most lines are valid: the fast reader takes those straight from the bytes. When it is not
    // sure, the strict path below reads the line and words every problem (sakrask.h).
    if (std::optional<Tilsynssak> rask = lesSakRask(linje)) {
        ut->problemer = valider(*rask, katalog, Valideringsvalg{.tillatHistoriskBm = true});
        ferdig(ut, std::move(*rask));
        return;
    }
    QJsonValue verdi;
    bool ikkeTegn = true;
    Problemer tekstfeil = StrengJson::les(linje, &verdi, &ikkeTegn);
    // The walk over every value is made only for a line that holds such a character at all.
    if (tekstfeil.isEmpty() && ikkeTegn)
        ikkeLagringsbar(verdi, QString(), &tekstfeil);
    if (!tekstfeil.isEmpty()) {
        ut->problemer = std::move(tekstfeil);
        return;
    }
    if (!verdi.isObject()) {
        ut->problemer.append({u"-"_s, u"linjen skal være ett JSON-objekt (én sak)"_s});
        return;
    }
    Problemer problemer;
    Tilsynssak sak = sakFraJson(verdi.toObject(), &problemer);
    for (const Problem &p : valider(sak, katalog, Valideringsvalg{.tillatHistoriskBm = true})) {
        if (!alleredeMeldt(problemer, p.felt))
            problemer.append(p);
    }
    ut->problemer = std::move(problemer);
    ferdig(ut, std::move(sak));
}

} // namespace

std::vector<LestLinje> lesLinjer(const QByteArray &innhold, const Katalog &katalog)
{
    // Where each non-blank line is: one sequential scan for the newlines.
    struct Sted
    {
        qsizetype start, lengde, linje;
    };
    std::vector<Sted> steder;
    qsizetype start = innhold.startsWith("\xEF\xBB\xBF") ? 3 : 0; // tolerate a UTF-8 BOM
    qsizetype linjenr = 0;
    while (start < innhold.size()) {
        ++linjenr;
        qsizetype slutt = innhold.indexOf('\n', start);
        if (slutt < 0)
            slutt = innhold.size();
        if (!QByteArrayView(innhold.constData() + start, slutt - start).trimmed().isEmpty())
            steder.push_back({start, slutt - start, linjenr});
        start = slutt + 1;
    }

    // The calling thread takes chunks too, as it would only wait otherwise: bulktraader() has one
    // thread fewer than the cores, so waiting for it alone left a core idle (wall == CPU). The
    // desktop calls this on its worker thread; Qt's global pool stays free for the GUI.
    std::vector<LestLinje> ut(steder.size());
    const qsizetype antall = qsizetype(steder.size());
    std::atomic<qsizetype> neste{0};
    auto arbeid = [&] {
        for (;;) {
            const qsizetype fra = neste.fetch_add(kLinjerPerBit, std::memory_order_relaxed);
            if (fra >= antall)
                return;
            const qsizetype til = std::min(fra + kLinjerPerBit, antall);
            for (qsizetype i = fra; i < til; ++i) {
                const Sted &s = steder[size_t(i)];
                ut[size_t(i)].linje = s.linje;
                lesEn(QByteArrayView(innhold.constData() + s.start, s.lengde), katalog, &ut[size_t(i)]);
            }
        }
    };
    QList<QFuture<void>> hjelpere;
    if (antall > kLinjerPerBit) {
        for (int i = 0; i < bulktraader()->maxThreadCount(); ++i)
            hjelpere.append(QtConcurrent::run(bulktraader(), arbeid));
    }
    arbeid();
    for (QFuture<void> &f : hjelpere)
        f.waitForFinished();
    return ut;
}

} // namespace tilsyn
