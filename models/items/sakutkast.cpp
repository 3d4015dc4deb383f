#include "sakutkast.h"

#include "items/sakendring.h"

#include <QUndoStack>

namespace tilsyn {

SakUtkast::SakUtkast(const Katalog &katalog, QObject *parent)
    : QObject(parent), m_katalog(katalog), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &SakUtkast::endret);
}

SakUtkast::~SakUtkast() = default;

Problemer SakUtkast::problemerFor(const QString &felt) const
{
    Problemer ut;
    for (const Problem &p : m_problemer) {
        if (p.felt == felt || p.felt.startsWith(felt + u'[') || p.felt.startsWith(felt + u'.'))
            ut.append(p);
    }
    return ut;
}

void SakUtkast::last(const Tilsynssak &sak, int versjon)
{
    m_undo->clear();
    m_versjon = versjon;
    settSak(sak);
    m_undo->setClean();
}

void SakUtkast::endre(const QString &felt, const QString &beskrivelse,
                      const std::function<void(Tilsynssak &)> &endring)
{
    Tilsynssak etter = m_sak;
    endring(etter);
    if (etter == m_sak)
        return;
    m_undo->push(new SakEndring(*this, felt, m_sak, etter, beskrivelse));
}

bool SakUtkast::erEndret() const
{
    return !m_undo->isClean() || m_versjon == 0;
}

void SakUtkast::markerLagret(int versjon)
{
    m_versjon = versjon;
    m_undo->setClean();
    emit endret();
}

void SakUtkast::settSak(const Tilsynssak &sak)
{
    m_sak = sak;
    m_problemer = valider(m_sak, m_katalog);
    emit endret();
}

} // namespace tilsyn
