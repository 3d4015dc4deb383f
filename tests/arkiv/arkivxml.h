#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QList>
#include <QString>

namespace tilsyn::test {

/// The child elements of `e` named `navn` in the arkivmelding namespace, in document order.
QList<QDomElement> barna(const QDomElement &e, const QString &navn);
/// The one child element named `navn` (a null element if there is none or several).
QDomElement barn(const QDomElement &e, const QString &navn);
/// The text of the one child element named `navn` ("<missing>" if there is none or several).
QString tekst(const QDomElement &e, const QString &navn);
/// The local names of the child elements of `e`, in order.
QStringList barnenavn(const QDomElement &e);
/// The value of the xsi:type attribute of `e`.
QString xsiType(const QDomElement &e);

/// Parses `xml` with namespaces; on error returns a null document and sets *feil.
QDomDocument lesXml(const QByteArray &xml, QString *feil);

} // namespace tilsyn::test
