#include "fremdrift.h"

namespace tilsyn {

Fremdrift::Fremdrift(Rapport rapport, int intervallMs)
    : m_rapport(std::move(rapport)), m_intervallMs(intervallMs)
{
}

void Fremdrift::steg(qint64 gjort, qint64 totalt)
{
    sjekk();
    if (!m_rapport)
        return;
    // The first step, the last one, and otherwise one per interval.
    if (!m_sidenRapport.isValid() || (totalt > 0 && gjort >= totalt) || m_sidenRapport.elapsed() >= m_intervallMs) {
        m_sidenRapport.start();
        m_rapport(gjort, totalt);
    }
}

void Fremdrift::sjekk() const
{
    if (erAvbrutt())
        throw Avbrutt();
}

} // namespace tilsyn
