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

    // Version 5 drops a saved split of the main window once (mostly the old 43 % default, which kept
    // Tilsynsobjekt off-screen at 1366 px) and keeps the case list's columns the caseworker set.
    void versjon5GlemmerDelingenMenIkkeKolonnene()
    {
        Innstillinger::versjon.sett(4);
        Innstillinger::splitter.sett(QByteArray("delt 43/57"));
        Innstillinger::listekolonner.sett(QByteArray("Kari sine kolonner"));
        Innstillinger::migrer();
        QVERIFY(Innstillinger::splitter.verdi().isEmpty());
        QCOMPARE(Innstillinger::listekolonner.verdi(), QByteArray("Kari sine kolonner"));
        QCOMPARE(Innstillinger::versjon.verdi(), 5);
        Innstillinger::splitter.sett(QByteArray("flyttet av Kari"));
        Innstillinger::migrer(); // once
        QCOMPARE(Innstillinger::splitter.verdi(), QByteArray("flyttet av Kari"));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QSettings(u"Unknown Organization"_s, QCoreApplication::applicationName()).clear();
    }
};

QTEST_GUILESS_MAIN(TestInnstillinger)
#include "tst_innstillinger.moc"
