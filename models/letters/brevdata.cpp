// The values of a letter's placeholders, in its målform (see brevskjema()).

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "letters/brevtype.h"
#include "letters/brevutkast.h"
#include "letters/maalformkontroll.h"

#include <QSet>
#include <QVariantList>

#include <algorithm>
#include <iterator>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

using Liste = Katalog::Liste;

QString tall(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString();
}

QString paragrafEllerNavn(const KatalogPost *b, const QString &kode, Maalform m)
{
    if (!b)
        return kode;
    const QString p = b->paragrafPaa(m);
    if (!p.isEmpty())
        return p;
    const QString navn = b->navnPaa(m);
    return (m == Maalform::Nynorsk ? u"føresegnene om "_s : u"bestemmelsene om "_s) + navn.left(1).toLower() + navn.mid(1);
}

// "X har brutt helsepersonelloven § 4." — the conclusion names the object and the provision.
QString setning(const QString &objekt, const QString &paragraf, const QString &konklusjon, Maalform m)
{
    const bool nn = m == Maalform::Nynorsk;
    if (konklusjon == u"lovbrudd")
        return (nn ? u"%1 har brote %2."_s : u"%1 har brutt %2."_s).arg(objekt, paragraf);
    if (konklusjon == u"oversendt-htil")
        return (nn ? u"Spørsmålet om %1 har brote %2, er sendt til Statens helsetilsyn."_s
                   : u"Spørsmålet om %1 har brutt %2, er sendt til Statens helsetilsyn."_s)
            .arg(objekt, paragraf);
    return (nn ? u"%1 har handla i samsvar med %2."_s : u"%1 har handlet i samsvar med %2."_s).arg(objekt, paragraf);
}

// A health professional's authorisation as the Helsepersonellregisteret names it, in the
// letter's målform: in nynorsk "sykepleier" → "sjukepleiar", "helsefagarbeider" →
// "helsefagarbeidar", "vernepleier" → "vernepleiar"; "lege", "psykolog", "jordmor" are the same.
QString autorisasjonPaa(const QString &autorisasjon, Maalform m)
{
    QString a = autorisasjon.trimmed();
    if (m != Maalform::Nynorsk)
        return a;
    QStringList ord = a.split(u' ');
    for (QString &o : ord) {
        if (o.startsWith(u"syke"_s, Qt::CaseInsensitive))
            o = (o.at(0).isUpper() ? u"Sjuke"_s : u"sjuke"_s) + o.mid(4);
        if (o.endsWith(u"pleier"_s))
            o = o.chopped(6) + u"pleiar"_s;
        else if (o.endsWith(u"arbeider"_s))
            o = o.chopped(8) + u"arbeidar"_s;
    }
    return ord.join(u' ');
}

// "lege, HPR-nr. 1234567" for a health professional; empty for others.
QString identitet(const Tilsynsobjekt &o, Maalform m)
{
    if (o.type != u"helsepersonell")
        return {};
    QStringList deler;
    if (!o.autorisasjon.trimmed().isEmpty())
        deler.append(autorisasjonPaa(o.autorisasjon, m));
    if (o.hpr && !o.hpr->isEmpty())
        deler.append(u"HPR-nr. "_s + *o.hpr);
    return deler.join(u", "_s);
}

QVariantHash vurderingData(const Vurdering &v, const Tilsynssak &sak, const Katalog &k, Maalform m, bool innsyn,
                          const QHash<QString, QString> &fritekst)
{
    const KatalogPost *b = k.post(Liste::Bestemmelse, v.bestemmelse);
    const Tilsynsobjekt *o = sak.objekt(v.objekt);
    const QString objekt = o ? o->navn : v.objekt;
    const QString paragraf = paragrafEllerNavn(b, v.bestemmelse, m);
    return {{u"bestemmelse"_s, b ? b->navnPaa(m) : v.bestemmelse},
            {u"henvisning"_s, b ? b->henvisning : QString()},
            {u"paragraf"_s, paragraf},
            {u"krav"_s, b ? b->kravPaa(m) : QString()},
            {u"lov"_s, b ? b->lovPaa(m).toLower() : QString()},
            {u"objekt"_s, objekt},
            {u"konklusjon"_s, k.navn(Liste::Konklusjon, v.konklusjon, m)},
            {u"setning"_s, setning(objekt, paragraf, v.konklusjon, m)},
            // As written for this letter in its målform, if it was (begrunnelsefelt(); the
            // assessment itself is never changed).
            {u"begrunnelse"_s, fritekst.value(begrunnelsefelt(v)).trimmed().isEmpty() ? v.begrunnelse
                                                                                      : fritekst.value(begrunnelsefelt(v))},
            {u"grunn"_s, grunnTilInnsender(v, innsyn, m, fritekst)},
            {u"lovbrudd"_s, v.konklusjon == u"lovbrudd"_s || v.konklusjon == u"oversendt-htil"_s}};
}

// `innsender`: the innsender's name as the case has it; `omtale`: how this letter refers to
// them (their name, "deg" in their own letter, or their role).
QString hendelseTekst(const Brevhendelse &h, Maalform m, const QString &innsender, const QString &omtale)
{
    const bool nn = m == Maalform::Nynorsk;
    if (h.type == u"mottatt")
        return nn ? u"Statsforvaltaren tok imot henvendinga."_s : u"Statsforvalteren mottok henvendelsen."_s;
    if (h.type == u"oversendt")
        return nn ? u"Henvendinga vart send over til oppfølging."_s : u"Henvendelsen ble oversendt til oppfølging."_s;
    if (h.type == u"mote")
        return nn ? u"Møte med verksemda og brukaren."_s : u"Møte med virksomheten og brukeren."_s;
    if (h.type == u"rapport_mottatt")
        return nn ? u"Rapporten frå verksemda kom inn."_s : u"Rapporten fra virksomheten kom inn."_s;
    const Brevtype *t = brevtype(h.type);
    const QString tittel = t ? t->navnPaa(m) : h.type;
    if (h.mottaker.isEmpty())
        return (nn ? u"Statsforvaltaren sende brevet «%1»."_s : u"Statsforvalteren sendte brevet «%1»."_s).arg(tittel);
    const bool tilInnsender = !innsender.isEmpty() && h.mottaker.trimmed() == innsender;
    return (nn ? u"Statsforvaltaren sende brevet «%1» til %2."_s : u"Statsforvalteren sendte brevet «%1» til %2."_s)
        .arg(tittel, tilInnsender ? omtale : h.mottaker);
}

// Whether a finalised letter is a party's outcome: its decision (avgjørelse, pålegg, oversendelse
// to Statens helsetilsyn), the innsender's result letter, or the follow-up of its breach.
bool erUtfallsbrev(const QString &type)
{
    const Brevtype *t = brevtype(type);
    return t && (t->erAvgjorelse || type == u"bm5-resultat-innsender"_s || type.startsWith(u"oppfolging-"_s));
}

// One letter per party (DOMAIN.md § 5): a party's chronology keeps the case's handling (received,
// varsel, statements, purring …) but leaves out the other parties' outcomes — their decisions and
// result letters. Statens helsetilsyn takes over the whole case and reads everything.
bool iKronologien(const Brevhendelse &h, const Brevutkast &u)
{
    if (u.mottaker.rolle == Mottakerrolle::Helsetilsynet || !erUtfallsbrev(h.type))
        return true;
    return h.mottaker.trimmed() == u.mottaker.navn.trimmed();
}

QVariantList kronologi(const Tilsynssak &sak, const Brevutkast &u, Maalform m, const QString &omtale)
{
    const QString innsender = sak.innsender ? sak.innsender->navn.trimmed() : QString();
    QList<Brevhendelse> alle{{sak.mottatt, u"mottatt"_s, {}}};
    if (sak.behandlingsmaate && *sak.behandlingsmaate != 5) {
        for (const auto &[dato, type] : {std::pair{sak.oversendt, u"oversendt"_s}, std::pair{sak.mote, u"mote"_s},
                                         std::pair{sak.rapportMottatt, u"rapport_mottatt"_s}})
            if (dato.isValid())
                alle.append({dato, type, {}});
    }
    std::copy_if(u.hendelser.cbegin(), u.hendelser.cend(), std::back_inserter(alle),
                 [&u](const Brevhendelse &h) { return iKronologien(h, u); });
    std::stable_sort(alle.begin(), alle.end(), [](const Brevhendelse &a, const Brevhendelse &b) { return a.dato < b.dato; });
    QVariantList ut;
    for (const Brevhendelse &h : alle) {
        if (h.dato.isValid())
            ut.append(QVariantHash{{u"dato"_s, datoIOrd(h.dato)}, {u"hendelse"_s, hendelseTekst(h, m, innsender, omtale)}});
    }
    return ut;
}

// A catalogue name used inside a sentence: "virksomhet", but "Nav-kontor" keeps its capital.
QString iSetning(const QString &navn)
{
    if (navn.size() > 1 && navn.at(1).isLower() && !navn.startsWith(u"Nav"_s))
        return navn.left(1).toLower() + navn.mid(1);
    return navn;
}

// A signer's title in the letter's målform. A title comes from the user profile or an approval
// record as typed, usually in bokmål; the usual titles of a statsforvalter's office are put into
// nynorsk word by word ("seniorrådgiver" → "seniorrådgjevar", the nynorsk word the profile dialog's
// own example uses; issue 10: "seniorrådgivar"), "assisterende fylkeslege" → "assisterande
// fylkeslege"). Anything else is left as typed (the målform warning names it).
QString tittelPaa(const QString &tittel, Maalform m)
{
    if (m != Maalform::Nynorsk)
        return tittel;
    static const std::pair<QString, QString> endinger[]{
        {u"rådgiver"_s, u"rådgjevar"_s},   {u"leder"_s, u"leiar"_s},
        {u"assisterende"_s, u"assisterande"_s}, {u"fungerende"_s, u"fungerande"_s},
        {u"statsforvalter"_s, u"statsforvaltar"_s}, {u"saksbehandler"_s, u"sakshandsamar"_s}};
    QStringList ord = tittel.split(u' ');
    for (QString &o : ord) {
        for (const auto &[nb, nnForm] : endinger) {
            if (o.endsWith(nb, Qt::CaseInsensitive)) {
                o = o.left(o.size() - nb.size()) + (o.size() == nb.size() && o.at(0).isUpper()
                                                         ? nnForm.left(1).toUpper() + nnForm.mid(1) : nnForm);
                break;
            }
        }
    }
    return ord.join(u' ');
}

QString enLinje(const QString &adresse)
{
    QStringList linjer = adresse.split(u'\n', Qt::SkipEmptyParts);
    for (QString &l : linjer)
        l = l.trimmed();
    return linjer.join(u", "_s);
}

} // namespace

QString innsenderOmtale(const Tilsynssak &sak, Maalform m)
{
    const bool nn = m == Maalform::Nynorsk;
    const QStringList &k = sak.kilder;
    if (k.size() == 1) { // more than one kilde: no single role fits, so the neutral word
        const QString &kilde = k.constFirst();
        if (kilde == u"pasient-bruker")
            return sak.sektor == u"helse" ? u"pasienten"_s : (nn ? u"brukaren"_s : u"brukeren"_s);
        if (kilde == u"parorende")
            return nn ? u"pårørande"_s : u"pårørende"_s;
        if (kilde == u"barnet")
            return u"barnet"_s;
        if (kilde == u"ombud")
            return nn ? u"pasient- og brukarombodet"_s : u"pasient- og brukerombudet"_s;
    }
    return nn ? u"innsendaren"_s : u"innsenderen"_s;
}

bool navngirInnsender(const Brevutkast &u)
{
    return u.navngiInnsender || u.mottaker.rolle == Mottakerrolle::Innsender
        || u.mottaker.rolle == Mottakerrolle::Helsetilsynet;
}

QStringList objekterIBrev(const Tilsynssak &sak, const Brevutkast &u)
{
    // A letter to one object holds its own assessments only.
    QStringList med = u.objekter;
    if (med.isEmpty()) {
        const bool tilObjekt = u.mottaker.rolle == Mottakerrolle::Tilsynsobjekt || u.mottaker.rolle == Mottakerrolle::Ledelse;
        if (tilObjekt && !u.mottaker.objektId.isEmpty())
            med.append(u.mottaker.objektId);
        else
            for (const Tilsynsobjekt &o : sak.tilsynsobjekter)
                med.append(o.id);
    }
    return med;
}

QVariantHash brevdata(const Tilsynssak &sak, const Katalog &k, const Brevutkast &u)
{
    const Maalform m = u.maalform;
    const bool nn = m == Maalform::Nynorsk;
    const Brevtype *t = brevtype(u.type);

    const QStringList med = objekterIBrev(sak, u);
    const Tilsynsobjekt *hovedobjekt = sak.objekt(u.mottaker.objektId);
    if (!hovedobjekt && !med.isEmpty())
        hovedobjekt = sak.objekt(med.constFirst());
    if (!hovedobjekt && !sak.tilsynsobjekter.isEmpty())
        hovedobjekt = &sak.tilsynsobjekter.constFirst();

    const bool innsyn = innsenderHarInnsyn(sak);
    QVariantList vurderinger, objekter, kopi, temaer, lovgrunnlag, vedlegg;
    QSet<QString> sett;
    bool lovbrudd = false;
    for (const Vurdering &v : sak.vurderinger) {
        if (!med.contains(v.objekt))
            continue;
        const QVariantHash vd = vurderingData(v, sak, k, m, innsyn, u.fritekst);
        lovbrudd = lovbrudd || v.konklusjon == u"lovbrudd"_s;
        vurderinger.append(vd);
        if (!sett.contains(v.bestemmelse)) {
            sett.insert(v.bestemmelse);
            lovgrunnlag.append(QVariantHash{{u"paragraf"_s, vd.value(u"paragraf"_s)},
                                            {u"bestemmelse"_s, vd.value(u"bestemmelse"_s)},
                                            {u"krav"_s, vd.value(u"krav"_s)}});
        }
    }
    // The follow-up letters name each breach of the letter's objects by its provision, with what
    // the oppfølging holds about it: the documentation received (dated), when it was found
    // rettet and the evidence (issue 10, session 14: the closing letter named neither).
    // The reminder names what it chases (session 16: it named no provision): each breach not
    // rettet without documentation waiting to be assessed — all not rettet when every one has
    // some — with the deadline that passed: the breach's own, else the case's (the decision's).
    QVariantList oppfulgte;
    int purres = 0;
    for (const Vurdering &v : sak.vurderinger) {
        if (!med.contains(v.objekt) || v.konklusjon != u"lovbrudd"_s)
            continue;
        const QVariantHash vd = vurderingData(v, sak, k, m, innsyn, u.fritekst);
        QVariantList mottatt;
        QDate rettet;
        QString bevis;
        QDate frist = u.oppfolgingsfrist;
        bool tilVurdering = false;
        for (const Lovbruddoppfolging &l : u.oppfolging) {
            if (l.objekt != v.objekt || l.bestemmelse != v.bestemmelse)
                continue;
            for (const Oppfolgingshendelse &h : l.hendelser)
                if (h.type == Oppfolgingshendelse::Type::Dokumentasjon)
                    mottatt.append(QVariantHash{{u"dato"_s, datoIOrd(h.dato)}, {u"tekst"_s, h.tekst.trimmed()},
                                                {u"har_tekst"_s, !h.tekst.trimmed().isEmpty()}});
            rettet = l.rettet;
            bevis = l.bevis.trimmed();
            frist = l.frist.isValid() ? l.frist : frist;
            tilVurdering = l.tilVurdering();
        }
        const bool skalPurres = !rettet.isValid() && !tilVurdering;
        purres += skalPurres ? 1 : 0;
        oppfulgte.append(QVariantHash{{u"purres"_s, skalPurres},
                                      {u"frist"_s, datoIOrd(frist)},
                                      {u"har_frist"_s, frist.isValid()},
                                      {u"frist_passert"_s, frist.isValid() && frist < u.dato},
                                      {u"paragraf"_s, vd.value(u"paragraf"_s)},
                                      {u"bestemmelse"_s, vd.value(u"bestemmelse"_s)},
                                      {u"objekt"_s, vd.value(u"objekt"_s)},
                                      {u"setning"_s, vd.value(u"setning"_s)},
                                      {u"mottatt_dokumentasjon"_s, mottatt},
                                      {u"har_dokumentasjon"_s, !mottatt.isEmpty()},
                                      {u"rettet"_s, datoIOrd(rettet)},
                                      {u"bevis"_s, bevis}});
    }
    if (purres == 0) { // every breach has documentation to assess: the reminder names those not rettet
        for (QVariant &o : oppfulgte) {
            QVariantHash h = o.toHash();
            h.insert(u"purres"_s, h.value(u"rettet"_s).toString().isEmpty());
            purres += h.value(u"purres"_s).toBool() ? 1 : 0;
            o = h;
        }
    }
    for (const Tilsynsobjekt &o : sak.tilsynsobjekter) {
        if (!med.contains(o.id))
            continue;
        QVariantList egne;
        QStringList resultat;
        for (const Vurdering &v : sak.vurderinger) {
            if (v.objekt != o.id)
                continue;
            const QVariantHash vd = vurderingData(v, sak, k, m, innsyn, u.fritekst);
            egne.append(vd);
            resultat.append(vd.value(u"setning"_s).toString());
        }
        objekter.append(QVariantHash{{u"navn"_s, o.navn},
                                     {u"type"_s, iSetning(k.navn(Liste::Objekttype, o.type, m))},
                                     {u"adresse"_s, o.adresse.value_or(QString())},
                                     {u"orgnr"_s, o.orgnr.value_or(QString())},
                                     {u"hpr"_s, o.hpr.value_or(QString())},
                                     {u"har_orgnr"_s, o.orgnr.has_value() && !o.orgnr->isEmpty()},
                                     {u"har_hpr"_s, o.hpr.has_value() && !o.hpr->isEmpty()},
                                     {u"er_person"_s, o.type == u"helsepersonell"_s},
                                     {u"autorisasjon"_s, autorisasjonPaa(o.autorisasjon, m)},
                                     {u"har_autorisasjon"_s, !o.autorisasjon.trimmed().isEmpty()},
                                     {u"identitet"_s, o.type == u"helsepersonell"_s
                                                          ? identitet(o, m)
                                                          : (o.orgnr && !o.orgnr->isEmpty() ? u"org.nr. "_s + *o.orgnr : QString())},
                                     {u"resultat"_s, resultat.join(u' ')},
                                     {u"har_vurderinger"_s, !egne.isEmpty()},
                                     {u"vurderinger"_s, egne}});
    }
    for (const Brevmottaker &km : u.kopiTil) {
        // A letter that calls the innsender "brukeren" never names them, nor prints their address, in
        // its copy line (issue 10: "Kopi til: Jon Eide, Nygårdsgaten 5" on such a BM 3 letter): the
        // line says who gets a copy by the same role; their copy is the same letter sent to them.
        if (km.rolle == Mottakerrolle::Innsender && !navngirInnsender(u)) {
            QString rolle = innsenderOmtale(sak, m);
            rolle[0] = rolle[0].toUpper();
            kopi.append(QVariantHash{{u"navn"_s, rolle}, {u"adresse"_s, QString()}, {u"adresse_linje"_s, QString()},
                                     {u"har_adresse"_s, false}});
            continue;
        }
        kopi.append(QVariantHash{{u"navn"_s, km.navn}, {u"adresse"_s, km.adresse}, {u"adresse_linje"_s, enLinje(km.adresse)},
                                 {u"har_adresse"_s, !km.adresse.trimmed().isEmpty()}});
    }
    for (const QString &tema : sak.temaer)
        temaer.append(QVariantHash{{u"tema"_s, k.navn(Liste::Tema, tema, m)}});
    for (const QString &v : u.vedlegg)
        vedlegg.append(QVariantHash{{u"navn"_s, v}});

    const Fristregel *regel = sak.behandlingsmaate ? k.behandlingsmaate(*sak.behandlingsmaate) : nullptr;
    QDate forventet;
    if (regel && regel->harFrist())
        forventet = regel->dager > 0 ? sak.mottatt.addDays(regel->dager) : sak.mottatt.addMonths(regel->maaneder);
    // A letter never promises an answer by a date already past (fvl. § 11 a, DOMAIN.md § 5), nor by
    // its own date (issue 10: a kvittering dated 1 December promised an answer "innen 1. desember"):
    // on or past the case's deadline it says the case is delayed and gives a new date counted
    // from its own.
    const QDate nyForventet = u.nyForventetDato.isValid() && u.nyForventetDato > u.dato ? u.nyForventetDato
                                                                                        : u.dato.addMonths(2);
    const bool forsinket = forventet.isValid() && forventet <= u.dato;
    if (forsinket)
        forventet = nyForventet;
    QString fristTekst = regel ? regel->fristTekst : QString();
    if (nn)
        fristTekst.replace(u"uker"_s, u"veker"_s).replace(u"måneder"_s, u"månader"_s);
    const QString utfall = sak.utfall.value_or(QString());
    const KatalogPost *sektor = k.post(Liste::Sektor, sak.sektor);
    QString vaarRef = sak.saksnummer.value_or(QString());
    if (!vaarRef.isEmpty() && u.dokumentnummer)
        vaarRef += u'-' + QString::number(*u.dokumentnummer);
    // Who made the request, as this letter may name them (DOMAIN.md § 5, one letter per party):
    // by name in their own letter and to Helsetilsynet; to a tilsynsobjekt by role unless the
    // caseworker chose to name them. Their own letter's chronology says "deg".
    const QString innsenderNavn = sak.innsender ? sak.innsender->navn : QString();
    const QString omtale = u.mottaker.rolle == Mottakerrolle::Innsender ? u"deg"_s
        : navngirInnsender(u) ? innsenderNavn.trimmed() : innsenderOmtale(sak, m);
    const bool mottakerErPerson = u.mottaker.rolle == Mottakerrolle::Innsender
        || (hovedobjekt && hovedobjekt->id == u.mottaker.objektId && hovedobjekt->type == u"helsepersonell"_s);

    QVariantHash d{
        {u"embete"_s, k.navn(Liste::Embete, sak.embete, m)},
        {u"brevtittel"_s, t ? t->navnPaa(m) : u.type},
        {u"saksnummer"_s, sak.saksnummer.value_or(QString())},
        {u"vaar_ref"_s, vaarRef},
        {u"vaar_dato"_s, tall(u.dato)},
        {u"dato"_s, datoIOrd(u.dato)},
        {u"deres_dato"_s, tall(u.deresDato)},
        {u"deres_ref"_s, u.deresRef},
        {u"saksbehandler"_s, u.saksbehandler.navn},
        {u"saksbehandler_tittel"_s, tittelPaa(u.saksbehandler.tittel, m)},
        {u"saksbehandler_telefon"_s, u.saksbehandler.telefon},
        {u"godkjenner"_s, u.godkjenning ? u.godkjenning->godkjenner.navn : QString()},
        {u"godkjenner_tittel"_s, u.godkjenning ? tittelPaa(u.godkjenning->godkjenner.tittel, m) : QString()},
        {u"har_godkjenner"_s, u.godkjenning.has_value() && !u.godkjenning->godkjenner.navn.trimmed().isEmpty()},
        {u"mottaker"_s, u.mottaker.navn},
        {u"mottaker_adresse"_s, u.mottaker.adresse},
        {u"mottaker_er_innsender"_s, u.mottaker.rolle == Mottakerrolle::Innsender},
        {u"mottaker_er_person"_s, mottakerErPerson},
        {u"unntatt_offentlighet"_s, u.unntattOffentlighet},
        {u"hjemmel"_s, u.hjemmel},
        {u"utkast"_s, u.utkast},
        {u"kopimottaker"_s, u.kopimottaker},
        {u"innsender"_s, navngirInnsender(u) ? innsenderNavn : innsenderOmtale(sak, m)},
        {u"objekt"_s, hovedobjekt ? hovedobjekt->navn : QString()},
        {u"objekt_type"_s, hovedobjekt ? iSetning(k.navn(Liste::Objekttype, hovedobjekt->type, m)) : QString()},
        {u"objekt_orgnr"_s, hovedobjekt ? hovedobjekt->orgnr.value_or(QString()) : QString()},
        {u"objekt_hpr"_s, hovedobjekt ? hovedobjekt->hpr.value_or(QString()) : QString()},
        {u"har_objekt_orgnr"_s, hovedobjekt && hovedobjekt->orgnr && !hovedobjekt->orgnr->isEmpty()},
        {u"objekt_autorisasjon"_s, hovedobjekt ? autorisasjonPaa(hovedobjekt->autorisasjon, m) : QString()},
        {u"objekt_identitet"_s, hovedobjekt ? identitet(*hovedobjekt, m) : QString()},
        {u"innsender_har_innsyn"_s, innsyn},
        {u"har_objekt_hpr"_s, hovedobjekt && hovedobjekt->hpr && !hovedobjekt->hpr->isEmpty()},
        {u"mottatt"_s, datoIOrd(sak.mottatt)},
        {u"sektor"_s, k.navn(Liste::Sektor, sak.sektor, m)},
        {u"er_helse"_s, sak.sektor == u"helse"_s},
        {u"tilsynshjemmel"_s, sektor ? sektor->kravPaa(m) : QString()},
        {u"katalogversjon"_s, k.versjon()},
        {u"behandlingsmaate"_s, regel ? (nn ? regel->navnNn : regel->navn) : QString()},
        {u"frist_tekst"_s, fristTekst},
        {u"forventet_dato"_s, datoIOrd(forventet)},
        {u"forsinket"_s, forsinket},
        {u"ny_forventet_dato"_s, datoIOrd(nyForventet)},
        {u"svarfrist"_s, datoIOrd(u.svarfrist)},
        {u"oppfolgingsfrist"_s, datoIOrd(u.oppfolgingsfrist)},
        {u"klagefrist"_s, datoIOrd(u.dato.addDays(21))},
        {u"oversendt"_s, datoIOrd(sak.oversendt)},
        {u"mote"_s, datoIOrd(sak.mote)},
        {u"avsluttet"_s, datoIOrd(sak.avsluttet)},
        {u"rapport_mottatt"_s, datoIOrd(sak.rapportMottatt)},
        {u"utfall"_s, sak.utfall ? k.navn(Liste::Utfall, utfall, m) : QString()},
        {u"er_innledende"_s, utfall == u"innledende"_s},
        {u"er_oversendt_htil"_s, utfall == u"oversendt-htil"_s},
        {u"er_konkludert"_s, utfall != u"innledende"_s && utfall != u"oversendt-htil"_s},
        {u"har_lovbrudd"_s, lovbrudd},
        {u"er_avsluttet_uten_oppfolging"_s, !lovbrudd},
        // Stands in for an empty Saksforhold: only in the letter's målform, else a marker asking for it.
        {u"sammendrag"_s, saksforholdMangler(sak, u) ? saksforholdMarkor(m) : sak.sammendrag.value_or(QString())},
        {u"kopi_til"_s, kopi},
        {u"har_kopi_til"_s, !kopi.isEmpty()},
        {u"vedlegg"_s, vedlegg},
        {u"har_vedlegg"_s, !vedlegg.isEmpty()},
        {u"har_innsender"_s, sak.innsender.has_value() && !sak.innsender->navn.trimmed().isEmpty()},
        {u"kronologi"_s, kronologi(sak, u, m, omtale)},
        {u"temaer"_s, temaer},
        {u"vurderinger"_s, vurderinger},
        {u"bestemmelser"_s, vurderinger},
        {u"lovgrunnlag"_s, lovgrunnlag},
        {u"tilsynsobjekter"_s, objekter},
        {u"har_flere_objekter"_s, objekter.size() > 1},
        {u"oppfulgte_lovbrudd"_s, oppfulgte},
        {u"flere_purres"_s, purres > 1},
    };
    for (const QString &felt : fritekstfelt())
        d.insert(felt, u.fritekst.value(felt));
    return d;
}

} // namespace tilsyn
