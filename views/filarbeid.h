#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace tilsyn {

class Katalog;

/// Import and export of the JSON Lines contract from the desktop. The reading, the writing and
/// the export each run on a worker thread with a store connection of its own, behind a progress
/// dialog with Cancel (Bakgrunnsarbeid); the preview and the messages are on the GUI thread.
/// Cancelling leaves nothing half-done: the import's transaction rolls back, the export's
/// temporary file is removed and nothing appears under the chosen name.
class Filarbeid final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Filarbeid)

public:
    struct Resultat
    {
        qint64 antall = -1;   ///< cases written; -1 when nothing was written
        bool avbrutt = false; ///< the person pressed Cancel (nothing was written)
        // An import's cases by what became of them (the status bar says so).
        qint64 nye = 0;       ///< new cases written
        qint64 erstattet = 0; ///< changed cases replaced by the file's version
        qint64 beholdt = 0;   ///< changed cases left as they were (replace not chosen)
        qint64 uendret = 0;   ///< cases the same in the file and the store
        bool ok() const { return antall >= 0; }
    };

    /// Reads `fil`, shows the problems or the preview (ImportForhaandsvisning) under `forelder`,
    /// and writes what the person confirmed into the store at `dbSti` in one transaction.
    /// Nothing is written for an invalid file, a declined preview, Cancel or a failure (the
    /// person has been told why, except for Cancel).
    static Resultat importer(QWidget *forelder, const QString &dbSti, const Katalog &katalog,
                              const QString &bruker, const QString &fil);

    /// Writes every case of the store at `dbSti` to `fil`, whole or not at all (a failure is
    /// shown; Cancel leaves no file).
    static Resultat eksporter(QWidget *forelder, const QString &dbSti, const Katalog &katalog, const QString &fil);

private:
    Filarbeid() = default;
};

} // namespace tilsyn
