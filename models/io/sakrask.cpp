#include "sakrask.h"
#include "strengjson.h"

#include <cstdint>
#include <cstring>

namespace tilsyn {

namespace {

// Thrown when the fast reader is not sure: the strict path reads the line instead.
struct Usikker
{
};

[[noreturn]] void usikker()
{
    throw Usikker{};
}

class RaskLeser
{
public:
    RaskLeser(QByteArrayView t, bool synk) : m_p(t.data()), m_slutt(t.data() + t.size()), m_synk(synk) {}

    Tilsynssak sak()
    {
        mellomrom();
        Tilsynssak s;
        uint32_t sett = 0;
        objekt([&](QByteArrayView k) {
            int bit = -1;
            if (k == "id") { bit = 0; s.id = tekst(); }
            else if (k == "saksnummer") { bit = 1; s.saksnummer = tekstEllerNull(); }
            else if (k == "embete") { bit = 2; s.embete = tekst(); }
            else if (k == "sektor") { bit = 3; s.sektor = tekst(); }
            else if (k == "mottatt") { bit = 4; s.mottatt = dato(); }
            else if (k == "saksbehandler") { bit = 5; s.saksbehandler = tekstEllerNull(); }
            else if (k == "alvorlig") { bit = 6; s.alvorlig = sannhet(); }
            else if (k == "kilder") { bit = 7; s.kilder = tekstliste(); }
            else if (k == "temaer") { bit = 8; s.temaer = tekstliste(); }
            else if (k == "brukerinvolvering") { bit = 9; s.brukerinvolvering = brukerinvolvering(); }
            else if (k == "sammendrag") { bit = 10; s.sammendrag = tekstEllerNull(); }
            else if (k == "innsender") { bit = 11; s.innsender = innsender(); }
            else if (k == "behandlingsmaate") { bit = 12; s.behandlingsmaate = behandlingsmaate(); }
            else if (k == "oversendt") { bit = 13; s.oversendt = datoEllerNull(); }
            else if (k == "mote") { bit = 14; s.mote = datoEllerNull(); }
            else if (k == "avsluttet") { bit = 15; s.avsluttet = datoEllerNull(); }
            else if (k == "utfall") { bit = 16; s.utfall = tekstEllerNull(); }
            else if (k == "tilsynsobjekter") {
                bit = 17;
                liste([&] { s.tilsynsobjekter.append(tilsynsobjekt()); });
            } else if (k == "vurderinger") {
                bit = 18;
                liste([&] { s.vurderinger.append(vurdering()); });
            } else if (m_synk && k == "rapport_mottatt") {
                bit = 19;
                s.rapportMottatt = datoEllerNull();
            }
            return bit;
        }, sett);
        // id, embete, sektor, mottatt and tilsynsobjekter are required.
        constexpr uint32_t paakrevd = (1u << 0) | (1u << 2) | (1u << 3) | (1u << 4) | (1u << 17);
        if ((sett & paakrevd) != paakrevd)
            usikker();
        mellomrom();
        if (m_p != m_slutt)
            usikker();
        return s;
    }

private:
    void mellomrom()
    {
        while (m_p < m_slutt && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    void forvent(char c)
    {
        mellomrom();
        if (m_p >= m_slutt || *m_p != c)
            usikker();
        ++m_p;
    }

    bool neste(char c)
    {
        mellomrom();
        if (m_p < m_slutt && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool ord(const char *o, size_t n)
    {
        if (size_t(m_slutt - m_p) >= n && std::memcmp(m_p, o, n) == 0) {
            m_p += n;
            return true;
        }
        return false;
    }

    bool null()
    {
        mellomrom();
        return ord("null", 4);
    }

    // An object whose values `felt` reads: it returns the key's bit, or -1 for an unknown key.
    // A key twice, an unknown key or an escaped or non-ASCII key: not sure.
    template <typename Felt>
    void objekt(Felt &&felt, uint32_t &sett)
    {
        forvent('{');
        if (neste('}'))
            return;
        do {
            forvent('"');
            const char *start = m_p;
            while (m_p < m_slutt && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20 && uchar(*m_p) < 0x80)
                ++m_p;
            if (m_p >= m_slutt || *m_p != '"')
                usikker();
            const QByteArrayView noekkel(start, m_p - start);
            ++m_p;
            forvent(':');
            mellomrom();
            const int bit = felt(noekkel);
            if (bit < 0 || (sett & (1u << bit)))
                usikker();
            sett |= 1u << bit;
        } while (neste(','));
        forvent('}');
    }

    template <typename Element>
    void liste(Element &&element)
    {
        forvent('[');
        if (neste(']'))
            return;
        do {
            mellomrom();
            element();
        } while (neste(','));
        forvent(']');
    }

    QStringList tekstliste()
    {
        QStringList ut;
        liste([&] { ut.append(tekst()); });
        return ut;
    }

    bool sannhet()
    {
        mellomrom();
        if (ord("true", 4))
            return true;
        if (ord("false", 5))
            return false;
        usikker();
    }

    std::optional<int> behandlingsmaate()
    {
        if (null())
            return std::nullopt;
        if (m_slutt - m_p < 1 || *m_p < '0' || *m_p > '5')
            usikker();
        const int v = *m_p++ - '0';
        // "05", "5.0", "5e0" and the like are for the strict path.
        if (m_p < m_slutt && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            usikker();
        return v;
    }

    QDate dato()
    {
        forvent('"');
        if (m_slutt - m_p < 11 || m_p[10] != '"' || m_p[4] != '-' || m_p[7] != '-')
            usikker();
        int del[3] = {0, 0, 0};
        const int start[3] = {0, 5, 8}, lengde[3] = {4, 2, 2};
        for (int d = 0; d < 3; ++d) {
            for (int i = 0; i < lengde[d]; ++i) {
                const char c = m_p[start[d] + i];
                if (c < '0' || c > '9')
                    usikker();
                del[d] = del[d] * 10 + (c - '0');
            }
        }
        m_p += 11;
        const QDate d(del[0], del[1], del[2]);
        if (del[0] == 0 || !d.isValid())
            usikker();
        return d;
    }

    QDate datoEllerNull()
    {
        if (null())
            return {};
        return dato();
    }

    // The sync document's per-party fields (io/lokalefelt): a date YYYY-MM-DD or null (an empty
    // string, which the strict path skips, is left to it), a text or null (read as empty).
    QDate lokalDato() { return datoEllerNull(); }
    QString lokalTekst() { return tekstEllerNull().value_or(QString()); }

    std::optional<QString> tekstEllerNull()
    {
        if (null())
            return std::nullopt;
        return tekst();
    }

    // A string at the opening quote. Valid UTF-8 (RFC 3629) and the escapes of RFC 8259 with
    // whole surrogate pairs; a raw control character, a bad escape and U+FEFF, U+FFFE, U+FFFF
    // (which the strict path marks for a closer look) are not sure.
    QString tekst()
    {
        forvent('"');
        const char *start = m_p;
        bool escape = false;
        for (;;) {
            if (m_p >= m_slutt)
                usikker();
            const uchar b = uchar(*m_p);
            if (b == '"')
                break;
            if (b == '\\') {
                escape = true;
                if (m_slutt - m_p < 2)
                    usikker();
                m_p += 2; // what follows is checked when decoding
                continue;
            }
            if (b < 0x20)
                usikker();
            if (b < 0x80) {
                ++m_p;
                continue;
            }
            utf8(); // only checks here
        }
        const char *slutt = m_p;
        ++m_p;
        if (!escape)
            return QString::fromUtf8(QByteArrayView(start, slutt - start));
        return medEscape(start, slutt);
    }

    // One UTF-8 sequence at m_p (checked like the strict path); returns the code point.
    char32_t utf8()
    {
        const uchar b = uchar(*m_p);
        int n = 0;
        char32_t c = 0, min = 0;
        if (b >= 0xC2 && b <= 0xDF) { n = 1; c = b & 0x1F; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { n = 2; c = b & 0x0F; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { n = 3; c = b & 0x07; min = 0x10000; }
        else usikker();
        if (m_slutt - m_p <= n)
            usikker();
        for (int k = 1; k <= n; ++k) {
            const uchar f = uchar(m_p[k]);
            if ((f & 0xC0) != 0x80)
                usikker();
            c = (c << 6) | (f & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || ikkeTegn(c))
            usikker();
        m_p += n + 1;
        return c;
    }

    static bool ikkeTegn(char32_t c) { return c == 0xFEFF || c == 0xFFFE || c == 0xFFFF; }

    int uEscape(const char *p, const char *slutt) const
    {
        if (slutt - p < 6 || p[0] != '\\' || p[1] != 'u')
            return -1;
        int v = 0;
        for (int k = 2; k < 6; ++k) {
            const int h = hexverdi(p[k]);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    }

    // The string between `start` and `slutt` (the closing quote), already checked as UTF-8.
    QString medEscape(const char *start, const char *slutt)
    {
        QString s;
        s.reserve(slutt - start);
        const char *lagret = m_p;
        m_p = start;
        while (m_p < slutt) {
            const uchar b = uchar(*m_p);
            if (b >= 0x80) {
                const char32_t c = utf8();
                if (c > 0xFFFF) {
                    s.append(QChar(QChar::highSurrogate(c)));
                    s.append(QChar(QChar::lowSurrogate(c)));
                } else {
                    s.append(QChar(char16_t(c)));
                }
                continue;
            }
            if (b != '\\') {
                s.append(QChar(char16_t(b)));
                ++m_p;
                continue;
            }
            switch (m_p[1]) {
            case '"': s.append(u'"'); break;
            case '\\': s.append(u'\\'); break;
            case '/': s.append(u'/'); break;
            case 'b': s.append(u'\b'); break;
            case 'f': s.append(u'\f'); break;
            case 'n': s.append(u'\n'); break;
            case 'r': s.append(u'\r'); break;
            case 't': s.append(u'\t'); break;
            case 'u': {
                const int u = uEscape(m_p, slutt);
                if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF) || ikkeTegn(char32_t(u)))
                    usikker();
                if (u >= 0xD800 && u <= 0xDBFF) {
                    const int lav = uEscape(m_p + 6, slutt);
                    if (lav < 0xDC00 || lav > 0xDFFF)
                        usikker();
                    s.append(QChar(char16_t(u)));
                    s.append(QChar(char16_t(lav)));
                    m_p += 12;
                } else {
                    s.append(QChar(char16_t(u)));
                    m_p += 6;
                }
                continue;
            }
            default: usikker();
            }
            m_p += 2;
        }
        m_p = lagret;
        return s;
    }

    std::optional<Brukerinvolvering> brukerinvolvering()
    {
        if (null())
            return std::nullopt;
        Brukerinvolvering b;
        uint32_t sett = 0;
        objekt([&](QByteArrayView k) {
            if (k == "vurdert") { b.vurdert = sannhet(); return 0; }
            if (k == "tilbudt_mote") { b.tilbudtMote = sannhet(); return 1; }
            if (k == "merknad") { b.merknad = tekstEllerNull().value_or(QString()); return 2; }
            return -1;
        }, sett);
        return b;
    }

    std::optional<Innsender> innsender()
    {
        if (null())
            return std::nullopt;
        Innsender i;
        uint32_t sett = 0;
        objekt([&](QByteArrayView k) {
            if (k == "navn") { i.navn = tekst(); return 0; }
            if (k == "adresse") { i.adresse = tekstEllerNull().value_or(QString()); return 1; }
            if (k == "maalform") { i.maalform = tekstEllerNull(); return 2; }
            if (m_synk && k == "deres_dato") { i.deresDato = lokalDato(); return 3; }
            if (m_synk && k == "deres_ref") { i.deresRef = lokalTekst(); return 4; }
            return -1;
        }, sett);
        if (!(sett & 1u))
            usikker();
        return i;
    }

    Tilsynsobjekt tilsynsobjekt()
    {
        Tilsynsobjekt t;
        uint32_t sett = 0;
        objekt([&](QByteArrayView k) {
            if (k == "id") { t.id = tekst(); return 0; }
            if (k == "type") { t.type = tekst(); return 1; }
            if (k == "navn") { t.navn = tekst(); return 2; }
            if (k == "tjenesteniva") { t.tjenesteniva = tekstEllerNull(); return 3; }
            if (k == "orgnr") { t.orgnr = tekstEllerNull(); return 4; }
            if (k == "hpr") { t.hpr = tekstEllerNull(); return 5; }
            if (k == "adresse") { t.adresse = tekstEllerNull(); return 6; }
            if (k == "maalform") { t.maalform = tekstEllerNull(); return 7; }
            if (m_synk && k == "deres_dato") { t.deresDato = lokalDato(); return 8; }
            if (m_synk && k == "deres_ref") { t.deresRef = lokalTekst(); return 9; }
            if (m_synk && k == "autorisasjon") { t.autorisasjon = lokalTekst(); return 10; }
            return -1;
        }, sett);
        if ((sett & 7u) != 7u)
            usikker();
        return t;
    }

    Vurdering vurdering()
    {
        Vurdering v;
        uint32_t sett = 0;
        objekt([&](QByteArrayView k) {
            if (k == "bestemmelse") { v.bestemmelse = tekst(); return 0; }
            if (k == "objekt") { v.objekt = tekst(); return 1; }
            if (k == "konklusjon") { v.konklusjon = tekst(); return 2; }
            if (k == "begrunnelse") { v.begrunnelse = tekstEllerNull().value_or(QString()); return 3; }
            return -1;
        }, sett);
        if ((sett & 7u) != 7u)
            usikker();
        return v;
    }

    const char *m_p;
    const char *m_slutt;
    const bool m_synk; ///< the sync document: the contract's fields and the local ones
};

} // namespace

std::optional<Tilsynssak> lesSakRask(QByteArrayView linje)
{
    try {
        return RaskLeser(linje, false).sak();
    } catch (const Usikker &) {
        return std::nullopt;
    }
}

std::optional<Tilsynssak> lesSynkdokumentRask(QByteArrayView dokument)
{
    try {
        return RaskLeser(dokument, true).sak();
    } catch (const Usikker &) {
        return std::nullopt;
    }
}

} // namespace tilsyn
