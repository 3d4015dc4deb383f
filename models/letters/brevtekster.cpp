#include "letters/brevtekster.h"

#include "store/store.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// "type|recipient|copy" → "type": the key of the text shared by the type's letters.
QString typen(const QString &brev)
{
    return brev.section(u'|', 0, 0);
}

} // namespace

std::optional<QString> Brevtekster::hent(const QString &sakId, const QString &brev, const QString &felt) const
{
    QSqlQuery q(m_store.db());
    // The party's own text first (brev sorts after its type, which is a prefix of it).
    q.prepare(u"SELECT tekst FROM brevtekst WHERE sak_id = ? AND brev IN (?, ?) AND felt = ? ORDER BY brev DESC LIMIT 1"_s);
    q.addBindValue(sakId);
    q.addBindValue(brev);
    q.addBindValue(typen(brev));
    q.addBindValue(felt);
    kjoer(q, "kan ikke lese brevets felles tekst");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void Brevtekster::lagre(const QString &sakId, const QString &brev, const QString &felt, const QString &tekst,
                        const QString &hvem)
{
    Transaksjon t(m_store.db());
    QSqlQuery q(m_store.db());
    const QString naa = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &noekkel : {brev, typen(brev)}) {
        if (tekst.trimmed().isEmpty()) {
            q.prepare(u"DELETE FROM brevtekst WHERE sak_id = ? AND brev = ? AND felt = ?"_s);
            for (const QString &v : {sakId, noekkel, felt})
                q.addBindValue(v);
        } else {
            q.prepare(u"INSERT INTO brevtekst (sak_id, brev, felt, tekst, endret, endret_av) VALUES (?, ?, ?, ?, ?, ?) "
                      u"ON CONFLICT (sak_id, brev, felt) DO UPDATE SET tekst = excluded.tekst, "
                      u"endret = excluded.endret, endret_av = excluded.endret_av"_s);
            for (const QString &v : {sakId, noekkel, felt, tekst, naa, QString(hvem + u""_s)})
                q.addBindValue(v);
        }
        kjoer(q, "kan ikke lagre brevets felles tekst");
    }
    t.commit();
}

} // namespace tilsyn
