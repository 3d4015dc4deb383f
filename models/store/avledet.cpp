#include "avledet.h"

#include "domain/frist.h"
#include "domain/katalog.h"
#include "domain/tilsynssak.h"

#include <QStringList>

namespace tilsyn {

using namespace Qt::StringLiterals;

AvledeteKolonner avledeteKolonner(const Tilsynssak &sak, const Katalog &katalog)
{
    // The frist and milestone dates do not depend on the day they are computed.
    const Frist frist = beregnFrist(sak, katalog, QDate::currentDate());
    QStringList navn;
    for (const Tilsynsobjekt &o : sak.tilsynsobjekter)
        navn.append(o.navn);
    AvledeteKolonner a{frist.fristDato, frist.milepel, navn.join(u", "_s), {}};
    QString tekst = sak.saksnummer.value_or(QString()) + u' ' + a.objektNavn + u' ' + sak.sammendrag.value_or(QString());
    // The office's name in both målformer, so "Vestland" or "Oslo og Akershus" in the list
    // filter finds its cases. Migration 049 appends the same to stores written before.
    if (const KatalogPost *embete = katalog.post(Katalog::Liste::Embete, sak.embete)) {
        tekst += u' ' + embete->navn;
        if (!embete->navnNn.isEmpty() && embete->navnNn != embete->navn)
            tekst += u' ' + embete->navnNn;
    }
    a.soketekst = tekst.toCaseFolded();
    return a;
}

} // namespace tilsyn
