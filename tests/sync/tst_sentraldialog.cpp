// The central store settings dialog, offscreen: fields to connection string and back, the
// password never in the settings file (only in the keychain, when there is one), and "Test
// connection" against the real server, off the GUI thread.

#include "pgtestmiljo.h"

#include "sentraldialog.h"
#include "sync/passordlager.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tilsyn;
using namespace tilsyn::test;
using namespace Qt::StringLiterals;

class TstSentralDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_ekte = false;

    static QString felt(SentralDialog &d, const char *navn) { return d.findChild<QLineEdit *>(QLatin1String(navn))->text(); }
    static void skriv(SentralDialog &d, const char *navn, const QString &tekst)
    {
        QLineEdit *e = d.findChild<QLineEdit *>(QLatin1String(navn));
        e->clear();
        QTest::keyClicks(e, tekst);
    }
    static QComboBox *ssl(SentralDialog &d) { return d.findChild<QComboBox *>(u"sslmode"_s); }

private slots:
    void initTestCase()
    {
        m_ekte = qEnvironmentVariable("TILSYN_NOKKELRING") == u"ekte";
        if (!m_ekte) // no keychain at all, whatever the machine has
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tilsyn-ingen-buss");
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

    void feltTilConninfo()
    {
        SentralDialog d{QString()};
        QCOMPARE(ssl(d)->currentText(), u"verify-full"_s); // a new connection is verified
        QCOMPARE(d.conninfo(), QString());
        skriv(d, "vert", u"db.example.no"_s);
        skriv(d, "port", u"5433"_s);
        skriv(d, "dbnavn", u"tilsyn"_s);
        skriv(d, "bruker", u"kari"_s);
        skriv(d, "ovrige", u"sslrootcert='/etc/my certs/ca.pem' password=x"_s);
        QCOMPARE(d.conninfo(), u"host=db.example.no port=5433 dbname=tilsyn user=kari sslmode=verify-full "
                               u"sslrootcert='/etc/my certs/ca.pem'"_s); // never a password
        QCOMPARE(d.noekkel(), u"kari@db.example.no/tilsyn"_s);
        d.accept(); // a password among the options: refused with the reason
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY2(d.melding().contains(u"password field"_s), qPrintable(d.melding()));
        QVERIFY(!QSettings().contains(u"sentral/conninfo"_s));
        ssl(d)->setCurrentText(u"require"_s);
        QVERIFY(d.conninfo().contains(u"sslmode=require"_s));
        bool advart = false;
        for (const QLabel *l : d.findChildren<QLabel *>())
            advart = advart || l->text().startsWith(u"Weaker"_s);
        QVERIFY(advart);
        if (const QString sti = qEnvironmentVariable("TILSYN_SKJERMBILDE"); !sti.isEmpty()) {
            d.adjustSize();
            QVERIFY(d.grab().save(sti)); // a look at the layout
        }
    }

    // A Unix socket has no SSL: the line under sslmode says so instead of promising a certificate check (a19).
    void sokkelHarIkkeSsl()
    {
        SentralDialog d{QString()};
        auto *hint = [&d] {
            for (QLabel *l : d.findChildren<QLabel *>())
                if (l->text().startsWith(u"Checks the server certificate"_s))
                    return l;
            return static_cast<QLabel *>(nullptr);
        }();
        QVERIFY(hint);
        skriv(d, "vert", u"/tmp/proeve14/pg"_s);
        QVERIFY2(hint->text().contains(u"no SSL is used"_s), qUtf8Printable(hint->text()));
        skriv(d, "vert", u"db.example.no"_s);
        QCOMPARE(hint->text(), u"Checks the server certificate and its host name."_s);
    }

    void conninfoTilFeltOgTilbake_data()
    {
        QTest::addColumn<QString>("inn");
        QTest::addColumn<QString>("vert");
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("ssl");
        QTest::addColumn<QString>("ut");
        QTest::newRow("enkel") << u"host=h dbname=d user=u sslmode=verify-full"_s << u"h"_s << u"d"_s << u"verify-full"_s
                               << u"host=h dbname=d user=u sslmode=verify-full"_s;
        QTest::newRow("sitert") << u"host = 'my host' dbname='it\\'s' user=u port=6 sslmode=disable connect_timeout=5"_s
                                << u"my host"_s << u"it's"_s << u"disable"_s
                                << u"host='my host' port=6 dbname='it\\'s' user=u sslmode=disable connect_timeout=5"_s;
        QTest::newRow("uten sslmode") << u"dbname=d user=u"_s << QString() << u"d"_s << u"prefer"_s
                                      << u"dbname=d user=u sslmode=prefer"_s;
    }

    void conninfoTilFeltOgTilbake()
    {
        QFETCH(QString, inn);
        QFETCH(QString, ut);
        SentralDialog d(inn);
        QTEST(felt(d, "vert"), "vert");
        QTEST(felt(d, "dbnavn"), "db");
        QTEST(ssl(d)->currentText(), "ssl");
        QCOMPARE(d.conninfo(), ut);
        QCOMPARE(SentralDialog(ut).conninfo(), ut); // stable
    }

    void passordAldriIInnstillingene()
    {
        const QString passord = u"Sv4rt-hemmelig"_s;
        SentralDialog d(u"host=h dbname=d user=u sslmode=verify-full"_s);
        skriv(d, "passord", passord);
        d.accept();
        QSettings().sync();
        QFile fil(QSettings().fileName());
        if (m_ekte) {
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QCOMPARE(PassordLager::les(d.noekkel()).passord, passord);
            QVERIFY(fil.open(QIODevice::ReadOnly));
            const QByteArray innhold = fil.readAll();
            QVERIFY(innhold.contains("host=h dbname=d user=u sslmode=verify-full"));
            QVERIFY(!innhold.contains(passord.toUtf8()));
            d.findChild<QPushButton *>(u"glem"_s)->click();
            QVERIFY(!PassordLager::les(d.noekkel()).finnes);
        } else {
            // No keychain: the dialog says why, stays open, and stores nothing.
            QCOMPARE(d.result(), int(QDialog::Rejected));
            QVERIFY2(d.melding().contains(u"nøkkelring"_s), qPrintable(d.melding()));
            QVERIFY(!fil.exists() || !fil.open(QIODevice::ReadOnly) || !fil.readAll().contains(passord.toUtf8()));
        }
        QVERIFY(!QSettings().value(u"sentral/conninfo"_s).toString().contains(passord));
    }

    void testTilkobling()
    {
        if (!PgTestMiljo::tilgjengelig())
            QSKIP("no PostgreSQL (run the tests through scripts/test.sh)");
        PgTestMiljo pg;
        pg.opprettEmbete(u"agder"_s);
        const QString bruker = pg.opprettBruker(u"kari"_s, {u"agder"_s});
        SentralDialog d(pg.conninfo(bruker) + u" sslmode=disable"_s);
        QSignalSpy ferdig(&d, &SentralDialog::testFerdig);
        d.findChild<QPushButton *>(u"test"_s)->click();
        QVERIFY(d.tester() || ferdig.size() == 1); // runs off the GUI thread
        QTRY_COMPARE_WITH_TIMEOUT(ferdig.size(), 1, 30000);
        QVERIFY2(ferdig.last().at(0).toBool(), qPrintable(ferdig.last().at(1).toString()));
        QVERIFY(d.melding().startsWith(u"Connected"_s));

        skriv(d, "dbnavn", u"finnes_ikke"_s);
        d.testTilkobling();
        QTRY_COMPARE_WITH_TIMEOUT(ferdig.size(), 2, 30000);
        QVERIFY(!ferdig.last().at(0).toBool());
        QVERIFY2(d.melding().contains(u"sentralen kan ikke nås"_s) && d.melding().contains(u"finnes_ikke"_s),
                 qPrintable(d.melding()));
    }
};

QTEST_MAIN(TstSentralDialog)
#include "tst_sentraldialog.moc"
