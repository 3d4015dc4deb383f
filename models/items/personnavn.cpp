#include "personnavn.h"

#include "items/innstillinger.h"
#include "items/kontorpraksis.h"

#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

Personnavn::Personnavn(QSqlDatabase db) : m_db(std::move(db)) {}

QString Personnavn::navn(const QString &lagret) const
{
    if (lagret.trimmed().isEmpty())
        return lagret;
    auto n = m_kjent.constFind(lagret);
    if (n == m_kjent.cend())
        n = m_kjent.insert(lagret, slaaOpp(lagret));
    return *n;
}

QString Personnavn::slaaOpp(const QString &login) const
{
    const QString profil = Innstillinger::navn.verdi().trimmed();
    if (!profil.isEmpty()) {
        const QString maskin = Kontorpraksis::maskinbruker();
        if (login == maskin || login == Kontorpraksis::sentralbruker(maskin))
            return profil;
    }
    // A failed query (an old store in a test) names nobody: the login is shown.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A step's name first (the central store keeps it with the step), then a draft's signer.
    q.prepare(u"SELECT navn FROM ("
              u"  SELECT godkjenner_navn AS navn, 0 AS kilde, sendt AS naar FROM dokumentflyt "
              u"    WHERE fra = ? AND trim(godkjenner_navn) <> '' "
              u"  UNION ALL SELECT json_extract(innhold, '$.saksbehandler.navn'), 1, laget FROM brevutkast WHERE laget_av = ? "
              u"    AND trim(coalesce(json_extract(innhold, '$.saksbehandler.navn'), '')) <> '') "
              u"ORDER BY kilde, naar DESC LIMIT 1"_s);
    q.addBindValue(login);
    q.addBindValue(login);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return login;
}

} // namespace tilsyn
