#include "datotolking.h"

#include <QRegularExpression>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

Datotolking lagDato(int aar, int maaned, int dag)
{
    const QDate d(aar, maaned, dag);
    return d.isValid() ? Datotolking{d, Datotolking::Feil::Ingen} : Datotolking{QDate(), Datotolking::Feil::FinnesIkke};
}

int fulltAar(const QString &aar)
{
    const int tall = aar.toInt();
    return aar.size() == 2 ? 2000 + tall : tall;
}

} // namespace

Datotolking tolkDato(const QString &tekst)
{
    const QString t = tekst.trimmed();
    if (t.isEmpty())
        return {QDate(), Datotolking::Feil::Tom};
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression delt(u"^(\\d{1,2})\\s*[.\\-/ ]\\s*(\\d{1,2})\\s*[.\\-/ ]\\s*(\\d{2}|\\d{4})$"_s);
    static const QRegularExpression sifre(u"^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"_s);
    if (const QRegularExpressionMatch m = iso.match(t); m.hasMatch())
        return lagDato(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    for (const QRegularExpression *r : {&delt, &sifre}) {
        if (const QRegularExpressionMatch m = r->match(t); m.hasMatch())
            return lagDato(fulltAar(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt());
    }
    return {QDate(), Datotolking::Feil::Format};
}

QString visDato(const QDate &dato)
{
    return dato.isValid() ? dato.toString(u"dd.MM.yyyy"_s) : QString();
}

} // namespace tilsyn
