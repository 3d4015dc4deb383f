#pragma once

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSqlDriver>
#include <QString>

class QThread;

#include <memory>
#include <optional>

namespace tilsyn {

class Fremdrift;
class SentralTilkobling;
class Store;
class SyncLager;
namespace synksammendrag {
struct Status;
}

/// The sync engine: pushes the local outbox to the central store and pulls what changed there,
/// once per call. It opens its own local store and central connection in the thread that calls
/// synkroniser(), so it can live on a worker thread (moveToThread) and report through signals;
/// both stay open between syncs (no statement or read transaction is left open on the store), and
/// are opened again after a failure or when called from another thread.
class SynkMotor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynkMotor)

public:
    enum class Tilstand { Frakoblet, Synkroniserer, Oppdatert, Feil };
    Q_ENUM(Tilstand)

    struct Resultat
    {
        int pushet = 0;     ///< ops the server acknowledged (applied, merged or repeated)
        int hentet = 0;     ///< cases written locally from the server
        int konflikter = 0; ///< same-field conflicts recorded in this run
        int avvist = 0;     ///< ops the server rejected for good in this run
        bool avstemt = false; ///< a new server epoch was found and reconciled
        int avvik = 0;      ///< offices whose summary still differs after a re-pull
        int loesninger = 0; ///< conflict resolutions the central store marked
        int brev = 0;       ///< finalised letters stored in the central archive
        int flyt = 0;       ///< draft versions, approval steps and assignments accepted (FlytSynk)
        int flytAvvist = 0; ///< approval steps and assignments refused (e.g. no leader role)
        int journal = 0;    ///< journal posts sent (numbers settled) or pulled
        int andre = 0;      ///< rows of the flow and the journal changed here from the server
        int boetter = 0;    ///< summary buckets found different and re-pulled
        int omhentet = 0;   ///< cases fetched again from those buckets
        /// statements sent to the central store (tilsyn_synkstatus first; a sync that finds nothing
        /// changed sends that one only, whatever the number of offices and cases)
        int spoerringer = 0;
    };

    /// Fault injection for tests: stop (SentralFeil::Avbrutt) at a chosen point.
    /// ForCommitForsteSynk: after every page of a bulk first sync, before its commit.
    enum class Avbrudd { Ingen, EtterPushSvar, MidtIPullSide, ForCommitForsteSynk };

    SynkMotor(QString dbSti, QString conninfo, QString bruker, QObject *parent = nullptr);
    ~SynkMotor() override;

    /// Runs one sync. Throws SentralFeil (unreachable, schema mismatch) or StoreError; the
    /// outbox is kept on any failure and the next run continues where this one stopped.
    Resultat synkroniser();

    void settAvbrudd(Avbrudd a) { m_avbrudd = a; }
    void settSidestorrelse(int n) { m_side = n; }
    /// Page size of a bulk first sync (an office with nothing here yet), default 5 000.
    void settForsteSidestorrelse(int n) { m_forsteSide = n; }
    void settBatchstorrelse(int n) { m_batch = n; }
    /// Progress and cancel (optional, not owned, used on the motor's thread): steps are ops sent,
    /// then cases received (total unknown: 0), checked after each batch or page, so a cancel
    /// stops between two committed pages (Avbrutt, reported through feilet()) and the next run
    /// continues from there.
    void settFremdrift(Fremdrift *f) { m_fremdrift = f; }
    /// Keep a LISTEN connection (opened or re-opened at the end of each successful sync) and
    /// emit endringVarslet() when the server reports a revision newer than this client has.
    void settLytting(bool paa) { m_lytt = paa; }
    bool lytter() const { return m_lytter != nullptr; }

public Q_SLOTS:
    /// synkroniser() for a signal connection: failures are reported through feilet().
    void synkroniserNaa();

Q_SIGNALS:
    void tilstandEndret(tilsyn::SynkMotor::Tilstand tilstand);
    /// fase: "push" or "pull"; gjort: ops or cases handled so far in that phase.
    void fremdrift(const QString &fase, qint64 gjort);
    /// `andre`: other rows this sync changed locally besides cases (assignments, approval steps,
    /// journal posts, letters and avskrivninger pulled), so lists that filter on them re-read.
    void ferdig(int pushet, int hentet, int konflikter, int avvist, int andre);
    void feilet(const QString &melding);
    /// Emitted just before feilet() when the central store cannot be reached: how many local
    /// changes wait to be sent (the outbox's unsent ops), so the status can say so.
    void utilgjengelig(int ventende);
    /// NOTIFY tilsyn_endret: `embete` has revision `rev`, newer than this client's cursor.
    void endringVarslet(const QString &embete, qint64 rev);

private:
    /// Local changes not yet acknowledged by the central store (-1: the store cannot be read).
    int ventende();
    void aapneTilkobling();
    void synkroniser(Store &lokal, SyncLager &lager, const SentralTilkobling &t, const synksammendrag::Status &status,
                     Resultat &r);
    int push(const SentralTilkobling &t, SyncLager &lager, const QString &epoke, Resultat &r);
    void merkAndresEndringer(const SentralTilkobling &t, const QString &klient, const QJsonArray &batch,
                             QJsonArray &svar);
    /// One page of at most `grense` cases of `embete` after the cursor, applied; the cases
    /// written, or nullopt when the server had none left.
    std::optional<int> hentSide(const SentralTilkobling &t, SyncLager &lager, const QString &epoke,
                                const QString &embete, int grense, bool avstem);
    int pull(const SentralTilkobling &t, SyncLager &lager, const QString &epoke, bool avstem,
             const QStringList &embeter);
    /// The first sync of the offices with nothing here yet: one local transaction, large pages,
    /// the bulk write path (ForsteSynk), no local audit rows (the server's history is the trail),
    /// indexes built once after the load.
    int forsteSynk(SyncLager &lager, const QString &epoke, const QStringList &embeter);
    /// After the push: marks resolved conflicts on the server and sends finalised letters.
    void sendEtterPush(const SentralTilkobling &t, SyncLager &lager, Resultat &r);
    /// Compares the summary per office (the one read at the start when nothing changed since);
    /// re-pulls the cases of the buckets that differ and counts offices still differing.
    void kontrollerSammendrag(const SentralTilkobling &t, SyncLager &lager, const synksammendrag::Status &status,
                              bool endret, Resultat &r);

    void sjekkLytter();
    void varslet(const QString &kanal, QSqlDriver::NotificationSource kilde, const QVariant &innhold);

    QString m_dbSti;
    QString m_conninfo;
    QString m_bruker;
    Avbrudd m_avbrudd = Avbrudd::Ingen;
    int m_side = 1000;
    int m_forsteSide = 5000;
    int m_batch = 200;
    bool m_lytt = false;
    Fremdrift *m_fremdrift = nullptr;
    std::unique_ptr<SentralTilkobling> m_lytter;
    std::unique_ptr<SentralTilkobling> m_tilkobling; ///< kept between syncs, in the thread that opened it
    const QThread *m_traad = nullptr;
    std::unique_ptr<Store> m_lokal; ///< the local store, kept between syncs, in the thread that opened it
    const QThread *m_lokalTraad = nullptr;
    QHash<QString, qint64> m_kjentRev; ///< per office: the cursor after the last sync
};

} // namespace tilsyn
