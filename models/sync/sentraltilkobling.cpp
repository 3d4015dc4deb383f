#include "sentraltilkobling.h"

#include "sync/sentralfeil.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

struct Par
{
    QString noekkel;
    QString verdi;
};

// Splits a libpq key=value string; values may be single-quoted with \' and \\ escapes.
bool lesPar(const QString &s, QList<Par> *ut, QString *feil)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (true) {
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n)
            return true;
        const qsizetype start = i;
        while (i < n && s[i] != u'=' && !s[i].isSpace())
            ++i;
        const QString noekkel = s.mid(start, i - start);
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n || s[i] != u'=' || noekkel.isEmpty()) {
            *feil = u"«%1» er ikke på formen nøkkel=verdi"_s.arg(noekkel);
            return false;
        }
        ++i;
        while (i < n && s[i].isSpace())
            ++i;
        QString verdi;
        if (i < n && s[i] == u'\'') {
            ++i;
            while (i < n && s[i] != u'\'') {
                if (s[i] == u'\\' && i + 1 < n)
                    ++i;
                verdi += s[i++];
            }
            if (i >= n) {
                *feil = u"verdien av %1 mangler avsluttende '"_s.arg(noekkel);
                return false;
            }
            ++i;
        } else {
            while (i < n && !s[i].isSpace())
                verdi += s[i++];
        }
        ut->append({noekkel, verdi});
    }
}

bool erForbindelsesfeil(const QSqlError &e)
{
    const QString kode = e.nativeErrorCode();
    return e.type() == QSqlError::ConnectionError || kode.isEmpty() || kode.startsWith(u"08"_s)
        || kode.startsWith(u"57"_s) || kode.startsWith(u"40"_s) || kode.startsWith(u"53"_s);
}

} // namespace

QString SentralTilkobling::kontroller(const QString &conninfo)
{
    QList<Par> par;
    QString feil;
    if (conninfo.trimmed().startsWith(u"postgres"_s))
        return u"bruk nøkkel=verdi-formen (host=… dbname=… user=…), ikke en URI"_s;
    if (!lesPar(conninfo, &par, &feil))
        return feil;
    for (const Par &p : std::as_const(par)) {
        if (p.noekkel == u"password")
            return u"passordet skal ikke stå i tilkoblingsteksten; bruk PGPASSWORD eller ~/.pgpass"_s;
    }
    return {};
}

SentralTilkobling::SentralTilkobling(const QString &conninfo)
{
    static QAtomicInteger<quint64> teller;
    const QString feil = kontroller(conninfo);
    if (!feil.isEmpty())
        throw SentralFeil(feil, SentralFeil::Art::Ugyldig);
    QList<Par> par;
    QString f;
    lesPar(conninfo, &par, &f);
    m_navn = u"tilsyn-sentral-%1"_s.arg(teller.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_navn);
    if (!db.isValid())
        throw SentralFeil(u"PostgreSQL-driveren (QPSQL) er ikke installert"_s, SentralFeil::Art::Utilgjengelig);
    QStringList valg{u"application_name=tilsynsklient"_s};
    for (const Par &p : std::as_const(par)) {
        if (p.noekkel == u"host")
            db.setHostName(p.verdi);
        else if (p.noekkel == u"dbname")
            db.setDatabaseName(p.verdi);
        else if (p.noekkel == u"user")
            db.setUserName(p.verdi);
        else if (p.noekkel == u"port")
            db.setPort(p.verdi.toInt());
        else
            valg.append(p.noekkel + u'=' + p.verdi);
    }
    db.setConnectOptions(valg.join(u';'));
    if (!db.open()) {
        const QString melding = db.lastError().text();
        throw SentralFeil(u"sentralen kan ikke nås: %1"_s.arg(melding.trimmed()), SentralFeil::Art::Utilgjengelig);
    }
}

SentralTilkobling::~SentralTilkobling()
{
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

} // namespace tilsyn
