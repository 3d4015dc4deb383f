#include "katalog.h"

#include <QLocale>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace tilsyn {

using namespace Qt::StringLiterals;

Maalform maalformFraKode(const QString &kode, Maalform fallback)
{
    if (kode == u"nn")
        return Maalform::Nynorsk;
    if (kode == u"nb")
        return Maalform::Bokmaal;
    return fallback;
}

Maalform uiMaalform()
{
    return QLocale().language() == QLocale::NorwegianNynorsk ? Maalform::Nynorsk : Maalform::Bokmaal;
}

QString maalformKode(Maalform m)
{
    return m == Maalform::Nynorsk ? u"nn"_s : u"nb"_s;
}

namespace {

struct ListeNavn
{
    Katalog::Liste liste;
    QLatin1StringView noekkel;
};

constexpr ListeNavn kLister[] = {
    {Katalog::Liste::Embete, QLatin1StringView("embeter")},
    {Katalog::Liste::Sektor, QLatin1StringView("sektorer")},
    {Katalog::Liste::Objekttype, QLatin1StringView("objekttyper")},
    {Katalog::Liste::Tjenesteniva, QLatin1StringView("tjenestenivaaer")},
    {Katalog::Liste::Kilde, QLatin1StringView("kilder")},
    {Katalog::Liste::Tema, QLatin1StringView("temaer")},
    {Katalog::Liste::Utfall, QLatin1StringView("utfall")},
    {Katalog::Liste::Konklusjon, QLatin1StringView("konklusjoner")},
    {Katalog::Liste::Bestemmelse, QLatin1StringView("bestemmelser")},
};

QStringList tilStrenger(const QJsonArray &a)
{
    QStringList ut;
    ut.reserve(a.size());
    for (const QJsonValue &v : a)
        ut.append(v.toString());
    return ut;
}

KatalogPost lesPost(const QJsonObject &o)
{
    KatalogPost p;
    p.kode = o.value("kode"_L1).toString();
    p.navn = o.contains("tekst"_L1) ? o.value("tekst"_L1).toString() : o.value("navn"_L1).toString();
    p.navnNn = o.contains("tekst_nn"_L1) ? o.value("tekst_nn"_L1).toString()
                                          : o.value("navn_nn"_L1).toString();
    if (o.contains("sektor"_L1))
        p.sektorer = QStringList{o.value("sektor"_L1).toString()};
    else
        p.sektorer = tilStrenger(o.value("sektorer"_L1).toArray());
    p.lov = o.value("lov"_L1).toString();
    p.lovNn = o.value("lov_nn"_L1).toString();
    p.henvisning = o.value("henvisning"_L1).toString();
    p.paragraf = o.value("paragraf"_L1).toString();
    p.paragrafNn = o.value("paragraf_nn"_L1).toString();
    p.objekttyper = tilStrenger(o.value("objekttyper"_L1).toArray());
    p.kategori = o.value("kategori"_L1).toString();
    p.krav = o.value("krav"_L1).toString();
    p.kravNn = o.value("krav_nn"_L1).toString();
    p.kort = o.value("kort"_L1).toString();
    return p;
}

} // namespace

std::optional<Katalog> Katalog::fraJson(const QByteArray &json, QString *feil)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (feil)
            *feil = u"katalogen er ikke gyldig JSON: "_s + pe.errorString();
        return std::nullopt;
    }
    const QJsonObject rot = doc.object();
    Katalog k;
    k.m_versjon = rot.value("versjon"_L1).toString();
    k.m_dokument = json;
    for (const ListeNavn &ln : kLister) {
        const QJsonValue v = rot.value(ln.noekkel);
        if (!v.isArray()) {
            if (feil)
                *feil = u"katalogen mangler listen «%1»"_s.arg(ln.noekkel);
            return std::nullopt;
        }
        QList<KatalogPost> &liste = k.m_lister[int(ln.liste)];
        QHash<QString, qsizetype> &indeks = k.m_indeks[int(ln.liste)];
        for (const QJsonValue &e : v.toArray()) {
            KatalogPost p = lesPost(e.toObject());
            if (p.kode.isEmpty() || indeks.contains(p.kode)) {
                if (feil)
                    *feil = u"katalogen har en tom eller dobbel kode i «%1»"_s.arg(ln.noekkel);
                return std::nullopt;
            }
            indeks.insert(p.kode, liste.size());
            liste.append(std::move(p));
        }
    }
    for (const QJsonValue &e : rot.value("behandlingsmaater"_L1).toArray()) {
        const QJsonObject o = e.toObject();
        Fristregel r;
        r.nr = o.value("nr"_L1).toInt(-1);
        r.navn = o.value("navn"_L1).toString();
        r.navnNn = o.value("navn_nn"_L1).toString();
        r.milepel = o.value("milepel"_L1).toString();
        const QJsonObject frist = o.value("frist"_L1).toObject();
        r.dager = frist.value("dager"_L1).toInt();
        r.maaneder = frist.value("maaneder"_L1).toInt();
        r.fristTekst = o.value("frist_tekst"_L1).toString();
        k.m_bm.append(r);
    }
    for (const KatalogPost &b : k.m_lister[int(Liste::Bestemmelse)]) {
        if (!b.kategori.isEmpty() && !k.m_indeks[int(Liste::Bestemmelse)].contains(b.kategori)) {
            if (feil)
                *feil = u"bestemmelsen «%1» har en ukjent kategori «%2»"_s.arg(b.kode, b.kategori);
            return std::nullopt;
        }
        for (const QString &t : b.objekttyper) {
            if (!k.m_indeks[int(Liste::Objekttype)].contains(t)) {
                if (feil)
                    *feil = u"bestemmelsen «%1» gjelder en ukjent objekttype «%2»"_s.arg(b.kode, t);
                return std::nullopt;
            }
        }
    }
    if (k.m_versjon.isEmpty() || k.m_bm.isEmpty()) {
        if (feil)
            *feil = u"katalogen mangler versjon eller behandlingsmåter"_s;
        return std::nullopt;
    }
    return k;
}

const Katalog &Katalog::innebygd()
{
    static const Katalog katalog = [] {
        QFile f(u":/katalog.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in catalogue :/katalog.json is missing from the resources");
        QString feil;
        std::optional<Katalog> k = fraJson(f.readAll(), &feil);
        if (!k)
            qFatal("the built-in catalogue is invalid: %s", qPrintable(feil));
        return std::move(*k);
    }();
    return katalog;
}

const QList<KatalogPost> &Katalog::poster(Liste liste) const
{
    static const QList<KatalogPost> tom;
    const auto it = m_lister.constFind(int(liste));
    return it == m_lister.cend() ? tom : *it;
}

const KatalogPost *Katalog::post(Liste liste, const QString &kode) const
{
    const int i = posisjon(liste, kode);
    return i < 0 ? nullptr : &m_lister[int(liste)][i];
}

int Katalog::posisjon(Liste liste, const QString &kode) const
{
    const auto it = m_indeks.constFind(int(liste));
    if (it == m_indeks.cend())
        return -1;
    return int(it->value(kode, -1));
}

QString Katalog::navn(Liste liste, const QString &kode, Maalform m) const
{
    const KatalogPost *p = post(liste, kode);
    return p ? p->navnPaa(m) : kode;
}

QList<KatalogPost> Katalog::forSektor(Liste liste, const QString &sektor) const
{
    QList<KatalogPost> ut;
    for (const KatalogPost &p : poster(liste)) {
        if (p.gjelder(sektor))
            ut.append(p);
    }
    return ut;
}

QString KatalogPost::bestemmelseTekst(Maalform m) const
{
    QString hvor = paragrafPaa(m); // "helsepersonelloven § 4"
    if (hvor.isEmpty()) {
        // "hpl. § 4" under its law's full name reads "§ 4": the law's abbreviation goes.
        QString h = henvisning;
        const qsizetype rom = h.indexOf(u' ');
        if (rom > 0 && h.at(rom - 1) == u'.' && !lov.isEmpty())
            h = h.mid(rom + 1);
        const QString l = lovPaa(m);
        hvor = l.isEmpty() ? h : (h.isEmpty() ? l : l + u' ' + h);
    }
    return hvor.isEmpty() ? navnPaa(m) : hvor + u" – "_s + navnPaa(m);
}

bool Katalog::bestemmelseGjelder(const QString &bestemmelse, const QString &objekttype) const
{
    const KatalogPost *b = post(Liste::Bestemmelse, bestemmelse);
    return b && (b->objekttyper.isEmpty() || b->objekttyper.contains(objekttype));
}

QString Katalog::statistikkategori(const QString &bestemmelse) const
{
    const KatalogPost *b = post(Liste::Bestemmelse, bestemmelse);
    return b ? b->statistikkategori() : bestemmelse;
}

const Fristregel *Katalog::behandlingsmaate(int nr) const
{
    for (const Fristregel &r : m_bm) {
        if (r.nr == nr)
            return &r;
    }
    return nullptr;
}

} // namespace tilsyn
