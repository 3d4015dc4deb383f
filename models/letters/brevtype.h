#pragma once

#include "domain/katalog.h"

#include <QList>
#include <QString>

namespace tilsyn {

/// Who a letter type is addressed to by default.
enum class Mottakerrolle {
    Innsender,     ///< the person who made the henvendelse
    Tilsynsobjekt, ///< the service or person the case is about (one letter per object)
    Ledelse,       ///< the leadership of the tilsynsobjekt (follow-up of lovbrudd)
    Helsetilsynet, ///< Statens helsetilsyn
};

/// One kind of letter: its code (the template file name), its public title in both written
/// forms, the behandlingsmåte it belongs to (0: any), its default recipient and the milestone
/// it stands for when finalised.
struct Brevtype
{
    QString kode;
    QString navn;
    QString navnNn;
    int behandlingsmaate = 0;
    Mottakerrolle mottaker = Mottakerrolle::Innsender;
    bool kopiTilInnsender = false;
    QString milepel; ///< "oversendt", "mote", "avsluttet" or empty
    bool erAvgjorelse = false; ///< a party's decision: copies only by choice, with a warning
    QStringList sektorer;      ///< empty: every sektor
    /// A second milestone the letter stands for, after `milepel` (the BM 2 oversendelse: the
    /// statsforvalter's case is closed when the henvendelse is sent on, DOMAIN §2); or empty.
    QString ogsaaMilepel;

    /// The milestones the letter stands for when finalised, in the order they are reached.
    QStringList milepeler() const
    {
        QStringList ut;
        for (const QString &m : {milepel, ogsaaMilepel})
            if (!m.isEmpty())
                ut.append(m);
        return ut;
    }
    /// Whether finalising it can close the case (one of its milestones is "avsluttet").
    bool kanAvslutte() const { return milepel == u"avsluttet" || ogsaaMilepel == u"avsluttet"; }

    QString navnPaa(Maalform m) const { return m == Maalform::Nynorsk ? navnNn : navn; }
};

/// Every letter type, in the order of a case's life.
const QList<Brevtype> &brevtyper();
/// The type with `kode`, or nullptr.
const Brevtype *brevtype(const QString &kode);
/// The letter types that fit a case with this behandlingsmåte (nullopt: not chosen yet) and,
/// when given, this sektor.
QList<Brevtype> brevtyperFor(std::optional<int> behandlingsmaate, const QString &sektor = {});

} // namespace tilsyn
