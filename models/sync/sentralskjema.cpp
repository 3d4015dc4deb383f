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

// The statements of a migration script, split at top-level semicolons (outside quotes, dollar
// quotes and comments), so each runs on its own and a failure names its statement (a script sent
// whole reports only that the transaction was aborted).
QStringList setninger(const QString &skript)
{
    QStringList ut;
    QString naa;
    QString dollar; // the open $tag$, if any
    const qsizetype n = skript.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = skript[i];
        if (!dollar.isEmpty()) {
            if (skript.mid(i, dollar.size()) == dollar) {
                naa += dollar;
                i += dollar.size() - 1;
                dollar.clear();
            } else {
                naa += c;
            }
            continue;
        }
        if (c == u'-' && i + 1 < n && skript[i + 1] == u'-') {
            while (i < n && skript[i] != u'\n')
                ++i;
            naa += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype slutt = skript.indexOf(c, i + 1);
            const qsizetype til = slutt < 0 ? n - 1 : slutt;
            naa += skript.mid(i, til - i + 1);
            i = til;
            continue;
        }
        if (c == u'$') {
            qsizetype j = i + 1;
            while (j < n && (skript[j].isLetterOrNumber() || skript[j] == u'_'))
                ++j;
            if (j < n && skript[j] == u'$' && !(j > i + 1 && skript[i + 1].isDigit())) {
                dollar = skript.mid(i, j - i + 1);
                naa += dollar;
                i = j;
                continue;
            }
        }
        if (c == u';') {
            if (!naa.trimmed().isEmpty())
                ut.append(naa.trimmed());
            naa.clear();
            continue;
        }
        naa += c;
    }
    if (!naa.trimmed().isEmpty())
        ut.append(naa.trimmed());
    return ut;
}

// Any number; the same for every program version, so concurrent inits wait for each other.
constexpr qint64 kInitLaas = 0x7469'6c73'796e;

} // namespace

int SentralSkjema::programversjon()
{
    // Read once: the migrations are built into the program, and every sync's status call asks.
    static const int versjon = [] {
        const auto m = migreringer();
        return m.empty() ? 0 : m.rbegin()->first;
    }();
    return versjon;
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
            const QString navn = QFileInfo(fil).fileName();
            for (const QString &setning : setninger(QString::fromUtf8(f.readAll()))) {
                try {
                    t.kjoer(setning, {}, "migreringen av sentralen feilet");
                } catch (const SentralFeil &e) {
                    throw SentralFeil(u"%1 (%2, ved «%3»); ingenting er endret"_s
                                          .arg(e.melding(), navn, setning.left(80).simplified()),
                                      e.art());
                }
            }
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
