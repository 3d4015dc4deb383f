#pragma once

#include "domain/katalog.h"
#include "letters/brevutkast.h"

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace tilsyn {

class Brevmal;

/// The office's letterhead: painted at the top of the first page and in every page's footer.
struct Brevhode
{
    QString embete;       ///< the office's name in the letter's målform
    QStringList adresse;  ///< postal address lines
    QString telefon;
    QString epost;
    QString nettside;
    QString orgnr;
    QImage logo;          ///< empty: the name alone
    Brevperson godkjenner; ///< the office's default approver (name, title), for every sektor
    /// The leader who normally approves per sektor ("godkjennere" in brevhode.json): by default a
    /// fylkeslege for helse and an avdelingsdirektør for barnevern and sosial. For the approval
    /// step (a later issue); a letter names an approver only from a recorded Godkjenning.
    QHash<QString, Brevperson> godkjennere;
    Brevperson godkjennerFor(const QString &sektor) const;
    QHash<QString, Brevperson> saksbehandlere; ///< user name -> full name, title, phone
};

/// Where templates and the letterhead come from: the built-in ones compiled into the program
/// (:/letters), or an office's own folder that overrides any of them file by file:
///   <mappe>/<type>.<nb|nn>.html   replaces one letter type's body
///   <mappe>/ramme.<nb|nn>.html    replaces the frame (header fields, closing, kopi til)
///   <mappe>/brevhode.json         replaces letterhead fields (address, phone, ..., per embete)
///   <mappe>/logo.png              the logo at the top of the first page
class Brevmalkilde final
{
public:
    explicit Brevmalkilde(QString overstyringsmappe = {});
    ~Brevmalkilde();
    Q_DISABLE_COPY_MOVE(Brevmalkilde)

    QString overstyringsmappe() const { return m_mappe; }

    /// The compiled letter (frame + body) for a type and målform; cached. Throws BrevmalFeil for
    /// an unknown type, a missing file or a template error (naming the file and line).
    const Brevmal &mal(const QString &type, Maalform m) const;
    /// The file a template is read from: the office folder's if it has one, else the built-in.
    QString filsti(const QString &navn, Maalform m) const;
    /// Compiles every letter type in both målformer; throws the first BrevmalFeil.
    void sjekkAlle() const;

    /// The letterhead of `embete` in målform `m`. Throws BrevmalFeil for an unreadable brevhode.json.
    Brevhode brevhode(const Katalog &katalog, const QString &embete, Maalform m) const;

private:
    QString les(const QString &sti) const;

    QString m_mappe;
    mutable QHash<QString, std::shared_ptr<Brevmal>> m_maler;
    mutable std::optional<QJsonObject> m_hode;
};

} // namespace tilsyn
