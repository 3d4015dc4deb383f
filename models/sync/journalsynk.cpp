#include "journalsynk.h"

#include "journal/journalrepository.h"
#include "store/revisjon.h"
#include "sync/brevhenting.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"
#include "sync/synksammendrag.h"

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

// An avskrivning's five values, empty and NULL alike.
struct Avskrivning
{
    QString dato, av, maate, med, merknad;
    bool operator==(const Avskrivning &) const = default;
    QJsonObject json() const
    {
        return {{"dato"_L1, dato}, {"av"_L1, av}, {"maate"_L1, maate}, {"med"_L1, med}, {"merknad"_L1, merknad}};
    }
};

Avskrivning fraJson(const QJsonObject &a)
{
    return {a[u"dato"_s].toString(), a[u"av"_s].toString(), a[u"maate"_s].toString(), a[u"med"_s].toString(),
            a[u"merknad"_s].toString()};
}

QVariant nullHvisTom(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

JournalSynk::JournalSynk(Store &store, QString bruker) : m_store(store), m_bruker(std::move(bruker)) {}

JournalSynk::Resultat JournalSynk::synk(const SentralTilkobling &t, const QList<synksammendrag::Embete> &embeter)
{
    Resultat r;
    push(t, r);
    const bool sendt = r.sendt + r.avvist + r.filer > 0; // our own posts come back: pull every office
    for (const synksammendrag::Embete &e : embeter) {
        if (sendt || e.journalRev < 0 || m_store.meta(u"journal_markor:"_s + e.embete).toLongLong() != e.journalRev)
            pull(t, e.embete, r);
    }
    // The PDFs of letters finalised on other clients, whose posts just arrived.
    r.brev = BrevHenting::hent(t, m_store, m_bruker);
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
        // Done, unless an avskrivning was made here after the post was read for sending and the
        // central store has none yet: that one goes with the next sync.
        const QJsonObject sentralAvskr = v[u"avskrivning"_s].toObject();
        u.prepare(u"UPDATE journalpost SET nummer = ?, synk = CASE WHEN avskrevet_dato IS NOT NULL AND ? = 0 "
                  u"THEN 'ventende' ELSE 'ferdig' END, synk_feil = NULL WHERE id = ? RETURNING sak_id"_s);
        u.addBindValue(v[u"nummer"_s].toInt());
        u.addBindValue(sentralAvskr.isEmpty() ? 0 : 1);
        u.addBindValue(id);
        kjoer(u, "kan ikke lagre dokumentnummeret");
        if (u.next())
            saker.insert(u.value(0).toString());
        u.finish();
        taImotAvskrivning(id, sentralAvskr, r);
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
            taImotAvskrivning(rad.id, a, r);
            const QString brevSha = d[u"brev_sha256"_s].toString();
            if (rad.type == u"U" && brevSha.size() == 64) { // finalised elsewhere: fetch its PDF below
                QSqlQuery b(db);
                b.prepare(u"INSERT OR IGNORE INTO brev_mangler (sak_id, sha256) SELECT ?, ? WHERE NOT EXISTS "
                          u"(SELECT 1 FROM brev WHERE sak_id = ? AND sha256 = ?)"_s);
                for (const QString &v : {rad.sakId, brevSha, rad.sakId, brevSha})
                    b.addBindValue(v);
                kjoer(b, "kan ikke merke brevet som mangler");
            }
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

void JournalSynk::taImotAvskrivning(const QString &postId, const QJsonObject &sentral, Resultat &r)
{
    const Avskrivning deres = fraJson(sentral);
    if (deres.dato.isEmpty())
        return;
    const QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    q.prepare(u"SELECT sak_id, avskrevet_dato, avskrevet_av, avskrivningsmaate, avskrevet_med, avskrivning_merknad, "
              u"coalesce(nummer, foreloepig) FROM journalpost WHERE id = ?"_s);
    q.addBindValue(postId);
    kjoer(q, "kan ikke lese journalposten");
    if (!q.next())
        return;
    const QString sakId = q.value(0).toString();
    const Avskrivning mine{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                           q.value(5).toString()};
    const int nummer = q.value(6).toInt();
    // As stored (NULL stays NULL): the trigger compares the recorded values with the row's.
    const QVariantList gamle{q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)};
    q.finish();
    if (mine == deres)
        return;
    const QDateTime naa = QDateTime::currentDateTimeUtc();
    if (!mine.dato.isEmpty()) {
        // Both avskrev the document: the central store's (the first it accepted) wins everywhere,
        // and the one made here is kept for the person to see (local migration 035).
        QSqlQuery t(db);
        t.prepare(u"INSERT INTO journal_avskrivning_tapt (journalpost_id, sak_id, dato, av, maate, med, merknad, "
                  u"sentral_dato, sentral_av, sentral_maate, sentral_med, sentral_merknad, registrert) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(postId), QVariant(sakId), gamle[0], gamle[1], gamle[2], gamle[3], gamle[4],
                                  QVariant(deres.dato), nullHvisTom(deres.av), QVariant(deres.maate),
                                  nullHvisTom(deres.med), nullHvisTom(deres.merknad),
                                  QVariant(naa.toString(Qt::ISODateWithMs))})
            t.addBindValue(v);
        kjoer(t, "kan ikke ta vare på avskrivningen som ikke ble beholdt");
    }
    QSqlQuery u(db);
    u.prepare(u"UPDATE journalpost SET avskrevet_dato = ?, avskrevet_av = ?, avskrivningsmaate = ?, avskrevet_med = ?, "
              u"avskrivning_merknad = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(deres.dato), nullHvisTom(deres.av), QVariant(deres.maate), nullHvisTom(deres.med),
                              nullHvisTom(deres.merknad), QVariant(postId)})
        u.addBindValue(v);
    kjoer(u, "kan ikke lagre sentralens avskrivning");
    if (mine.dato.isEmpty())
        return;
    QSqlQuery s(db);
    s.prepare(u"SELECT coalesce(saksnummer, '') FROM tilsynssak WHERE id = ?"_s);
    s.addBindValue(sakId);
    kjoer(s, "kan ikke lese saken");
    const QString saksnummer = s.next() ? s.value(0).toString() : QString();
    skrivRevisjon(db, Endringskontekst{.bruker = m_bruker, .tidspunkt = naa}, sakId,
                  u"avskrivning erstattet av sentralens"_s,
                  QJsonObject{{"journalpost"_L1, postId},
                              {"dokument"_L1, dokumentreferanse(saksnummer, nummer)},
                              {"avskrivning"_L1, QJsonObject{{"fra"_L1, mine.json()}, {"til"_L1, deres.json()}}}});
    ++r.tapteAvskrivninger;
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
