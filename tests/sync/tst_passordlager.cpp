// The central password in the platform keychain (qtkeychain). Run twice by ctest:
// - tst_passordlager: with no session bus at all — the keychain is reported unusable in plain
//   words, quickly, and the connection falls back to libpq's own sources (a pgpass file);
// - tst_passordlager_nokkelring: under med-nokkelring.sh (dbus-run-session + gnome-keyring) —
//   a password stored there is the only way a user can log in, and a sync works with it.

#include "pgtestmiljo.h"
#include "synctestklient.h"

#include "sync/passordlager.h"
#include "sync/sentralfeil.h"
#include "sync/sentraltilkobling.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

namespace {

// Leaves only the keychain (or nothing) as the password source for this scope.
class UtenLibpqPassord final
{
public:
    explicit UtenLibpqPassord(const QString &pgpass = u"/nonexistent/pgpass"_s)
        : m_passord(qgetenv("PGPASSWORD")), m_fil(qgetenv("PGPASSFILE"))
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    }
    ~UtenLibpqPassord()
    {
        qputenv("PGPASSWORD", m_passord);
        if (m_fil.isEmpty())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", m_fil);
    }
    Q_DISABLE_COPY_MOVE(UtenLibpqPassord)

private:
    QByteArray m_passord;
    QByteArray m_fil;
};

} // namespace

class TstPassordLager final : public QObject
{
    Q_OBJECT

    bool m_ekte = false;

private slots:
    void initTestCase()
    {
        m_ekte = qEnvironmentVariable("TILSYN_NOKKELRING") == u"ekte";
        if (!m_ekte) // no keychain at all, whatever the machine has
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tilsyn-ingen-buss");
    }

    void noekkel() { QCOMPARE(PassordLager::noekkel(u"kari"_s, u"db.example"_s, u"tilsyn"_s), u"kari@db.example/tilsyn"_s); }

    void utenNokkelringKlarBeskjedOgIngenHenging()
    {
        if (m_ekte)
            QSKIP("this run has a Secret Service; the no-keychain case runs in tst_passordlager");
        QElapsedTimer tid;
        tid.start();
        const PassordLager::Svar svar = PassordLager::les(u"kari@x/y"_s);
        QVERIFY(!svar.ok);
        QVERIFY(!svar.finnes);
        QVERIFY2(svar.feil.contains(u"nøkkelring"_s), qPrintable(svar.feil));
        qInfo("%s", qUtf8Printable(svar.feil));
        const QString lagret = PassordLager::lagre(u"kari@x/y"_s, u"hemmelig"_s);
        QVERIFY2(lagret.contains(u"nøkkelring"_s), qPrintable(lagret));
        QVERIFY(tid.elapsed() < 2 * PassordLager::kVentMs + 1000);
    }

    void utenNokkelringBrukerPgpass()
    {
        if (m_ekte)
            QSKIP("this run has a Secret Service; the no-keychain case runs in tst_passordlager");
        if (!PgTestMiljo::tilgjengelig())
            QSKIP("no PostgreSQL (run the tests through scripts/test.sh)");
        PgTestMiljo pg;
        pg.opprettEmbete(u"agder"_s);
        const QString bruker = pg.opprettBruker(u"kari"_s, {u"agder"_s});
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(u"pgpass"_s);
        {
            QFile f(pgpass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("*:*:*:" + bruker.toUtf8() + ':' + qgetenv("PGPASSWORD") + '\n');
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        const UtenLibpqPassord uten(pgpass);
        const SentralTilkobling t(pg.conninfo(bruker)); // the keychain fails, pgpass works
        QVERIFY(t.db().isOpen());
    }

    void passordBareINokkelringen()
    {
        if (!m_ekte)
            QSKIP("no Secret Service could be started (needs dbus-run-session and gnome-keyring; "
                  "runs as tst_passordlager_nokkelring)");
        if (!PgTestMiljo::tilgjengelig())
            QSKIP("no PostgreSQL (run the tests through scripts/test.sh)");
        PgTestMiljo pg;
        pg.opprettEmbete(u"agder"_s);
        const QString bruker = pg.opprettBruker(u"kari"_s, {u"agder"_s});
        const QString passord = u"bare-i-nøkkelringen '\\ 7"_s;
        pg.admin()->kjoer(u"ALTER ROLE \"%1\" PASSWORD '%2'"_s.arg(bruker, QString(passord).replace(u'\'', u"''"_s)), {},
                          "kan ikke sette passordet");
        const QString ci = pg.conninfo(bruker);
        const auto par = ci.split(u' ');
        auto verdi = [&](const QString &n) {
            for (const QString &p : par) {
                if (p.startsWith(n + u'='))
                    return p.mid(n.size() + 1);
            }
            return QString();
        };
        const QString noekkel = PassordLager::noekkel(bruker, verdi(u"host"_s), verdi(u"dbname"_s));

        QVERIFY2(PassordLager::glem(noekkel).isEmpty(), "forgetting a missing entry is fine");
        const UtenLibpqPassord uten;
        try {
            const SentralTilkobling t(ci);
            QFAIL("connected without any password source");
        } catch (const SentralFeil &e) {
            QCOMPARE(e.art(), SentralFeil::Art::Utilgjengelig);
        }
        QCOMPARE(PassordLager::lagre(noekkel, passord), QString());
        const PassordLager::Svar svar = PassordLager::les(noekkel);
        QVERIFY2(svar.ok && svar.finnes, qPrintable(svar.feil));
        QCOMPARE(svar.passord, passord);

        QTemporaryDir dir;
        SyncTestKlient k(dir.path(), u"a"_s, ci);
        const QString id = k.nySak(u"agder"_s, 3);
        QCOMPARE(k.synk().pushet, 1);
        QVERIFY(k.hent(id)->saksnummer);

        QCOMPARE(PassordLager::glem(noekkel), QString());
        QVERIFY(!PassordLager::les(noekkel).finnes);
        QVERIFY_THROWS_EXCEPTION(SentralFeil, SentralTilkobling{ci});
    }
};

QTEST_GUILESS_MAIN(TstPassordLager)
#include "tst_passordlager.moc"
