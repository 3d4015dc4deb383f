#include "strengjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Thrown for a syntax error: the text cannot be read further.
struct Syntaksfeil
{
    qsizetype pos;
    QString melding;
};

QString hex4(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

void leggTil(QString &s, char32_t c)
{
    if (c > 0xFFFF) {
        s.append(QChar(QChar::highSurrogate(c)));
        s.append(QChar(QChar::lowSurrogate(c)));
    } else {
        s.append(QChar(char16_t(c)));
    }
}

// Where a value sits ("tilsynsobjekter[0].orgnr"), kept as a chain of the enclosing keys and
// indexes and spelled out only when a problem is reported: no text is built per value read.
struct Sti
{
    const Sti *forelder = nullptr;
    const QString *noekkel = nullptr; ///< null for an array element
    qsizetype indeks = 0;

    QString tekst() const
    {
        if (!forelder)
            return {};
        const QString foran = forelder->tekst();
        if (!noekkel)
            return u"%1[%2]"_s.arg(foran).arg(indeks);
        return foran.isEmpty() ? *noekkel : foran + u'.' + *noekkel;
    }
};

class Parser
{
public:
    Parser(QByteArrayView t, Problemer *p) : m_t(t), m_p(p) {}

    QJsonValue dokument()
    {
        hoppOverMellomrom();
        QJsonValue v = verdi(Sti{}, 0);
        hoppOverMellomrom();
        if (m_i < m_t.size())
            throw Syntaksfeil{m_i, u"uventet tekst etter JSON-verdien"_s};
        return v;
    }

private:
    static QString felt(const Sti &sti)
    {
        const QString t = sti.tekst();
        return t.isEmpty() ? u"-"_s : t;
    }

    int tegn() const { return m_i < m_t.size() ? uchar(m_t[m_i]) : -1; }

    void hoppOverMellomrom()
    {
        while (m_i < m_t.size() && (m_t[m_i] == ' ' || m_t[m_i] == '\t' || m_t[m_i] == '\n' || m_t[m_i] == '\r'))
            ++m_i;
    }

    void forvent(char c)
    {
        if (tegn() != uchar(c))
            throw Syntaksfeil{m_i, m_i < m_t.size() ? u"forventet «%1»"_s.arg(QLatin1Char(c))
                                                     : u"forventet «%1», men linjen slutter"_s.arg(QLatin1Char(c))};
        ++m_i;
    }

    QJsonValue verdi(const Sti &sti, int dybde)
    {
        switch (tegn()) {
        case '{': return objekt(sti, dybde + 1);
        case '[': return liste(sti, dybde + 1);
        case '"': return tekst(sti);
        case 't': return ord("true", QJsonValue(true));
        case 'f': return ord("false", QJsonValue(false));
        case 'n': return ord("null", QJsonValue(QJsonValue::Null));
        case -1: throw Syntaksfeil{m_i, u"forventet en verdi, men linjen slutter"_s};
        default:
            if (tegn() == '-' || (tegn() >= '0' && tegn() <= '9'))
                return tall();
            throw Syntaksfeil{m_i, u"forventet en verdi"_s};
        }
    }

    QJsonValue ord(const char *o, QJsonValue v)
    {
        const QByteArrayView ordet(o);
        if (m_t.size() - m_i < ordet.size() || m_t.sliced(m_i, ordet.size()) != ordet)
            throw Syntaksfeil{m_i, u"forventet en verdi"_s};
        m_i += ordet.size();
        return v;
    }

    QJsonValue tall()
    {
        const qsizetype start = m_i;
        auto sifre = [&] {
            const qsizetype s = m_i;
            while (tegn() >= '0' && tegn() <= '9')
                ++m_i;
            if (m_i == s)
                throw Syntaksfeil{m_i, u"ugyldig tall"_s};
        };
        if (tegn() == '-')
            ++m_i;
        if (tegn() == '0')
            ++m_i; // no leading zeros
        else
            sifre();
        if (tegn() == '.') {
            ++m_i;
            sifre();
        }
        if (tegn() == 'e' || tegn() == 'E') {
            ++m_i;
            if (tegn() == '+' || tegn() == '-')
                ++m_i;
            sifre();
        }
        const std::string s(m_t.data() + start, size_t(m_i - start));
        return QJsonValue(std::strtod(s.c_str(), nullptr)); // the C locale: '.' is the point
    }

    // The object's keys are compared decoded: "a" and "\u0061" are the same key.
    QJsonValue objekt(const Sti &sti, int dybde)
    {
        if (dybde > StrengJson::kMaksDybde)
            throw Syntaksfeil{m_i, u"for dypt nestet (mer enn %1 nivåer)"_s.arg(StrengJson::kMaksDybde)};
        ++m_i;
        QJsonObject o;
        hoppOverMellomrom();
        if (tegn() == '}') {
            ++m_i;
            return o;
        }
        for (;;) {
            hoppOverMellomrom();
            if (tegn() != '"')
                throw Syntaksfeil{m_i, u"forventet et feltnavn i anførselstegn"_s};
            const QString noekkel = tekst(sti).toString(); // a key's own problems are the object's
            const Sti underSti{&sti, &noekkel};
            const bool dobbel = o.contains(noekkel);
            if (dobbel)
                m_p->append({underSti.tekst(), u"feltet «%1» står to ganger i samme objekt"_s.arg(noekkel)});
            hoppOverMellomrom();
            forvent(':');
            hoppOverMellomrom();
            QJsonValue v = verdi(underSti, dybde);
            if (!dobbel)
                o.insert(noekkel, v);
            hoppOverMellomrom();
            if (tegn() == ',') {
                ++m_i;
                continue;
            }
            forvent('}');
            return o;
        }
    }

    QJsonValue liste(const Sti &sti, int dybde)
    {
        if (dybde > StrengJson::kMaksDybde)
            throw Syntaksfeil{m_i, u"for dypt nestet (mer enn %1 nivåer)"_s.arg(StrengJson::kMaksDybde)};
        ++m_i;
        QJsonArray a;
        hoppOverMellomrom();
        if (tegn() == ']') {
            ++m_i;
            return a;
        }
        for (;;) {
            hoppOverMellomrom();
            a.append(verdi(Sti{&sti, nullptr, a.size()}, dybde));
            hoppOverMellomrom();
            if (tegn() == ',') {
                ++m_i;
                continue;
            }
            forvent(']');
            return a;
        }
    }

    int hexSiffer(qsizetype i) const
    {
        return i >= m_t.size() ? -1 : hexverdi(m_t[i]);
    }

    // The bytes as written in the file, for a message.
    QString skrevet(qsizetype i, qsizetype n) const
    {
        return QString::fromLatin1(m_t.sliced(i, std::min(n, m_t.size() - i)));
    }

    // \uXXXX at m_i (pointing at the backslash); -1 when the four hex digits are not there.
    int uEscape(qsizetype i) const
    {
        if (i + 1 >= m_t.size() || m_t[i] != '\\' || m_t[i + 1] != 'u')
            return -1;
        int v = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexSiffer(i + 2 + k);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    }

    // One UTF-8 sequence at m_i (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
    char32_t utf8()
    {
        const uchar b = uchar(m_t[m_i]);
        int n = 0;
        char32_t c = 0, min = 0;
        if (b >= 0xC2 && b <= 0xDF) { n = 1; c = b & 0x1F; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { n = 2; c = b & 0x0F; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { n = 3; c = b & 0x07; min = 0x10000; }
        else throw Syntaksfeil{m_i, u"ugyldig UTF-8"_s};
        for (int k = 1; k <= n; ++k) {
            if (m_i + k >= m_t.size() || (uchar(m_t[m_i + k]) & 0xC0) != 0x80)
                throw Syntaksfeil{m_i, u"ugyldig UTF-8"_s};
            c = (c << 6) | (uchar(m_t[m_i + k]) & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            throw Syntaksfeil{m_i, u"ugyldig UTF-8"_s};
        m_i += n + 1;
        return c;
    }

    // A string at m_i (the opening quote). Problems inside it are reported on `sti` and the
    // reading goes on, so that every bad string of a line is named.
    QJsonValue tekst(const Sti &sti)
    {
        ++m_i;
        QString s;
        s.reserve(std::min<qsizetype>(m_t.size() - m_i, 256));
        bool feilFunnet = false;
        auto meld = [&](const QString &melding) {
            if (!feilFunnet)
                m_p->append({felt(sti), melding});
            feilFunnet = true;
        };
        for (;;) {
            if (m_i >= m_t.size())
                throw Syntaksfeil{m_i, u"teksten mangler avsluttende anførselstegn"_s};
            const uchar b = uchar(m_t[m_i]);
            if (b == '"') {
                ++m_i;
                return QJsonValue(s);
            }
            if (b < 0x20) {
                meld(u"rått kontrolltegn %1 i teksten (skal skrives som \\u%2)"_s.arg(hex4(b), QString::number(b, 16).rightJustified(4, u'0')));
                ++m_i;
                continue;
            }
            if (b >= 0x80) {
                leggTil(s, merk(utf8()));
                continue;
            }
            if (b != '\\') {
                // A run of plain ASCII in one append.
                const qsizetype start = m_i;
                while (m_i < m_t.size() && uchar(m_t[m_i]) >= 0x20 && uchar(m_t[m_i]) < 0x80 && m_t[m_i] != '"'
                       && m_t[m_i] != '\\')
                    ++m_i;
                s.append(QLatin1StringView(m_t.sliced(start, m_i - start)));
                continue;
            }
            const int e = m_i + 1 < m_t.size() ? uchar(m_t[m_i + 1]) : -1;
            switch (e) {
            case '"': s.append(u'"'); m_i += 2; continue;
            case '\\': s.append(u'\\'); m_i += 2; continue;
            case '/': s.append(u'/'); m_i += 2; continue;
            case 'b': s.append(u'\b'); m_i += 2; continue;
            case 'f': s.append(u'\f'); m_i += 2; continue;
            case 'n': s.append(u'\n'); m_i += 2; continue;
            case 'r': s.append(u'\r'); m_i += 2; continue;
            case 't': s.append(u'\t'); m_i += 2; continue;
            case 'u': break;
            case -1: throw Syntaksfeil{m_i, u"teksten mangler avsluttende anførselstegn"_s};
            default:
                if (e >= 0x80) {
                    ++m_i;
                    const char32_t c = utf8(); // the character after the backslash, for the message
                    meld(u"ugyldig escape: omvendt skråstrek foran tegnet %1"_s.arg(hex4(c)));
                    continue;
                }
                if (e < 0x20 || e == 0x7F)
                    meld(u"ugyldig escape: omvendt skråstrek foran tegnet %1"_s.arg(hex4(char32_t(e))));
                else
                    meld(u"ugyldig escape «\\%1» (gyldige er \\\" \\\\ \\/ \\b \\f \\n \\r \\t og \\uXXXX)"_s.arg(QLatin1Char(char(e))));
                m_i += 1; // the escaped character is read as an ordinary one (a quote ends the string)
                continue;
            }
            const int u = uEscape(m_i);
            if (u < 0) {
                meld(u"ugyldig escape: \\u skal følges av fire heksadesimale sifre"_s);
                m_i += 2;
                continue;
            }
            if (u >= 0xDC00 && u <= 0xDFFF) {
                meld(u"ugyldig Unicode: lav surrogat %1 uten høy surrogat foran"_s.arg(skrevet(m_i, 6)));
                m_i += 6;
                continue;
            }
            if (u >= 0xD800 && u <= 0xDBFF) {
                const int lav = uEscape(m_i + 6);
                if (lav < 0xDC00 || lav > 0xDFFF) {
                    meld(u"ugyldig Unicode: høy surrogat %1 uten lav surrogat etter"_s.arg(skrevet(m_i, 6)));
                    m_i += 6;
                    continue;
                }
                leggTil(s, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(lav) - 0xDC00));
                m_i += 12;
                continue;
            }
            leggTil(s, merk(char32_t(u)));
            m_i += 6;
        }
    }

    // U+FEFF, U+FFFE and U+FFFF are kept exactly here, but the store cannot keep them in every
    // place (see lesLinjer): a text holding one is marked for that closer look.
    char32_t merk(char32_t c)
    {
        if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF)
            m_merket = true;
        return c;
    }

public:
    bool merket() const { return m_merket; }

private:
    QByteArrayView m_t;
    Problemer *m_p;
    qsizetype m_i = 0;
    bool m_merket = false;
};

void skrivVerdi(const QJsonValue &v, QByteArray &ut)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: ut.append("null"); return;
    case QJsonValue::Bool: ut.append(v.toBool() ? "true" : "false"); return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integers as integers, the rest as the shortest exact form.
        if (d == double(qint64(d)) && d > -9007199254740992.0 && d < 9007199254740992.0)
            ut.append(QByteArray::number(qint64(d)));
        else
            ut.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QJsonValue::String: StrengJson::skrivTekst(v.toString(), ut); return;
    case QJsonValue::Array: {
        ut.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                ut.append(',');
            skrivVerdi(a[i], ut);
        }
        ut.append(']');
        return;
    }
    case QJsonValue::Object: {
        ut.append('{');
        const QJsonObject o = v.toObject();
        bool foerste = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!foerste)
                ut.append(',');
            foerste = false;
            StrengJson::skrivTekst(it.key(), ut);
            ut.append(':');
            skrivVerdi(it.value(), ut);
        }
        ut.append('}');
        return;
    }
    }
}

} // namespace

Problemer StrengJson::les(QByteArrayView tekst, QJsonValue *verdi, bool *ikkeTegn)
{
    Problemer problemer;
    Parser p(tekst, &problemer);
    try {
        QJsonValue v = p.dokument();
        if (problemer.isEmpty())
            *verdi = std::move(v);
        if (ikkeTegn)
            *ikkeTegn = p.merket();
    } catch (const Syntaksfeil &f) {
        problemer.append({u"-"_s, u"ugyldig JSON ved byte %1: %2"_s.arg(f.pos + 1).arg(f.melding)});
    }
    return problemer;
}

void StrengJson::skrivTekst(const QString &tekst, QByteArray &ut)
{
    static const char hex[] = "0123456789abcdef";
    ut.append('"');
    const qsizetype n = tekst.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = tekst[i].unicode();
        if (c == u'"' || c == u'\\') {
            ut.append('\\').append(char(c));
        } else if (c < 0x20) {
            switch (c) {
            case u'\n': ut.append("\\n"); break;
            case u'\r': ut.append("\\r"); break;
            case u'\t': ut.append("\\t"); break;
            case u'\b': ut.append("\\b"); break;
            case u'\f': ut.append("\\f"); break;
            default: ut.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xF]);
            }
        } else if (c < 0x80) {
            ut.append(char(c));
        } else {
            char32_t u = c;
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(tekst[i + 1].unicode()))
                u = QChar::surrogateToUcs4(c, tekst[++i].unicode());
            else if (QChar::isSurrogate(c))
                u = 0xFFFD; // cannot come from the reader; never writes invalid UTF-8
            if (u < 0x800) {
                ut.append(char(0xC0 | (u >> 6))).append(char(0x80 | (u & 0x3F)));
            } else if (u < 0x10000) {
                ut.append(char(0xE0 | (u >> 12))).append(char(0x80 | ((u >> 6) & 0x3F))).append(char(0x80 | (u & 0x3F)));
            } else {
                ut.append(char(0xF0 | (u >> 18))).append(char(0x80 | ((u >> 12) & 0x3F)))
                    .append(char(0x80 | ((u >> 6) & 0x3F))).append(char(0x80 | (u & 0x3F)));
            }
        }
    }
    ut.append('"');
}

void StrengJson::skriv(const QJsonValue &verdi, QByteArray &ut)
{
    skrivVerdi(verdi, ut);
}

} // namespace tilsyn
