#include "kontorpraksis.h"

#include "domain/tilsynssak.h"
#include "sync/conninfo.h"

#include <QSettings>

namespace tilsyn {

using namespace Qt::StringLiterals;

const Setting<QString> Kontorpraksis::saksnummerkilde{"kontor/saksnummerkilde", u"arkiv"_s};
const Setting<QStringList> Kontorpraksis::brevSomKreverGodkjenning{"kontor/brev_som_krever_godkjenning", {}};

const Setting<QString> Kontorpraksis::godkjenning{"kontor/godkjenning", {}};

const QStringList &Kontorpraksis::standardGodkjenningstyper()
{
    static const QStringList typer{u"bm5-avgjorelse"_s, u"bm5-oversendelse-htil"_s, u"palegg-retting"_s};
    return typer;
}

bool Kontorpraksis::godkjenningPaa()
{
    return godkjenning.verdi() != u"av";
}

QStringList Kontorpraksis::typerSomKreverGodkjenning()
{
    if (!godkjenningPaa())
        return {};
    if (brevSomKreverGodkjenning.erSatt())
        return brevSomKreverGodkjenning.verdi();
    return QSettings().value(u"sentral/conninfo"_s).toString().trimmed().isEmpty() ? QStringList()
                                                                                   : standardGodkjenningstyper();
}

QString Kontorpraksis::sentralbruker(const QString &reserve)
{
    const auto par = Conninfo::les(QSettings().value(u"sentral/conninfo"_s).toString());
    const QString bruker = par ? Conninfo::verdi(*par, u"user"_s) : QString();
    return bruker.isEmpty() ? reserve : bruker;
}

QString Kontorpraksis::maskinbruker()
{
    const QString navn = qEnvironmentVariable("USER");
    return navn.isEmpty() ? qEnvironmentVariable("USERNAME") : navn;
}

Saksnummerkilde Kontorpraksis::saksnummer()
{
    return saksnummerkilde.verdi() == u"sentral" ? Saksnummerkilde::Sentral : Saksnummerkilde::Arkiv;
}

Ferdigstillingssperre Kontorpraksis::sperre(const Tilsynssak &sak, const QString &type,
                                            const QStringList &kreverGodkjenning)
{
    if (!sak.saksnummer || sak.saksnummer->isEmpty())
        return Ferdigstillingssperre::ManglerSaksnummer;
    if (kreverGodkjenning.contains(type))
        return Ferdigstillingssperre::KreverGodkjenning;
    return Ferdigstillingssperre::Ingen;
}

} // namespace tilsyn
