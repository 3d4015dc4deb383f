#pragma once

#include <QList>
#include <QString>

namespace tilsyn {

class Katalog;
struct Tilsynssak;

/// One broken rule: where (a field path such as `tilsynsobjekter[0].orgnr`) and what, in Norwegian.
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
/// Problems at the fields `kilder`, `brukerinvolvering` and `tilsynsobjekter[i].hpr`, in Norwegian.
Problemer validerRegistrering(const Tilsynssak &sak);

bool erGyldigUuid(const QString &s);
bool erGyldigSaksnummer(const QString &s);
/// Nine digits whose last is the modulus-11 check digit (weights 3 2 7 6 5 4 3 2).
bool erGyldigOrgnr(const QString &s);
/// Helsepersonellnummer: 7 to 9 digits.
bool erGyldigHpr(const QString &s);

} // namespace tilsyn
