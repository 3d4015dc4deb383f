#pragma once

#include <QDate>
#include <QString>

namespace tilsyn {

class Katalog;
struct Tilsynssak;

/// The derived columns of a case row (frist_dato, milepel_dato, objekt_navn, soketekst): what
/// SakRepository writes on every save and what the store check (Lagerkontroll) expects to find.
struct AvledeteKolonner
{
    QDate fristDato;
    QDate milepel;
    QString objektNavn;
    QString soketekst;
};

AvledeteKolonner avledeteKolonner(const Tilsynssak &sak, const Katalog &katalog);

} // namespace tilsyn
