#include "eksempeldag.h"

#include "domain/frist.h"
#include "domain/katalog.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <random>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

namespace {

/// Draws from a fixed-seed Mersenne Twister with its own reductions, so the cases are the same
/// with every standard library (std::uniform_int_distribution is not specified bit for bit).
class Trekk
{
public:
    explicit Trekk(quint32 seed) : m_gen(seed) {}
    int tall(int fra, int til) { return fra + int(m_gen() % quint32(til - fra + 1)); }
    bool sjanse(int prosent) { return tall(1, 100) <= prosent; }
    template <class T> const T &en(const QList<T> &l) { return l[tall(0, int(l.size()) - 1)]; }
    QString uuid()
    {
        QByteArray b(16, '\0');
        for (char &c : b)
            c = char(m_gen() & 0xff);
        b[6] = char((b[6] & 0x0f) | 0x40);
        b[8] = char((b[8] & 0x3f) | 0x80);
        const QString h = QString::fromLatin1(b.toHex());
        return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
    }
    template <class T> void stokk(QList<T> &l)
    {
        for (qsizetype i = l.size() - 1; i > 0; --i)
            std::swap(l[i], l[tall(0, int(i))]);
    }

private:
    std::mt19937 m_gen;
};

struct Sted
{
    QString kommune;
    QString postnummer;
};

/// Two municipalities of each office (by catalogue code); an office the table does not know
/// gets its short name.
QList<Sted> steder(const KatalogPost &embete)
{
    static const QHash<QString, QList<Sted>> tabell{
        {u"ostfold-buskerud-oslo-akershus"_s, {{u"Drammen"_s, u"3015"_s}, {u"Fredrikstad"_s, u"1606"_s}}},
        {u"innlandet"_s, {{u"Hamar"_s, u"2317"_s}, {u"Gjøvik"_s, u"2815"_s}}},
        {u"vestfold-telemark"_s, {{u"Skien"_s, u"3724"_s}, {u"Tønsberg"_s, u"3126"_s}}},
        {u"agder"_s, {{u"Kristiansand"_s, u"4611"_s}, {u"Arendal"_s, u"4836"_s}}},
        {u"rogaland"_s, {{u"Stavanger"_s, u"4005"_s}, {u"Sandnes"_s, u"4306"_s}}},
        {u"vestland"_s, {{u"Bergen"_s, u"5003"_s}, {u"Førde"_s, u"6800"_s}}},
        {u"more-romsdal"_s, {{u"Ålesund"_s, u"6002"_s}, {u"Molde"_s, u"6413"_s}}},
        {u"trondelag"_s, {{u"Trondheim"_s, u"7011"_s}, {u"Steinkjer"_s, u"7713"_s}}},
        {u"nordland"_s, {{u"Bodø"_s, u"8006"_s}, {u"Mo i Rana"_s, u"8622"_s}}},
        {u"troms-finnmark"_s, {{u"Tromsø"_s, u"9008"_s}, {u"Alta"_s, u"9510"_s}}},
    };
    return tabell.value(embete.kode, {{embete.kort.isEmpty() ? embete.navn : embete.kort, u"0001"_s}});
}

bool nynorskOmraade(const QString &embete)
{
    return embete == u"vestland" || embete == u"more-romsdal";
}

const QStringList kPersoner{u"Anne Berg"_s, u"Lars Nilsen"_s, u"Ingrid Haugen"_s, u"Ola Bakken"_s,
                            u"Sigrid Lie"_s,  u"Per Moen"_s,     u"Kari Dahl"_s,    u"Nils Strand"_s};
const QStringList kSaksbehandlere{u"kari.nordmann"_s, u"ola.hansen"_s, u"ingrid.bakke"_s, u"åse.løvås"_s};

QString objektnavn(const QString &type, const QString &kommune, Trekk &t)
{
    if (type == u"virksomhet")
        return t.en(QStringList{u"%1 kommune, sykehjemstjenesten"_s, u"Legevakten i %1"_s,
                                u"Sykehuset i %1, akuttmottaket"_s, u"Hjemmetjenesten i %1"_s})
            .arg(kommune);
    if (type == u"helsepersonell")
        return t.en(kPersoner);
    if (type == u"kommunal-barneverntjeneste")
        return u"Barneverntjenesten i %1"_s.arg(kommune);
    if (type == u"barnevernsinstitusjon")
        return u"Ungdomshjemmet i %1"_s.arg(kommune);
    if (type == u"omsorgssenter")
        return u"Omsorgssenteret for enslige mindreårige i %1"_s.arg(kommune);
    if (type == u"senter-foreldre-barn")
        return u"Senter for foreldre og barn i %1"_s.arg(kommune);
    if (type == u"bufetat")
        return u"Bufetat, fosterhjemstjenesten i %1"_s.arg(kommune);
    if (type == u"nav-kontor")
        return u"Nav %1"_s.arg(kommune);
    return u"Tjenesten i %1"_s.arg(kommune);
}

QString sammendrag(const QString &sektor, Trekk &t)
{
    static const QHash<QString, QStringList> tekster{
        {u"helse"_s,
         {u"Klage på manglende oppfølging etter utskrivning."_s, u"Pårørende mener smertelindringen var for dårlig."_s,
          u"Varsel om alvorlig hendelse ved legevakten."_s, u"Spørsmål om forskrivning av vanedannende legemidler."_s,
          u"Klage på journalføring og innsyn."_s}},
        {u"barnevern"_s,
         {u"Mor mener barnet ikke ble hørt før vedtaket."_s, u"Klage på samværsordningen."_s,
          u"Bekymring for oppfølgingen av barnet i fosterhjemmet."_s, u"Undersøkelsen tok for lang tid."_s}},
        {u"sosial"_s,
         {u"Klage på avslag på økonomisk stønad."_s, u"Fikk ikke midlertidig botilbud samme dag."_s,
          u"Spørsmål om kvalifiseringsprogrammet."_s, u"Mangelfull veiledning ved Nav-kontoret."_s}},
    };
    return t.en(tekster.value(sektor, {u"Henvendelse til Statsforvalteren."_s}));
}

/// The day whose frist under `regel` is `frist` (invalid when calendar months make it impossible).
QDate mottattFor(const QDate &frist, const Fristregel &regel)
{
    const QDate anslag = frist.addMonths(-regel.maaneder).addDays(-regel.dager);
    for (int d = 0; d <= 3; ++d) {
        for (const int fortegn : {1, -1}) {
            const QDate kandidat = anslag.addDays(d * fortegn);
            if (fristDato(kandidat, regel) == frist)
                return kandidat;
        }
    }
    return {};
}

enum class Art { Forfalt, ForfallerSnart, UtenBm, LangFrist, MilepelNaadd, IOppfolging, Avsluttet };

class Lager
{
public:
    Lager(const Katalog &katalog, const QDate &idag, const QString &bruker)
        : m_k(katalog), m_idag(idag), m_bruker(bruker), m_t(20261201u)
    {
    }

    Tilsynssak sak(const KatalogPost &embete, const QString &sektor, Art art)
    {
        Tilsynssak s;
        s.id = m_t.uuid();
        s.embete = embete.kode;
        s.sektor = sektor;
        const Sted sted = m_t.en(steder(embete));
        const bool nn = nynorskOmraade(embete.kode);
        s.alvorlig = m_t.sjanse(10);
        s.kilder = {m_t.en(m_k.forSektor(Liste::Kilde, sektor)).kode};
        const QList<KatalogPost> temaer = m_k.forSektor(Liste::Tema, sektor);
        s.temaer = {m_t.en(temaer).kode};
        if (const QString tema = m_t.en(temaer).kode; m_t.sjanse(40) && !s.temaer.contains(tema))
            s.temaer.append(tema);
        s.brukerinvolvering = Brukerinvolvering{true, m_t.sjanse(40), {}};
        s.sammendrag = sammendrag(sektor, m_t);
        if (m_t.sjanse(75)) {
            s.innsender = Innsender{m_t.en(kPersoner), u"Storgata %1\n%2 %3"_s.arg(m_t.tall(1, 40)).arg(sted.postnummer, sted.kommune),
                                    nn ? u"nn"_s : u"nb"_s};
        }
        Tilsynsobjekt o;
        o.id = u"o1"_s;
        o.type = m_t.en(m_k.forSektor(Liste::Objekttype, sektor)).kode;
        o.navn = objektnavn(o.type, sted.kommune, m_t);
        o.adresse = u"Rådhusgata %1\n%2 %3"_s.arg(m_t.tall(1, 20)).arg(sted.postnummer, sted.kommune);
        o.maalform = nn ? u"nn"_s : u"nb"_s;
        if (sektor == u"helse")
            o.tjenesteniva = o.type == u"virksomhet" ? m_t.en(QStringList{u"kommunal"_s, u"spesialist"_s})
                                                     : m_t.en(QStringList{u"kommunal"_s, u"spesialist"_s, u"utenfor"_s});
        s.tilsynsobjekter = {o};
        const bool aapen = art != Art::IOppfolging && art != Art::Avsluttet;
        if (!m_bruker.isEmpty() && aapen && m_t.sjanse(25))
            s.saksbehandler = m_bruker;
        else if (!aapen || m_t.sjanse(85))
            s.saksbehandler = m_t.en(kSaksbehandlere);
        datoer(s, art);
        return s;
    }

private:
    void datoer(Tilsynssak &s, Art art)
    {
        switch (art) {
        case Art::Forfalt:
        case Art::ForfallerSnart: {
            const QDate frist = art == Art::Forfalt ? m_idag.addDays(-m_t.tall(1, 75)) : m_idag.addDays(m_t.tall(2, 10));
            int bm = m_t.tall(1, 5);
            s.mottatt = mottattFor(frist, *m_k.behandlingsmaate(bm));
            if (!s.mottatt.isValid()) {
                bm = 1;
                s.mottatt = mottattFor(frist, *m_k.behandlingsmaate(bm));
            }
            s.behandlingsmaate = bm;
            if (bm == 5 && m_t.sjanse(50))
                vurder(s, false);
            return;
        }
        case Art::UtenBm:
            s.mottatt = m_idag.addDays(-m_t.tall(0, 12));
            return;
        case Art::LangFrist:
            s.behandlingsmaate = m_t.tall(3, 5);
            s.mottatt = m_idag.addDays(-m_t.tall(0, 45));
            return;
        case Art::MilepelNaadd: {
            const int bm = m_t.tall(2, 4);
            s.behandlingsmaate = bm;
            s.mottatt = m_idag.addDays(-m_t.tall(25, 80));
            (bm == 4 ? s.mote : s.oversendt) = std::min(m_idag, s.mottatt.addDays(m_t.tall(5, 25)));
            return;
        }
        case Art::IOppfolging: {
            s.behandlingsmaate = 5;
            s.avsluttet = m_idag.addDays(-m_t.tall(10, 150));
            s.mottatt = s.avsluttet.addDays(-m_t.tall(60, 170));
            vurder(s, true);
            s.utfall = u"lovbrudd"_s;
            return;
        }
        case Art::Avsluttet:
            avslutt(s);
            return;
        }
    }

    void avslutt(Tilsynssak &s)
    {
        const int bm = m_t.tall(1, 5);
        s.behandlingsmaate = bm;
        s.mottatt = m_idag.addDays(-m_t.tall(40, 450));
        const qint64 lengde = s.mottatt.daysTo(fristDato(s.mottatt, *m_k.behandlingsmaate(bm)));
        const QDate sist = m_idag.addDays(-1);
        const QDate milepel = std::min(sist, s.mottatt.addDays(m_t.tall(int(lengde / 4), int(lengde + lengde / 5))));
        switch (bm) {
        case 2: s.oversendt = s.avsluttet = milepel; break;
        case 3:
            s.oversendt = milepel;
            s.avsluttet = std::min(sist, milepel.addDays(m_t.tall(30, 90)));
            break;
        case 4:
            s.mote = milepel;
            s.avsluttet = std::min(sist, milepel.addDays(m_t.tall(3, 20)));
            break;
        default: s.avsluttet = milepel; break;
        }
        if (bm == 5) {
            if (m_t.sjanse(70)) {
                vurder(s, false);
                for (Vurdering &v : s.vurderinger)
                    v.konklusjon = u"ikke-lovbrudd"_s;
                s.utfall = u"ikke-lovbrudd"_s;
            } else {
                s.utfall = u"innledende"_s;
            }
        }
    }

    /// One to three provisions of the catalogue that apply to the object, preferring those with
    /// a requirement text; with `lovbrudd` the first one concludes lovbrudd.
    void vurder(Tilsynssak &s, bool lovbrudd)
    {
        const Tilsynsobjekt &o = s.tilsynsobjekter.constFirst();
        QList<KatalogPost> valg, utenKrav;
        for (const KatalogPost &b : m_k.forSektor(Liste::Bestemmelse, s.sektor)) {
            if (m_k.bestemmelseGjelder(b.kode, o.type))
                (b.krav.isEmpty() ? utenKrav : valg).append(b);
        }
        if (valg.isEmpty())
            valg = utenKrav;
        m_t.stokk(valg);
        const int antall = std::min(int(valg.size()), m_t.tall(1, 3));
        static const QStringList begrunnelser{
            u"Vurdert ut fra journalen og forklaringene fra begge parter."_s,
            u"Rutinene var kjent, men ble ikke fulgt i denne saken."_s,
            u"Dokumentasjonen viser at kravet var oppfylt."_s,
        };
        for (int i = 0; i < antall; ++i) {
            const QString konklusjon =
                lovbrudd ? (i == 0 || m_t.sjanse(40) ? u"lovbrudd"_s : u"ikke-lovbrudd"_s)
                         : m_t.en(QStringList{u"lovbrudd"_s, u"ikke-lovbrudd"_s});
            s.vurderinger.append(Vurdering{valg[i].kode, o.id, konklusjon, m_t.en(begrunnelser)});
        }
    }

public:
    Trekk &trekk() { return m_t; }

private:
    const Katalog &m_k;
    QDate m_idag;
    QString m_bruker;
    Trekk m_t;
};

} // namespace

Eksempeldag Eksempeldag::lag(const Katalog &katalog, const QDate &idag, const QString &bruker)
{
    Lager lager(katalog, idag, bruker);
    QList<Art> arter;
    auto legg = [&](Art a, int n) { arter.append(QList<Art>(n, a)); };
    legg(Art::Forfalt, kForfalte);
    legg(Art::ForfallerSnart, kForfallerSnart);
    legg(Art::UtenBm, 10);
    legg(Art::LangFrist, 13);
    legg(Art::MilepelNaadd, kAndreAapne - 23);
    legg(Art::IOppfolging, kIOppfolging);
    legg(Art::Avsluttet, kAndreAvsluttede);
    lager.trekk().stokk(arter);

    const QList<KatalogPost> &embeter = katalog.poster(Liste::Embete);
    const QList<KatalogPost> &sektorer = katalog.poster(Liste::Sektor);
    Eksempeldag dag;
    for (qsizetype i = 0; i < arter.size(); ++i) {
        // The first embeter × sektorer cases cover every office in every sector.
        const KatalogPost &embete = embeter[i % embeter.size()];
        const QString sektor = sektorer[(i / embeter.size()) % sektorer.size()].kode;
        Tilsynssak s = lager.sak(embete, sektor, arter[i]);
        if (arter[i] == Art::IOppfolging) {
            const QDate startet = std::min(idag, s.avsluttet.addDays(lager.trekk().tall(1, 7)));
            dag.oppfolging.append({s.id, startet, startet.addDays(lager.trekk().tall(21, 60))});
        }
        dag.saker.append(s);
    }
    // Case numbers in the order received, per year.
    QList<Tilsynssak *> etterMottatt;
    for (Tilsynssak &s : dag.saker)
        etterMottatt.append(&s);
    std::stable_sort(etterMottatt.begin(), etterMottatt.end(),
                     [](const Tilsynssak *a, const Tilsynssak *b) { return a->mottatt < b->mottatt; });
    QMap<int, int> loepenr;
    for (Tilsynssak *s : etterMottatt)
        s->saksnummer = u"%1/%2"_s.arg(s->mottatt.year()).arg(++loepenr[s->mottatt.year()]);
    return dag;
}

} // namespace tilsyn
