// Which letter the case calls for next (issue 10: a decided BM 5 case was offered a receipt).

#include "letters/brevforslag.h"

#include "domain/tilsynssak.h"
#include "letters/brevtype.h"

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

bool erSendt(const QList<Brevhendelse> &sendte, const QString &type, const QString &mottaker)
{
    for (const Brevhendelse &h : sendte)
        if (h.type == type && h.mottaker.trimmed() == mottaker.trimmed())
            return true;
    return false;
}

QStringList manglendeAvsluttendeBrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte,
                                     const QString &type, const QString &mottakerNoekkel)
{
    QStringList mangler;
    const Brevtype *t = brevtype(type);
    if (!t || !t->kanAvslutte() || t->mottaker != Mottakerrolle::Tilsynsobjekt)
        return mangler;
    for (const Brevmottaker &m : muligeMottakere(sak, type))
        if (m.rolle == Mottakerrolle::Tilsynsobjekt && m.noekkel() != mottakerNoekkel && !erSendt(sendte, type, m.navn))
            mangler.append(m.navn);
    return mangler;
}

QString innsenderbrevFor(const QString &type)
{
    const Brevtype *t = brevtype(type);
    if (!t || !t->kanAvslutte() || t->mottaker != Mottakerrolle::Tilsynsobjekt)
        return {};
    if (t->erAvgjorelse)
        return u"bm5-resultat-innsender"_s;
    if (t->kode == u"bm2-oversendelse")
        return u"bm2-orientering"_s;
    return {};
}

QStringList manglendeInnsenderbrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte, const QString &type)
{
    QStringList mangler;
    const QString eget = innsenderbrevFor(type);
    if (eget.isEmpty())
        return mangler;
    for (const Brevmottaker &m : muligeMottakere(sak, eget))
        if (m.rolle == Mottakerrolle::Innsender && !erSendt(sendte, eget, m.navn))
            mangler.append(m.navn);
    return mangler;
}

namespace {

// The first party of `type` without a finalised letter of that type; nullopt if all have one.
std::optional<Brevforslag> forsteUtenBrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte, const QString &type)
{
    for (const Brevmottaker &m : muligeMottakere(sak, type))
        if (!erSendt(sendte, type, m.navn))
            return Brevforslag{type, m.noekkel()};
    return std::nullopt;
}

Brevforslag tilForste(const Tilsynssak &sak, const QString &type)
{
    const QList<Brevmottaker> m = muligeMottakere(sak, type);
    return {type, m.isEmpty() ? QString() : m.constFirst().noekkel()};
}

} // namespace

Brevforslag foreslaattBrev(const Tilsynssak &sak, const QList<Brevhendelse> &sendte)
{
    const QList<Brevtype> typer = brevtyperFor(sak.behandlingsmaate, sak.sektor);
    auto tilbys = [&typer](const QString &kode) {
        return std::any_of(typer.cbegin(), typer.cend(), [&kode](const Brevtype &t) { return t.kode == kode; });
    };
    const bool bm5 = sak.behandlingsmaate == 5;
    if (bm5 && sak.utfall) {
        if (*sak.utfall == u"oversendt-htil" && tilbys(u"bm5-oversendelse-htil"_s))
            if (auto f = forsteUtenBrev(sak, sendte, u"bm5-oversendelse-htil"_s))
                return *f;
        for (const QString &type : {u"bm5-avgjorelse"_s, u"bm5-resultat-innsender"_s})
            if (auto f = forsteUtenBrev(sak, sendte, type))
                return *f;
        return tilForste(sak, u"bm5-avgjorelse"_s);
    }
    if (sak.avsluttet.isValid()) {
        for (const Brevtype &t : typer)
            if (t.milepel == u"avsluttet" && !muligeMottakere(sak, t.kode).isEmpty())
                return tilForste(sak, t.kode);
    }
    if (tilbys(u"kvittering"_s))
        if (auto f = forsteUtenBrev(sak, sendte, u"kvittering"_s))
            return *f;
    if (bm5) {
        for (const QString &type : {u"bm5-varsel"_s, u"bm5-kontradiksjon"_s})
            if (auto f = forsteUtenBrev(sak, sendte, type))
                return *f;
        return tilForste(sak, u"bm5-varsel"_s);
    }
    for (const Brevtype &t : typer) {
        if (t.kode == u"kvittering" || t.kode == u"forsinkelsesmelding")
            continue;
        const QDate naadd = t.milepel == u"oversendt" ? sak.oversendt : t.milepel == u"mote" ? sak.mote : QDate();
        if (t.milepel.isEmpty() || !naadd.isValid())
            if (!muligeMottakere(sak, t.kode).isEmpty())
                return tilForste(sak, t.kode);
    }
    return typer.isEmpty() ? Brevforslag{} : tilForste(sak, typer.constFirst().kode);
}

QString pdfFilnavn(const QString &saksnummer, std::optional<int> dokumentnummer, const QString &type,
                   Maalform maalform, const QString &mottaker, bool utkast)
{
    QString ref = saksnummer.trimmed();
    ref.replace(u'/', u'-');
    if (!ref.isEmpty() && dokumentnummer)
        ref += u'-' + QString::number(*dokumentnummer);
    const Brevtype *t = brevtype(type);
    QStringList deler{ref, t ? t->navnPaa(maalform) : type, mottaker};
    if (utkast)
        deler.append(u"utkast"_s);
    QString navn;
    for (const QChar c : deler.join(u' ')) {
        const bool trygg = c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u','
            || c == u'(' || c == u')';
        navn.append(trygg ? c : u' ');
    }
    navn = navn.simplified();
    while (navn.startsWith(u'.') || navn.startsWith(u'-')) // no hidden file, no option-like name
        navn.remove(0, 1);
    navn = navn.left(120).trimmed();
    return (navn.isEmpty() ? u"brev"_s : navn) + u".pdf"_s;
}

} // namespace tilsyn
