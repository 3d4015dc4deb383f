#include "brevtype.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

Brevtype lag(const QString &kode, const QString &navn, const QString &navnNn, int bm, Mottakerrolle mottaker,
             bool kopiTilInnsender, const QString &milepel, bool erAvgjorelse = false, const QStringList &sektorer = {},
             const QString &ogsaaMilepel = {})
{
    return {kode, navn, navnNn, bm, mottaker, kopiTilInnsender, milepel, erAvgjorelse, sektorer, ogsaaMilepel};
}

} // namespace

const QList<Brevtype> &brevtyper()
{
    using R = Mottakerrolle;
    static const QList<Brevtype> typer{
        lag(u"kvittering"_s, u"Kvittering for mottatt henvendelse"_s, u"Kvittering for motteken henvending"_s,
         0, R::Innsender, false, {}),
        lag(u"forsinkelsesmelding"_s, u"Melding om forsinket saksbehandling"_s,
         u"Melding om forseinka sakshandsaming"_s, 0, R::Innsender, false, {}),
        lag(u"bm1-avslutning"_s, u"Avslutning av tilsynssak med veiledning"_s,
         u"Avslutning av tilsynssak med rettleiing"_s, 1, R::Innsender, false, u"avsluttet"_s),
        lag(u"bm2-oversendelse"_s, u"Oversendelse av henvendelse til oppfølging"_s,
         u"Oversending av henvending til oppfølging"_s, 2, R::Tilsynsobjekt, false, u"oversendt"_s, false, {},
         u"avsluttet"_s), // DOMAIN §2: in BM 2 the statsforvalter's case is closed when it is sent on
        lag(u"bm2-orientering"_s, u"Orientering om oversendelse av henvendelsen"_s,
         u"Orientering om oversending av henvendinga"_s, 2, R::Innsender, false, {}),
        lag(u"bm3-anmodning"_s, u"Anmodning om oppfølging og rapport"_s, u"Oppmoding om oppfølging og rapport"_s,
         3, R::Tilsynsobjekt, true, u"oversendt"_s),
        lag(u"bm3-avslutning"_s, u"Avslutning av tilsynssak etter rapport"_s,
         u"Avslutning av tilsynssak etter rapport"_s, 3, R::Tilsynsobjekt, true, u"avsluttet"_s),
        lag(u"bm4-invitasjon"_s, u"Invitasjon til møte"_s, u"Invitasjon til møte"_s, 4, R::Tilsynsobjekt, true, {}),
        lag(u"bm4-avslutning"_s, u"Oppsummering og avslutning etter møte"_s,
         u"Oppsummering og avslutning etter møte"_s, 4, R::Tilsynsobjekt, true, u"avsluttet"_s),
        lag(u"bm5-varsel"_s, u"Varsel om tilsynssak og anmodning om uttalelse"_s,
         u"Varsel om tilsynssak og oppmoding om fråsegn"_s, 5, R::Tilsynsobjekt, false, {}),
        lag(u"bm5-varsel-ny-bestemmelse"_s, u"Varsel om utvidet vurdering i tilsynssak"_s,
         u"Varsel om utvida vurdering i tilsynssak"_s, 5, R::Tilsynsobjekt, false, {}),
        lag(u"bm5-kontradiksjon"_s, u"Oversendelse av uttalelse til kommentar"_s,
         u"Oversending av fråsegn til kommentar"_s, 5, R::Innsender, false, {}),
        lag(u"bm5-kontradiksjon-objekt"_s, u"Oversendelse av merknader til kommentar"_s,
         u"Oversending av merknader til kommentar"_s, 5, R::Tilsynsobjekt, false, {}),
        lag(u"bm5-purring"_s, u"Purring – anmodning om uttalelse"_s, u"Purring – oppmoding om fråsegn"_s,
         5, R::Tilsynsobjekt, false, {}),
        lag(u"bm5-avgjorelse"_s, u"Avgjørelse i tilsynssak"_s, u"Avgjerd i tilsynssak"_s,
         5, R::Tilsynsobjekt, false, u"avsluttet"_s, true),
        lag(u"bm5-resultat-innsender"_s, u"Resultatet av tilsynssaken"_s, u"Resultatet av tilsynssaka"_s,
         5, R::Innsender, false, {}),
        lag(u"bm5-oversendelse-htil"_s, u"Oversendelse av tilsynssak til Statens helsetilsyn"_s,
         u"Oversending av tilsynssak til Statens helsetilsyn"_s, 5, R::Helsetilsynet, false, u"avsluttet"_s, true,
         {u"helse"_s}),
        lag(u"palegg-forhandsvarsel"_s, u"Forhåndsvarsel om pålegg om retting"_s,
         u"Førehandsvarsel om pålegg om retting"_s, 5, R::Tilsynsobjekt, false, {}, true,
         {u"barnevern"_s, u"sosial"_s}),
        lag(u"palegg-retting"_s, u"Vedtak om pålegg om retting"_s, u"Vedtak om pålegg om retting"_s,
         5, R::Tilsynsobjekt, false, {}, true, {u"barnevern"_s, u"sosial"_s}),
        lag(u"oppfolging-purring"_s, u"Purring – dokumentasjon på retting av lovbrudd"_s,
         u"Purring – dokumentasjon på retting av lovbrot"_s, 5, R::Ledelse, false, {}),
        lag(u"oppfolging-avslutning"_s, u"Avslutning av oppfølging etter lovbrudd"_s,
         u"Avslutning av oppfølging etter lovbrot"_s, 5, R::Ledelse, false, {}),
    };
    return typer;
}

const Brevtype *brevtype(const QString &kode)
{
    for (const Brevtype &t : brevtyper()) {
        if (t.kode == kode)
            return &t;
    }
    return nullptr;
}

QList<Brevtype> brevtyperFor(std::optional<int> behandlingsmaate, const QString &sektor)
{
    QList<Brevtype> ut;
    for (const Brevtype &t : brevtyper()) {
        if (!sektor.isEmpty() && !t.sektorer.isEmpty() && !t.sektorer.contains(sektor))
            continue;
        if (t.behandlingsmaate == 0 || (behandlingsmaate && *behandlingsmaate == t.behandlingsmaate))
            ut.append(t);
    }
    return ut;
}

} // namespace tilsyn
