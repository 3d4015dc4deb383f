#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;

namespace tilsyn {

class SakRepository;
class Store;
struct Tilsynssak;

/// The client side of sync state in the local store (migration 003): the outbox snapshots,
/// acknowledgements, pulled pages, merge bases, cursors and conflicts. Every method that
/// changes something runs in one local transaction.
class SyncLager final
{
public:
    SyncLager(Store &store, SakRepository &repo, QString bruker);
    ~SyncLager();
    Q_DISABLE_COPY_MOVE(SyncLager)

    /// A case as the document sent to and stored by the central store.
    static QJsonObject dokument(const Tilsynssak &sak);
    static std::optional<Tilsynssak> sakFraDokument(const QJsonObject &dokument, QString *feil);

    struct Op
    {
        QString opId;
        QString sakId;
        QJsonObject melding; ///< {op_id, sak_id, base_rev, dokument} as sent
    };
    /// Snapshots every 'ventende' op (document and base revision) and marks it 'sendt'. An op
    /// already 'sendt' keeps its snapshot, so a retry sends exactly the same. A base from
    /// another epoch is not sent (the server then treats every clash as a conflict).
    void snapshot(const QString &epoke);
    QList<Op> sendte() const;
    /// Counts one more sending attempt for every op in flight ('sendt').
    void telForsok();

    struct Kvittering
    {
        int ferdig = 0;
        int avvist = 0;
        int konflikter = 0;
    };
    /// Applies the server's results to one batch in one transaction. Each op's local write is
    /// its own savepoint: one that cannot be written here (e.g. the server gave a saksnummer a
    /// local case holds) is marked rejected with both cases named, and the rest go on.
    Kvittering kvitter(const QJsonArray &svar, const QString &epoke);

    /// Saksnummer held by local cases the central store has not acknowledged in this epoch, of
    /// the years around the client's clock: {"<embete>": ["YYYY/N", ...]}. Sent with a push so
    /// the central series never hands a new case a number this client already uses.
    QJsonObject reserverteSaksnummer(const QString &epoke) const;

    /// Applies one pulled page and advances the office's cursor in one transaction. With
    /// `avstem` (after a new epoch) a differing local case is queued for a merge push instead of
    /// being overwritten. Returns the number of cases written locally. `avbrytEtter` >= 0 throws
    /// after that many rows (fault injection: the transaction is rolled back).
    struct Rad
    {
        QString sakId;
        qint64 rev = 0;
        QJsonObject dokument;
        /// Who made the changes this version brings (the central logins of the revisions since
        /// the cursor not pushed from this client, in order); empty: unknown.
        QString endretAv = {};
    };
    int brukSide(const QString &embete, const QList<Rad> &rader, const QString &epoke, bool avstem,
                 int avbrytEtter = -1);

    /// Applies the cases of re-pulled buckets like a page (never over unpushed edits, one
    /// transaction), without moving the cursor. Returns the number of cases written locally.
    int brukBoetter(const QString &embete, const QList<Rad> &rader, const QString &epoke);

    /// Bulk first sync: the caller holds one write transaction around every page (brukSide then
    /// opens none), and versions from the server get no local audit row.
    void settBulk(bool paa) { m_bulk = paa; }
    /// Whether the office has no case from the central store here yet (a first sync).
    bool forsteSynk(const QString &embete) const;
    /// Whether the store holds no case at all.
    bool tomtLager() const;

    qint64 markor(const QString &embete) const;
    void nullstillMarkor(const QString &embete);
    void nullstillAlleMarkorer();

    /// Count and digest sum of (id, siste_rev) over the cases of an office seen in epoch, as
    /// tilsyn_sammendrag() computes it (migration 027 keeps it current; one row read).
    std::pair<qint64, QString> sammendrag(const QString &embete, const QString &epoke) const;

    /// After a full pull in a new epoch: queues a push (no base) for every case known from an
    /// older epoch that the server did not return, so nothing acknowledged before is lost.
    int koeUkjente(const QString &epoke);

    int aapneKonflikter() const;

    /// Conflicts resolved here whose resolution the central store has acknowledged (the op that
    /// carries it is done): [{op_id, felt, valg, rev}] for tilsyn_loes_konflikter, and the local
    /// ids to mark sent afterwards.
    std::pair<QJsonArray, QList<qint64>> loesningerKlare() const;
    void loesningerSendt(const QList<qint64> &ider);

    /// Finalised letters of cases the central store has, not yet sent there.
    struct Brev
    {
        qint64 id = 0;
        QString sakId;
        QString sha256;
        QJsonObject metadata;
    };
    QList<Brev> brevKlare() const;
    QByteArray brevPdf(qint64 id) const;
    /// Records that letter `id` was stored centrally (feil empty) or refused (why).
    void brevSendt(qint64 id, const QString &feil);
    QString klientId() const;
    const Store &store() const { return m_store; }
    Store &store() { return m_store; }

private:
    int brukRader(const QString &embete, const QList<Rad> &rader, const QString &epoke, bool avstem, int avbrytEtter,
                  bool flyttMarkor);
    bool harUtestaende(const QString &sakId) const;
    /// Applies one acknowledged op (the server's version becomes the local case and merge base).
    int kvitterEn(const QJsonObject &s, const QString &opId, qint64 seq, const QString &sakId,
                  const QJsonObject &sendt, const QString &epoke);
    /// Why the server's version of a case cannot be written here, naming the local case that
    /// holds its saksnummer when that is the reason.
    QString hvorforIkkeLagret(const QJsonObject &dok, const QString &feil) const;
    /// Writes the server's version as the local case (no outbox entry: it is what the server has).
    /// Its audit row names `endretAv` (who made the changes on the central store), or this
    /// client's user when that is not known.
    void skrivFraServer(const QJsonObject &dok, qint64 rev, const QString &epoke, const QString &handling,
                        const QString &endretAv);
    void settGrunnlag(const QString &sakId, const QString &embete, qint64 rev, const QJsonObject &dok,
                      const QString &epoke);
    void koe(const QString &sakId);

    QSqlQuery &sql(const QString &tekst, const QVariantList &verdier, const char *hva) const;

    Store &m_store;
    SakRepository &m_repo;
    QString m_bruker;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_spoerringer;
    bool m_bulk = false;
};

} // namespace tilsyn
