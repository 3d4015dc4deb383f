#include "arkivxml.h"

#include "arkiv/arkivmelding.h"

namespace tilsyn::test {

using namespace Qt::StringLiterals;

QList<QDomElement> barna(const QDomElement &e, const QString &navn)
{
    QList<QDomElement> ut;
    for (QDomElement b = e.firstChildElement(); !b.isNull(); b = b.nextSiblingElement()) {
        if (b.localName() == navn && b.namespaceURI() == QLatin1StringView(kArkivmeldingNs))
            ut.append(b);
    }
    return ut;
}

QDomElement barn(const QDomElement &e, const QString &navn)
{
    const QList<QDomElement> b = barna(e, navn);
    return b.size() == 1 ? b.constFirst() : QDomElement();
}

QString tekst(const QDomElement &e, const QString &navn)
{
    const QDomElement b = barn(e, navn);
    return b.isNull() ? u"<missing>"_s : b.text();
}

QStringList barnenavn(const QDomElement &e)
{
    QStringList ut;
    for (QDomElement b = e.firstChildElement(); !b.isNull(); b = b.nextSiblingElement())
        ut.append(b.localName());
    return ut;
}

QString xsiType(const QDomElement &e)
{
    return e.attributeNS(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"type"_s);
}

QDomDocument lesXml(const QByteArray &xml, QString *feil)
{
    QDomDocument doc;
    QString melding;
    int linje = 0;
    if (!doc.setContent(xml, true, &melding, &linje)) {
        *feil = u"line %1: %2"_s.arg(linje).arg(melding);
        return {};
    }
    return doc;
}

} // namespace tilsyn::test
