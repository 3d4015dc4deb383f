#include "validering.h"

#include "katalog.h"
#include "tilsynssak.h"

#include <QRegularExpression>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

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

class Kontroll
{
public:
    Kontroll(const Tilsynssak &sak, const Katalog &katalog) : m_sak(sak), m_katalog(katalog) {}

    void feil(const QString &felt, const QString &melding) { m_ut.append({felt, melding}); }
    const Katalog &katalog() const { return m_katalog; }

    // A code that must exist in a list and apply to the case's sektor.
    void kode(Liste liste, const QString &felt, const QString &kode, const QString &hva)
    {
        const KatalogPost *p = m_katalog.post(liste, kode);
        if (kode.isEmpty())
            feil(felt, u"%1 mangler"_s.arg(hva));
        else if (!p)
            feil(felt, u"ukjent %1 «%2»"_s.arg(hva, kode));
        else if (m_katalog.har(Liste::Sektor, m_sak.sektor) && !p->gjelder(m_sak.sektor))
            feil(felt, u"%1 «%2» hører ikke til sektor %3"_s.arg(hva, kode, m_sak.sektor));
    }

    // Whether kode() would find nothing to say.
    bool kodeOk(Liste liste, const QString &kode) const
    {
        const KatalogPost *p = m_katalog.post(liste, kode);
        return !kode.isEmpty() && p && (!m_katalog.har(Liste::Sektor, m_sak.sektor) || p->gjelder(m_sak.sektor));
    }

    void kodeliste(Liste liste, const QString &felt, const QStringList &koder, const QString &hva)
    {
        // The lists are short: a repeat is found by looking back, and an element's path is
        // made only for a message.
        for (qsizetype i = 0; i < koder.size(); ++i) {
            if (i > 0 && koder.lastIndexOf(koder[i], i - 1) >= 0)
                feil(indeksert(felt, i), u"%1 «%2» er oppgitt mer enn én gang"_s.arg(hva, koder[i]));
            if (!kodeOk(liste, koder[i]))
                kode(liste, indeksert(felt, i), koder[i], hva);
        }
    }

    static bool maalformOk(const std::optional<QString> &m) { return !m || *m == u"nb" || *m == u"nn"; }

    void maalform(const QString &felt, const std::optional<QString> &m)
    {
        if (!maalformOk(m))
            feil(felt, u"målform må være «nb», «nn» eller null, ikke «%1»"_s.arg(*m));
    }

    void dato(const QString &felt, const QDate &d)
    {
        if (d.isValid() && m_sak.mottatt.isValid() && d < m_sak.mottatt)
            feil(felt, u"datoen %1 er før mottatt (%2)"_s.arg(d.toString(Qt::ISODate),
                                                               m_sak.mottatt.toString(Qt::ISODate)));
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
        k.feil(u"tilsynsobjekter"_s, u"saken må ha minst ett tilsynsobjekt"_s);
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
            k.feil(sti(u".id"), u"tilsynsobjektet mangler id"_s);
        else if (brukt())
            k.feil(sti(u".id"), u"id «%1» er brukt av et annet tilsynsobjekt i saken"_s.arg(o.id));
        if (!k.kodeOk(Liste::Objekttype, o.type))
            k.kode(Liste::Objekttype, sti(u".type"), o.type, u"objekttype"_s);
        if (o.navn.trimmed().isEmpty())
            k.feil(sti(u".navn"), u"tilsynsobjektet mangler navn"_s);
        if (o.tjenesteniva) {
            if (sak.sektor != u"helse")
                k.feil(sti(u".tjenesteniva"), u"tjenestenivå gjelder bare sektor helse"_s);
            else if (!k.kodeOk(Liste::Tjenesteniva, *o.tjenesteniva))
                k.kode(Liste::Tjenesteniva, sti(u".tjenesteniva"), *o.tjenesteniva, u"tjenestenivå"_s);
        }
        if (o.orgnr && !erGyldigOrgnr(*o.orgnr))
            k.feil(sti(u".orgnr"),
                   u"organisasjonsnummeret «%1» er ugyldig (9 sifre med kontrollsiffer etter modulus 11)"_s
                       .arg(*o.orgnr));
        if (o.hpr && !erGyldigHpr(*o.hpr))
            k.feil(sti(u".hpr"), u"HPR-nummeret «%1» må ha 7–9 sifre"_s.arg(*o.hpr));
        if (!o.autorisasjon.isEmpty() && o.type != u"helsepersonell")
            k.feil(sti(u".autorisasjon"), u"autorisasjon gjelder bare tilsynsobjekter av typen helsepersonell"_s);
        if (!Kontroll::maalformOk(o.maalform))
            k.maalform(sti(u".maalform"), o.maalform);
    }
}

void kontrollerVurderinger(const Tilsynssak &sak, Kontroll &k)
{
    if (!sak.vurderinger.isEmpty() && sak.behandlingsmaate != 5) {
        k.feil(u"vurderinger"_s, u"vurderte bestemmelser hører bare til behandlingsmåte 5"_s);
    }
    for (qsizetype i = 0; i < sak.vurderinger.size(); ++i) {
        const Vurdering &v = sak.vurderinger[i];
        auto sti = [i](QStringView felt) { return indeksert(u"vurderinger"_s, i, felt); };
        if (!k.kodeOk(Liste::Bestemmelse, v.bestemmelse))
            k.kode(Liste::Bestemmelse, sti(u".bestemmelse"), v.bestemmelse, u"bestemmelse"_s);
        const Tilsynsobjekt *o = sak.objekt(v.objekt);
        if (!o)
            k.feil(sti(u".objekt"), u"«%1» er ikke et tilsynsobjekt i saken"_s.arg(v.objekt));
        const KatalogPost *b = k.katalog().post(Liste::Bestemmelse, v.bestemmelse);
        if (o && b && b->gjelder(sak.sektor) && k.katalog().har(Liste::Objekttype, o->type)
            && !k.katalog().bestemmelseGjelder(v.bestemmelse, o->type))
            k.feil(sti(u".bestemmelse"),
                   u"bestemmelsen «%1» (%2) kan ikke vurderes mot tilsynsobjektet «%3», som er av typen «%4»"_s
                       .arg(v.bestemmelse, b->paragraf.isEmpty() ? b->navn : b->paragraf, v.objekt, o->type));
        if (!k.kodeOk(Liste::Konklusjon, v.konklusjon))
            k.kode(Liste::Konklusjon, sti(u".konklusjon"), v.konklusjon, u"konklusjon"_s);
    }
}

void kontrollerUtfall(const Tilsynssak &sak, Kontroll &k)
{
    const bool bm5 = sak.behandlingsmaate == 5;
    if (!sak.utfall) {
        if (bm5 && sak.avsluttet.isValid())
            k.feil(u"utfall"_s, u"en avsluttet sak med behandlingsmåte 5 må ha utfall"_s);
        return;
    }
    if (!bm5) {
        k.feil(u"utfall"_s, u"utfall hører bare til behandlingsmåte 5"_s);
        return;
    }
    k.kode(Liste::Utfall, u"utfall"_s, *sak.utfall, u"utfall"_s);
    auto antall = [&](QStringView konklusjon) {
        return std::count_if(sak.vurderinger.cbegin(), sak.vurderinger.cend(),
                             [&](const Vurdering &v) { return v.konklusjon == konklusjon; });
    };
    const QString &u = *sak.utfall;
    if (u == u"lovbrudd" && antall(u"lovbrudd") == 0)
        k.feil(u"utfall"_s, u"utfall «lovbrudd» krever minst én vurdering med konklusjon lovbrudd"_s);
    if ((u == u"ikke-lovbrudd" || u == u"innledende")
        && (antall(u"lovbrudd") > 0 || antall(u"oversendt-htil") > 0))
        k.feil(u"utfall"_s, u"utfall «%1» kan ikke ha vurderinger med konklusjon lovbrudd eller "
                            u"oversendt-htil"_s.arg(u));
    if (u == u"oversendt-htil" && antall(u"oversendt-htil") == 0)
        k.feil(u"utfall"_s, u"utfall «oversendt-htil» krever minst én vurdering med konklusjon "
                            u"oversendt-htil"_s);
}

} // namespace

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
        p.append({u"kilder"_s, u"kryss av for minst én kilde (hvem opplysningene kom fra)"_s});
    if (!sak.brukerinvolvering || !sak.brukerinvolvering->vurdert)
        p.append({u"brukerinvolvering"_s,
                  u"ikke registrert: kryss av for at involvering av pasient/bruker er vurdert"_s});
    // Only a person has an HPR number (the interchange contract accepts one on any subject).
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i)
        if (sak.tilsynsobjekter[i].hpr && sak.tilsynsobjekter[i].type != u"helsepersonell")
            p.append({u"tilsynsobjekter[%1].hpr"_s.arg(i), u"HPR-nummer gjelder bare helsepersonell: fjern det, eller velg typen helsepersonell"_s});
    return p;
}

Problemer valider(const Tilsynssak &sak, const Katalog &katalog, Valideringsvalg valg)
{
    Kontroll k(sak, katalog);
    if (!erGyldigUuid(sak.id))
        k.feil(u"id"_s, u"id må være en UUID med små bokstaver, ikke «%1»"_s.arg(sak.id));
    if (sak.saksnummer && !erGyldigSaksnummer(*sak.saksnummer))
        k.feil(u"saksnummer"_s, u"saksnummer må ha formen ÅÅÅÅ/N, ikke «%1»"_s.arg(*sak.saksnummer));
    if (!katalog.har(Liste::Embete, sak.embete))
        k.feil(u"embete"_s, u"ukjent embete «%1»"_s.arg(sak.embete));
    if (!katalog.har(Liste::Sektor, sak.sektor))
        k.feil(u"sektor"_s, u"ukjent sektor «%1»"_s.arg(sak.sektor));
    if (!sak.mottatt.isValid())
        k.feil(u"mottatt"_s, u"mottatt-dato mangler"_s);
    k.kodeliste(Liste::Kilde, u"kilder"_s, sak.kilder, u"kilde"_s);
    k.kodeliste(Liste::Tema, u"temaer"_s, sak.temaer, u"tema"_s);
    if (sak.innsender)
        k.maalform(u"innsender.maalform"_s, sak.innsender->maalform);
    if (sak.behandlingsmaate) {
        const int bm = *sak.behandlingsmaate;
        if (bm < 0 || bm > 5)
            k.feil(u"behandlingsmaate"_s, u"behandlingsmåte må være 1–5 (0 for historiske saker)"_s);
        else if (bm == 0 && !valg.tillatHistoriskBm)
            k.feil(u"behandlingsmaate"_s, u"behandlingsmåte 0 (gammel veileder) kan ikke velges for nye saker"_s);
    }
    k.dato(u"oversendt"_s, sak.oversendt);
    if (sak.oversendt.isValid() && sak.behandlingsmaate != 2 && sak.behandlingsmaate != 3)
        k.feil(u"oversendt"_s, u"oversendt-dato hører bare til behandlingsmåte 2 og 3"_s);
    k.dato(u"mote"_s, sak.mote);
    if (sak.mote.isValid() && sak.behandlingsmaate != 4)
        k.feil(u"mote"_s, u"møtedato hører bare til behandlingsmåte 4"_s);
    k.dato(u"avsluttet"_s, sak.avsluttet);
    k.dato(u"rapport_mottatt"_s, sak.rapportMottatt);
    if (sak.rapportMottatt.isValid() && sak.behandlingsmaate != 3)
        k.feil(u"rapport_mottatt"_s, u"rapport mottatt hører bare til behandlingsmåte 3"_s);
    kontrollerObjekter(sak, k);
    kontrollerVurderinger(sak, k);
    kontrollerUtfall(sak, k);
    return k.resultat();
}

} // namespace tilsyn
