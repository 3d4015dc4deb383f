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
    // The office's name is not in it: the list filter matches a word against the catalogue's
    // office names itself (SakFilter::tilSql), which keeps ~65 characters per case out of every row
    // and out of the search index (migration 057 took them out of stores written by 049).
    a.soketekst = QString(sak.saksnummer.value_or(QString()) + u' ' + a.objektNavn + u' '
                          + sak.sammendrag.value_or(QString()))
                      .toCaseFolded();
    return a;
}

} // namespace tilsyn
