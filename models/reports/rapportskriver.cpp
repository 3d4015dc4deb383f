#include "rapportskriver.h"

#include "rapporttabell.h"
#include "rapportvalg.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

bool erTall(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString csvFelt(const QString &felt)
{
    if (!felt.contains(u',') && !felt.contains(u'"'))
        return felt;
    QString ut = felt;
    ut.replace(u"\""_s, u"\"\""_s);
    return u'"' + ut + u'"';
}

QJsonValue jsonVerdi(const QVariant &celle)
{
    if (celle.isNull() || !celle.isValid())
        return QJsonValue(QJsonValue::Null);
    if (celle.typeId() == QMetaType::Double)
        return celle.toDouble();
    if (erTall(celle))
        return celle.toLongLong();
    return celle.toString();
}

} // namespace

QString celletekst(const QVariant &celle)
{
    if (celle.isNull() || !celle.isValid())
        return {};
    if (celle.typeId() == QMetaType::Double) {
        // One decimal, and none when it is 0: "2.5", "3" (a fixed suffix test, no pattern per cell).
        QString t = QString::number(celle.toDouble(), 'f', 1);
        if (t.endsWith(u".0"_s))
            t.chop(2);
        return t;
    }
    return celle.toString();
}

QByteArray tilCsv(const Rapporttabell &tabell)
{
    QString ut;
    QStringList felt;
    for (const QString &k : tabell.kolonner)
        felt.append(csvFelt(k));
    ut += felt.join(u',') + u'\n';
    for (const QVariantList &rad : tabell.rader) {
        felt.clear();
        for (const QVariant &celle : rad)
            felt.append(csvFelt(celletekst(celle)));
        ut += felt.join(u',') + u'\n';
    }
    return ut.toUtf8();
}

QByteArray tilJson(const Rapporttabell &tabell, const Rapportvalg &valg)
{
    QJsonObject dok;
    dok.insert(u"rapport"_s, tabell.navn);
    dok.insert(u"sektor"_s, valg.sektor);
    if (valg.erHeltAar())
        dok.insert(u"aar"_s, valg.fra.year());
    dok.insert(u"fra"_s, valg.fra.toString(Qt::ISODate));
    dok.insert(u"til"_s, valg.til.toString(Qt::ISODate));
    dok.insert(u"embete"_s, valg.embete.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(valg.embete));
    dok.insert(u"kolonner"_s, QJsonArray::fromStringList(tabell.kolonner));
    QJsonArray rader;
    for (const QVariantList &rad : tabell.rader) {
        QJsonObject o;
        for (qsizetype i = 0; i < tabell.kolonner.size() && i < rad.size(); ++i)
            o.insert(tabell.kolonner[i], jsonVerdi(rad[i]));
        rader.append(o);
    }
    dok.insert(u"rader"_s, rader);
    return QJsonDocument(dok).toJson(QJsonDocument::Indented);
}

} // namespace tilsyn
