#pragma once

#include "domain/tilsynssak.h"

#include <QUndoCommand>

namespace tilsyn {

class SakUtkast;

/// The one generic undo command of the case editor: the case before and after one change of one
/// field (a path such as "sammendrag" or "tilsynsobjekter[1].orgnr"). Consecutive changes of the
/// same field merge, so typing a word is one undo step.
class SakEndring final : public QUndoCommand
{
public:
    SakEndring(SakUtkast &utkast, QString felt, Tilsynssak foer, Tilsynssak etter, const QString &tekst);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *annen) override;

    const QString &felt() const { return m_felt; }

private:
    SakUtkast &m_utkast;
    QString m_felt;
    Tilsynssak m_foer;
    Tilsynssak m_etter;
};

} // namespace tilsyn
