#include "sakendring.h"

#include "items/sakutkast.h"

namespace tilsyn {

SakEndring::SakEndring(SakUtkast &utkast, QString felt, Tilsynssak foer, Tilsynssak etter, Kommandonavn navn)
    : QUndoCommand(navn.tekst()), m_utkast(utkast), m_felt(std::move(felt)), m_foer(std::move(foer)),
      m_etter(std::move(etter)), m_navn(std::move(navn))
{
}

void SakEndring::undo()
{
    m_utkast.settSak(m_foer);
}

void SakEndring::redo()
{
    m_utkast.settSak(m_etter);
}

bool SakEndring::mergeWith(const QUndoCommand *annen)
{
    const auto *a = static_cast<const SakEndring *>(annen);
    if (a->m_felt != m_felt || m_felt.isEmpty())
        return false;
    m_etter = a->m_etter;
    setObsolete(m_etter == m_foer);
    return true;
}

} // namespace tilsyn
