#include "synksammendrag.h"

#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentralskjema.h"
#include "sync/sentraltilkobling.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tilsyn::synksammendrag {

using namespace Qt::StringLiterals;

namespace {

Sammendrag sammendrag(qint64 antall, const QString &hash)
{
    return antall > 0 ? Sammendrag{antall, hash} : Sammendrag{};
}

} // namespace

Status lesStatus(const SentralTilkobling &t)
{
    Status s;
    try {
        // One statement: the meta row outer-joined to the offices, so a user without offices
        // still learns the version and the epoch.
        // Kept prepared on the connection: every sync sends it, the server plans it once.
        QSqlQuery &q = t.kjoerForberedt(u"SELECT versjon, epoke, embete, rev, leder, antall, hash, flyt_rev, journal_rev, "
                                       u"brukere FROM tilsyn_synkstatus()"_s,
                                       "kan ikke lese sentralens tilstand");
        bool tom = true;
        while (q.next()) {
            tom = false;
            s.versjon = q.value(0).toInt();
            s.epoke = q.value(1).toString();
            s.embeter.append({q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toBool(),
                              sammendrag(q.value(5).toLongLong(), q.value(6).toString()), q.value(7).toLongLong(),
                              q.value(8).toLongLong(), q.value(9).toString()});
        }
        q.finish(); // the result goes, the prepared statement stays
        if (tom) // a user without offices: still the version and the epoch
        {
            const SentralSkjema::Status meta = SentralSkjema::les(t);
            s = Status{meta.versjon, meta.epoke, {}};
        }
    } catch (const SentralFeil &e) {
        if (e.art() == SentralFeil::Art::Utilgjengelig)
            throw;
        SentralSkjema::krevKompatibel(t); // another version or none: its message
        throw;
    }
    if (s.versjon != SentralSkjema::programversjon())
        SentralSkjema::krevKompatibel(t);
    return s;
}

QHash<QString, Embete> lesSammendrag(const SentralTilkobling &t)
{
    QHash<QString, Embete> ut;
    QSqlQuery q = t.kjoer(u"SELECT e.embete, e.rev, coalesce(s.antall, 0), coalesce(s.hash, '') FROM tilsyn_embeter() e "
                          u"LEFT JOIN tilsyn_sammendrag() s USING (embete)"_s,
                          {}, "kan ikke lese sammendraget");
    while (q.next()) {
        const QString e = q.value(0).toString();
        ut.insert(e, {e, q.value(1).toLongLong(), false, sammendrag(q.value(2).toLongLong(), q.value(3).toString()), -1, -1,
                      {}});
    }
    return ut;
}

Sammendrag lokalt(const Store &store, const QString &embete, const QString &epoke)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT antall, hash FROM sync_sammendrag WHERE embete = ? AND epoke = ?"_s);
    q.addBindValue(embete);
    q.addBindValue(epoke);
    kjoer(q, "kan ikke lese sammendraget");
    return q.next() ? sammendrag(q.value(0).toLongLong(), QString::number(q.value(1).toLongLong())) : Sammendrag{};
}

QList<int> avvikendeBoetter(const SentralTilkobling &t, const Store &store, const QString &embete,
                            const QString &epoke)
{
    QHash<int, std::pair<qint64, qint64>> lokale;
    QSqlQuery l(store.db());
    l.prepare(u"SELECT boette, antall, hash FROM sync_sammendrag_boette WHERE embete = ? AND epoke = ? "
              u"AND antall > 0"_s);
    l.addBindValue(embete);
    l.addBindValue(epoke);
    kjoer(l, "kan ikke lese sammendraget");
    while (l.next())
        lokale.insert(l.value(0).toInt(), {l.value(1).toLongLong(), l.value(2).toLongLong()});

    QList<int> ut;
    QSqlQuery q = t.kjoer(u"SELECT boette, antall, hash FROM tilsyn_sammendrag_boetter(?)"_s, {embete},
                          "kan ikke lese sammendraget per bøtte");
    while (q.next()) {
        const int b = q.value(0).toInt();
        const auto lokal = lokale.take(b);
        if (lokal != std::pair{q.value(1).toLongLong(), q.value(2).toLongLong()})
            ut.append(b);
    }
    for (auto it = lokale.cbegin(); it != lokale.cend(); ++it)
        ut.append(it.key()); // cases here that the server does not have in that bucket
    std::sort(ut.begin(), ut.end());
    return ut;
}

QList<SyncLager::Rad> hentBoetter(const SentralTilkobling &t, const QString &embete, const QList<int> &boetter)
{
    QList<SyncLager::Rad> rader;
    for (qsizetype i = 0; i < boetter.size(); i += 512) {
        QStringList deler;
        for (const int b : boetter.mid(i, 512))
            deler.append(QString::number(b));
        QSqlQuery q = t.kjoer(u"SELECT sak_id::text, rev, dokument::text FROM tilsyn_pull_boetter(?, ?::integer[])"_s,
                              {embete, QString(u"{"_s + deler.join(u',') + u"}"_s)}, "kan ikke hente bøttene");
        while (q.next()) {
            rader.append({q.value(0).toString(), q.value(1).toLongLong(),
                          QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
        }
    }
    std::sort(rader.begin(), rader.end(), [](const SyncLager::Rad &a, const SyncLager::Rad &b) { return a.rev < b.rev; });
    return rader;
}

} // namespace tilsyn::synksammendrag
