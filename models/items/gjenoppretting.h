#pragma once

#include "domain/tilsynssak.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QLockFile;
class QTimer;

namespace tilsyn {

class SakUtkast;

/// No lost work: while the open case has unsaved changes it is written, a few seconds after the
/// last change, to a recovery copy (through Utfil: never half-written, every write checked); the
/// copy goes when the case is saved or discarded. On the next start, the copies left by a crash
/// are offered back (finn). A copy that cannot be written (a read-only or full disk) is reported
/// by skrivefeil(), naming the file, so the user knows the unsaved work is only in the window.
///
/// Copies belong to the process that made them: each store has its own folder (mappeFor), and in
/// it each running editor writes into a session folder guarded by a QLockFile it holds while it
/// lives. finn() returns only copies whose session lock is free (their process is gone), so a
/// second process never offers, or deletes, the copies of one that is still running.
class Gjenoppretting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gjenoppretting)

public:
    static constexpr int kVentetidMs = 2000;

    struct Kopi
    {
        QString fil;
        Tilsynssak sak;
        int versjon = 0; ///< the store version the unsaved edits were made on
        QDateTime skrevet;
    };

    /// `mappe`: the store's recovery folder (mappeFor); the session folder is made inside it.
    Gjenoppretting(SakUtkast &utkast, QString mappe, QObject *parent = nullptr);
    ~Gjenoppretting() override;

    /// Store::dataMappe()/recovery/<a hash of the store's canonical path>.
    static QString mappeFor(const QString &lagerSti);
    /// The recovery copies in `mappe` left by processes that are gone, newest first; copies of a
    /// running process and unreadable files are skipped.
    static QList<Kopi> finn(const QString &mappe);
    /// Deletes an orphaned copy found by finn() (restored, or declined), and its session folder
    /// once empty.
    static void forkast(const Kopi &kopi);
    /// Removes the copy of case `id` (it was saved, or the user discarded it).
    void fjern(const QString &id);
    /// Writes the copy now (also what the timer does); false, with feil() and skrivefeil(),
    /// when it could not be written.
    bool skrivNaa();
    QString fil(const QString &id) const;
    /// Why the last copy could not be written ("FILE: kan ikke skrive filen: reason"); empty
    /// once a copy was written.
    QString feil() const { return m_feil; }

signals:
    /// The recovery copy could not be written (`feil` names the file and the reason). Emitted
    /// once per run of failures: again only after a copy was written in between.
    void skrivefeil(const QString &feil);

private:
    bool mislyktes(const QString &feil);
    void endret();
    static QList<Kopi> finnISesjon(const QString &sesjon);

    SakUtkast &m_utkast;
    QString m_mappe; ///< this process's session folder
    std::unique_ptr<QLockFile> m_laas;
    QTimer *m_timer;
    QString m_feil;
};

} // namespace tilsyn
