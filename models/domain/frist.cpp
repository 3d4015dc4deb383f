#include "frist.h"

#include "katalog.h"
#include "tilsynssak.h"

namespace tilsyn {

QDate fristDato(const QDate &mottatt, const Fristregel &regel)
{
    if (!mottatt.isValid() || !regel.harFrist())
        return {};
    return mottatt.addMonths(regel.maaneder).addDays(regel.dager);
}

QDate milepelDato(const Tilsynssak &sak, const Fristregel &regel)
{
    if (regel.milepel == u"avsluttet")
        return sak.avsluttet;
    if (regel.milepel == u"oversendt")
        return sak.oversendt;
    if (regel.milepel == u"mote")
        return sak.mote;
    return {};
}

bool innenFrist(const Tilsynssak &sak, const Fristregel &regel)
{
    const QDate milepel = milepelDato(sak, regel);
    const QDate frist = fristDato(sak.mottatt, regel);
    return milepel.isValid() && frist.isValid() && milepel <= frist;
}

Frist beregnFrist(const Tilsynssak &sak, const Katalog &katalog, const QDate &idag)
{
    Frist f;
    if (!sak.behandlingsmaate)
        return f;
    const Fristregel *regel = katalog.behandlingsmaate(*sak.behandlingsmaate);
    if (!regel || !regel->harFrist())
        return f;
    f.fristDato = fristDato(sak.mottatt, *regel);
    f.milepel = milepelDato(sak, *regel);
    if (f.milepel.isValid()) {
        f.status = f.milepel <= f.fristDato ? Friststatus::InnenFrist : Friststatus::EtterFrist;
        return f;
    }
    f.dagerIgjen = int(idag.daysTo(f.fristDato));
    f.status = f.dagerIgjen < 0 ? Friststatus::Forfalt : Friststatus::Loeper;
    return f;
}

QDate valgfrist(const Tilsynssak &sak, const Fristvalg &valg)
{
    if (sak.behandlingsmaate || !sak.mottatt.isValid())
        return {};
    return sak.mottatt.addDays(valg.dagerTilValgAvBm);
}

GjeldendeFrist gjeldendeFrist(const Fristgrunnlag &g, const Fristvalg &valg)
{
    if (!g.behandlingsmaate && !g.avsluttet.isValid() && g.mottatt.isValid())
        return {Fristart::ValgAvBm, g.mottatt.addDays(valg.dagerTilValgAvBm)};
    if (g.fristDato.isValid() && !g.milepel.isValid())
        return {Fristart::Behandlingsmaate, g.fristDato};
    if (g.behandlingsmaate == 3 && g.milepel.isValid() && !g.avsluttet.isValid() && !g.rapportMottatt.isValid()
        && g.rapportfrist.isValid())
        return {Fristart::Rapport, g.rapportfrist};
    return {};
}

bool forfallerSnart(const Frist &f, const Fristvalg &valg)
{
    return f.status == Friststatus::Loeper && f.dagerIgjen <= valg.forfallerSnartDager;
}

bool boerSendeForsinkelsesmelding(const Frist &f, const Fristvalg &valg)
{
    return f.status == Friststatus::Forfalt || forfallerSnart(f, valg);
}

} // namespace tilsyn
