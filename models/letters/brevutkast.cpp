#include "brevutkast.h"
#include "innsenderkopi.h"

#include "domain/frist.h"
#include "domain/tilsynssak.h"
#include "letters/maalformkontroll.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

Brevmottaker helsetilsynet()
{
    return {u"Statens helsetilsyn"_s, u"Postboks 231 Skøyen\n0213 Oslo"_s, Maalform::Bokmaal,
            Mottakerrolle::Helsetilsynet, {}};
}

std::optional<Brevmottaker> innsenderMottaker(const Tilsynssak &sak)
{
    if (!sak.innsender || sak.innsender->navn.trimmed().isEmpty())
        return std::nullopt;
    return Brevmottaker{sak.innsender->navn, sak.innsender->adresse,
                        maalformFraKode(sak.innsender->maalform.value_or(QString())),
                        Mottakerrolle::Innsender, {}};
}

Brevmottaker objektMottaker(const Tilsynsobjekt &o, Mottakerrolle rolle)
{
    return {o.navn, o.adresse.value_or(QString()), maalformFraKode(o.maalform.value_or(QString())), rolle, o.id};
}

} // namespace

QString Brevmottaker::noekkel() const
{
    switch (rolle) {
    case Mottakerrolle::Innsender:
        return u"innsender"_s;
    case Mottakerrolle::Helsetilsynet:
        return u"helsetilsynet"_s;
    case Mottakerrolle::Tilsynsobjekt:
    case Mottakerrolle::Ledelse:
        break;
    }
    return objektId;
}

QString datoIOrd(const QDate &d)
{
    static const char *const maaneder[] = {"januar", "februar", "mars", "april", "mai", "juni", "juli",
                                           "august", "september", "oktober", "november", "desember"};
    if (!d.isValid())
        return {};
    return u"%1. %2 %3"_s.arg(d.day()).arg(QLatin1StringView(maaneder[d.month() - 1])).arg(d.year());
}

const QStringList &fritekstfelt()
{
    static const QStringList felt{u"saksforhold"_s, u"saksgang"_s, u"veiledning"_s, u"fritekst"_s,
                                  u"forventning"_s, u"begrunnelse_innsender"_s, u"sporsmaal"_s,
                                  u"bakgrunn"_s, u"uttalelse"_s, u"motetid"_s, u"motested"_s,
                                  u"dokumentasjon"_s, u"grunn"_s, u"parter_orientert"_s, u"palegg"_s};
    return felt;
}

bool innsenderHarInnsyn(const Tilsynssak &sak)
{
    for (const QString &kilde : sak.kilder) {
        if (kilde == u"pasient-bruker" || kilde == u"barnet" || kilde == u"mor-far")
            return true;
    }
    return false;
}

Maalform begrunnelsensMaalform(const Tilsynssak &sak, const QString &objektId)
{
    const Tilsynsobjekt *o = sak.objekt(objektId);
    return maalformFraKode(o ? o->maalform.value_or(QString()) : QString(), Maalform::Bokmaal);
}

bool kanFaaPaalegg(const QString &objekttype)
{
    return objekttype == u"kommunal-barneverntjeneste" || objekttype == u"nav-kontor";
}

QList<Brevmottaker> muligeMottakere(const Tilsynssak &sak, const QString &type)
{
    const Brevtype *t = brevtype(type);
    QList<Brevmottaker> ut;
    if (!t)
        return ut;
    switch (t->mottaker) {
    case Mottakerrolle::Innsender:
        if (auto m = innsenderMottaker(sak))
            ut.append(*m);
        break;
    case Mottakerrolle::Tilsynsobjekt:
    case Mottakerrolle::Ledelse:
        for (const Tilsynsobjekt &o : sak.tilsynsobjekter)
            if (!type.startsWith(u"palegg-"_s) || kanFaaPaalegg(o.type))
                ut.append(objektMottaker(o, t->mottaker));
        break;
    case Mottakerrolle::Helsetilsynet:
        ut.append(helsetilsynet());
        break;
    }
    return ut;
}

bool harRegistrertMaalform(const Tilsynssak &sak, const Brevmottaker &m)
{
    const auto kjent = [](const std::optional<QString> &kode) {
        return kode && (*kode == u"nb"_s || *kode == u"nn"_s);
    };
    switch (m.rolle) {
    case Mottakerrolle::Innsender:
        return sak.innsender && kjent(sak.innsender->maalform);
    case Mottakerrolle::Helsetilsynet:
        return true;
    case Mottakerrolle::Tilsynsobjekt:
    case Mottakerrolle::Ledelse:
        break;
    }
    const Tilsynsobjekt *o = sak.objekt(m.objektId);
    return o && kjent(o->maalform);
}

Brevutkast foreslaaUtkast(const Tilsynssak &sak, const QString &type, const QDate &idag, const QString &objektId,
                          std::optional<Maalform> maalform)
{
    Brevutkast u;
    u.type = type;
    u.dato = idag;
    const QList<Brevmottaker> mulige = muligeMottakere(sak, type);
    for (const Brevmottaker &m : mulige) {
        if (objektId.isEmpty() || m.objektId == objektId) {
            u.mottaker = m;
            break;
        }
    }
    if (mulige.isEmpty() && !sak.tilsynsobjekter.isEmpty() && type != u"bm5-resultat-innsender"_s
        && !type.startsWith(u"palegg-"_s))
        // no innsender: write to the object
        u.mottaker = objektMottaker(sak.tilsynsobjekter.constFirst(), Mottakerrolle::Tilsynsobjekt);
    u.maalform = maalform.value_or(u.mottaker.maalform);
    // Deres dato / Deres ref: what the case records for this party (the henvendelse, or the
    // object's last letter).
    if (u.mottaker.rolle == Mottakerrolle::Innsender && sak.innsender) {
        u.deresDato = sak.innsender->deresDato;
        u.deresRef = sak.innsender->deresRef;
    } else if (const Tilsynsobjekt *o = u.mottaker.objektId.isEmpty() ? nullptr : sak.objekt(u.mottaker.objektId)) {
        u.deresDato = o->deresDato;
        u.deresRef = o->deresRef;
    }
    settKopiTilInnsender(sak, u, kopiTilInnsenderForeslaatt(sak, u));
    // A decision goes to its own party; copies of it only by the caseworker's choice (kopiAdvarsel()).
    u.saksbehandler.navn = sak.saksbehandler.value_or(QString());
    u.svarfrist = idag.addDays(21);
    u.nyForventetDato = idag.addMonths(2);
    u.oppfolgingsfrist = idag.addMonths(2);
    // The summary as the Saksforhold only when it is in the letter's målform (DOMAIN.md § 6): a
    // nynorsk summary never starts a bokmål letter; the letter then asks for the text instead.
    if (sak.sammendrag && !paaAnnenMaalform(*sak.sammendrag, u.maalform))
        u.fritekst.insert(u"saksforhold"_s, *sak.sammendrag);
    if (type == u"bm2-oversendelse"_s || type == u"bm5-oversendelse-htil"_s)
        u.vedlegg.append((u.maalform == Maalform::Nynorsk ? u"Henvendinga, motteken %1"_s : u"Henvendelsen, mottatt %1"_s)
                             .arg(datoIOrd(sak.mottatt)));
    return u;
}

bool kopiTilInnsenderForeslaatt(const Tilsynssak &sak, const Brevutkast &utkast)
{
    const Brevtype *t = brevtype(utkast.type);
    return t && t->kopiTilInnsender && utkast.mottaker.rolle != Mottakerrolle::Innsender
        && innsenderMottaker(sak).has_value();
}

bool settKopiTilInnsender(const Tilsynssak &sak, Brevutkast &utkast, bool paa)
{
    utkast.kopiTil.removeIf([](const Brevmottaker &k) { return k.rolle == Mottakerrolle::Innsender; });
    const auto m = innsenderMottaker(sak);
    if (!paa || !m || utkast.mottaker.rolle == Mottakerrolle::Innsender)
        return false;
    utkast.kopiTil.prepend(*m);
    return true;
}

Brevutkast kopiAv(const Brevutkast &utkast, qsizetype i)
{
    Brevutkast kopi = utkast;
    if (i >= 0 && i < utkast.kopiTil.size()) {
        kopi.maalform = utkast.kopiTil[i].maalform;
        kopi.kopimottaker = utkast.kopiTil[i].navn;
    }
    return kopi;
}

} // namespace tilsyn
