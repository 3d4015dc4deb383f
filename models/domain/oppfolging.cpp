#include "oppfolging.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"

#include <QCoreApplication>
#include <QLocale>

namespace tilsyn {

using namespace Qt::StringLiterals;

QString bestemmelseVist(const Katalog &katalog, const QString &kode)
{
    const Maalform form = uiMaalform();
    const KatalogPost *post = katalog.post(Katalog::Liste::Bestemmelse, kode);
    if (!post)
        return kode;
    return post->paragrafPaa(form).isEmpty() ? post->navnPaa(form) : post->paragrafPaa(form);
}

bool Lovbruddoppfolging::harDokumentasjon() const
{
    return std::any_of(hendelser.cbegin(), hendelser.cend(),
                       [](const Oppfolgingshendelse &h) { return h.type == Oppfolgingshendelse::Type::Dokumentasjon; });
}

bool Lovbruddoppfolging::tilVurdering() const
{
    if (erRettet())
        return false;
    for (auto h = hendelser.crbegin(); h != hendelser.crend(); ++h) {
        if (h->type == Oppfolgingshendelse::Type::Dokumentasjon)
            return true;
        if (h->type == Oppfolgingshendelse::Type::Purring)
            return false;
    }
    return false;
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
        p.append({u"behandlingsmaate"_s, QCoreApplication::translate("Oppfolging", "follow-up of breaches belongs to handling method 5 only")});
    if (!sak.avsluttet.isValid())
        p.append({u"avsluttet"_s, QCoreApplication::translate("Oppfolging", "follow-up starts after the decision; the case is not closed")});
    if (lovbruddFraSak(sak).isEmpty())
        p.append({u"vurderinger"_s, QCoreApplication::translate("Oppfolging", "the case has no assessment concluding with a breach")});
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

Problemer kanAvslutteOppfolging(const Oppfolging &o, const QDate &dato, const Katalog &katalog)
{
    Problemer p;
    if (o.erAvsluttet())
        p.append({u"avsluttet"_s, QCoreApplication::translate("Oppfolging", "the follow-up is already closed")});
    for (qsizetype i = 0; i < o.lovbrudd.size(); ++i) {
        const Lovbruddoppfolging &l = o.lovbrudd[i];
        const QString felt = u"lovbrudd[%1]"_s.arg(i);
        if (!l.erRettet())
            p.append({felt, QCoreApplication::translate("Oppfolging", "the breach of %1 is not corrected yet; the follow-up cannot be closed").arg(bestemmelseVist(katalog, l.bestemmelse))});
        else if (dato < l.rettet)
            p.append({felt, QCoreApplication::translate("Oppfolging", "the closing date is before the breach of %1 was corrected").arg(bestemmelseVist(katalog, l.bestemmelse))});
    }
    if (!dato.isValid() || (o.startet.isValid() && dato < o.startet))
        p.append({u"avsluttet"_s, QCoreApplication::translate("Oppfolging", "the closing date is missing or before the follow-up started")});
    return p;
}

Problemer kanPurre(const Lovbruddoppfolging &l, const QDate &dato)
{
    Problemer p;
    if (l.erRettet())
        p.append({u"rettet"_s, QCoreApplication::translate("Oppfolging", "the breach is corrected; there is nothing to remind about")});
    else if (!l.frist.isValid())
        p.append({u"frist"_s, QCoreApplication::translate("Oppfolging", "the breach has no deadline yet")});
    else if (!(l.frist < dato))
        p.append({u"frist"_s, QCoreApplication::translate("Oppfolging", "the deadline %1 has not passed").arg(l.frist.toString(u"dd.MM.yyyy"_s))});
    return p;
}

Problemer kanMarkereRettet(const Lovbruddoppfolging &l, const QDate &dato, const QString &bevis)
{
    Problemer p;
    if (l.erRettet())
        p.append({u"rettet"_s, QCoreApplication::translate("Oppfolging", "the breach is already marked corrected")});
    if (!l.harDokumentasjon())
        p.append({u"dokumentasjon"_s, QCoreApplication::translate("Oppfolging", "no documentation has been received from the service")});
    if (bevis.trimmed().isEmpty())
        p.append({u"bevis"_s, QCoreApplication::translate("Oppfolging", "describe what shows that practice has changed (not just a plan)")});
    if (!dato.isValid())
        p.append({u"rettet"_s, QCoreApplication::translate("Oppfolging", "the date is missing")});
    return p;
}

} // namespace tilsyn
