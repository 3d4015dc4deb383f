#include "sakendring.h"

#include "items/sakutkast.h"

namespace tilsyn {

SakEndring::SakEndring(SakUtkast &utkast, QString felt, Tilsynssak foer, Tilsynssak etter, const QString &tekst)
    : QUndoCommand(tekst), m_utkast(utkast), m_felt(std::move(felt)), m_foer(std::move(foer)), m_etter(std::move(etter))
{
}

SakEndring::SakEndring(SakUtkast &utkast, QString felt, Tilsynssak foer, Tilsynssak etter, Kommandonavn navn)
    : SakEndring(utkast, std::move(felt), std::move(foer), std::move(etter), navn.tekst())
{
    m_navn = navn;
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
