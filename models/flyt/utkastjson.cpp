#include "utkastjson.h"

#include "store/storeerror.h"

#include <QJsonArray>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QJsonObject person(const Brevperson &p)
{
    return {{"navn"_L1, p.navn}, {"tittel"_L1, p.tittel}, {"telefon"_L1, p.telefon}};
}

Brevperson person(const QJsonObject &o)
{
    return {o.value("navn"_L1).toString(), o.value("tittel"_L1).toString(), o.value("telefon"_L1).toString()};
}

QJsonObject mottaker(const Brevmottaker &m)
{
    return {{"navn"_L1, m.navn}, {"adresse"_L1, m.adresse}, {"maalform"_L1, maalformKode(m.maalform)},
            {"rolle"_L1, int(m.rolle)}, {"objekt"_L1, m.objektId}};
}

Brevmottaker mottaker(const QJsonObject &o)
{
    Brevmottaker m;
    m.navn = o.value("navn"_L1).toString();
    m.adresse = o.value("adresse"_L1).toString();
    m.maalform = maalformFraKode(o.value("maalform"_L1).toString());
    const int rolle = o.value("rolle"_L1).toInt();
    if (rolle < int(Mottakerrolle::Innsender) || rolle > int(Mottakerrolle::Helsetilsynet))
        throw StoreError(u"utkastet har en ukjent mottakerrolle %1"_s.arg(rolle), StoreError::Art::Korrupt);
    m.rolle = Mottakerrolle(rolle);
    m.objektId = o.value("objekt"_L1).toString();
    return m;
}

QJsonValue dato(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate dato(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QJsonObject utkastTilJson(const Brevutkast &u)
{
    QJsonArray kopi;
    for (const Brevmottaker &m : u.kopiTil)
        kopi.append(mottaker(m));
    QJsonArray hendelser;
    for (const Brevhendelse &h : u.hendelser)
        hendelser.append(QJsonObject{{"dato"_L1, dato(h.dato)}, {"type"_L1, h.type}, {"mottaker"_L1, h.mottaker}});
    QJsonObject fritekst;
    for (auto it = u.fritekst.cbegin(); it != u.fritekst.cend(); ++it)
        fritekst.insert(it.key(), it.value());
    QJsonObject o{{"type"_L1, u.type},
            {"maalform"_L1, maalformKode(u.maalform)},
            {"mottaker"_L1, mottaker(u.mottaker)},
            {"kopi_til"_L1, kopi},
            {"dato"_L1, dato(u.dato)},
            {"deres_dato"_L1, dato(u.deresDato)},
            {"deres_ref"_L1, u.deresRef},
            {"dokumentnummer"_L1, u.dokumentnummer ? QJsonValue(*u.dokumentnummer) : QJsonValue()},
            {"saksbehandler"_L1, person(u.saksbehandler)},
            {"objekter"_L1, QJsonArray::fromStringList(u.objekter)},
            {"vedlegg"_L1, QJsonArray::fromStringList(u.vedlegg)},
            {"hendelser"_L1, hendelser},
            {"unntatt_offentlighet"_L1, u.unntattOffentlighet},
            {"hjemmel"_L1, u.hjemmel},
            {"svarfrist"_L1, dato(u.svarfrist)},
            {"ny_forventet_dato"_L1, dato(u.nyForventetDato)},
            {"oppfolgingsfrist"_L1, dato(u.oppfolgingsfrist)},
            {"kopimottaker"_L1, u.kopimottaker},
            {"fritekst"_L1, fritekst}};
    if (u.navngiInnsender)
        o.insert("navngi_innsender"_L1, true);
    if (!u.oppfolging.isEmpty()) // a follow-up letter's breaches: only then, so other drafts stay as they were
        o.insert("oppfolging"_L1, oppfolgingTilJson(u.oppfolging));
    return o;
}

QJsonArray oppfolgingTilJson(const QList<Lovbruddoppfolging> &lovbrudd)
{
    QJsonArray ut;
    for (const Lovbruddoppfolging &l : lovbrudd) {
        QJsonArray dokumentasjon;
        for (const Oppfolgingshendelse &h : l.hendelser)
            if (h.type == Oppfolgingshendelse::Type::Dokumentasjon)
                dokumentasjon.append(QJsonObject{{"dato"_L1, dato(h.dato)}, {"tekst"_L1, h.tekst}});
        ut.append(QJsonObject{{"bestemmelse"_L1, l.bestemmelse}, {"objekt"_L1, l.objekt},
                              {"dokumentasjon"_L1, dokumentasjon}, {"rettet"_L1, dato(l.rettet)},
                              {"bevis"_L1, l.bevis}});
    }
    return ut;
}

Brevutkast utkastFraJson(const QJsonObject &o)
{
    if (!o.value("type"_L1).isString() || !o.value("mottaker"_L1).isObject())
        throw StoreError(u"utkastet mangler type eller mottaker"_s, StoreError::Art::Korrupt);
    Brevutkast u;
    u.type = o.value("type"_L1).toString();
    u.maalform = maalformFraKode(o.value("maalform"_L1).toString());
    u.mottaker = mottaker(o.value("mottaker"_L1).toObject());
    for (const QJsonValue &v : o.value("kopi_til"_L1).toArray())
        u.kopiTil.append(mottaker(v.toObject()));
    u.dato = dato(o.value("dato"_L1));
    u.deresDato = dato(o.value("deres_dato"_L1));
    u.deresRef = o.value("deres_ref"_L1).toString();
    if (o.value("dokumentnummer"_L1).isDouble())
        u.dokumentnummer = o.value("dokumentnummer"_L1).toInt();
    u.saksbehandler = person(o.value("saksbehandler"_L1).toObject());
    for (const QJsonValue &v : o.value("objekter"_L1).toArray())
        u.objekter.append(v.toString());
    for (const QJsonValue &v : o.value("vedlegg"_L1).toArray())
        u.vedlegg.append(v.toString());
    for (const QJsonValue &v : o.value("hendelser"_L1).toArray()) {
        const QJsonObject h = v.toObject();
        u.hendelser.append({dato(h.value("dato"_L1)), h.value("type"_L1).toString(), h.value("mottaker"_L1).toString()});
    }
    u.unntattOffentlighet = o.value("unntatt_offentlighet"_L1).toBool(true);
    u.hjemmel = o.value("hjemmel"_L1).toString();
    u.svarfrist = dato(o.value("svarfrist"_L1));
    u.nyForventetDato = dato(o.value("ny_forventet_dato"_L1));
    u.oppfolgingsfrist = dato(o.value("oppfolgingsfrist"_L1));
    u.kopimottaker = o.value("kopimottaker"_L1).toString();
    u.navngiInnsender = o.value("navngi_innsender"_L1).toBool(false);
    for (const QJsonValue &v : o.value("oppfolging"_L1).toArray()) {
        const QJsonObject l = v.toObject();
        Lovbruddoppfolging lb;
        lb.bestemmelse = l.value("bestemmelse"_L1).toString();
        lb.objekt = l.value("objekt"_L1).toString();
        for (const QJsonValue &h : l.value("dokumentasjon"_L1).toArray())
            lb.hendelser.append({Oppfolgingshendelse::Type::Dokumentasjon, dato(h.toObject().value("dato"_L1)),
                                 h.toObject().value("tekst"_L1).toString()});
        lb.rettet = dato(l.value("rettet"_L1));
        lb.bevis = l.value("bevis"_L1).toString();
        u.oppfolging.append(lb);
    }
    const QJsonObject fritekst = o.value("fritekst"_L1).toObject();
    for (auto it = fritekst.begin(); it != fritekst.end(); ++it)
        u.fritekst.insert(it.key(), it.value().toString());
    u.utkast = true;
    return u;
}

} // namespace tilsyn
