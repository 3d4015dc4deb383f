#include "oppfolging.h"

#include "domain/tilsynssak.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

bool Lovbruddoppfolging::harDokumentasjon() const
{
    return std::any_of(hendelser.cbegin(), hendelser.cend(),
                       [](const Oppfolgingshendelse &h) { return h.type == Oppfolgingshendelse::Type::Dokumentasjon; });
}

QDate Lovbruddoppfolging::nesteFrist(const QDate &idag) const
{
    QDate neste;
    for (const Oppfolgingshendelse &h : hendelser) {
        if (h.type == Oppfolgingshendelse::Type::Milepel && h.dato >= idag && (!neste.isValid() || h.dato < neste))
            neste = h.dato;
    }
    return neste.isValid() && (!frist.isValid() || neste < frist) ? neste : frist;
}

Problemer kanStarteOppfolging(const Tilsynssak &sak)
{
    Problemer p;
    if (sak.behandlingsmaate != 5)
        p.append({u"behandlingsmaate"_s, u"oppfølging av lovbrudd gjelder bare behandlingsmåte 5"_s});
    if (!sak.avsluttet.isValid())
        p.append({u"avsluttet"_s, u"oppfølging starter etter avgjørelsen; saken er ikke avsluttet"_s});
    if (lovbruddFraSak(sak).isEmpty())
        p.append({u"vurderinger"_s, u"saken har ingen vurdering med konklusjon lovbrudd"_s});
    return p;
}

QList<Lovbruddoppfolging> lovbruddFraSak(const Tilsynssak &sak)
{
    QList<Lovbruddoppfolging> ut;
    for (const Vurdering &v : sak.vurderinger) {
        if (v.konklusjon != u"lovbrudd")
            continue;
        Lovbruddoppfolging l;
        l.bestemmelse = v.bestemmelse;
        l.objekt = v.objekt;
        ut.append(l);
    }
    return ut;
}

Problemer kanAvslutteOppfolging(const Oppfolging &o, const QDate &dato)
{
    Problemer p;
    if (o.erAvsluttet())
        p.append({u"avsluttet"_s, u"oppfølgingen er allerede avsluttet"_s});
    for (qsizetype i = 0; i < o.lovbrudd.size(); ++i) {
        const Lovbruddoppfolging &l = o.lovbrudd[i];
        const QString felt = u"lovbrudd[%1]"_s.arg(i);
        if (!l.erRettet())
            p.append({felt, u"lovbruddet etter %1 er ikke rettet; oppfølgingen kan ikke avsluttes"_s.arg(l.bestemmelse)});
        else if (dato < l.rettet)
            p.append({felt, u"avslutningsdatoen er før lovbruddet etter %1 ble rettet"_s.arg(l.bestemmelse)});
    }
    if (!dato.isValid() || (o.startet.isValid() && dato < o.startet))
        p.append({u"avsluttet"_s, u"avslutningsdatoen mangler eller er før oppfølgingen startet"_s});
    return p;
}

Problemer kanPurre(const Lovbruddoppfolging &l, const QDate &dato)
{
    Problemer p;
    if (l.erRettet())
        p.append({u"rettet"_s, u"lovbruddet er rettet; det er ingenting å purre på"_s});
    else if (!l.frist.isValid())
        p.append({u"frist"_s, u"lovbruddet har ingen frist ennå"_s});
    else if (!(l.frist < dato))
        p.append({u"frist"_s, u"fristen %1 er ikke passert"_s.arg(l.frist.toString(u"dd.MM.yyyy"_s))});
    return p;
}

Problemer kanMarkereRettet(const Lovbruddoppfolging &l, const QDate &dato, const QString &bevis)
{
    Problemer p;
    if (l.erRettet())
        p.append({u"rettet"_s, u"lovbruddet er allerede markert som rettet"_s});
    if (!l.harDokumentasjon())
        p.append({u"dokumentasjon"_s, u"ingen dokumentasjon er mottatt fra virksomheten"_s});
    if (bevis.trimmed().isEmpty())
        p.append({u"bevis"_s, u"beskriv hva som viser at praksis er endret (ikke bare en plan)"_s});
    if (!dato.isValid())
        p.append({u"rettet"_s, u"datoen mangler"_s});
    return p;
}

} // namespace tilsyn
