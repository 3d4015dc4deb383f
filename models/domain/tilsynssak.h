#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tilsyn {

/// Whether the patient or user was considered involved at the start of the case, and how.
struct Brukerinvolvering
{
    bool vurdert = false;
    bool tilbudtMote = false;
    QString merknad;
    friend bool operator==(const Brukerinvolvering &, const Brukerinvolvering &) = default;
};

/// The person who made the henvendelse; letters to them go to this address and målform.
struct Innsender
{
    QString navn;
    QString adresse;
    std::optional<QString> maalform; ///< "nb", "nn" or unset
    // Local-only (not in the interchange format; synced in the sync document): the henvendelse's
    // own date and reference, printed as Deres dato / Deres ref in letters to the innsender.
    QDate deresDato{};  ///< invalid: not known
    QString deresRef{}; ///< empty: none
    friend bool operator==(const Innsender &, const Innsender &) = default;
};

/// A service or person the case is about.
struct Tilsynsobjekt
{
    QString id; ///< unique within the case; what a vurdering points at
    QString type; ///< objekttype code
    QString navn;
    std::optional<QString> tjenesteniva;
    std::optional<QString> orgnr;
    std::optional<QString> hpr;
    std::optional<QString> adresse;
    std::optional<QString> maalform;
    // Local-only (not in the interchange format; synced in the sync document).
    QDate deresDato{};      ///< the date of this party's last letter (Deres dato); invalid: not known
    QString deresRef{};     ///< its reference (Deres ref); empty: none
    QString autorisasjon{}; ///< helsepersonell: the authorisation ("lege", "sykepleier" ...); empty: not known
    friend bool operator==(const Tilsynsobjekt &, const Tilsynsobjekt &) = default;
};

/// A provision of law assessed against one tilsynsobjekt, with its conclusion (BM 5 only).
struct Vurdering
{
    QString bestemmelse;
    QString objekt;
    QString konklusjon;
    QString begrunnelse;
    friend bool operator==(const Vurdering &, const Vurdering &) = default;
};

/// One tilsynssak as the interchange contract describes it, plus the few local-only fields.
struct Tilsynssak
{
    QString id;
    std::optional<QString> saksnummer;
    QString embete;
    QString sektor;
    QDate mottatt;
    std::optional<QString> saksbehandler;
    bool alvorlig = false;
    QStringList kilder;
    QStringList temaer;
    std::optional<Brukerinvolvering> brukerinvolvering;
    std::optional<QString> sammendrag;
    std::optional<Innsender> innsender;
    std::optional<int> behandlingsmaate;
    QDate oversendt;
    QDate mote;
    QDate avsluttet;
    std::optional<QString> utfall;
    QList<Tilsynsobjekt> tilsynsobjekter;
    QList<Vurdering> vurderinger;

    // Local-only: not part of the interchange format.
    QDate rapportMottatt; ///< BM 3: the day the service's report arrived

    const Tilsynsobjekt *objekt(const QString &objektId) const;
    bool erRegistrert() const { return saksnummer.has_value(); }

    friend bool operator==(const Tilsynssak &, const Tilsynssak &) = default;
};

/// A fresh lower-case RFC 4122 UUID, made locally so offline creation never collides.
QString nyId();

} // namespace tilsyn
