#include "casegenerator.h"

#include "domain/katalog.h"
#include "domain/validering.h"

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

namespace {

const QStringList kFornavn{u"Kari"_s, u"Ola"_s, u"Åse"_s, u"Øystein"_s, u"Siri"_s, u"Jon"_s,
                           u"Mari"_s, u"Per"_s, u"Ingrid"_s, u"Nils"_s, u"Æsa"_s, u"Lars"_s};
const QStringList kEtternavn{u"Nordmann"_s, u"Hansen"_s, u"Ødegård"_s, u"Berg"_s, u"Haugen"_s,
                             u"Johansen"_s, u"Aasen"_s, u"Lie"_s, u"Dahl"_s, u"Bakken"_s};
const QStringList kSteder{u"Bodø"_s, u"Tromsø"_s, u"Førde"_s, u"Hamar"_s, u"Skien"_s, u"Molde"_s,
                          u"Kristiansand"_s, u"Stavanger"_s, u"Steinkjer"_s, u"Drammen"_s};
const QStringList kSammendrag{
    u"Klage på oppfølging etter innleggelse."_s,
    u"Bekymring for manglende tilsyn og pleie på sykehjem."_s,
    u"Henvendelse om vedtak med uklar begrunnelse."_s,
    u"Pårørende mener legemiddelhåndteringen var uforsvarlig."_s,
    u"Spørsmål om taushetsplikt og utlevering av journal."_s,
    u"Manglende svar på søknad om økonomisk stønad."_s,
    u"Varsel om alvorlig hendelse i akuttmottak."_s,
    u"Bekymring for barnets situasjon etter flytting."_s};
const QStringList kSaksbehandlere{u"kari.nordmann"_s, u"ola.hansen"_s, u"øystein.ærø"_s,
                                  u"siri.berg"_s, u"lars.lie"_s};

} // namespace

CaseGenerator::CaseGenerator(const Katalog &katalog, quint32 seed) : m_katalog(katalog), m_rng(seed) {}

QString CaseGenerator::uuid()
{
    quint8 b[16];
    for (quint8 &x : b)
        x = quint8(m_rng.bounded(256));
    b[6] = quint8((b[6] & 0x0f) | 0x40);
    b[8] = quint8((b[8] & 0x3f) | 0x80);
    QString s;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += u'-';
        s += u"%1"_s.arg(b[i], 2, 16, QChar(u'0'));
    }
    return s;
}

QString CaseGenerator::orgnr()
{
    for (;;) {
        QString s = u"9"_s;
        for (int i = 0; i < 7; ++i)
            s += QChar(u'0' + m_rng.bounded(10));
        for (int k = 0; k < 10; ++k) {
            if (erGyldigOrgnr(s + QChar(u'0' + k)))
                return s + QChar(u'0' + k);
        }
    }
}

Tilsynssak CaseGenerator::neste()
{
    Tilsynssak s;
    s.id = uuid();
    const int r = m_rng.bounded(100);
    s.sektor = r < 70 ? u"helse"_s : r < 88 ? u"barnevern"_s : u"sosial"_s;
    s.embete = velg(m_katalog.poster(Liste::Embete)).kode;
    const QDate start(2015, 1, 1);
    s.mottatt = start.addDays(m_rng.bounded(int(start.daysTo(QDate(2025, 12, 31)))));
    s.saksbehandler = velg(kSaksbehandlere);
    s.alvorlig = m_rng.bounded(10) == 0;
    const auto kilder = m_katalog.forSektor(Liste::Kilde, s.sektor);
    s.kilder.append(velg(kilder).kode);
    const auto temaer = m_katalog.forSektor(Liste::Tema, s.sektor);
    for (int i = 0, n = m_rng.bounded(3); i < n; ++i) {
        const QString t = velg(temaer).kode;
        if (!s.temaer.contains(t))
            s.temaer.append(t);
    }
    s.brukerinvolvering = Brukerinvolvering{m_rng.bounded(2) == 1, m_rng.bounded(4) == 0, QString()};
    s.sammendrag = velg(kSammendrag);
    const QString sted = velg(kSteder);
    s.innsender = Innsender{velg(kFornavn) + u' ' + velg(kEtternavn),
                            u"Storgata %1\n%2 %3"_s.arg(m_rng.bounded(1, 90)).arg(1000 + m_rng.bounded(8999)).arg(sted),
                            m_rng.bounded(4) == 0 ? u"nn"_s : u"nb"_s};

    const auto typer = m_katalog.forSektor(Liste::Objekttype, s.sektor);
    const int antallObjekter = m_rng.bounded(6) == 0 ? 2 : 1;
    for (int i = 0; i < antallObjekter; ++i) {
        Tilsynsobjekt o;
        o.id = u"o%1"_s.arg(i + 1);
        o.type = velg(typer).kode;
        if (o.type == u"helsepersonell") {
            o.navn = velg(kFornavn) + u' ' + velg(kEtternavn);
            o.hpr = QString::number(1000000 + m_rng.bounded(8999999));
        } else {
            o.navn = velg(typer).navn + u' ' + velg(kSteder);
            o.orgnr = orgnr();
        }
        if (s.sektor == u"helse")
            o.tjenesteniva = velg(m_katalog.poster(Liste::Tjenesteniva)).kode;
        o.adresse = u"Rådhusgata %1\n%2"_s.arg(m_rng.bounded(1, 40)).arg(velg(kSteder));
        o.maalform = m_rng.bounded(3) == 0 ? std::optional<QString>(u"nn"_s) : std::nullopt;
        s.tilsynsobjekter.append(o);
    }

    // Behandlingsmåte spread roughly as in the annual report: many 1 and 2, few 4, some 5.
    const int b = m_rng.bounded(100);
    const int bm = b < 27 ? 1 : b < 78 ? 2 : b < 88 ? 3 : b < 90 ? 4 : 5;
    const bool aapen = m_rng.generateDouble() < m_andelAapne;
    if (m_rng.bounded(50) == 0 && aapen)
        return s; // no behandlingsmåte chosen yet
    s.behandlingsmaate = bm;
    const Fristregel *regel = m_katalog.behandlingsmaate(bm);
    // Most cases meet their frist; some run late.
    const int spenn = regel->dager > 0 ? regel->dager : regel->maaneder * 30;
    const QDate milepel = s.mottatt.addDays(m_rng.bounded(1, spenn + spenn / 2));
    if (bm == 2 || bm == 3)
        s.oversendt = milepel;
    if (bm == 3 && m_rng.bounded(2) == 0)
        s.rapportMottatt = milepel.addDays(m_rng.bounded(20, 60));
    if (bm == 4)
        s.mote = milepel;
    if (bm == 5) {
        const auto bestemmelser = m_katalog.forSektor(Liste::Bestemmelse, s.sektor);
        int lovbrudd = 0;
        int htil = 0;
        for (int i = 0, n = m_rng.bounded(1, 4); i < n; ++i) {
            Vurdering v;
            v.bestemmelse = velg(bestemmelser).kode;
            const Tilsynsobjekt &objekt = velg(s.tilsynsobjekter);
            v.objekt = objekt.id;
            // A provision binds only some object types: take the next one in the list that
            // applies (no further random draw, so the rest of the sequence stays as it was).
            qsizetype forste = 0;
            while (bestemmelser[forste].kode != v.bestemmelse)
                ++forste;
            for (qsizetype j = 1; !m_katalog.bestemmelseGjelder(v.bestemmelse, objekt.type) && j < bestemmelser.size(); ++j)
                v.bestemmelse = bestemmelser[(forste + j) % bestemmelser.size()].kode;
            const int k = m_rng.bounded(10);
            v.konklusjon = k < 6 ? u"lovbrudd"_s : (k == 9 && s.sektor == u"helse") ? u"oversendt-htil"_s
                                                                                     : u"ikke-lovbrudd"_s;
            lovbrudd += v.konklusjon == u"lovbrudd";
            htil += v.konklusjon == u"oversendt-htil";
            v.begrunnelse = u"Vurdert ut fra journal og uttalelser."_s;
            s.vurderinger.append(v);
        }
        if (!aapen)
            s.utfall = htil > 0 ? u"oversendt-htil"_s : lovbrudd > 0 ? u"lovbrudd"_s : u"ikke-lovbrudd"_s;
    }
    if (!aapen) {
        s.avsluttet = bm == 1 || bm == 5 ? milepel : milepel.addDays(m_rng.bounded(0, 40));
        const QString aar = QString::number(s.avsluttet.year());
        const int n = ++m_loepenr[s.embete + u'/' + aar];
        s.saksnummer = aar + u'/' + QString::number(n);
    } else if (bm == 5) {
        s.avsluttet = QDate();
    }
    return s;
}

} // namespace tilsyn
