// Settings from builds that ran without an organisation name (Qt kept them under "Unknown
// Organization") are carried over once into the program's settings file, never over newer ones.

#include "items/innstillinger.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestInnstillinger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"tilsynsklient"_s);
        QCoreApplication::setApplicationName(u"tilsynsklient-innstillingstest"_s);
        QSettings().clear();
        QSettings gammel(u"Unknown Organization"_s, QCoreApplication::applicationName());
        gammel.clear();
        gammel.setValue(u"profil/navn"_s, u"Kari Nordmann"_s);
        gammel.setValue(u"sentral/conninfo"_s, u"host=db dbname=tilsyn user=kari"_s);
        gammel.sync();
    }

    void gamleInnstillingerFlyttesEnGang()
    {
        Innstillinger::migrer();
        QCOMPARE(Innstillinger::navn.verdi(), u"Kari Nordmann"_s);
        QCOMPARE(QSettings().value(u"sentral/conninfo"_s).toString(), u"host=db dbname=tilsyn user=kari"_s);
        QCOMPARE(Innstillinger::versjon.verdi(), Innstillinger::kVersjon);

        Innstillinger::navn.sett(u"Kari Ny"_s);
        Innstillinger::migrer(); // the settings file is no longer empty: nothing is copied again
        QCOMPARE(Innstillinger::navn.verdi(), u"Kari Ny"_s);
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QSettings(u"Unknown Organization"_s, QCoreApplication::applicationName()).clear();
    }
};

QTEST_GUILESS_MAIN(TestInnstillinger)
#include "tst_innstillinger.moc"
