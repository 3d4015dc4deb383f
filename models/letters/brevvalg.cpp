// Which letters fit a case as it stands (issue 10, a new caseworker's tryout): brevvalg.h.

#include "letters/brevvalg.h"

#include "domain/tilsynssak.h"
#include "letters/brevtype.h"

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

bool forAvgjorelsen(const QString &type)
{
    return type == u"bm5-varsel" || type == u"bm5-varsel-ny-bestemmelse" || type == u"bm5-purring"
        || type == u"bm5-kontradiksjon" || type == u"bm5-kontradiksjon-objekt";
}

} // namespace

Brevvalg::Brevvalg(const Tilsynssak &sak, std::optional<Oppfolging> oppfolging)
    : m_sak(sak), m_oppfolging(std::move(oppfolging))
{
}

QString Brevvalg::passerIkke(const QString &type, const Brevmottaker &mottaker) const
{
    const Brevtype *t = brevtype(type);
    if (!t)
        return u"ukjent brevtype «%1»"_s.arg(type);
    const QList<Brevtype> saksTyper = brevtyperFor(m_sak.behandlingsmaate, m_sak.sektor);
    if (std::none_of(saksTyper.cbegin(), saksTyper.cend(), [&type](const Brevtype &b) { return b.kode == type; }))
        return m_sak.behandlingsmaate
            ? u"brevtypen %1 hører ikke til behandlingsmåte %2 i sektoren %3"_s.arg(type).arg(*m_sak.behandlingsmaate).arg(m_sak.sektor)
            : u"brevtypen %1 krever at saken har fått behandlingsmåte"_s.arg(type);
    const QList<Brevmottaker> mulige = muligeMottakere(m_sak, type);
    if (std::none_of(mulige.cbegin(), mulige.cend(), [&mottaker](const Brevmottaker &m) { return m.noekkel() == mottaker.noekkel(); }))
        return u"brevtypen %1 kan ikke sendes til «%2»"_s.arg(type, mottaker.noekkel());

    const bool avgjort = m_sak.utfall.has_value();
    const QString utfall = m_sak.utfall.value_or(QString());
    const Tilsynsobjekt *objekt = mottaker.objektId.isEmpty() ? nullptr : m_sak.objekt(mottaker.objektId);
    const QString navn = objekt ? objekt->navn : mottaker.navn;
    bool vurdert = false, lovbrudd = false;
    for (const Vurdering &v : m_sak.vurderinger) {
        if (objekt && v.objekt == objekt->id) {
            vurdert = true;
            lovbrudd = lovbrudd || v.konklusjon == u"lovbrudd";
        }
    }

    if (forAvgjorelsen(type) && avgjort)
        return u"saken er avgjort (utfall «%1»): brevtypen %2 hører til saksbehandlingen før avgjørelsen"_s.arg(utfall, type);
    // The decisions print each assessment's conclusion (the utfall is the case's, for the
    // statistics; a decision may be written before it is set, and finalising then records no
    // "avsluttet"): an object needs an assessment, unless the utfall concludes about no one.
    if (type == u"bm5-avgjorelse" && !vurdert && utfall != u"innledende" && utfall != u"oversendt-htil")
        return u"saken har ingen vurdering av %1, så det er ingen avgjørelse å gi %1"_s.arg(navn);
    if (type == u"bm5-resultat-innsender" && !avgjort && m_sak.vurderinger.isEmpty())
        return u"saken har verken utfall eller vurderinger: det er ikke noe resultat å gi innsenderen"_s;
    if (type == u"bm5-oversendelse-htil") {
        const bool oversendt = std::any_of(m_sak.vurderinger.cbegin(), m_sak.vurderinger.cend(),
                                           [](const Vurdering &v) { return v.konklusjon == u"oversendt-htil"; });
        if (avgjort ? utfall != u"oversendt-htil" : !oversendt)
            return u"saken er ikke oversendt Statens helsetilsyn (utfall «%1», ingen vurdering med konklusjonen "
                   u"oversendt-htil)"_s.arg(avgjort ? utfall : u"ingen"_s);
    }
    // The BM 3 closing letter says the statsforvalter has read the service's report: not before
    // the report is registered as received (issue 10, session 14).
    if (type == u"bm3-avslutning" && !m_sak.rapportMottatt.isValid())
        return u"rapporten fra %1 er ikke registrert mottatt (Rapport mottatt i saken): saken kan ikke avsluttes "
               u"etter rapport før den er kommet"_s.arg(navn);
    const bool oppfolgingsbrev = type.startsWith(u"oppfolging-");
    if ((type.startsWith(u"palegg-") || oppfolgingsbrev) && !lovbrudd)
        return u"ingen vurdering av %1 er konkludert med lovbrudd, så brevtypen %2 passer ikke"_s.arg(navn, type);
    if (oppfolgingsbrev) {
        QList<Lovbruddoppfolging> egne;
        if (m_oppfolging)
            for (const Lovbruddoppfolging &l : m_oppfolging->lovbrudd)
                if (l.objekt == mottaker.objektId)
                    egne.append(l);
        if (!m_oppfolging || egne.isEmpty())
            return u"oppfølging av lovbruddet til %1 er ikke startet"_s.arg(navn);
        const bool alleRettet = std::all_of(egne.cbegin(), egne.cend(), [](const Lovbruddoppfolging &l) { return l.erRettet(); });
        if (type == u"oppfolging-purring" && (alleRettet || m_oppfolging->erAvsluttet()))
            return u"lovbruddet til %1 er rettet eller oppfølgingen er avsluttet: ingen purring"_s.arg(navn);
        if (type == u"oppfolging-avslutning" && !alleRettet && !m_oppfolging->erAvsluttet())
            return u"lovbruddet til %1 er ikke registrert som rettet ennå: oppfølgingen kan ikke avsluttes"_s.arg(navn);
    }
    return {};
}

QList<Brevmottaker> Brevvalg::mottakere(const QString &type) const
{
    QList<Brevmottaker> ut = muligeMottakere(m_sak, type);
    ut.removeIf([this, &type](const Brevmottaker &m) { return !passer(type, m); });
    return ut;
}

QString Brevvalg::typenPasserIkke(const QString &type) const
{
    const QList<Brevmottaker> mulige = muligeMottakere(m_sak, type);
    for (const Brevmottaker &m : mulige)
        if (passer(type, m))
            return {};
    if (mulige.isEmpty())
        return brevtype(type) ? u"saken har ingen mottaker for brevtypen %1"_s.arg(type) : u"ukjent brevtype «%1»"_s.arg(type);
    return passerIkke(type, mulige.constFirst());
}

QList<Brevtype> Brevvalg::typer() const
{
    const bool avgjort = m_sak.utfall.has_value() || m_sak.avsluttet.isValid();
    // 0: the decision of a decided case; 1: its follow-up; 2: the rest in the order of the case's
    // life; 3: the receipt of a decided case; 4: the delay message.
    auto rang = [avgjort](const Brevtype &t) {
        if (t.kode == u"forsinkelsesmelding")
            return 4;
        if (!avgjort)
            return 2;
        if (t.kode == u"kvittering")
            return 3;
        if (t.erAvgjorelse || t.milepel == u"avsluttet" || t.kode == u"bm5-resultat-innsender")
            return 0;
        return t.kode.startsWith(u"oppfolging-") ? 1 : 2;
    };
    QList<Brevtype> ut;
    for (const Brevtype &t : brevtyperFor(m_sak.behandlingsmaate, m_sak.sektor))
        if (typenPasserIkke(t.kode).isEmpty())
            ut.append(t);
    std::stable_sort(ut.begin(), ut.end(), [&rang](const Brevtype &a, const Brevtype &b) { return rang(a) < rang(b); });
    return ut;
}

} // namespace tilsyn
