#include "synkmotor.h"

#include "domain/katalog.h"
#include "drift/fremdrift.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"
#include "sync/sentralskjema.h"
#include "sync/sentraltilkobling.h"
#include "sync/synclager.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

SynkMotor::SynkMotor(QString dbSti, QString conninfo, QString bruker, QObject *parent)
    : QObject(parent), m_dbSti(std::move(dbSti)), m_conninfo(std::move(conninfo)), m_bruker(std::move(bruker))
{
}

SynkMotor::~SynkMotor() = default;

void SynkMotor::synkroniserNaa()
{
    try {
        const Resultat r = synkroniser();
        Q_EMIT ferdig(r.pushet, r.hentet, r.konflikter, r.avvist);
    } catch (const SentralFeil &e) {
        Q_EMIT tilstandEndret(e.art() == SentralFeil::Art::Utilgjengelig ? Tilstand::Frakoblet : Tilstand::Feil);
        Q_EMIT feilet(e.melding());
    } catch (const StoreError &e) {
        Q_EMIT tilstandEndret(Tilstand::Feil);
        Q_EMIT feilet(e.melding());
    } catch (const Avbrutt &) {
        Q_EMIT tilstandEndret(Tilstand::Frakoblet);
        Q_EMIT feilet(u"avbrutt"_s);
    }
}

SynkMotor::Resultat SynkMotor::synkroniser()
{
    Q_EMIT tilstandEndret(Tilstand::Synkroniserer);
    Resultat r;
    auto store = Store::aapne(m_dbSti);
    SakRepository repo(*store, Katalog::innebygd());
    SyncLager lager(*store, repo, m_bruker);
    const SentralTilkobling t(m_conninfo);
    const SentralSkjema::Status status = SentralSkjema::krevKompatibel(t);

    // A new epoch (restored from a backup), or a server behind our cursors: reconcile fully.
    QStringList embeter;
    bool bakover = false;
    // In the same round trip: the offices where the user holds the leader role (approvals).
    QSqlQuery q = t.kjoer(u"SELECT e.embete, e.rev, coalesce(r.leder, false) FROM tilsyn_embeter() e "
                          u"LEFT JOIN tilsyn_min_tilgang() r USING (embete)"_s, {}, "kan ikke lese embetene");
    QStringList leder;
    while (q.next()) {
        embeter.append(q.value(0).toString());
        bakover = bakover || lager.markor(q.value(0).toString()) > q.value(1).toLongLong();
        if (q.value(2).toBool())
            leder.append(q.value(0).toString());
    }
    if (store->meta(u"sentral_lederroller"_s) != leder.join(u','))
        store->settMeta(u"sentral_lederroller"_s, leder.join(u','));
    const QString forrige = store->meta(u"sentral_epoke"_s);
    r.avstemt = (!forrige.isEmpty() && forrige != status.epoke) || bakover;
    if (r.avstemt)
        lager.nullstillAlleMarkorer();
    store->settMeta(u"sentral_epoke"_s, status.epoke);

    push(t, lager, status.epoke, r);
    r.hentet += pull(t, lager, status.epoke, r.avstemt, embeter);
    if (r.avstemt) {
        lager.koeUkjente(status.epoke);
        push(t, lager, status.epoke, r);
        r.hentet += pull(t, lager, status.epoke, false, embeter);
    }
    sendEtterPush(t, lager, r);

    // Count-and-hash check; a mismatch is re-pulled from the start once.
    const QStringList avvik = avvikendeEmbeter(t, lager, status.epoke);
    if (!avvik.isEmpty()) {
        for (const QString &e : avvik)
            lager.nullstillMarkor(e);
        r.hentet += pull(t, lager, status.epoke, false, avvik);
        r.avvik = int(avvikendeEmbeter(t, lager, status.epoke).size());
    }
    for (const QString &e : std::as_const(embeter))
        m_kjentRev.insert(e, lager.markor(e)); // includes our own pushes: pulled back above
    if (m_lytt)
        sjekkLytter();
    Q_EMIT tilstandEndret(Tilstand::Oppdatert);
    return r;
}

int SynkMotor::push(const SentralTilkobling &t, SyncLager &lager, const QString &epoke, Resultat &r)
{
    lager.snapshot(epoke);
    const QList<SyncLager::Op> ops = lager.sendte();
    if (!ops.isEmpty())
        lager.telForsok();
    const QString klient = lager.klientId();
    const QString reserverte = ops.isEmpty() ? QString() : QString::fromUtf8(
        QJsonDocument(lager.reserverteSaksnummer(epoke)).toJson(QJsonDocument::Compact));
    int gjort = 0;
    for (qsizetype i = 0; i < ops.size(); i += m_batch) {
        QJsonArray batch;
        for (qsizetype j = i; j < std::min(ops.size(), i + m_batch); ++j)
            batch.append(ops[j].melding);
        QSqlQuery q = t.kjoer(u"SELECT tilsyn_push(?, ?::jsonb, ?::jsonb)::text"_s,
                              {klient, QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)),
                               reserverte},
                              "kan ikke sende endringer");
        if (!q.next())
            throw SentralFeil(u"sentralen svarte ikke på sendingen"_s, SentralFeil::Art::Utilgjengelig);
        const QJsonArray svar = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        if (m_avbrudd == Avbrudd::EtterPushSvar)
            throw SentralFeil(u"avbrutt etter at sentralen lagret (feilinjeksjon)"_s, SentralFeil::Art::Avbrutt);
        const SyncLager::Kvittering k = lager.kvitter(svar, epoke);
        r.pushet += k.ferdig;
        r.avvist += k.avvist;
        r.konflikter += k.konflikter;
        gjort += int(batch.size());
        Q_EMIT fremdrift(u"push"_s, gjort);
        Fremdrift::steg(m_fremdrift, gjort, ops.size());
    }
    return gjort;
}

int SynkMotor::pull(const SentralTilkobling &t, SyncLager &lager, const QString &epoke, bool avstem,
                    const QStringList &embeter)
{
    int hentet = 0;
    for (const QString &embete : embeter) {
        while (true) {
            QSqlQuery q = t.kjoer(u"SELECT sak_id::text, rev, dokument::text FROM tilsyn_pull(?, ?, ?)"_s,
                                  {embete, lager.markor(embete), m_side}, "kan ikke hente endringer");
            QList<SyncLager::Rad> rader;
            while (q.next()) {
                rader.append({q.value(0).toString(), q.value(1).toLongLong(),
                              QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
            }
            if (rader.isEmpty())
                break;
            const int avbryt = m_avbrudd == Avbrudd::MidtIPullSide ? int(rader.size() / 2) : -1;
            try {
                hentet += lager.brukSide(embete, rader, epoke, avstem, avbryt);
            } catch (const StoreError &e) {
                if (avbryt >= 0)
                    throw SentralFeil(e.melding(), SentralFeil::Art::Avbrutt);
                throw;
            }
            Q_EMIT fremdrift(u"pull"_s, hentet);
            Fremdrift::steg(m_fremdrift, hentet, 0);
        }
    }
    return hentet;
}

void SynkMotor::sendEtterPush(const SentralTilkobling &t, SyncLager &lager, Resultat &r)
{
    const auto [loesninger, ider] = lager.loesningerKlare();
    if (!loesninger.isEmpty()) {
        QSqlQuery q = t.kjoer(u"SELECT tilsyn_loes_konflikter(?::jsonb)"_s,
                              {QString::fromUtf8(QJsonDocument(loesninger).toJson(QJsonDocument::Compact))},
                              "kan ikke merke konfliktene som løst");
        r.loesninger = q.next() ? q.value(0).toInt() : 0;
        lager.loesningerSendt(ider);
    }
    // Letters one at a time: a refused one (e.g. its case is not visible to this user) is noted
    // and tried again next time; it does not hold back the others.
    for (const SyncLager::Brev &b : lager.brevKlare()) {
        try {
            t.kjoer(u"SELECT tilsyn_lagre_brev(?, ?::uuid, ?, ?::jsonb)"_s,
                    {b.sha256, b.sakId, lager.brevPdf(b.id),
                     QString::fromUtf8(QJsonDocument(b.metadata).toJson(QJsonDocument::Compact))},
                    "kan ikke arkivere brevet i sentralen");
            lager.brevSendt(b.id, {});
            ++r.brev;
        } catch (const SentralFeil &e) {
            if (e.art() == SentralFeil::Art::Utilgjengelig)
                throw;
            lager.brevSendt(b.id, e.melding());
        }
        Q_EMIT fremdrift(u"brev"_s, r.brev);
    }
}

QStringList SynkMotor::avvikendeEmbeter(const SentralTilkobling &t, const SyncLager &lager, const QString &epoke)
{
    QStringList ut;
    QSqlQuery q = t.kjoer(u"SELECT e.embete, coalesce(s.antall, 0), coalesce(s.hash, '') FROM tilsyn_embeter() e "
                          u"LEFT JOIN tilsyn_sammendrag() s USING (embete)"_s, {}, "kan ikke lese sammendraget");
    while (q.next()) {
        const auto [antall, hash] = lager.sammendrag(q.value(0).toString(), epoke);
        if (antall != q.value(1).toLongLong() || hash != q.value(2).toString())
            ut.append(q.value(0).toString());
    }
    return ut;
}

void SynkMotor::sjekkLytter()
{
    static const QString kanal = u"tilsyn_endret"_s;
    try {
        if (m_lytter && m_lytter->db().isOpen()) { // the driver closes it when the server hangs up
            QSqlQuery q = m_lytter->kjoer(u"SELECT count(*) FROM pg_listening_channels() c WHERE c = ?"_s, {kanal},
                                         "kan ikke sjekke lytteforbindelsen");
            if (q.next() && q.value(0).toInt() == 1)
                return;
        }
    } catch (const SentralFeil &) {
        // the listening connection is gone: open a new one below
    }
    m_lytter.reset();
    try {
        // Named for the server's pg_stat_activity (the later application_name wins in libpq).
        auto t = std::make_unique<SentralTilkobling>(m_conninfo + u" application_name=tilsynsklient-lytter"_s);
        QSqlDriver *driver = t->db().driver();
        if (!driver->subscribeToNotification(kanal)) {
            qWarning("tilsynsklient: kan ikke lytte på %s", qUtf8Printable(kanal));
            return;
        }
        connect(driver, &QSqlDriver::notification, this, &SynkMotor::varslet);
        m_lytter = std::move(t);
    } catch (const SentralFeil &e) {
        qWarning("tilsynsklient: lytteforbindelsen: %s", e.what()); // polling still works
    }
}

void SynkMotor::varslet(const QString &kanal, QSqlDriver::NotificationSource, const QVariant &innhold)
{
    if (kanal != u"tilsyn_endret")
        return;
    // "<embete> <rev>": no case data. Offices this user cannot see (NOTIFY reaches every
    // listener) and revisions we already have are ignored.
    const QStringList deler = innhold.toString().split(u' ');
    bool ok = false;
    const qint64 rev = deler.size() == 2 ? deler[1].toLongLong(&ok) : 0;
    const auto kjent = m_kjentRev.constFind(deler.value(0));
    if (!ok || kjent == m_kjentRev.constEnd() || rev <= *kjent)
        return;
    Q_EMIT endringVarslet(deler[0], rev);
}

} // namespace tilsyn
