#pragma once

#include "domain/tilsynssak.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace tilsyn {

class SakUtkast;

/// No lost work: while the open case has unsaved changes it is written, a few seconds after the
/// last change, to a recovery copy (QSaveFile: never half-written) in
/// Store::dataMappe()/recovery/<id>.json; the copy goes when the case is saved or discarded.
/// On the next start, the copies left by a crash are offered back (finn).
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

    Gjenoppretting(SakUtkast &utkast, QString mappe, QObject *parent = nullptr);
    ~Gjenoppretting() override;

    /// Store::dataMappe()/recovery.
    static QString standardMappe();
    /// The recovery copies in `mappe`, newest first; unreadable files are skipped.
    static QList<Kopi> finn(const QString &mappe);
    /// Removes the copy of case `id` (it was saved, or the user discarded it).
    void fjern(const QString &id);
    /// Writes the copy now (also what the timer does).
    bool skrivNaa();
    QString fil(const QString &id) const;

private:
    void endret();

    SakUtkast &m_utkast;
    QString m_mappe;
    QTimer *m_timer;
};

} // namespace tilsyn
