#pragma once

#include "items/sakendring.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace tilsyn {

class Katalog;

/// The case open in the editor: its current state, the undo stack every edit goes through, the
/// live validation result and the store version it was loaded at (for a compare-and-set save).
/// No widgets: the editor shows it, tests drive it directly.
class SakUtkast final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SakUtkast)

public:
    explicit SakUtkast(const Katalog &katalog, QObject *parent = nullptr);
    ~SakUtkast() override;

    const Tilsynssak &sak() const { return m_sak; }
    const Problemer &problemer() const { return m_problemer; }
    /// The problems whose field path is `felt` or lies under it ("tilsynsobjekter" covers
    /// "tilsynsobjekter[0].orgnr").
    Problemer problemerFor(const QString &felt) const;
    QUndoStack *undoStack() const { return m_undo; }

    /// Starts editing `sak`, saved in the store at `versjon` (0: never saved). Clears the undo stack.
    void last(const Tilsynssak &sak, int versjon);
    /// One user edit of one field: pushed on the undo stack as a SakEndring.
    void endre(const QString &felt, const QString &beskrivelse, const std::function<void(Tilsynssak &)> &endring);
    /// The same with the change's name as source text (re-translated when Undo names it).
    void endre(const QString &felt, Kommandonavn navn, const std::function<void(Tilsynssak &)> &endring);

    /// The store version the save must find (compare-and-set).
    int versjon() const { return m_versjon; }
    bool erEndret() const;
    /// After a successful save at `versjon`.
    void markerLagret(int versjon);
    /// The case was saved elsewhere (e.g. by sync) as `lagret` at `versjon` while open here:
    /// continue on top of it. Fields changed here since loading keep this editor's value; every
    /// other field takes the stored one. With edits, they become one undoable step. Returns the
    /// fields that were changed both here and there (this editor's value was kept).
    QStringList rebaser(const Tilsynssak &lagret, int versjon);

    /// Used by SakEndring only: replaces the state and announces it.
    void settSak(const Tilsynssak &sak);

signals:
    void endret();

private:
    const Katalog &m_katalog;
    QUndoStack *m_undo;
    Tilsynssak m_sak;
    Problemer m_problemer;
    Tilsynssak m_lastet; ///< the state at the last load or save: the base for rebaser()
    int m_versjon = 0;
};

} // namespace tilsyn
