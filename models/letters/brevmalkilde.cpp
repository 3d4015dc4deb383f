#include "brevmalkilde.h"

#include "io/strengjson.h"
#include "letters/brevmal.h"
#include "letters/brevtype.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QJsonObject flett(QJsonObject grunn, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        grunn.insert(it.key(), it.value());
    return grunn;
}

// A person's title may be given in both forms ("tittel", "tittel_nn").
Brevperson person(const QJsonObject &o, Maalform m)
{
    const QString tittel = m == Maalform::Nynorsk && o.contains("tittel_nn"_L1) ? o.value("tittel_nn"_L1).toString()
                                                                                 : o.value("tittel"_L1).toString();
    return {o.value("navn"_L1).toString(), tittel, o.value("telefon"_L1).toString()};
}

QJsonObject lesJson(const QString &sti, const QByteArray &innhold)
{
    // Strict (io/strengjson): a duplicate key or a lone surrogate in an office's letterhead is
    // refused with its field, never repaired.
    QJsonValue verdi;
    const Problemer feil = StrengJson::les(innhold, &verdi);
    if (!feil.isEmpty())
        throw BrevmalFeil(u"%1: ugyldig JSON: %2: %3"_s.arg(sti, feil.first().felt, feil.first().melding));
    if (!verdi.isObject())
        throw BrevmalFeil(u"%1: ugyldig JSON: skal være ett objekt"_s.arg(sti));
    return verdi.toObject();
}

} // namespace

Brevmalkilde::Brevmalkilde(QString overstyringsmappe) : m_mappe(std::move(overstyringsmappe)) {}

Brevmalkilde::~Brevmalkilde() = default;

QString Brevmalkilde::filsti(const QString &navn, Maalform m) const
{
    const QString fil = u"%1.%2.html"_s.arg(navn, maalformKode(m));
    if (!m_mappe.isEmpty()) {
        const QString egen = QDir(m_mappe).filePath(fil);
        if (QFile::exists(egen))
            return egen;
    }
    return u":/letters/"_s + fil;
}

QString Brevmalkilde::les(const QString &sti) const
{
    QFile f(sti);
    if (!f.open(QIODevice::ReadOnly))
        throw BrevmalFeil(u"%1: kan ikke lese brevmalen: %2"_s.arg(sti, f.errorString()));
    return QString::fromUtf8(f.readAll());
}

const Brevmal &Brevmalkilde::mal(const QString &type, Maalform m) const
{
    const QString noekkel = type + u'.' + maalformKode(m);
    if (const auto it = m_maler.constFind(noekkel); it != m_maler.cend())
        return **it;
    if (!brevtype(type))
        throw BrevmalFeil(u"ukjent brevtype '%1'"_s.arg(type));
    const QString innholdSti = filsti(type, m);
    const Brevmal innhold = Brevmal::kompiler(les(innholdSti), brevskjema(), innholdSti);
    const QString rammeSti = filsti(u"ramme"_s, m);
    auto mal = std::make_shared<Brevmal>(Brevmal::kompiler(les(rammeSti), brevskjema(), rammeSti, &innhold));
    m_maler.insert(noekkel, mal);
    return *mal;
}

void Brevmalkilde::sjekkAlle() const
{
    for (const Brevtype &t : brevtyper()) {
        mal(t.kode, Maalform::Bokmaal);
        mal(t.kode, Maalform::Nynorsk);
    }
}

Brevperson Brevhode::godkjennerFor(const QString &sektor) const
{
    Brevperson p = godkjennere.value(sektor);
    if (p.navn.isEmpty())
        p.navn = godkjenner.navn;
    if (p.tittel.isEmpty())
        p.tittel = godkjenner.tittel;
    return p;
}

Brevhode Brevmalkilde::brevhode(const Katalog &katalog, const QString &embete, Maalform m) const
{
    if (!m_hode) {
        QJsonObject hode = lesJson(u":/letters/brevhode.json"_s, les(u":/letters/brevhode.json"_s).toUtf8());
        const QString egen = m_mappe.isEmpty() ? QString() : QDir(m_mappe).filePath(u"brevhode.json"_s);
        if (!egen.isEmpty() && QFile::exists(egen))
            hode = flett(hode, lesJson(egen, les(egen).toUtf8()));
        m_hode = hode;
    }
    // Top-level fields apply to every office; "embeter": {code: {...}} overrides per office.
    const QJsonObject felt = flett(*m_hode, m_hode->value("embeter"_L1).toObject().value(embete).toObject());
    Brevhode h;
    h.embete = katalog.navn(Katalog::Liste::Embete, embete, m);
    for (const QJsonValue &linje : felt.value("adresse"_L1).toArray())
        h.adresse.append(linje.toString());
    h.telefon = felt.value("telefon"_L1).toString();
    h.epost = felt.value("epost"_L1).toString();
    h.nettside = felt.value("nettside"_L1).toString();
    h.orgnr = felt.value("orgnr"_L1).toString();
    h.godkjenner = person(felt.value("godkjenner"_L1).toObject(), m);
    const QJsonObject perSektor = felt.value("godkjennere"_L1).toObject();
    for (auto it = perSektor.begin(); it != perSektor.end(); ++it)
        h.godkjennere.insert(it.key(), person(it.value().toObject(), m));
    const QJsonObject sb = felt.value("saksbehandlere"_L1).toObject();
    for (auto it = sb.begin(); it != sb.end(); ++it)
        h.saksbehandlere.insert(it.key(), person(it.value().toObject(), m));
    if (!m_mappe.isEmpty()) {
        const QString logo = QDir(m_mappe).filePath(felt.value("logo"_L1).toString(u"logo.png"_s));
        if (QFile::exists(logo))
            h.logo = QImage(logo);
    }
    return h;
}

} // namespace tilsyn
