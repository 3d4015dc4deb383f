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

// One row of brevtekst written, or removed when `tekst` is blank.
void skrivRad(QSqlQuery &q, const QString &sakId, const QString &brev, const QString &felt, const QString &tekst,
              const QString &naa, const QString &hvem)
{
    if (tekst.trimmed().isEmpty()) {
        q.prepare(u"DELETE FROM brevtekst WHERE sak_id = ? AND brev = ? AND felt = ?"_s);
        for (const QString &v : {sakId, brev, felt})
            q.addBindValue(v);
    } else {
        q.prepare(u"INSERT INTO brevtekst (sak_id, brev, felt, tekst, endret, endret_av) VALUES (?, ?, ?, ?, ?, ?) "
                  u"ON CONFLICT (sak_id, brev, felt) DO UPDATE SET tekst = excluded.tekst, "
                  u"endret = excluded.endret, endret_av = excluded.endret_av"_s);
        for (const QString &v : {sakId, brev, felt, tekst, naa, QString(hvem + u""_s)})
            q.addBindValue(v);
    }
    kjoer(q, "kan ikke lagre brevets tekst");
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
    for (const QString &noekkel : {brev, typen(brev)})
        skrivRad(q, sakId, noekkel, felt, tekst, naa, hvem);
    t.commit();
}

QHash<QString, QString> Brevtekster::hentEgne(const QString &sakId, const QString &brev, const QStringList &felter) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT felt, tekst FROM brevtekst WHERE sak_id = ? AND brev = ?"_s);
    q.addBindValue(sakId);
    q.addBindValue(brev);
    kjoer(q, "kan ikke lese brevets tekster");
    QHash<QString, QString> tekster;
    while (q.next()) {
        const QString felt = q.value(0).toString();
        for (const QString &f : felter)
            if (felt.startsWith(f))
                tekster.insert(felt, q.value(1).toString());
    }
    return tekster;
}

void Brevtekster::lagreEgne(const QString &sakId, const QString &brev, const QHash<QString, QString> &tekster,
                            const QString &hvem)
{
    Transaksjon t(m_store.db());
    QSqlQuery q(m_store.db());
    const QString naa = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (auto it = tekster.cbegin(); it != tekster.cend(); ++it)
        skrivRad(q, sakId, brev, it.key(), it.value(), naa, hvem);
    t.commit();
}

} // namespace tilsyn
