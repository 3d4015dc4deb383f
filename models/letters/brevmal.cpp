#include "brevmal.h"

#include <QSet>

namespace tilsyn {

using namespace Qt::StringLiterals;

struct Brevmal::Node
{
    enum class Art { Tekst, Verdi, Seksjon, Omvendt };
    Art art = Art::Tekst;
    QString tekst; ///< Tekst: the literal text; otherwise the placeholder name
    std::vector<std::shared_ptr<const Node>> barn;
};

namespace {

using NodeListe = std::vector<std::shared_ptr<const Brevmal::Node>>;

struct Parser
{
    const QString &tekst;
    const QString &kilde;
    const NodeListe *innhold;
    qsizetype pos = 0;

    int linje(qsizetype p) const { return int(tekst.left(p).count(u'\n')) + 1; }

    [[noreturn]] void feil(qsizetype p, const QString &melding) const
    {
        throw BrevmalFeil(u"%1:%2: %3"_s.arg(kilde).arg(linje(p)).arg(melding));
    }

    // Resolves a name through the scopes, innermost first.
    const Plassholderskjema::Felt *slaaOpp(const std::vector<const Plassholderskjema *> &omfang,
                                           const QString &navn) const
    {
        for (auto it = omfang.rbegin(); it != omfang.rend(); ++it) {
            if (const auto *f = (*it)->finn(navn))
                return f;
        }
        return nullptr;
    }

    // Parses until {{/slutt}} (or the end when slutt is empty).
    NodeListe parse(std::vector<const Plassholderskjema *> &omfang, const QString &slutt, qsizetype start)
    {
        NodeListe ut;
        while (pos < tekst.size()) {
            const qsizetype aapning = tekst.indexOf(u"{{"_s, pos);
            if (aapning < 0) {
                leggTilTekst(ut, tekst.mid(pos));
                pos = tekst.size();
                break;
            }
            leggTilTekst(ut, tekst.mid(pos, aapning - pos));
            const qsizetype lukking = tekst.indexOf(u"}}"_s, aapning + 2);
            if (lukking < 0)
                feil(aapning, u"'{{' uten avsluttende '}}'"_s);
            const QString innmat = tekst.mid(aapning + 2, lukking - aapning - 2).trimmed();
            pos = lukking + 2;
            if (innmat.isEmpty())
                feil(aapning, u"tom plassholder {{}}"_s);
            const QChar tegn = innmat.front();
            const QString navn = innmat.mid(1).trimmed();
            if (tegn == u'!')
                continue;
            if (tegn == u'/') {
                if (navn != slutt)
                    feil(aapning, slutt.isEmpty() ? u"{{/%1}} uten tilhørende {{#%1}}"_s.arg(navn)
                                                  : u"{{/%1}} avslutter ikke seksjonen {{#%2}}"_s.arg(navn, slutt));
                return ut;
            }
            if (tegn == u'>') {
                if (navn != u"innhold" || !innhold)
                    feil(aapning, u"ukjent delmal {{>%1}}"_s.arg(navn));
                for (const auto &n : *innhold)
                    ut.push_back(n);
                continue;
            }
            if (tegn == u'#' || tegn == u'^') {
                const auto *felt = slaaOpp(omfang, navn);
                if (!felt)
                    feil(aapning, u"ukjent plassholder {{%1%2}}"_s.arg(tegn).arg(navn));
                auto node = std::make_shared<Brevmal::Node>();
                node->art = tegn == u'#' ? Brevmal::Node::Art::Seksjon : Brevmal::Node::Art::Omvendt;
                node->tekst = navn;
                const bool liste = felt->art == Plassholderskjema::Art::Liste && felt->felter && tegn == u'#';
                if (liste)
                    omfang.push_back(felt->felter.get());
                node->barn = parse(omfang, navn, aapning);
                if (liste)
                    omfang.pop_back();
                ut.push_back(std::move(node));
                continue;
            }
            if (!tegn.isLetter())
                feil(aapning, u"ugyldig plassholder {{%1}}"_s.arg(innmat));
            const auto *felt = slaaOpp(omfang, innmat);
            if (!felt)
                feil(aapning, u"ukjent plassholder {{%1}}"_s.arg(innmat));
            if (felt->art == Plassholderskjema::Art::Liste)
                feil(aapning, u"{{%1}} er en liste og må brukes som {{#%1}}…{{/%1}}"_s.arg(innmat));
            auto node = std::make_shared<Brevmal::Node>();
            node->art = Brevmal::Node::Art::Verdi;
            node->tekst = innmat;
            ut.push_back(std::move(node));
        }
        if (!slutt.isEmpty())
            feil(start, u"seksjonen {{#%1}} er ikke avsluttet med {{/%1}}"_s.arg(slutt));
        return ut;
    }

    static void leggTilTekst(NodeListe &ut, const QString &t)
    {
        if (t.isEmpty())
            return;
        auto node = std::make_shared<Brevmal::Node>();
        node->tekst = t;
        ut.push_back(std::move(node));
    }
};

const QVariant *finnVerdi(const std::vector<const QVariantHash *> &omfang, const QString &navn)
{
    for (auto it = omfang.rbegin(); it != omfang.rend(); ++it) {
        const auto funnet = (*it)->constFind(navn);
        if (funnet != (*it)->cend())
            return &*funnet;
    }
    return nullptr;
}

bool sann(const QVariant *v)
{
    if (!v || !v->isValid())
        return false;
    switch (v->typeId()) {
    case QMetaType::Bool:
        return v->toBool();
    case QMetaType::QVariantList:
        return !v->toList().isEmpty();
    default:
        return !v->toString().trimmed().isEmpty();
    }
}

void fyllNoder(const NodeListe &noder, std::vector<const QVariantHash *> &omfang, QString &ut)
{
    for (const auto &n : noder) {
        switch (n->art) {
        case Brevmal::Node::Art::Tekst:
            ut += n->tekst;
            break;
        case Brevmal::Node::Art::Verdi:
            if (const QVariant *v = finnVerdi(omfang, n->tekst))
                ut += escapeTekst(v->toString());
            break;
        case Brevmal::Node::Art::Omvendt:
            if (!sann(finnVerdi(omfang, n->tekst)))
                fyllNoder(n->barn, omfang, ut);
            break;
        case Brevmal::Node::Art::Seksjon: {
            const QVariant *v = finnVerdi(omfang, n->tekst);
            if (!sann(v))
                break;
            if (v->typeId() == QMetaType::QVariantList) {
                const QVariantList liste = v->toList();
                for (const QVariant &element : liste) {
                    const QVariantHash h = element.toHash();
                    omfang.push_back(&h);
                    fyllNoder(n->barn, omfang, ut);
                    omfang.pop_back();
                }
            } else {
                fyllNoder(n->barn, omfang, ut);
            }
            break;
        }
        }
    }
}

void samleNavn(const NodeListe &noder, QSet<QString> &ut)
{
    for (const auto &n : noder) {
        if (n->art != Brevmal::Node::Art::Tekst)
            ut.insert(n->tekst);
        samleNavn(n->barn, ut);
    }
}

} // namespace

Brevmal::Brevmal() = default;
Brevmal::Brevmal(Brevmal &&) noexcept = default;
Brevmal &Brevmal::operator=(Brevmal &&) noexcept = default;
Brevmal::~Brevmal() = default;

Brevmal Brevmal::kompiler(const QString &tekst, const Plassholderskjema &skjema, const QString &kilde,
                          const Brevmal *innhold)
{
    Parser p{tekst, kilde, innhold ? &innhold->m_noder : nullptr};
    std::vector<const Plassholderskjema *> omfang{&skjema};
    Brevmal mal;
    mal.m_noder = p.parse(omfang, QString(), 0);
    return mal;
}

QString Brevmal::fyll(const QVariantHash &data) const
{
    QString ut;
    ut.reserve(8192);
    std::vector<const QVariantHash *> omfang{&data};
    fyllNoder(m_noder, omfang, ut);
    return ut;
}

QStringList Brevmal::navn() const
{
    QSet<QString> s;
    samleNavn(m_noder, s);
    QStringList ut(s.begin(), s.end());
    ut.sort();
    return ut;
}

QString escapeTekst(const QString &tekst)
{
    QString ut = tekst.toHtmlEscaped();
    ut.replace(u"\r\n"_s, u"\n"_s);
    ut.replace(u'\n', u"<br/>"_s);
    return ut;
}

} // namespace tilsyn
