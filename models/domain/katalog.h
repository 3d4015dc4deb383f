#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tilsyn {

enum class Maalform { Bokmaal, Nynorsk };

/// "nb" / "nn" to Maalform; anything else gives the fallback.
Maalform maalformFraKode(const QString &kode, Maalform fallback = Maalform::Bokmaal);
QString maalformKode(Maalform m);
/// The written form of catalogue names in the UI: nynorsk when the default locale (set with the UI
/// language, Oversettelser) is nynorsk, else bokmål.
Maalform uiMaalform();

/// One entry of a catalogue list: a stable code and its names in both written forms.
struct KatalogPost
{
    QString kode;
    QString navn;
    QString navnNn;
    QStringList sektorer; ///< empty: valid in every sektor
    // Only for bestemmelser:
    QString lov;
    QString lovNn;
    QString henvisning;
    QString paragraf;      ///< the exact reference in bokmål, e.g. "helsepersonelloven § 4" (lower case)
    QString paragrafNn;    ///< the same in nynorsk, e.g. "helsepersonellova § 4"
    QStringList objekttyper; ///< objekttype codes it applies to; empty: every type of its sektor
    QString kategori;      ///< the statistics category it is counted under; empty: its own code
    QString krav;          ///< what the provision requires, for a letter's legal-basis section (bokmål)
    QString kravNn;        ///< the same in nynorsk
    // Only for embeter:
    QString kort;

    QString navnPaa(Maalform m) const { return m == Maalform::Nynorsk && !navnNn.isEmpty() ? navnNn : navn; }
    QString lovPaa(Maalform m) const { return m == Maalform::Nynorsk && !lovNn.isEmpty() ? lovNn : lov; }
    QString paragrafPaa(Maalform m) const
    {
        return m == Maalform::Nynorsk && !paragrafNn.isEmpty() ? paragrafNn : paragraf;
    }
    QString kravPaa(Maalform m) const { return m == Maalform::Nynorsk && !kravNn.isEmpty() ? kravNn : krav; }
    QString statistikkategori() const { return kategori.isEmpty() ? kode : kategori; }
    bool gjelder(const QString &sektor) const { return sektorer.isEmpty() || sektorer.contains(sektor); }
    /// A bestemmelse as the caseworker sees it: law, § and name, e.g. "helsepersonelloven § 4 –
    /// Forsvarlighet" (lower case as in running text; never the code).
    QString bestemmelseTekst(Maalform m) const;
};

/// The deadline rule of one behandlingsmåte: which date is the milestone and how long it may take.
struct Fristregel
{
    int nr = 0;
    QString navn;
    QString navnNn;
    QString milepel; ///< "avsluttet", "oversendt", "mote" or empty (BM 0)
    int dager = 0;
    int maaneder = 0;
    QString fristTekst;

    bool harFrist() const { return dager > 0 || maaneder > 0; }
    QString navnPaa(Maalform m) const { return m == Maalform::Nynorsk && !navnNn.isEmpty() ? navnNn : navn; }
};

/// The versioned reference data: offices, sectors, object types, sources, themes, outcomes,
/// conclusions and the catalogue of bestemmelser. Loaded from JSON; never hard-coded.
class Katalog final
{
public:
    enum class Liste {
        Embete, Sektor, Objekttype, Tjenesteniva, Kilde, Tema, Utfall, Konklusjon, Bestemmelse
    };

    /// Parses the catalogue document; on failure returns nullopt and sets *feil.
    static std::optional<Katalog> fraJson(const QByteArray &json, QString *feil = nullptr);
    /// The catalogue compiled into the program (resources/katalog.json).
    static const Katalog &innebygd();

    QString versjon() const { return m_versjon; }
    QByteArray dokument() const { return m_dokument; }

    const QList<KatalogPost> &poster(Liste liste) const;
    const KatalogPost *post(Liste liste, const QString &kode) const;
    bool har(Liste liste, const QString &kode) const { return post(liste, kode) != nullptr; }
    QString navn(Liste liste, const QString &kode, Maalform m = Maalform::Bokmaal) const;
    /// The entries of a list that apply to one sektor, in catalogue order.
    QList<KatalogPost> forSektor(Liste liste, const QString &sektor) const;
    int posisjon(Liste liste, const QString &kode) const;

    /// True when the bestemmelse may be assessed against an object of this objekttype: it exists,
    /// and its objekttyper list is empty (every type of its sektor) or holds the type.
    bool bestemmelseGjelder(const QString &bestemmelse, const QString &objekttype) const;
    /// The annual report's category a bestemmelse is counted under (its own code when it is one).
    QString statistikkategori(const QString &bestemmelse) const;

    const QList<Fristregel> &behandlingsmaater() const { return m_bm; }
    const Fristregel *behandlingsmaate(int nr) const;

private:
    Katalog() = default;

    QString m_versjon;
    QByteArray m_dokument;
    QHash<int, QList<KatalogPost>> m_lister;
    QHash<int, QHash<QString, qsizetype>> m_indeks;
    QList<Fristregel> m_bm;
};

} // namespace tilsyn
