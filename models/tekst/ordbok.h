#pragma once

#include "domain/katalog.h"

#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace tilsyn {

/// A Hunspell dictionary for one målform (Debian's hunspell-no: nb_NO and nn_NO). Checks single
/// words, proposes corrections and lists the unknown words of a text. The project's word list
/// (prosjektord()) is added on loading. Not thread-safe; load
/// once and share (loading nb_NO reads 5 MB).
class Ordbok final
{
public:
    /// Loads `<mappe>/nb_NO.{aff,dic}` or `nn_NO.*`; erLastet() says whether it was found. With
    /// `medProsjektord` (the default) the project's word list is added (see prosjektord()).
    explicit Ordbok(Maalform maalform, const QString &mappe = standardMappe(), bool medProsjektord = true);
    ~Ordbok();
    Ordbok(const Ordbok &) = delete;
    Ordbok &operator=(const Ordbok &) = delete;

    /// The project's word list for `maalform` (resources/ordliste/nb.txt or nn.txt): domain words
    /// the app writes itself and caseworkers type ("Statsforvalteren", "tilsynssak", "pbrl",
    /// "helsepersonellova") that Debian's dictionary lacks. Added to the dictionary on loading.
    static QStringList prosjektord(Maalform maalform);

    /// Where Debian installs the dictionaries (/usr/share/hunspell); TILSYN_HUNSPELL_DIR overrides.
    static QString standardMappe();

    Maalform maalform() const { return m_maalform; }
    bool erLastet() const { return m_hunspell != nullptr; }
    /// True for a word the dictionary knows, and for what is not checked: words with digits,
    /// abbreviations in capitals ("HPR"), and anything when no dictionary was found.
    bool kjenner(const QString &ord) const;
    /// Up to `antall` corrections, best first.
    QStringList forslag(const QString &ord, int antall = 8) const;
    /// The unknown words of `tekst`, each once, in the order they first occur.
    QStringList ukjenteOrd(const QString &tekst) const;

    /// The words of `tekst` as (start, length) pairs: runs of letters (a hyphen splits a word;
    /// Hunspell checks each part).
    static QList<std::pair<qsizetype, qsizetype>> ord(const QString &tekst);

private:
    std::string koder(const QString &ord, bool *ok) const;

    Maalform m_maalform;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_latin1 = true;
};

} // namespace tilsyn
