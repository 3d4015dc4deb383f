#include "sentraltilkobling.h"

#include "sync/conninfo.h"
#include "sync/passordlager.h"
#include "sync/sentralfeil.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

bool erForbindelsesfeil(const QSqlError &e)
{
    const QString kode = e.nativeErrorCode();
    return e.type() == QSqlError::ConnectionError || kode.isEmpty() || kode.startsWith(u"08"_s)
        || kode.startsWith(u"57"_s) || kode.startsWith(u"40"_s) || kode.startsWith(u"53"_s);
}

} // namespace

QString SentralTilkobling::kontroller(const QString &conninfo)
{
    QString feil;
    if (conninfo.trimmed().startsWith(u"postgres"_s))
        return u"bruk nøkkel=verdi-formen (host=… dbname=… user=…), ikke en URI"_s;
    const auto par = Conninfo::les(conninfo, &feil);
    if (!par)
        return feil;
    for (const auto &[noekkel, verdi] : *par) {
        if (noekkel == u"password")
            return u"passordet skal ikke stå i tilkoblingsteksten; bruk PGPASSWORD, ~/.pgpass eller nøkkelringen"_s;
    }
    return {};
}

SentralTilkobling::SentralTilkobling(const QString &conninfo, const QString &passord)
{
    static QAtomicInteger<quint64> teller;
    const QString feil = kontroller(conninfo);
    if (!feil.isEmpty())
        throw SentralFeil(feil, SentralFeil::Art::Ugyldig);
    const QList<Conninfo::Par> par = Conninfo::les(conninfo).value_or(QList<Conninfo::Par>());
    m_navn = u"tilsyn-sentral-%1"_s.arg(teller.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_navn);
    if (!db.isValid())
        throw SentralFeil(u"PostgreSQL-driveren (QPSQL) er ikke installert"_s, SentralFeil::Art::Utilgjengelig);
    QStringList valg{u"application_name=tilsynsklient"_s};
    for (const auto &[noekkel, verdi] : par) {
        if (noekkel == u"host")
            db.setHostName(verdi);
        else if (noekkel == u"dbname")
            db.setDatabaseName(verdi);
        else if (noekkel == u"user")
            db.setUserName(verdi);
        else if (noekkel == u"port")
            db.setPort(verdi.toInt());
        else
            valg.append(noekkel + u'=' + verdi);
    }
    db.setConnectOptions(valg.join(u';'));
    // PGPASSWORD wins (libpq); otherwise a password saved in the platform keychain for this
    // login; otherwise libpq's ~/.pgpass.
    QString nokkelringFeil;
    if (!passord.isEmpty()) {
        db.setPassword(passord);
    } else if (!db.userName().isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        const PassordLager::Svar svar =
            PassordLager::les(PassordLager::noekkel(db.userName(), db.hostName(), db.databaseName()));
        if (svar.finnes)
            db.setPassword(svar.passord);
        nokkelringFeil = svar.feil;
    }
    if (!db.open()) {
        QString melding = u"sentralen kan ikke nås: %1"_s.arg(db.lastError().text().trimmed());
        if (!nokkelringFeil.isEmpty())
            melding += u" (%1)"_s.arg(nokkelringFeil);
        throw SentralFeil(melding, SentralFeil::Art::Utilgjengelig);
    }
}

SentralTilkobling::~SentralTilkobling()
{
    m_forberedte.clear(); // their prepared statements go before the connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_navn, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_navn);
}

QSqlDatabase SentralTilkobling::db() const
{
    return QSqlDatabase::database(m_navn, false);
}

QSqlQuery SentralTilkobling::kjoer(const QString &sql, const QVariantList &verdier, const char *hva) const
{
    ++m_spoerringer;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    bool ok = false;
    if (verdier.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : verdier)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok) {
        const QSqlError e = q.lastError();
        throw SentralFeil(u"%1: %2"_s.arg(QString::fromUtf8(hva), e.text().trimmed()),
                          erForbindelsesfeil(e) ? SentralFeil::Art::Utilgjengelig : SentralFeil::Art::Annet);
    }
    return q;
}

QSqlQuery &SentralTilkobling::kjoerForberedt(const QString &sql, const char *hva) const
{
    ++m_spoerringer;
    auto it = m_forberedte.find(sql);
    bool ok = true;
    if (it == m_forberedte.end()) {
        auto q = std::make_unique<QSqlQuery>(db());
        q->setForwardOnly(true);
        ok = q->prepare(sql);
        it = m_forberedte.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    ok = ok && q.exec();
    if (!ok) {
        const QSqlError e = q.lastError();
        m_forberedte.erase(it); // prepared again next time (the server may have lost it)
        throw SentralFeil(u"%1: %2"_s.arg(QString::fromUtf8(hva), e.text().trimmed()),
                          erForbindelsesfeil(e) ? SentralFeil::Art::Utilgjengelig : SentralFeil::Art::Annet);
    }
    return q;
}

} // namespace tilsyn
