#pragma once

#include "domain/tilsynssak.h"

#include <QHash>
#include <QRandomGenerator>

namespace tilsyn {

class Katalog;

/// Makes valid tilsynssaker at any volume, the same ones for the same seed: a realistic spread of
/// sektorer, embeter, behandlingsmåter, objects and (in BM 5) vurderinger with a consistent utfall.
class CaseGenerator final
{
public:
    CaseGenerator(const Katalog &katalog, quint32 seed);

    Tilsynssak neste();
    /// Share (0–1) of cases left open (no avsluttet); default 0.15.
    void settAndelAapne(double andel) { m_andelAapne = andel; }

private:
    QString uuid();
    QString orgnr();
    template<typename T> const T &velg(const QList<T> &liste) { return liste[m_rng.bounded(int(liste.size()))]; }

    const Katalog &m_katalog;
    QRandomGenerator m_rng;
    QHash<QString, int> m_loepenr; // "embete/år" -> last N
    double m_andelAapne = 0.15;
};

} // namespace tilsyn
