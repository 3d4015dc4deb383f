#include "store/dokumentasjonsfrist.h"

#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

QDate Dokumentasjonsfrist::hent(const QString &sakId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT coalesce((SELECT frist FROM oppfolging_dokumentasjonsfrist WHERE sak_id = ?), "
              u"(SELECT svarfrist FROM brev WHERE sak_id = ? AND type = 'bm5-avgjorelse' AND svarfrist IS NOT NULL "
              u"ORDER BY id DESC LIMIT 1))"_s);
    q.addBindValue(sakId);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese dokumentasjonsfristen");
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

bool Dokumentasjonsfrist::erFastsatt(const QString &sakId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT 1 FROM oppfolging_dokumentasjonsfrist WHERE sak_id = ? AND brev_id IS NOT NULL"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese dokumentasjonsfristen");
    return q.next();
}

bool Dokumentasjonsfrist::sett(const QString &sakId, const QDate &frist, const QString &hvem, qint64 brevId)
{
    if (brevId == 0 && erFastsatt(sakId))
        return false;
    QSqlQuery q(m_store.db());
    if (!frist.isValid()) {
        q.prepare(u"DELETE FROM oppfolging_dokumentasjonsfrist WHERE sak_id = ?"_s);
        q.addBindValue(sakId);
    } else {
        q.prepare(u"INSERT INTO oppfolging_dokumentasjonsfrist (sak_id, frist, brev_id, endret, endret_av) "
                  u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (sak_id) DO UPDATE SET frist = excluded.frist, "
                  u"brev_id = excluded.brev_id, endret = excluded.endret, endret_av = excluded.endret_av"_s);
        q.addBindValue(sakId);
        q.addBindValue(frist.toString(Qt::ISODate));
        q.addBindValue(brevId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(brevId));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(hvem);
    }
    kjoer(q, "kan ikke lagre dokumentasjonsfristen");
    return true;
}

} // namespace tilsyn
