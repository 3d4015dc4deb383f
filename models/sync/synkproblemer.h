#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace tilsyn {

class Katalog;
class SakRepository;
class Store;

/// What sync left for a person to decide, in the local store: same-field conflicts (the central
/// store kept its value, "theirs"; mine is kept here) and ops the central store rejected. Every
/// decision is one local transaction; a resolution is a new edit of the case, queued in the outbox
/// and based on the server revision the case now has, so the next sync sends it like any edit.
class SynkProblemer final
{
public:
    SynkProblemer(Store &store, SakRepository &repo, const Katalog &katalog, QString bruker);
    Q_DISABLE_COPY_MOVE(SynkProblemer)

    struct Konflikt
    {
        qint64 id = 0;
        QString sakId;
        QString saksnummer;
        QString felt;     ///< a top-level field ("sammendrag") or a list element ("tilsynsobjekter/<id>")
        QJsonValue base;  ///< Undefined: not in the common version (or no common version)
        QJsonValue mine;  ///< Undefined: I removed it
        QJsonValue deres; ///< Undefined: they removed it
        QDateTime registrert;
        QString deresAv;          ///< the central login that made theirs; empty: not known (older conflicts)
        QString deresNavn;        ///< that person by name where known (Personnavn), else the login
        QDateTime deresTidspunkt; ///< when theirs was made (the central store's clock); invalid: not known
    };
    /// Open conflicts, oldest first.
    QList<Konflikt> konflikter() const;

    enum class Valg { Mine, Deres, Redigert };
    /// Resolves conflict `id` with mine, theirs or `redigert` (the edited value; Undefined removes
    /// the field or element). Writes the case and marks the conflict resolved in one transaction.
    /// Throws StoreError: Avvist with "felt: what is wrong" when the value makes the case invalid,
    /// IkkeFunnet when the conflict is not open — nothing is changed then.
    void loes(qint64 id, Valg valg, const QJsonValue &redigert = QJsonValue(QJsonValue::Undefined));

    struct Avvist
    {
        QString opId;
        QString sakId;
        QString saksnummer;
        QDateTime opprettet;
        int forsok = 0;
        QString feil;
    };
    /// Ops the central store rejected and nobody has dealt with yet, oldest first. While one is
    /// there, pulls never overwrite the case: the local edit is kept.
    QList<Avvist> avviste() const;
    /// Sends the case again as a new op (after the cause was fixed, e.g. access granted).
    void sendPaaNytt(const QString &opId);
    /// Gives up the local edits of the case: it goes back to the last version from the central
    /// store, and the next sync brings the newest. Throws StoreError (Avvist) if the case was
    /// never stored centrally or is being sent right now.
    void forkast(const QString &opId);

    /// An avskrivning of an incoming document made here that the central store did not keep:
    /// another client had avskrevet the document first, and that avskrivning replaced this one
    /// (local migration 035). Shown until a person has seen it.
    struct TaptAvskrivning
    {
        qint64 id = 0;
        QString postId;
        QString sakId;
        QString dokument;  ///< the document's number in the case, "2024/4711-2"
        QString tittel;    ///< the document's title
        QString mine;      ///< "Besvart med brev 2024/4711-3, 04.03.2024, ola[: merknad]"
        QString deres;     ///< the central store's, in the same form
        QDateTime registrert;
    };
    /// Lost avskrivninger nobody has marked seen, oldest first.
    QList<TaptAvskrivning> tapteAvskrivninger() const;
    /// Marks a lost avskrivning seen (who and when); throws StoreError (IkkeFunnet) if it is not open.
    void settSett(qint64 id);
    int antallTapteAvskrivninger() const;

    int antallKonflikter() const;
    int antallAvviste() const;
    /// Open conflicts and rejected changes of one case (for a note on the open case).
    std::pair<int, int> forSak(const QString &sakId) const;

    /// The value of `felt` in a case document (for list elements: the element whose key
    /// matches one of `kandidater`); Undefined when absent.
    static QJsonValue verdiI(const QJsonObject &dokument, const QString &felt, const QList<QJsonValue> &kandidater);
    /// `dokument` with `felt` set to `verdi` (Undefined: removed); for a list element the element
    /// matching one of `kandidater` is replaced in place (or `verdi` appended).
    static QJsonObject medVerdi(QJsonObject dokument, const QString &felt, const QJsonValue &verdi,
                                const QList<QJsonValue> &kandidater);

private:
    QString behandlet(const QString &hva) const;

    Store &m_store;
    SakRepository &m_repo;
    const Katalog &m_katalog;
    QString m_bruker;
};

} // namespace tilsyn
