#include "journalsynk.h"

#include "store/revisjon.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString kompakt(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QVariant tekstEllerNull(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

constexpr int kSide = 500;

} // namespace

JournalSynk::JournalSynk(Store &store, QString bruker) : m_store(store), m_bruker(std::move(bruker)) {}

JournalSynk::Resultat JournalSynk::synk(const SentralTilkobling &t, const QStringList &embeter)
{
    Resultat r;
    push(t, r);
    for (const QString &e : embeter)
        pull(t, e, r);
    return r;
}

void JournalSynk::push(const SentralTilkobling &t, Resultat &r)
{
    const QSqlDatabase db = m_store.db();
    // Posts of cases the central store has, oldest number first, so one client's order is kept.
    QSqlQuery q(db);
    kjoer(q, u"SELECT p.id, p.sak_id, p.type, p.journaldato, p.dokumentdato, p.tittel, p.offentlig_tittel, p.parter, "
             u"p.unntatt_offentlighet, p.hjemmel, p.status, p.brev_sha256, p.trykt_nummer, p.fil_sha256, p.filnavn, "
             u"p.registrert_av, p.registrert, p.avskrevet_dato, p.avskrevet_av, p.avskrivningsmaate, p.avskrevet_med, "
             u"p.avskrivning_merknad, f.innhold FROM journalpost p JOIN tilsynssak s ON s.id = p.sak_id "
             u"LEFT JOIN dokumentfil f ON f.sha256 = p.fil_sha256 "
             u"WHERE p.synk = 'ventende' AND s.server_rev IS NOT NULL "
             u"ORDER BY p.sak_id, coalesce(p.nummer, p.foreloepig), p.registrert"_s,
          "kan ikke lese journalposter som skal sendes");
    QJsonArray poster;
    QSet<QString> filerSendt;
    while (q.next()) {
        const QString fil = q.value(13).toString();
        if (!fil.isEmpty() && !filerSendt.contains(fil) && !q.value(22).isNull()) {
            t.kjoer(u"SELECT tilsyn_lagre_dokumentfil(?::uuid, ?, ?)"_s, {q.value(1), fil, q.value(22).toByteArray()},
                    "kan ikke sende dokumentfilen");
            filerSendt.insert(fil);
            ++r.filer;
        }
        const QJsonObject data{{"journaldato"_L1, q.value(3).toString()},
                               {"dokumentdato"_L1, q.value(4).toString()},
                               {"tittel"_L1, q.value(5).toString()},
                               {"offentlig_tittel"_L1, q.value(6).toString()},
                               {"parter"_L1, QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()},
                               {"unntatt_offentlighet"_L1, q.value(8).toBool()},
                               {"hjemmel"_L1, q.value(9).toString()},
                               {"status"_L1, q.value(10).toString()},
                               {"brev_sha256"_L1, q.value(11).toString()},
                               {"trykt_nummer"_L1, q.value(12).isNull() ? QJsonValue() : QJsonValue(q.value(12).toInt())},
                               {"filnavn"_L1, q.value(14).toString()},
                               {"registrert_av"_L1, q.value(15).toString()},
                               {"registrert"_L1, q.value(16).toString()}};
        QJsonObject post{{"id"_L1, q.value(0).toString()}, {"sak_id"_L1, q.value(1).toString()},
                         {"type"_L1, q.value(2).toString()}, {"data"_L1, data},
                         {"fil_sha256"_L1, fil.isEmpty() ? QJsonValue() : QJsonValue(fil)}};
        if (!q.value(17).isNull())
            post.insert("avskrivning"_L1, QJsonObject{{"dato"_L1, q.value(17).toString()},
                                                      {"av"_L1, q.value(18).toString()},
                                                      {"maate"_L1, q.value(19).toString()},
                                                      {"med"_L1, q.value(20).toString()},
                                                      {"merknad"_L1, q.value(21).toString()}});
        poster.append(post);
    }
    q.finish();
    if (poster.isEmpty())
        return;
    QSqlQuery svar = t.kjoer(u"SELECT tilsyn_journalfoer(?::jsonb)::text"_s,
                             {QString::fromUtf8(QJsonDocument(poster).toJson(QJsonDocument::Compact))},
                             "kan ikke sende journalposter");
    if (!svar.next())
        throw SentralFeil(u"sentralen svarte ikke på journalpostene"_s, SentralFeil::Art::Utilgjengelig);
    const QJsonArray resultater = QJsonDocument::fromJson(svar.value(0).toString().toUtf8()).array();

    Transaksjon tr(db);
    QSet<QString> saker;
    QSqlQuery u(db);
    for (const QJsonValue &v : resultater) {
        const QString id = v[u"id"_s].toString();
        if (v[u"status"_s].toString() == u"avvist") {
            u.prepare(u"UPDATE journalpost SET synk = 'avvist', synk_feil = ? WHERE id = ?"_s);
            u.addBindValue(v[u"feil"_s].toString());
            u.addBindValue(id);
            kjoer(u, "kan ikke merke journalposten");
            ++r.avvist;
            continue;
        }
        u.prepare(u"UPDATE journalpost SET nummer = ?, synk = 'ferdig', synk_feil = NULL WHERE id = ? RETURNING sak_id"_s);
        u.addBindValue(v[u"nummer"_s].toInt());
        u.addBindValue(id);
        kjoer(u, "kan ikke lagre dokumentnummeret");
        if (u.next())
            saker.insert(u.value(0).toString());
        u.finish();
        ++r.sendt;
    }
    for (const QString &s : std::as_const(saker))
        nummererForeloepige(s);
    tr.commit();
}

void JournalSynk::pull(const SentralTilkobling &t, const QString &embete, Resultat &r)
{
    const QSqlDatabase db = m_store.db();
    const QString markorNoekkel = u"journal_markor:"_s + embete;
    while (true) {
        const qint64 markor = m_store.meta(markorNoekkel).toLongLong();
        QSqlQuery q = t.kjoer(u"SELECT id::text, sak_id::text, type, nummer, rev, data::text, "
                              u"coalesce(avskrivning::text, ''), coalesce(fil_sha256, '') "
                              u"FROM tilsyn_journal_pull(?, ?, ?)"_s,
                              {embete, markor, kSide}, "kan ikke hente journalposter");
        struct Rad
        {
            QString id, sakId, type;
            int nummer;
            qint64 rev;
            QJsonObject data, avskrivning;
            QString fil;
        };
        QList<Rad> rader;
        while (q.next())
            rader.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                          q.value(4).toLongLong(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                          QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), q.value(7).toString()});
        if (rader.isEmpty())
            return;
        // Files first, outside the local transaction (network).
        QHash<QString, QByteArray> filer;
        for (const Rad &rad : std::as_const(rader)) {
            if (rad.fil.isEmpty() || filer.contains(rad.fil))
                continue;
            QSqlQuery finnes(db);
            finnes.prepare(u"SELECT 1 FROM dokumentfil WHERE sha256 = ?"_s);
            finnes.addBindValue(rad.fil);
            kjoer(finnes, "kan ikke lese dokumentfilene");
            if (finnes.next())
                continue;
            QSqlQuery f = t.kjoer(u"SELECT tilsyn_hent_dokumentfil(?, ?)"_s, {embete, rad.fil}, "kan ikke hente filen");
            const QByteArray innhold = f.next() ? f.value(0).toByteArray() : QByteArray();
            if (QString::fromLatin1(QCryptographicHash::hash(innhold, QCryptographicHash::Sha256).toHex()) == rad.fil) {
                filer.insert(rad.fil, innhold);
                ++r.filer;
            }
        }
        Transaksjon tr(db);
        QSet<QString> saker;
        qint64 sist = markor;
        for (const Rad &rad : std::as_const(rader)) {
            QSqlQuery finnes(db);
            finnes.prepare(u"SELECT 1 FROM tilsynssak WHERE id = ?"_s);
            finnes.addBindValue(rad.sakId);
            kjoer(finnes, "kan ikke lese saken");
            if (!finnes.next())
                break; // the case comes with a later case pull; continue from here next time
            if (filer.contains(rad.fil)) {
                QSqlQuery f(db);
                f.prepare(u"INSERT INTO dokumentfil (sha256, innhold, storrelse) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
                f.addBindValue(rad.fil);
                f.addBindValue(filer.value(rad.fil));
                f.addBindValue(filer.value(rad.fil).size());
                kjoer(f, "kan ikke lagre dokumentfilen");
            }
            const QJsonObject &d = rad.data;
            const QJsonObject &a = rad.avskrivning;
            QSqlQuery p(db);
            // A post this client knows keeps what it has; it learns its settled number and an
            // avskrivning made elsewhere (the first avskrivning the server accepted wins).
            p.prepare(u"INSERT INTO journalpost (id, sak_id, type, nummer, foreloepig, journaldato, dokumentdato, tittel, "
                      u"offentlig_tittel, parter, unntatt_offentlighet, hjemmel, status, brev_sha256, trykt_nummer, "
                      u"fil_sha256, filnavn, registrert_av, registrert, avskrevet_dato, avskrevet_av, avskrivningsmaate, "
                      u"avskrevet_med, avskrivning_merknad, synk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                      u"?, ?, ?, ?, ?, ?, ?, ?, 'ferdig') ON CONFLICT (id) DO UPDATE SET nummer = excluded.nummer, "
                      u"avskrevet_dato = coalesce(journalpost.avskrevet_dato, excluded.avskrevet_dato), "
                      u"avskrevet_av = CASE WHEN journalpost.avskrevet_dato IS NULL THEN excluded.avskrevet_av "
                      u"ELSE journalpost.avskrevet_av END, "
                      u"avskrivningsmaate = coalesce(journalpost.avskrivningsmaate, excluded.avskrivningsmaate), "
                      u"avskrevet_med = CASE WHEN journalpost.avskrevet_dato IS NULL THEN excluded.avskrevet_med "
                      u"ELSE journalpost.avskrevet_med END, "
                      u"avskrivning_merknad = CASE WHEN journalpost.avskrevet_dato IS NULL THEN excluded.avskrivning_merknad "
                      u"ELSE journalpost.avskrivning_merknad END"_s);
            for (const QVariant &v :
                 {QVariant(rad.id), QVariant(rad.sakId), QVariant(rad.type), QVariant(rad.nummer), QVariant(rad.nummer),
                  QVariant(d[u"journaldato"_s].toString()), QVariant(d[u"dokumentdato"_s].toString()),
                  QVariant(d[u"tittel"_s].toString()), QVariant(d[u"offentlig_tittel"_s].toString()),
                  QVariant(kompakt(d[u"parter"_s])), QVariant(d[u"unntatt_offentlighet"_s].toBool() ? 1 : 0),
                  QVariant(d[u"hjemmel"_s].toString()), QVariant(d[u"status"_s].toString()),
                  tekstEllerNull(d[u"brev_sha256"_s]),
                  d[u"trykt_nummer"_s].isDouble() ? QVariant(d[u"trykt_nummer"_s].toInt())
                                                  : QVariant(QMetaType::fromType<int>()),
                  QVariant(rad.fil.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(rad.fil)),
                  tekstEllerNull(d[u"filnavn"_s]), QVariant(d[u"registrert_av"_s].toString()),
                  QVariant(d[u"registrert"_s].toString()), tekstEllerNull(a[u"dato"_s]), tekstEllerNull(a[u"av"_s]),
                  tekstEllerNull(a[u"maate"_s]), tekstEllerNull(a[u"med"_s]), tekstEllerNull(a[u"merknad"_s])})
                p.addBindValue(v);
            kjoer(p, "kan ikke lagre journalposten fra sentralen");
            if (p.numRowsAffected() > 0)
                ++r.hentet;
            saker.insert(rad.sakId);
            sist = rad.rev;
        }
        for (const QString &s : std::as_const(saker))
            nummererForeloepige(s);
        if (sist != markor)
            m_store.settMeta(markorNoekkel, QString::number(sist));
        tr.commit();
        if (sist == markor || rader.size() < kSide)
            return;
    }
}

void JournalSynk::nummererForeloepige(const QString &sakId)
{
    // Provisional numbers follow the settled ones, in the order they were registered here.
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id FROM journalpost WHERE sak_id = ? AND nummer IS NULL ORDER BY foreloepig, registrert"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese journalen");
    QStringList ider;
    while (q.next())
        ider.append(q.value(0).toString());
    if (ider.isEmpty())
        return;
    QSqlQuery maks(m_store.db());
    maks.prepare(u"SELECT coalesce(max(nummer), 0) FROM journalpost WHERE sak_id = ?"_s);
    maks.addBindValue(sakId);
    kjoer(maks, "kan ikke lese journalen");
    int n = maks.next() ? maks.value(0).toInt() : 0;
    QSqlQuery u(m_store.db());
    u.prepare(u"UPDATE journalpost SET foreloepig = ? WHERE id = ?"_s);
    for (const QString &id : std::as_const(ider)) {
        u.addBindValue(++n);
        u.addBindValue(id);
        kjoer(u, "kan ikke nummerere journalen");
    }
}

} // namespace tilsyn
