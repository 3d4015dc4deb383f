#include "sentralskjema.h"

#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <map>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

std::map<int, QString> migreringer()
{
    std::map<int, QString> ut;
    QDirIterator it(u":/sql/central"_s, {u"*.sql"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString fil = it.next();
        const int nr = QFileInfo(fil).fileName().section(u'_', 0, 0).toInt();
        if (nr > 0)
            ut.emplace(nr, fil);
    }
    return ut;
}

// Any number; the same for every program version, so concurrent inits wait for each other.
constexpr qint64 kInitLaas = 0x7469'6c73'796e;

} // namespace

int SentralSkjema::programversjon()
{
    const auto m = migreringer();
    return m.empty() ? 0 : m.rbegin()->first;
}

SentralSkjema::Status SentralSkjema::les(const SentralTilkobling &t)
{
    Status s;
    QSqlQuery finnes = t.kjoer(u"SELECT to_regclass('tilsyn_meta') IS NOT NULL"_s, {}, "kan ikke lese sentralens skjema");
    if (!finnes.next() || !finnes.value(0).toBool())
        return s;
    QSqlQuery q = t.kjoer(u"SELECT noekkel, verdi FROM tilsyn_meta WHERE noekkel IN ('skjemaversjon', 'epoke')"_s,
                          {}, "kan ikke lese sentralens skjemaversjon");
    while (q.next()) {
        if (q.value(0).toString() == u"skjemaversjon")
            s.versjon = q.value(1).toInt();
        else
            s.epoke = q.value(1).toString();
    }
    return s;
}

int SentralSkjema::installer(const SentralTilkobling &t, QStringList *endringer)
{
    t.kjoer(u"BEGIN"_s, {}, "kan ikke starte transaksjon");
    try {
        t.kjoer(u"SELECT pg_advisory_xact_lock(?)"_s, {kInitLaas}, "kan ikke låse sentralen for oppgradering");
        const int fra = les(t).versjon;
        const int til = programversjon();
        if (fra > til) {
            throw SentralFeil(u"sentralen har skjemaversjon %1, nyere enn denne tilsynsklient (%2); "
                              u"nedgradering er ikke mulig — bruk en nyere tilsynsklient"_s.arg(fra).arg(til),
                              SentralFeil::Art::Skjema);
        }
        for (const auto &[nr, fil] : migreringer()) {
            if (nr <= fra)
                continue;
            QFile f(fil);
            if (!f.open(QIODevice::ReadOnly))
                throw SentralFeil(u"migrering %1 mangler i programmet"_s.arg(fil));
            // One script per exec: PostgreSQL runs the statements of a simple query in order.
            t.kjoer(QString::fromUtf8(f.readAll()), {}, "migreringen av sentralen feilet");
            t.kjoer(u"INSERT INTO tilsyn_meta (noekkel, verdi) VALUES ('skjemaversjon', ?) "
                    u"ON CONFLICT (noekkel) DO UPDATE SET verdi = excluded.verdi"_s,
                    {QString::number(nr)}, "kan ikke registrere skjemaversjonen");
        }
        // What an upgrade changed, as the migrations logged it (version 3 on: tilsyn_data.skjemalogg).
        if (endringer && fra > 0 && fra < til) {
            QSqlQuery logg = t.kjoer(u"SELECT melding FROM tilsyn_data.skjemalogg WHERE versjon > ? ORDER BY id"_s,
                                     {fra}, "kan ikke lese hva oppgraderingen endret");
            while (logg.next())
                endringer->append(logg.value(0).toString());
        }
        t.kjoer(u"COMMIT"_s, {}, "kan ikke fullføre oppgraderingen");
        return fra;
    } catch (...) {
        QSqlQuery rull(t.db());
        rull.exec(u"ROLLBACK"_s);
        throw;
    }
}

SentralSkjema::Status SentralSkjema::krevKompatibel(const SentralTilkobling &t)
{
    const Status s = les(t);
    const int min = programversjon();
    if (s.versjon == 0) {
        throw SentralFeil(u"sentralen er ikke installert; en administrator må kjøre "
                          u"«tilsynsklient central init»"_s, SentralFeil::Art::Skjema);
    }
    if (s.versjon < min) {
        throw SentralFeil(u"sentralen har skjemaversjon %1, men denne tilsynsklient trenger %2; en administrator "
                          u"må kjøre «tilsynsklient central init». Ingen endringer er sendt."_s.arg(s.versjon).arg(min),
                          SentralFeil::Art::Skjema);
    }
    if (s.versjon > min) {
        throw SentralFeil(u"sentralen har skjemaversjon %1, nyere enn denne tilsynsklient (%2); oppdater "
                          u"tilsynsklient. Ingen endringer er sendt."_s.arg(s.versjon).arg(min),
                          SentralFeil::Art::Skjema);
    }
    return s;
}

} // namespace tilsyn
