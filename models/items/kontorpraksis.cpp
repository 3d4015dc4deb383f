#include "kontorpraksis.h"

#include "domain/tilsynssak.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

const Setting<QString> Kontorpraksis::saksnummerkilde{"kontor/saksnummerkilde", u"arkiv"_s};
const Setting<QStringList> Kontorpraksis::brevSomKreverGodkjenning{"kontor/brev_som_krever_godkjenning", {}};

Saksnummerkilde Kontorpraksis::saksnummer()
{
    return saksnummerkilde.verdi() == u"sentral" ? Saksnummerkilde::Sentral : Saksnummerkilde::Arkiv;
}

Ferdigstillingssperre Kontorpraksis::sperre(const Tilsynssak &sak, const QString &type,
                                            const QStringList &kreverGodkjenning)
{
    if (!sak.saksnummer || sak.saksnummer->isEmpty())
        return Ferdigstillingssperre::ManglerSaksnummer;
    if (kreverGodkjenning.contains(type))
        return Ferdigstillingssperre::KreverGodkjenning;
    return Ferdigstillingssperre::Ingen;
}

} // namespace tilsyn
