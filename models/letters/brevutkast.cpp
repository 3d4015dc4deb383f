#include "brevutkast.h"

#include "domain/frist.h"
#include "domain/tilsynssak.h"
#include "letters/brevmal.h"

#include <QVariantList>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

using Art = Plassholderskjema::Art;

QString dato(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString();
}

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

std::shared_ptr<Plassholderskjema> liste(std::initializer_list<std::pair<const char *, const char *>> felt,
                                        std::initializer_list<const char *> flagg = {})
{
    auto s = std::make_shared<Plassholderskjema>();
    for (const auto &[navn, beskrivelse] : felt)
        s->felt.insert(QString::fromLatin1(navn), {Art::Tekst, QString::fromUtf8(beskrivelse), nullptr});
    for (const char *navn : flagg)
        s->felt.insert(QString::fromLatin1(navn), {Art::Flagg, {}, nullptr});
    return s;
}

std::shared_ptr<Plassholderskjema> vurderingSkjema()
{
    return liste({{"bestemmelse", "catalogue name of the provision, in the letter's målform"},
                  {"henvisning", "short reference, e.g. hpl. § 4"},
                  {"lov", "the act's name, in the letter's målform"},
                  {"objekt", "name of the tilsynsobjekt assessed"},
                  {"konklusjon", "catalogue name of the konklusjon, in the letter's målform"},
                  {"begrunnelse", "the caseworker's assessment (free text)"}},
                 {"lovbrudd"});
}

QVariantHash vurderingData(const Vurdering &v, const Tilsynssak &sak, const Katalog &k, Maalform m)
{
    const KatalogPost *b = k.post(Katalog::Liste::Bestemmelse, v.bestemmelse);
    const Tilsynsobjekt *o = sak.objekt(v.objekt);
    return {{u"bestemmelse"_s, b ? b->navnPaa(m) : v.bestemmelse},
            {u"henvisning"_s, b ? b->henvisning : QString()},
            {u"lov"_s, b ? b->lovPaa(m) : QString()},
            {u"objekt"_s, o ? o->navn : v.objekt},
            {u"konklusjon"_s, k.navn(Katalog::Liste::Konklusjon, v.konklusjon, m)},
            {u"begrunnelse"_s, v.begrunnelse},
            {u"lovbrudd"_s, v.konklusjon == u"lovbrudd"_s || v.konklusjon == u"oversendt-htil"_s}};
}

} // namespace

const QStringList &fritekstfelt()
{
    static const QStringList felt{u"saksforhold"_s, u"saksgang"_s, u"veiledning"_s, u"fritekst"_s,
                                  u"forventning"_s, u"begrunnelse_innsender"_s, u"sporsmaal"_s,
                                  u"bakgrunn"_s, u"uttalelse"_s, u"motetid"_s, u"motested"_s,
                                  u"dokumentasjon"_s};
    return felt;
}

const Plassholderskjema &brevskjema()
{
    static const Plassholderskjema skjema = [] {
        Plassholderskjema s = *liste(
            {{"embete", "the office's name (catalogue, in the letter's målform)"},
             {"brevtittel", "the letter type's title, in the letter's målform"},
             {"saksnummer", "Vår ref: the case number YYYY/N (empty for a draft case)"},
             {"vaar_dato", "Vår dato"}, {"deres_dato", "Deres dato"}, {"deres_ref", "Deres ref"},
             {"saksbehandler", "caseworker's name"}, {"saksbehandler_tittel", "caseworker's title"},
             {"saksbehandler_telefon", "caseworker's direct phone"},
             {"godkjenner", "approver's name"}, {"godkjenner_tittel", "approver's title"},
             {"mottaker", "recipient's name"}, {"mottaker_adresse", "recipient's address (lines)"},
             {"hjemmel", "legal basis for screening"},
             {"kopimottaker", "on a copy: the copy recipient it is for"},
             {"innsender", "name of the person who made the henvendelse"},
             {"objekt", "the tilsynsobjekt this letter is about (the recipient object, else the first)"},
             {"mottatt", "date the henvendelse was received"},
             {"sektor", "sector name"}, {"behandlingsmaate", "name of the behandlingsmåte"},
             {"frist_tekst", "the expected handling time, e.g. 4 uker"},
             {"forventet_dato", "mottatt + the handling time"},
             {"ny_forventet_dato", "forsinkelsesmelding: new expected date"},
             {"svarfrist", "deadline for an answer or report"},
             {"oversendt", "date sent to the service"}, {"mote", "date of the meeting"},
             {"avsluttet", "date the case was closed"}, {"rapport_mottatt", "BM 3: date of the report"},
             {"utfall", "outcome name"}, {"sammendrag", "the case summary"},
             {"saksforhold", "free text: the facts relied on"},
             {"saksgang", "free text: the handling so far"},
             {"veiledning", "free text: guidance given"},
             {"fritekst", "free text: any further text"},
             {"forventning", "free text: what is expected after a lovbrudd"},
             {"begrunnelse_innsender", "free text: short reason for the person who made the request"},
             {"sporsmaal", "free text: supervisory questions (oversendelse til Helsetilsynet)"},
             {"bakgrunn", "free text: background"},
             {"uttalelse", "free text: the statement shared for comment"},
             {"motetid", "free text: time of the meeting"}, {"motested", "free text: place of the meeting"},
             {"dokumentasjon", "free text: the documentation received"}},
            {"unntatt_offentlighet", "utkast", "har_godkjenner", "har_lovbrudd", "er_helse",
             "mottaker_er_innsender", "har_kopi_til", "har_innsender"});
        s.felt.insert(u"kopi_til"_s, {Art::Liste, u"copy recipients"_s,
                                      liste({{"navn", "name"}, {"adresse", "address"}})});
        s.felt.insert(u"temaer"_s, {Art::Liste, u"themes of the case"_s, liste({{"tema", "theme name"}})});
        s.felt.insert(u"vurderinger"_s, {Art::Liste, u"every vurdert bestemmelse"_s, vurderingSkjema()});
        s.felt.insert(u"bestemmelser"_s,
                      {Art::Liste, u"the provisions being assessed for this letter's object (or all)"_s,
                       liste({{"bestemmelse", "provision name"}, {"henvisning", "reference"},
                              {"lov", "act"}, {"objekt", "object name"}})});
        auto objekt = liste({{"navn", "name"}, {"type", "objekttype name"}, {"adresse", "address"},
                             {"orgnr", "organisation number"}, {"hpr", "HPR number"}},
                            {"har_vurderinger"});
        objekt->felt.insert(u"vurderinger"_s, {Art::Liste, u"this object's vurderinger"_s, vurderingSkjema()});
        s.felt.insert(u"tilsynsobjekter"_s, {Art::Liste, u"every tilsynsobjekt"_s, objekt});
        return s;
    }();
    return skjema;
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
            ut.append(objektMottaker(o, t->mottaker));
        break;
    case Mottakerrolle::Helsetilsynet:
        ut.append(helsetilsynet());
        break;
    }
    return ut;
}

Brevutkast foreslaaUtkast(const Tilsynssak &sak, const QString &type, const QDate &idag, const QString &objektId,
                          std::optional<Maalform> maalform)
{
    Brevutkast u;
    u.type = type;
    u.dato = idag;
    const Brevtype *t = brevtype(type);
    const QList<Brevmottaker> mulige = muligeMottakere(sak, type);
    for (const Brevmottaker &m : mulige) {
        if (objektId.isEmpty() || m.objektId == objektId) {
            u.mottaker = m;
            break;
        }
    }
    if (mulige.isEmpty() && !sak.tilsynsobjekter.isEmpty()) // no innsender: write to the object
        u.mottaker = objektMottaker(sak.tilsynsobjekter.constFirst(), Mottakerrolle::Tilsynsobjekt);
    u.maalform = maalform.value_or(u.mottaker.maalform);
    if (t && t->kopiTilInnsender && u.mottaker.rolle != Mottakerrolle::Innsender) {
        if (auto m = innsenderMottaker(sak))
            u.kopiTil.append(*m);
    }
    if (t && (t->kode == u"bm5-avgjorelse"_s || t->kode == u"bm5-oversendelse-htil"_s)) {
        for (const Tilsynsobjekt &o : sak.tilsynsobjekter) {
            if (o.id != u.mottaker.objektId)
                u.kopiTil.append(objektMottaker(o, Mottakerrolle::Tilsynsobjekt));
        }
    }
    u.saksbehandler.navn = sak.saksbehandler.value_or(QString());
    u.svarfrist = idag.addDays(21);
    u.nyForventetDato = idag.addMonths(2);
    if (sak.sammendrag)
        u.fritekst.insert(u"saksforhold"_s, *sak.sammendrag);
    return u;
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

QVariantHash brevdata(const Tilsynssak &sak, const Katalog &k, const Brevutkast &u)
{
    const Maalform m = u.maalform;
    const Brevtype *t = brevtype(u.type);
    const Tilsynsobjekt *hovedobjekt = sak.objekt(u.mottaker.objektId);
    if (!hovedobjekt && !sak.tilsynsobjekter.isEmpty())
        hovedobjekt = &sak.tilsynsobjekter.constFirst();
    const bool perObjekt = u.mottaker.rolle == Mottakerrolle::Tilsynsobjekt && !u.mottaker.objektId.isEmpty();

    QVariantList vurderinger, bestemmelser, objekter, kopi, temaer;
    bool lovbrudd = false;
    for (const Vurdering &v : sak.vurderinger) {
        const QVariantHash vd = vurderingData(v, sak, k, m);
        lovbrudd = lovbrudd || vd.value(u"lovbrudd"_s).toBool();
        vurderinger.append(vd);
        if (!perObjekt || v.objekt == u.mottaker.objektId)
            bestemmelser.append(vd);
    }
    for (const Tilsynsobjekt &o : sak.tilsynsobjekter) {
        QVariantList egne;
        for (const Vurdering &v : sak.vurderinger) {
            if (v.objekt == o.id)
                egne.append(vurderingData(v, sak, k, m));
        }
        objekter.append(QVariantHash{{u"navn"_s, o.navn},
                                     {u"type"_s, k.navn(Katalog::Liste::Objekttype, o.type, m)},
                                     {u"adresse"_s, o.adresse.value_or(QString())},
                                     {u"orgnr"_s, o.orgnr.value_or(QString())},
                                     {u"hpr"_s, o.hpr.value_or(QString())},
                                     {u"har_vurderinger"_s, !egne.isEmpty()},
                                     {u"vurderinger"_s, egne}});
    }
    for (const Brevmottaker &km : u.kopiTil)
        kopi.append(QVariantHash{{u"navn"_s, km.navn}, {u"adresse"_s, km.adresse}});
    for (const QString &tema : sak.temaer)
        temaer.append(QVariantHash{{u"tema"_s, k.navn(Katalog::Liste::Tema, tema, m)}});

    const Fristregel *regel = sak.behandlingsmaate ? k.behandlingsmaate(*sak.behandlingsmaate) : nullptr;
    QDate forventet;
    if (regel && regel->harFrist())
        forventet = regel->dager > 0 ? sak.mottatt.addDays(regel->dager) : sak.mottatt.addMonths(regel->maaneder);
    QString fristTekst = regel ? regel->fristTekst : QString();
    if (m == Maalform::Nynorsk)
        fristTekst.replace(u"uker"_s, u"veker"_s).replace(u"måneder"_s, u"månader"_s);

    QVariantHash d{
        {u"embete"_s, k.navn(Katalog::Liste::Embete, sak.embete, m)},
        {u"brevtittel"_s, t ? t->navnPaa(m) : u.type},
        {u"saksnummer"_s, sak.saksnummer.value_or(QString())},
        {u"vaar_dato"_s, dato(u.dato)},
        {u"deres_dato"_s, dato(u.deresDato)},
        {u"deres_ref"_s, u.deresRef},
        {u"saksbehandler"_s, u.saksbehandler.navn},
        {u"saksbehandler_tittel"_s, u.saksbehandler.tittel},
        {u"saksbehandler_telefon"_s, u.saksbehandler.telefon},
        {u"godkjenner"_s, u.godkjenner.navn},
        {u"godkjenner_tittel"_s, u.godkjenner.tittel},
        {u"har_godkjenner"_s, !u.godkjenner.navn.trimmed().isEmpty()},
        {u"mottaker"_s, u.mottaker.navn},
        {u"mottaker_adresse"_s, u.mottaker.adresse},
        {u"mottaker_er_innsender"_s, u.mottaker.rolle == Mottakerrolle::Innsender},
        {u"unntatt_offentlighet"_s, u.unntattOffentlighet},
        {u"hjemmel"_s, u.hjemmel},
        {u"utkast"_s, u.utkast},
        {u"kopimottaker"_s, u.kopimottaker},
        {u"innsender"_s, sak.innsender ? sak.innsender->navn : QString()},
        {u"objekt"_s, hovedobjekt ? hovedobjekt->navn : QString()},
        {u"mottatt"_s, dato(sak.mottatt)},
        {u"sektor"_s, k.navn(Katalog::Liste::Sektor, sak.sektor, m)},
        {u"er_helse"_s, sak.sektor == u"helse"_s},
        {u"behandlingsmaate"_s, regel ? (m == Maalform::Nynorsk ? regel->navnNn : regel->navn) : QString()},
        {u"frist_tekst"_s, fristTekst},
        {u"forventet_dato"_s, dato(forventet)},
        {u"ny_forventet_dato"_s, dato(u.nyForventetDato)},
        {u"svarfrist"_s, dato(u.svarfrist)},
        {u"oversendt"_s, dato(sak.oversendt)},
        {u"mote"_s, dato(sak.mote)},
        {u"avsluttet"_s, dato(sak.avsluttet)},
        {u"rapport_mottatt"_s, dato(sak.rapportMottatt)},
        {u"utfall"_s, sak.utfall ? k.navn(Katalog::Liste::Utfall, *sak.utfall, m) : QString()},
        {u"har_lovbrudd"_s, lovbrudd},
        {u"sammendrag"_s, sak.sammendrag.value_or(QString())},
        {u"kopi_til"_s, kopi},
        {u"har_kopi_til"_s, !kopi.isEmpty()},
        {u"har_innsender"_s, sak.innsender.has_value() && !sak.innsender->navn.trimmed().isEmpty()},
        {u"temaer"_s, temaer},
        {u"vurderinger"_s, vurderinger},
        {u"bestemmelser"_s, bestemmelser},
        {u"tilsynsobjekter"_s, objekter},
    };
    for (const QString &felt : fritekstfelt())
        d.insert(felt, u.fritekst.value(felt));
    return d;
}

} // namespace tilsyn
