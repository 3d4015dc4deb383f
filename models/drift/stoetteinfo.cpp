#include "stoetteinfo.h"

#include "drift/stoettelogg.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString enVerdi(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    return q.exec(sql) && q.next() ? q.value(0).toString() : u"?"_s;
}

QString utenHjem(QString sti)
{
    const QString hjem = QDir::homePath();
    if (!hjem.isEmpty() && sti.startsWith(hjem))
        sti = u"~"_s + sti.mid(hjem.size());
    return sti;
}

} // namespace

QString stoetteinformasjon(Store &store, const Stoetteinfo &info)
{
    QStringList l;
    l << u"Tilsynsklient %1"_s.arg(QCoreApplication::applicationVersion());
    l << u"Qt %1 (bygd med %2), SQLite %3"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                                  enVerdi(store, u"SELECT sqlite_version()"_s));
    l << u"System: %1, %2 %3, %4"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                        QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    l << u"Språk: %1"_s.arg(QLocale().name());
    l << u"Lager: %1 (%2 MiB), skjemaversjon %3 (programmet: %4)"_s.arg(
        utenHjem(store.sti()), QString::number(QFileInfo(store.sti()).size() / (1024.0 * 1024.0), 'f', 1),
        QString::number(store.versjon()), QString::number(Store::skjemaversjon()));
    l << u"Saker: %1; endringer som venter på synkronisering: %2; katalog: %3"_s.arg(
        enVerdi(store, u"SELECT count(*) FROM tilsynssak"_s),
        enVerdi(store, u"SELECT count(*) FROM outbox WHERE status = 'ventende'"_s),
        enVerdi(store, u"SELECT max(versjon) FROM katalog"_s));
    l << u"Sentralt lager: %1"_s.arg(info.sentralOppsatt ? u"satt opp"_s : u"ikke satt opp"_s);
    l << u"Synkronisering: %1"_s.arg(Stoettelogg::vask(info.synkstatus));
    l << u"Logg: %1"_s.arg(utenHjem(Stoettelogg::filsti()));
    const QStringList feil = Stoettelogg::sisteFeil();
    l << u"Siste advarsler og feil (%1):"_s.arg(feil.size());
    for (const QString &f : feil)
        l << u"  "_s + f;
    return l.join(u'\n') + u'\n';
}

} // namespace tilsyn
