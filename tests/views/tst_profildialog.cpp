// The first-run profile and Edit ▸ Settings (InnstillingerDialog) in bokmål and nynorsk on a
// 1366×768 screen (issue 10):
//  - letter approval is unticked by default in an office without a central store (no leader can
//    approve without one, DOMAIN.md §5 and ARCHITECTURE.md), and OK leaves the practice unset;
//    ticked and fixed with one; ticking it offline makes the standard types need approval;
//  - every label's Alt letter moves the focus to its field, Språk and Direkte telefon included;
//  - the wrapped texts (welcome, approval explanation) are whole.

#include "dialogvakt.h"
#include "innstillingerdialog.h"
#include "oversettelser.h"
#include "uisjekk.h"

#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "items/kontorpraksis.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace tilsyn;
using namespace Qt::StringLiterals;

class TstProfildialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogvakt::installer(); // as the desktop does
    }

    void init()
    {
        QSettings().clear();
    }

    void godkjenningAvUtenSentraltLager()
    {
        {
            InnstillingerDialog d(Katalog::innebygd());
            d.settFoersteGang();
            auto *boks = d.findChild<QCheckBox *>(u"godkjenningPaa"_s);
            QVERIFY(boks);
            QVERIFY(!boks->isChecked());
            QVERIFY(boks->isEnabled());
            // Said plainly for an office that will use a central store (a tryout, a01/b01).
            const QString forklaring = d.findChild<QLabel *>(u"godkjenningForklaring"_s)->text();
            QVERIFY2(forklaring.contains(u"approval turns on by itself once the central store is set up"_s),
                     qUtf8Printable(forklaring));
            fyllUt(d);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QVERIFY(!Kontorpraksis::godkjenning.erSatt()); // nothing chosen, nothing written
        QVERIFY(Kontorpraksis::typerSomKreverGodkjenning().isEmpty());
        // ... and what the line promised holds: with a central store, approval is on.
        QSettings().setValue(u"sentral/conninfo"_s, u"host=/tmp dbname=tilsyn user=kari"_s);
        QCOMPARE(Kontorpraksis::typerSomKreverGodkjenning(), Kontorpraksis::standardGodkjenningstyper());
        QSettings().remove(u"sentral/conninfo"_s);

        // Ticked offline: the office asks for approval of the standard types.
        {
            InnstillingerDialog d(Katalog::innebygd());
            auto *boks = d.findChild<QCheckBox *>(u"godkjenningPaa"_s);
            QVERIFY(!boks->isChecked());
            boks->setChecked(true);
            d.accept();
        }
        QCOMPARE(Kontorpraksis::godkjenning.verdi(), u"paa"_s);
        QCOMPARE(Kontorpraksis::typerSomKreverGodkjenning(), Kontorpraksis::standardGodkjenningstyper());
        {
            InnstillingerDialog d(Katalog::innebygd());
            QVERIFY(d.findChild<QCheckBox *>(u"godkjenningPaa"_s)->isChecked()); // as now in force
        }
    }

    void godkjenningPaaMedSentraltLager()
    {
        QSettings().setValue(u"sentral/conninfo"_s, u"host=sentral dbname=tilsyn user=kari"_s);
        InnstillingerDialog d(Katalog::innebygd());
        auto *boks = d.findChild<QCheckBox *>(u"godkjenningPaa"_s);
        QVERIFY(boks->isChecked());
        QVERIFY(!boks->isEnabled());
        fyllUt(d);
        d.accept();
        QVERIFY(!Kontorpraksis::godkjenning.erSatt());
        QCOMPARE(Kontorpraksis::typerSomKreverGodkjenning(), Kontorpraksis::standardGodkjenningstyper());
    }

    void tastaturOgTekst_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::addColumn<bool>("foersteGang");
        QTest::newRow("nb første gang") << u"nb"_s << true;
        QTest::newRow("nn første gang") << u"nn"_s << true;
        QTest::newRow("nb innstillinger") << u"nb"_s << false;
        QTest::newRow("nn innstillinger") << u"nn"_s << false;
    }

    void tastaturOgTekst()
    {
        QFETCH(QString, spraak);
        QFETCH(bool, foersteGang);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
        Oversettelser oversettelser;
        QVERIFY(oversettelser.last(spraak));
        InnstillingerDialog d(Katalog::innebygd());
        if (foersteGang)
            d.settFoersteGang();
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::qWait(50);
        const QStringList feil = uisjekk::avklipt(&d) + uisjekk::doedeAkseleratorer(&d) + uisjekk::tastaturfeil(&d);
        QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
        // The two the caseworker missed, by name.
        QTest::keyClick(&d, Qt::Key_S, Qt::AltModifier); // "&Språk:"
        QCOMPARE(QApplication::focusWidget(), d.findChild<QComboBox *>(u"spraak"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier); // "&Direkte telefon:"
        QCOMPARE(QApplication::focusWidget(), d.findChild<QLineEdit *>(u"profilTelefon"_s));
        auto *forklaring = d.findChild<QLabel *>(u"godkjenningForklaring"_s);
        QVERIFY(forklaring->height() >= forklaring->heightForWidth(forklaring->width()));
        QVERIFY(oversettelser.last(u"en"_s));
    }

private:
    static void fyllUt(InnstillingerDialog &d)
    {
        d.findChild<QLineEdit *>(u"profilNavn"_s)->setText(u"Kari Nordmann"_s);
        d.findChild<QLineEdit *>(u"profilTittel"_s)->setText(u"seniorrådgiver"_s);
        d.findChild<QLineEdit *>(u"profilTelefon"_s)->setText(u"61 26 60 00"_s);
        auto *embete = d.findChild<QComboBox *>(u"profilEmbete"_s);
        embete->setCurrentIndex(embete->findData(u"innlandet"_s));
        d.findChild<QLineEdit *>(u"profilGodkjenner"_s)->setText(u"Ola Nordmann"_s);
        d.findChild<QLineEdit *>(u"profilGodkjennerTittel"_s)->setText(u"seksjonssjef"_s);
    }
};

QTEST_MAIN(TstProfildialog)
#include "tst_profildialog.moc"
