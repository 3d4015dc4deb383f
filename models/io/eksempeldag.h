#pragma once

#include "domain/tilsynssak.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tilsyn {

class Katalog;

/// The invented cases of the example store, dated relative to the day the store is made so a new
/// user sees every deadline feature: cases in every sector and office of the catalogue, about
/// 170 of which 95 are open (30 overdue, 30 due in 2–10 days, the rest without a behandlingsmåte,
/// with their milestone reached or with a frist far off), and closed cases over the last
/// 15 months, 12 of them BM 5 decisions with lovbrudd whose follow-up is to be started.
/// The same day gives the same cases (fixed seed).
struct Eksempeldag
{
    /// A decided BM 5 case whose lovbrudd follow-up starts on `startet`, each lovbrudd with the
    /// frist `frist` for the service's documentation.
    struct Oppfolgingsstart
    {
        QString sakId;
        QDate startet;
        QDate frist;
    };

    QList<Tilsynssak> saker;
    QList<Oppfolgingsstart> oppfolging;

    static constexpr int kForfalte = 30;       ///< open, frist passed, milestone not reached
    static constexpr int kForfallerSnart = 30; ///< open, frist in 2–10 days
    static constexpr int kAndreAapne = 35;     ///< open, none of the above
    static constexpr int kIOppfolging = 12;    ///< closed BM 5 with lovbrudd, follow-up started
    static constexpr int kAndreAvsluttede = 63;

    /// The cases as seen on `idag`, with the catalogue's codes (every office and sector). A
    /// quarter of the open cases are given to `bruker` (when not empty) so "my cases" shows some.
    static Eksempeldag lag(const Katalog &katalog, const QDate &idag, const QString &bruker = {});
};

} // namespace tilsyn
