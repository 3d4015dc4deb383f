#pragma once

#include "domain/validering.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tilsyn {

class Katalog;
struct Tilsynssak;

/// A provision as the catalogue names it in the user's language: its law and paragraph
/// ("spesialisthelsetjenesteloven § 2-2"; nynorsk "spesialisthelsetenestelova § 2-2"), else its
/// name; the code only when the catalogue does not know it.
QString bestemmelseVist(const Katalog &katalog, const QString &kode);

/// Something that happened in the follow-up of one lovbrudd.
struct Oppfolgingshendelse
{
    enum class Type { Milepel, Dokumentasjon, Purring };
    Type type = Type::Dokumentasjon;
    QDate dato;
    QString tekst;
    friend bool operator==(const Oppfolgingshendelse &, const Oppfolgingshendelse &) = default;
};

/// The follow-up of one lovbrudd (Internserien 6/2021): what the service must document, by when,
/// what it has sent, reminders, and when the statsforvalter found it rettet — with the evidence.
struct Lovbruddoppfolging
{
    qint64 id = 0;
    QString bestemmelse;
    QString objekt;
    QString krav;   ///< what the service must document
    QDate frist;
    QList<Oppfolgingshendelse> hendelser;
    QDate rettet;   ///< the day the statsforvalter found the breach corrected
    QString bevis;  ///< what shows that practice changed and stays changed

    bool erRettet() const { return rettet.isValid(); }
    bool harDokumentasjon() const;
    /// Not rettet, and the service's documentation came after the last purring: the
    /// statsforvalter is to assess it (no longer waiting for the service, nor overdue).
    bool tilVurdering() const;
    /// The next milestone not yet passed, else the frist.
    QDate nesteFrist(const QDate &idag) const;
    /// Past its frist, not rettet, and no documentation to assess.
    bool forfalt(const QDate &idag) const { return !erRettet() && !tilVurdering() && frist.isValid() && frist < idag; }
    friend bool operator==(const Lovbruddoppfolging &, const Lovbruddoppfolging &) = default;
};

/// The oppfølging phase of a BM 5 case after a decision with lovbrudd. It has its own deadlines
/// and closing date and never changes the case's `avsluttet` (the decision date).
struct Oppfolging
{
    QString sakId;
    QDate startet;
    QDate avsluttet;
    QList<Lovbruddoppfolging> lovbrudd;

    bool erAvsluttet() const { return avsluttet.isValid(); }
};

// Every message below is in the user's language (QCoreApplication::translate, context
// "Oppfolging"; bokmål and nynorsk in i18n/tekster/oppfolging.py).

/// Whether oppfølging can start for the case: BM 5, decided (avsluttet) with a lovbrudd.
Problemer kanStarteOppfolging(const Tilsynssak &sak);
/// One entry per vurdering with konklusjon lovbrudd, in the case's order.
QList<Lovbruddoppfolging> lovbruddFraSak(const Tilsynssak &sak);
/// Closing needs every lovbrudd rettet with evidence, and a closing date not before any of them.
/// The messages name each provision by bestemmelseVist().
Problemer kanAvslutteOppfolging(const Oppfolging &o, const QDate &dato, const Katalog &katalog);
/// A purring is sent for a lovbrudd whose frist has passed without it being rettet.
Problemer kanPurre(const Lovbruddoppfolging &l, const QDate &dato);
/// Marking rettet needs documentation received and a description of the evidence.
Problemer kanMarkereRettet(const Lovbruddoppfolging &l, const QDate &dato, const QString &bevis);

} // namespace tilsyn
