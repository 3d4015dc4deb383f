#include "validering.h"

#include "katalog.h"
#include "tilsynssak.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

/// The messages' translation context, "tilsyn::Validering": every message below is English in
/// the source and shown in the UI's language (i18n/tekster/meldinger.py); the command line
/// installs the bokmål translation of this context only (app/cli/valideringsspraak.cpp).
class Validering final
{
    Q_DECLARE_TR_FUNCTIONS(tilsyn::Validering)
};

namespace {

bool bareSifre(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString indeksert(const QString &liste, qsizetype i)
{
    return u"%1[%2]"_s.arg(liste).arg(i);
}

// "liste[i].felt", made only for a message.
QString indeksert(const QString &liste, qsizetype i, QStringView felt)
{
    QString s = indeksert(liste, i);
    s.append(felt);
    return s;
}

// What a list's entries are called in a message ("kilde", "konklusjon").
QString hvaHeter(Liste liste)
{
    switch (liste) {
    case Liste::Embete: return Validering::tr("office");
    case Liste::Sektor: return Validering::tr("sector");
    case Liste::Objekttype: return Validering::tr("subject type");
    case Liste::Tjenesteniva: return Validering::tr("service level");
    case Liste::Kilde: return Validering::tr("source");
    case Liste::Tema: return Validering::tr("theme");
    case Liste::Utfall: return Validering::tr("outcome");
    case Liste::Konklusjon: return Validering::tr("conclusion");
    case Liste::Bestemmelse: return Validering::tr("provision");
    }
    return {};
}

// A subject as the caseworker knows it: its name, or its place in the list when it has none.
QString objektNavn(const Tilsynssak &sak, const Tilsynsobjekt &o)
{
    if (!o.navn.trimmed().isEmpty())
        return o.navn.trimmed();
    return Validering::tr("subject %1").arg(sak.tilsynsobjekter.indexOf(o) + 1);
}

class Kontroll
{
public:
    Kontroll(const Tilsynssak &sak, const Katalog &katalog) : m_sak(sak), m_katalog(katalog) {}

    void feil(const QString &felt, const QString &melding) { m_ut.append({felt, melding}); }
    const Katalog &katalog() const { return m_katalog; }
    QString navn(Liste liste, const QString &kode) const { return katalogNavn(m_katalog, liste, kode); }

    // A code that must exist in a list and apply to the case's sektor.
    void kode(Liste liste, const QString &felt, const QString &kode)
    {
        const KatalogPost *p = m_katalog.post(liste, kode);
        if (kode.isEmpty())
            feil(felt, Validering::tr("%1 is missing").arg(hvaHeter(liste)));
        else if (!p)
            feil(felt, Validering::tr("unknown %1 «%2»").arg(hvaHeter(liste), kode));
        else if (const QString hvorfor = sektorHindring(m_katalog, liste, kode, m_sak.sektor); !hvorfor.isEmpty())
            feil(felt, hvorfor);
    }

    // Whether kode() would find nothing to say.
    bool kodeOk(Liste liste, const QString &kode) const
    {
        const KatalogPost *p = m_katalog.post(liste, kode);
        return !kode.isEmpty() && p && (!m_katalog.har(Liste::Sektor, m_sak.sektor) || p->gjelder(m_sak.sektor));
        // (the same test as sektorHindring's, without making its message for every valid code)
    }

    void kodeliste(Liste liste, const QString &felt, const QStringList &koder)
    {
        // The lists are short: a repeat is found by looking back, and an element's path is
        // made only for a message.
        for (qsizetype i = 0; i < koder.size(); ++i) {
            if (i > 0 && koder.lastIndexOf(koder[i], i - 1) >= 0)
                feil(indeksert(felt, i),
                     Validering::tr("%1 «%2» is given more than once").arg(hvaHeter(liste), navn(liste, koder[i])));
            if (!kodeOk(liste, koder[i]))
                kode(liste, indeksert(felt, i), koder[i]);
        }
    }

    static bool maalformOk(const std::optional<QString> &m) { return !m || *m == u"nb" || *m == u"nn"; }

    void maalform(const QString &felt, const std::optional<QString> &m)
    {
        if (!maalformOk(m))
            feil(felt, Validering::tr("written form must be «nb», «nn» or null, not «%1»").arg(*m));
    }

    void dato(const QString &felt, const QDate &d)
    {
        if (d.isValid() && m_sak.mottatt.isValid() && d < m_sak.mottatt)
            feil(felt, Validering::tr("the date %1 is before the date received (%2)")
                           .arg(d.toString(Qt::ISODate), m_sak.mottatt.toString(Qt::ISODate)));
    }

    Problemer resultat() { return std::move(m_ut); }

private:
    const Tilsynssak &m_sak;
    const Katalog &m_katalog;
    Problemer m_ut;
};

void kontrollerObjekter(const Tilsynssak &sak, Kontroll &k)
{
    if (sak.tilsynsobjekter.isEmpty())
        k.feil(u"tilsynsobjekter"_s, Validering::tr("the case must have at least one subject"));
    // The objects are few: a repeated id is found by looking back, and an object's field paths
    // are made only for a message.
    const QList<Tilsynsobjekt> &objekter = sak.tilsynsobjekter;
    for (qsizetype i = 0; i < objekter.size(); ++i) {
        const Tilsynsobjekt &o = objekter[i];
        auto sti = [i](QStringView felt) { return indeksert(u"tilsynsobjekter"_s, i, felt); };
        auto brukt = [&] {
            for (qsizetype j = 0; j < i; ++j) {
                if (objekter[j].id == o.id)
                    return true;
            }
            return false;
        };
        if (o.id.isEmpty())
            k.feil(sti(u".id"), Validering::tr("the subject has no id"));
        else if (brukt())
            k.feil(sti(u".id"), Validering::tr("id «%1» is used by another subject of the case").arg(o.id));
        if (!k.kodeOk(Liste::Objekttype, o.type))
            k.kode(Liste::Objekttype, sti(u".type"), o.type);
        if (o.navn.trimmed().isEmpty())
            k.feil(sti(u".navn"), Validering::tr("the subject has no name"));
        if (o.tjenesteniva) {
            if (const QString hvorfor = tjenestenivaHindring(sak.sektor, k.katalog()); !hvorfor.isEmpty())
                k.feil(sti(u".tjenesteniva"), hvorfor);
            else if (!k.kodeOk(Liste::Tjenesteniva, *o.tjenesteniva))
                k.kode(Liste::Tjenesteniva, sti(u".tjenesteniva"), *o.tjenesteniva);
        }
        if (o.orgnr && !erGyldigOrgnr(*o.orgnr))
            k.feil(sti(u".orgnr"),
                   Validering::tr("the organisation number «%1» is invalid (9 digits with a modulus 11 check digit)")
                       .arg(*o.orgnr));
        if (o.hpr && !erGyldigHpr(*o.hpr))
            k.feil(sti(u".hpr"), Validering::tr("the HPR number «%1» must have 7–9 digits").arg(*o.hpr));
        if (!o.autorisasjon.isEmpty() && o.type != u"helsepersonell")
            k.feil(sti(u".autorisasjon"), Validering::tr("authorisation applies only to subjects of the type «%1»")
                                              .arg(k.navn(Liste::Objekttype, u"helsepersonell"_s)));
        if (!Kontroll::maalformOk(o.maalform))
            k.maalform(sti(u".maalform"), o.maalform);
    }
}

void kontrollerVurderinger(const Tilsynssak &sak, Kontroll &k)
{
    if (!sak.vurderinger.isEmpty() && sak.behandlingsmaate != 5) {
        k.feil(u"vurderinger"_s, Validering::tr("assessed provisions belong only to handling method 5"));
    }
    for (qsizetype i = 0; i < sak.vurderinger.size(); ++i) {
        const Vurdering &v = sak.vurderinger[i];
        auto sti = [i](QStringView felt) { return indeksert(u"vurderinger"_s, i, felt); };
        if (!k.kodeOk(Liste::Bestemmelse, v.bestemmelse))
            k.kode(Liste::Bestemmelse, sti(u".bestemmelse"), v.bestemmelse);
        const Tilsynsobjekt *o = sak.objekt(v.objekt);
        if (!o && v.objekt.isEmpty())
            k.feil(sti(u".objekt"), Validering::tr("choose the subject the provision is assessed against"));
        else if (!o)
            k.feil(sti(u".objekt"), Validering::tr("«%1» is not a subject of the case").arg(v.objekt));
        const KatalogPost *b = k.katalog().post(Liste::Bestemmelse, v.bestemmelse);
        if (o && b && b->gjelder(sak.sektor)) {
            if (const QString hvorfor = bestemmelseHindring(sak, *o, v.bestemmelse, k.katalog()); !hvorfor.isEmpty())
                k.feil(sti(u".bestemmelse"), hvorfor);
        }
        if (!k.kodeOk(Liste::Konklusjon, v.konklusjon))
            k.kode(Liste::Konklusjon, sti(u".konklusjon"), v.konklusjon);
    }
}

void kontrollerUtfall(const Tilsynssak &sak, Kontroll &k)
{
    const bool bm5 = sak.behandlingsmaate == 5;
    if (!sak.utfall) {
        if (bm5 && sak.avsluttet.isValid())
            k.feil(u"utfall"_s, Validering::tr("a closed case with handling method 5 must have an outcome"));
        return;
    }
    if (!bm5) {
        k.feil(u"utfall"_s, Validering::tr("an outcome belongs only to handling method 5"));
        return;
    }
    k.kode(Liste::Utfall, u"utfall"_s, *sak.utfall);
    if (const QString hvorfor = utfallHindring(sak, *sak.utfall, k.katalog()); !hvorfor.isEmpty())
        k.feil(u"utfall"_s, hvorfor);
}

} // namespace

Maalform meldingsMaalform()
{
    // As Qt's own QT_LAYOUT_DIRECTION: the translation says which written form it is in.
    //: Not shown: "nb" in the bokmål translation, "nn" in the nynorsk one. The catalogue's names
    //: in these messages follow it.
    return Validering::tr("CATALOGUE_WRITTEN_FORM") == u"nn" ? Maalform::Nynorsk : Maalform::Bokmaal;
}

QString sektorHindring(const Katalog &katalog, Katalog::Liste liste, const QString &kode, const QString &sektor)
{
    const KatalogPost *p = katalog.post(liste, kode);
    if (!p || !katalog.har(Liste::Sektor, sektor) || p->gjelder(sektor))
        return {};
    return Validering::tr("%1 «%2» does not belong to the sector «%3»")
        .arg(hvaHeter(liste), katalogNavn(katalog, liste, kode), katalogNavn(katalog, Liste::Sektor, sektor));
}

QString tjenestenivaHindring(const QString &sektor, const Katalog &katalog)
{
    if (sektor == u"helse")
        return {};
    return Validering::tr("service level applies only to the sector «%1»").arg(katalogNavn(katalog, Liste::Sektor, u"helse"_s));
}

QString katalogNavn(const Katalog &katalog, Katalog::Liste liste, const QString &kode)
{
    const KatalogPost *p = katalog.post(liste, kode);
    if (!p)
        return kode; // unknown: the code is all there is
    return liste == Liste::Bestemmelse ? p->bestemmelseTekst(meldingsMaalform()) : p->navnPaa(meldingsMaalform());
}

QString bestemmelseHindring(const Tilsynssak &sak, const Tilsynsobjekt &objekt, const QString &bestemmelse,
                            const Katalog &katalog)
{
    const KatalogPost *b = katalog.post(Liste::Bestemmelse, bestemmelse);
    if (!b || !katalog.har(Liste::Objekttype, objekt.type) || katalog.bestemmelseGjelder(bestemmelse, objekt.type))
        return {};
    QStringList typer;
    for (const QString &t : b->objekttyper)
        typer.append(u"«%1»"_s.arg(katalogNavn(katalog, Liste::Objekttype, t)));
    return Validering::tr("the provision «%1» cannot be assessed against the subject «%2», which is of the type «%3»; "
                          "it applies to %4")
        .arg(katalogNavn(katalog, Liste::Bestemmelse, bestemmelse), objektNavn(sak, objekt),
             katalogNavn(katalog, Liste::Objekttype, objekt.type), typer.join(u", "_s));
}

QString utfallHindring(const Tilsynssak &sak, const QString &utfall, const Katalog &katalog)
{
    auto har = [&](QStringView konklusjon) {
        return std::any_of(sak.vurderinger.cbegin(), sak.vurderinger.cend(),
                           [&](const Vurdering &v) { return v.konklusjon == konklusjon; });
    };
    auto navn = [&](Liste l, const QString &kode) { return katalogNavn(katalog, l, kode); };
    auto krever = [&](const QString &konklusjon) {
        return Validering::tr("the outcome «%1» requires at least one assessment concluding «%2»")
            .arg(navn(Liste::Utfall, utfall), navn(Liste::Konklusjon, konklusjon));
    };
    if (utfall == u"lovbrudd" && !har(u"lovbrudd"))
        return krever(u"lovbrudd"_s);
    if (utfall == u"oversendt-htil" && !har(u"oversendt-htil"))
        return krever(u"oversendt-htil"_s);
    if (utfall == u"ikke-lovbrudd" || utfall == u"innledende") {
        for (const QString &k : {u"lovbrudd"_s, u"oversendt-htil"_s}) {
            if (har(k))
                return Validering::tr("the outcome «%1» cannot be chosen while an assessment concludes «%2»")
                    .arg(navn(Liste::Utfall, utfall), navn(Liste::Konklusjon, k));
        }
    }
    return {};
}

bool erGyldigUuid(const QString &s)
{
    // The usual form is checked by hand; anything else (also what the pattern's `$` lets
    // through before a final newline) is left to the pattern, which decides as before.
    if (s.size() == 36) {
        bool ok = true;
        for (qsizetype i = 0; i < 36 && ok; ++i) {
            const char16_t c = s[i].unicode();
            const bool strek = i == 8 || i == 13 || i == 18 || i == 23;
            ok = strek ? c == u'-' : ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
        }
        if (ok)
            return true;
    }
    static const QRegularExpression re(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re.match(s).hasMatch();
}

bool erGyldigSaksnummer(const QString &s)
{
    // As erGyldigUuid: the usual form by hand, anything else by the pattern.
    if (s.size() >= 6 && s.size() <= 11 && s[4] == u'/' && s[5] >= u'1' && s[5] <= u'9') {
        bool ok = true;
        for (qsizetype i = 0; i < s.size() && ok; ++i)
            ok = i == 4 || (s[i] >= u'0' && s[i] <= u'9');
        if (ok)
            return true;
    }
    static const QRegularExpression re(u"^[0-9]{4}/[1-9][0-9]{0,5}$"_s);
    return re.match(s).hasMatch();
}

bool erGyldigOrgnr(const QString &s)
{
    if (s.size() != 9 || !bareSifre(s))
        return false;
    static constexpr int vekter[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += vekter[i] * s[i].digitValue();
    int kontroll = 11 - sum % 11;
    if (kontroll == 11)
        kontroll = 0;
    return kontroll != 10 && kontroll == s[8].digitValue();
}

bool erGyldigHpr(const QString &s)
{
    return s.size() >= 7 && s.size() <= 9 && bareSifre(s);
}

Problemer validerRegistrering(const Tilsynssak &sak)
{
    Problemer p;
    if (sak.kilder.isEmpty())
        p.append({u"kilder"_s, Validering::tr("tick at least one source (who the information came from)")});
    if (!sak.brukerinvolvering || !sak.brukerinvolvering->vurdert)
        p.append({u"brukerinvolvering"_s,
                  Validering::tr("not recorded: tick that involving the patient/user has been considered")});
    // Only a person has an HPR number (the interchange contract accepts one on any subject).
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i)
        if (sak.tilsynsobjekter[i].hpr && sak.tilsynsobjekter[i].type != u"helsepersonell")
            p.append({u"tilsynsobjekter[%1].hpr"_s.arg(i),
                      Validering::tr("an HPR number is for health personnel only: remove it, or choose the type helsepersonell")});
    return p;
}

Problemer valider(const Tilsynssak &sak, const Katalog &katalog, Valideringsvalg valg)
{
    Kontroll k(sak, katalog);
    if (!erGyldigUuid(sak.id))
        k.feil(u"id"_s, Validering::tr("the id must be a UUID in lower case, not «%1»").arg(sak.id));
    if (sak.saksnummer && !erGyldigSaksnummer(*sak.saksnummer))
        k.feil(u"saksnummer"_s, Validering::tr("the case number must have the form YYYY/N, not «%1»").arg(*sak.saksnummer));
    if (!katalog.har(Liste::Embete, sak.embete))
        k.feil(u"embete"_s, Validering::tr("unknown %1 «%2»").arg(hvaHeter(Liste::Embete), sak.embete));
    if (!katalog.har(Liste::Sektor, sak.sektor))
        k.feil(u"sektor"_s, Validering::tr("unknown %1 «%2»").arg(hvaHeter(Liste::Sektor), sak.sektor));
    if (!sak.mottatt.isValid())
        k.feil(u"mottatt"_s, Validering::tr("the date received is missing"));
    k.kodeliste(Liste::Kilde, u"kilder"_s, sak.kilder);
    k.kodeliste(Liste::Tema, u"temaer"_s, sak.temaer);
    if (sak.innsender)
        k.maalform(u"innsender.maalform"_s, sak.innsender->maalform);
    if (sak.behandlingsmaate) {
        const int bm = *sak.behandlingsmaate;
        if (bm < 0 || bm > 5)
            k.feil(u"behandlingsmaate"_s, Validering::tr("the handling method must be 1–5 (0 for historical cases)"));
        else if (bm == 0 && !valg.tillatHistoriskBm)
            k.feil(u"behandlingsmaate"_s, Validering::tr("handling method 0 (the old guide) cannot be chosen for new cases"));
    }
    k.dato(u"oversendt"_s, sak.oversendt);
    if (sak.oversendt.isValid() && sak.behandlingsmaate != 2 && sak.behandlingsmaate != 3)
        k.feil(u"oversendt"_s, Validering::tr("the date sent on belongs only to handling methods 2 and 3"));
    k.dato(u"mote"_s, sak.mote);
    if (sak.mote.isValid() && sak.behandlingsmaate != 4)
        k.feil(u"mote"_s, Validering::tr("the meeting date belongs only to handling method 4"));
    k.dato(u"avsluttet"_s, sak.avsluttet);
    k.dato(u"rapport_mottatt"_s, sak.rapportMottatt);
    if (sak.rapportMottatt.isValid() && sak.behandlingsmaate != 3)
        k.feil(u"rapport_mottatt"_s, Validering::tr("report received belongs only to handling method 3"));
    kontrollerObjekter(sak, k);
    kontrollerVurderinger(sak, k);
    kontrollerUtfall(sak, k);
    return k.resultat();
}

} // namespace tilsyn
