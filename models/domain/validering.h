#pragma once

#include "katalog.h"

#include <QList>
#include <QString>

namespace tilsyn {

struct Tilsynsobjekt;
struct Tilsynssak;

/// One broken rule: where (a field path such as `tilsynsobjekter[0].orgnr`) and what, in the
/// language of the installed translation of the context "tilsyn::Validering" (the UI's language in
/// the desktop, bokmål on the command line, English with none). A message names things as the
/// caseworker sees them: a provision by law, § and name, a subject by its name, a catalogue entry
/// by its name; a code only when the catalogue does not know it.
struct Problem
{
    QString felt;
    QString melding;
    friend bool operator==(const Problem &, const Problem &) = default;
};
using Problemer = QList<Problem>;

struct Valideringsvalg
{
    /// BM 0 (gammel veileder) is accepted only for historical cases coming in by import.
    bool tillatHistoriskBm = false;
};

/// Every rule of the interchange contract that concerns one case, checked against the catalogue.
/// Used by import, the editor and sync alike. Returns all problems, in field order.
Problemer valider(const Tilsynssak &sak, const Katalog &katalog, Valideringsvalg valg = {});

/// What a case registered in the desktop must hold before it is saved, beyond the interchange
/// contract (which accepts historical cases without them): at least one kilde (DOMAIN.md §4:
/// the statistics are built from it) and the brukerinvolvering recorded as considered (§1: at
/// the start of every case the statsforvalter considers involving the patient/user and
/// documents it), and an HPR number only on a subject of type helsepersonell (a person).
/// Problems at the fields `kilder`, `brukerinvolvering` and `tilsynsobjekter[i].hpr`, translated as valider's.
Problemer validerRegistrering(const Tilsynssak &sak);

/// The written form of the catalogue names in the messages: the one the messages are translated to
/// (bokmål unless the installed translation is nynorsk).
Maalform meldingsMaalform();
/// A catalogue entry as a message names it: its name in meldingsMaalform() (a bestemmelse as
/// KatalogPost::bestemmelseTekst), or the code itself when the list does not hold it.
QString katalogNavn(const Katalog &katalog, Katalog::Liste liste, const QString &kode);

/// Why `bestemmelse` cannot be assessed against `objekt` of `sak` (the catalogue's objekttyper of
/// the provision do not hold the object's type), as a message; empty when it can, or when the
/// provision or the type is unknown (reported elsewhere). The rule valider() applies on save,
/// for the provision picker to explain what it leaves out.
QString bestemmelseHindring(const Tilsynssak &sak, const Tilsynsobjekt &objekt, const QString &bestemmelse,
                            const Katalog &katalog);
/// Why the entry `kode` of `liste` cannot be chosen in a case of `sektor`: the catalogue limits it
/// to other sectors (its `sektorer`, a bestemmelse's `sektor`), as a message ("outcome «…» does
/// not belong to the sector «…»"); empty when it can, or when the code or the sector is unknown
/// (reported elsewhere). The rule valider() applies on save, for the editor's lists to leave
/// out or disable such entries as soon as the sector is set.
QString sektorHindring(const Katalog &katalog, Katalog::Liste liste, const QString &kode, const QString &sektor);
/// Why a subject of a case of `sektor` cannot have a service level (tjenestenivå: only in the
/// helse sector), as a message; empty when it can. The rule valider() applies on save.
QString tjenestenivaHindring(const QString &sektor, const Katalog &katalog);
/// Why `utfall` cannot be the outcome of `sak` given its assessments' conclusions ("lovbrudd"
/// needs a lovbrudd, "oversendt-htil" an oversendt-htil; "innledende" and "ikke-lovbrudd" allow
/// neither), as a message; empty when it can. The rule valider() applies on save, for the editor
/// to disable the choice with its reason.
QString utfallHindring(const Tilsynssak &sak, const QString &utfall, const Katalog &katalog);

bool erGyldigUuid(const QString &s);
bool erGyldigSaksnummer(const QString &s);
/// Nine digits whose last is the modulus-11 check digit (weights 3 2 7 6 5 4 3 2).
bool erGyldigOrgnr(const QString &s);
/// Helsepersonellnummer: 7 to 9 digits.
bool erGyldigHpr(const QString &s);

} // namespace tilsyn
