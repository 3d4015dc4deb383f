#include "innstillinger.h"

#include <QCoreApplication>
#include <QSettings>

namespace tilsyn {

using namespace Qt::StringLiterals;

const Setting<int> Innstillinger::versjon{"versjon", 0};
const Setting<bool> Innstillinger::profilSpurt{"profil/spurt", false};
const Setting<QString> Innstillinger::navn{"profil/navn", {}};
const Setting<QString> Innstillinger::tittel{"profil/tittel", {}};
const Setting<QString> Innstillinger::embete{"profil/embete", {}};
const Setting<QString> Innstillinger::telefon{"profil/telefon", {}};
const Setting<QString> Innstillinger::godkjenner{"profil/godkjenner", {}};
const Setting<QString> Innstillinger::godkjennerTittel{"profil/godkjenner_tittel", {}};
const Setting<QString> Innstillinger::spraak{"ui/spraak", {}};
const Setting<QByteArray> Innstillinger::vindusgeometri{"ui/vindusgeometri", {}};
const Setting<QByteArray> Innstillinger::vindustilstand{"ui/vindustilstand", {}};
const Setting<QByteArray> Innstillinger::listekolonner{"ui/listekolonner", {}};
const Setting<QByteArray> Innstillinger::splitter{"ui/splitter", {}};
const Setting<QVariantMap> Innstillinger::eksempelfilter{"ui/eksempelfilter", {}};
const Setting<int> Innstillinger::dagerTilValgAvBm{"frister/dager_til_valg_av_bm", Fristvalg{}.dagerTilValgAvBm};
const Setting<int> Innstillinger::forfallerSnartDager{"frister/forfaller_snart_dager", Fristvalg{}.forfallerSnartDager};

bool Innstillinger::profilKomplett()
{
    for (const Setting<QString> *s : {&navn, &tittel, &telefon, &embete, &godkjenner, &godkjennerTittel})
        if (s->verdi().trimmed().isEmpty())
            return false;
    return true;
}

Fristvalg Innstillinger::fristvalg()
{
    return Fristvalg{.dagerTilValgAvBm = dagerTilValgAvBm.verdi(), .forfallerSnartDager = forfallerSnartDager.verdi()};
}

void Innstillinger::migrer()
{
    // Builds before 2026-11-23 ran without an organisation name, so Qt kept the settings under
    // "Unknown Organization": carry them over once into an empty settings file.
    QSettings naa;
    if (naa.allKeys().isEmpty()) {
        const QSettings gammel(u"Unknown Organization"_s, QCoreApplication::applicationName());
        for (const QString &n : gammel.allKeys())
            naa.setValue(n, gammel.value(n));
    }
    // Version 1 is the first; later versions add steps here.
    // 2: the case list gained an Embete column; 3: its columns were reordered (Frist, Alvorlig and
    // status after the saksnummer). The saved layout is by column number: it no longer fits.
    // 4: Saksbehandler before Tilsynsobjekt, the short columns no wider than they need (session
    // 15): a layout saved before would keep Saksbehandler off-screen at 1366 px.
    if (versjon.verdi() < 4)
        naa.remove(listekolonner.noekkel());
    // 5: the list beside the open case as wide as its first columns and the start of Tilsynsobjekt
    // need (session 16). The split was saved on every closing, so a saved one is mostly the old
    // default (43 %) that keeps Tilsynsobjekt off-screen at 1366 px: dropped once. The column
    // widths and order the caseworker set are kept.
    if (versjon.verdi() < 5)
        naa.remove(splitter.noekkel());
    if (versjon.verdi() < kVersjon)
        versjon.sett(kVersjon);
}

} // namespace tilsyn
