#include "revisjon.h"

#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

void skrivRevisjon(const QSqlDatabase &db, const Endringskontekst &hvem, const QString &sakId,
                   const QString &handling, const QJsonObject &endringer)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO audit (tidspunkt, bruker, sak_id, handling, endringer) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(hvem.tidspunkt.toString(Qt::ISODateWithMs));
    q.addBindValue(hvem.bruker);
    q.addBindValue(sakId);
    q.addBindValue(handling);
    q.addBindValue(QString::fromUtf8(QJsonDocument(endringer).toJson(QJsonDocument::Compact)));
    kjoer(q, "kan ikke skrive revisjonsspor");
}

QJsonObject revisjonsdokument(const Tilsynssak &s)
{
    QJsonObject o = medLokaleFelt(sakTilJson(s), s);
    o.insert("rapport_mottatt"_L1, s.rapportMottatt.isValid()
                                       ? QJsonValue(s.rapportMottatt.toString(Qt::ISODate))
                                       : QJsonValue());
    return o;
}

} // namespace tilsyn
