#include "oppfolging.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"

#include <QCoreApplication>

namespace tilsyn {

/// The follow-up rules' messages, in the UI's language (i18n/tekster/meldinger.py); a provision
/// named by law, § and name (the built-in catalogue), never by code.
class Oppfolgingsregel final
{
    Q_DECLARE_TR_FUNCTIONS(tilsyn::Oppfolgingsregel)
};

namespace {

QString bestemmelsen(const QString &kode)
{
    return katalogNavn(Katalog::innebygd(), Katalog::Liste::Bestemmelse, kode);
}

} // namespace

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
        p.append({u"behandlingsmaate"_s, Oppfolgingsregel::tr("follow-up of breaches applies only to handling method 5")});
    if (!sak.avsluttet.isValid())
        p.append({u"avsluttet"_s, Oppfolgingsregel::tr("the follow-up starts after the decision; the case is not closed")});
    if (lovbruddFraSak(sak).isEmpty())
        p.append({u"vurderinger"_s, Oppfolgingsregel::tr("the case has no assessment concluding «%1»").arg(katalogNavn(Katalog::innebygd(), Katalog::Liste::Konklusjon, u"lovbrudd"_s))});
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
        p.append({u"avsluttet"_s, Oppfolgingsregel::tr("the follow-up is already closed")});
    for (qsizetype i = 0; i < o.lovbrudd.size(); ++i) {
        const Lovbruddoppfolging &l = o.lovbrudd[i];
        const QString felt = u"lovbrudd[%1]"_s.arg(i);
        if (!l.erRettet())
            p.append({felt, Oppfolgingsregel::tr("the breach of «%1» is not corrected; the follow-up cannot be closed").arg(bestemmelsen(l.bestemmelse))});
        else if (dato < l.rettet)
            p.append({felt, Oppfolgingsregel::tr("the closing date is before the breach of «%1» was corrected").arg(bestemmelsen(l.bestemmelse))});
    }
    if (!dato.isValid() || (o.startet.isValid() && dato < o.startet))
        p.append({u"avsluttet"_s, Oppfolgingsregel::tr("the closing date is missing or before the follow-up started")});
    return p;
}

Problemer kanPurre(const Lovbruddoppfolging &l, const QDate &dato)
{
    Problemer p;
    if (l.erRettet())
        p.append({u"rettet"_s, Oppfolgingsregel::tr("the breach is corrected; there is nothing to send a reminder about")});
    else if (!l.frist.isValid())
        p.append({u"frist"_s, Oppfolgingsregel::tr("the breach has no deadline yet")});
    else if (!(l.frist < dato))
        p.append({u"frist"_s, Oppfolgingsregel::tr("the deadline %1 has not passed").arg(l.frist.toString(u"dd.MM.yyyy"_s))});
    return p;
}

Problemer kanMarkereRettet(const Lovbruddoppfolging &l, const QDate &dato, const QString &bevis)
{
    Problemer p;
    if (l.erRettet())
        p.append({u"rettet"_s, Oppfolgingsregel::tr("the breach is already marked as corrected")});
    if (!l.harDokumentasjon())
        p.append({u"dokumentasjon"_s, Oppfolgingsregel::tr("no documentation has been received from the virksomhet")});
    if (bevis.trimmed().isEmpty())
        p.append({u"bevis"_s, Oppfolgingsregel::tr("describe what shows that the practice has changed (not only a plan)")});
    if (!dato.isValid())
        p.append({u"rettet"_s, Oppfolgingsregel::tr("the date is missing")});
    return p;
}

} // namespace tilsyn
