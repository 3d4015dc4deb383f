#include "sakutkast.h"

#include "items/sakendring.h"
#include "sync/synclager.h"

#include <QJsonObject>

#include <QUndoStack>

namespace tilsyn {

using namespace Qt::StringLiterals;

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
    m_lastet = sak;
    settSak(sak);
    m_undo->setClean();
}

void SakUtkast::endre(const QString &felt, const QString &beskrivelse,
                      const std::function<void(Tilsynssak &)> &endring)
{
    endre(felt, Kommandonavn{.fast = beskrivelse}, endring);
}

void SakUtkast::endre(const QString &felt, Kommandonavn navn, const std::function<void(Tilsynssak &)> &endring)
{
    Tilsynssak etter = m_sak;
    endring(etter);
    if (etter == m_sak)
        return;
    m_undo->push(new SakEndring(*this, felt, m_sak, etter, navn));
}

bool SakUtkast::erEndret() const
{
    return !m_undo->isClean() || m_versjon == 0;
}

void SakUtkast::markerLagret(int versjon)
{
    m_versjon = versjon;
    m_lastet = m_sak;
    m_undo->setClean();
    emit endret();
}

QStringList SakUtkast::rebaser(const Tilsynssak &lagret, int versjon)
{
    if (!erEndret() || m_versjon == 0) {
        if (m_versjon != 0)
            last(lagret, versjon);
        return {};
    }
    const QJsonObject base = SyncLager::dokument(m_lastet);
    const QJsonObject mine = SyncLager::dokument(m_sak);
    const QJsonObject deres = SyncLager::dokument(lagret);
    QJsonObject ny = deres;
    QStringList begge;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (it.value() == base.value(it.key()))
            continue;
        if (deres.value(it.key()) != base.value(it.key()) && deres.value(it.key()) != it.value())
            begge.append(it.key());
        ny.insert(it.key(), it.value());
    }
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!mine.contains(it.key()))
            ny.remove(it.key()); // removed here
    }
    QString feil;
    const std::optional<Tilsynssak> samlet = SyncLager::sakFraDokument(ny, &feil);
    if (!samlet)
        return mine.keys(); // cannot combine: keep everything here as it is (the save then refuses)
    last(lagret, versjon);
    if (samlet && !(*samlet == lagret))
        endre(u"rebasert"_s, tr("Keep my unsaved changes"), [&](Tilsynssak &s) { s = *samlet; });
    return begge;
}

void SakUtkast::settSak(const Tilsynssak &sak)
{
    m_sak = sak;
    m_problemer = valider(m_sak, m_katalog) + validerRegistrering(m_sak); // the editor's own rules too
    emit endret();
}

} // namespace tilsyn
