#pragma once

#include "domain/tilsynssak.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tilsyn {

class SakUtkast;

/// The name of a change ("Change date") as its source text and translation context, so that
/// Undo and Redo name it in the language of the moment, also after the language changed; or,
/// without a source, a fixed text (`fast`) shown as it is.
struct Kommandonavn
{
    const char *kontekst = nullptr;
    const char *kilde = nullptr;
    QString fast = {};
    QString tekst() const { return kilde ? QCoreApplication::translate(kontekst, kilde) : fast; }
};

/// The one generic undo command of the case editor: the case before and after one change of one
/// field (a path such as "sammendrag" or "tilsynsobjekter[1].orgnr"). Consecutive changes of the
/// same field merge, so typing a word is one undo step.
class SakEndring final : public QUndoCommand
{
public:
    SakEndring(SakUtkast &utkast, QString felt, Tilsynssak foer, Tilsynssak etter, Kommandonavn navn);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *annen) override;

    const QString &felt() const { return m_felt; }
    /// The case before this change (before the first of the changes merged into it).
    const Tilsynssak &foer() const { return m_foer; }
    /// The change's name in the current language (the text it was made with if it has no source).
    QString navn() const { return m_navn.tekst(); }

private:
    SakUtkast &m_utkast;
    QString m_felt;
    Tilsynssak m_foer;
    Tilsynssak m_etter;
    Kommandonavn m_navn;
};

} // namespace tilsyn
