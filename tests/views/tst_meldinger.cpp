// Messages and choices name things as the caseworker sees them (issue 10): a save refused by the
// validation names the provision by law, § and name, the subject by its name and the catalogue's
// entries by their names, in the UI's language (nb and nn), never by code; the provision field
// shows a name also for a provision that does not fit the subject; the provision picker does not
// offer a provision that cannot be assessed against the subject and says why when it is searched
// for; an outcome the assessments rule out cannot be chosen and says why. The real MainWindow,
// offscreen, driven by QTest key events.

#include "caseeditor.h"
#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "items/innstillinger.h"
#include "mainwindow.h"
#include "oversettelser.h"
#include "store/sakrepository.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

void tast(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QWidget *w = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
    if (!w)
        w = QApplication::activeWindow();
    QVERIFY(w);
    QTest::keyClick(w, k, m);
}

void alt(Qt::Key k)
{
    tast(k, Qt::AltModifier);
    QTest::qWait(50);
}

QString fokus()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

// Moves the focus to `felt` with the letter of the label that names it, as a caseworker would.
void medBokstav(QWidget *side, QWidget *felt)
{
    for (QLabel *l : side->findChildren<QLabel *>()) {
        if (l->buddy() == felt && l->isVisible()) {
            alt(Qt::Key(QKeySequence::mnemonic(l->text())[0].key()));
            return;
        }
    }
    QFAIL(qPrintable(u"no label names %1"_s.arg(felt->objectName())));
}

// With TILSYN_SKJERMBILDER set, the window as a picture there (to look at).
void bilde(QWidget *vindu, const QString &navn)
{
    const QString mappe = qEnvironmentVariable("TILSYN_SKJERMBILDER");
    if (!mappe.isEmpty()) {
        QTest::qWait(100);
        vindu->grab().save(mappe + u'/' + navn + u".png"_s);
    }
}

// A BM 5 health case: a nursing home and a doctor, the doctor's breach of hpl. § 4.
Tilsynssak sak()
{
    Tilsynssak s;
    s.id = u"2f1c5a7e-1b2c-4d3e-8f40-0123456789ab"_s;
    s.embete = u"innlandet"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2026, 10, 1);
    s.kilder = {u"pasient-bruker"_s};
    s.brukerinvolvering = Brukerinvolvering{true, false, QString()};
    s.behandlingsmaate = 5;
    s.utfall = u"lovbrudd"_s;
    s.tilsynsobjekter = {
        Tilsynsobjekt{u"o1"_s, u"virksomhet"_s, u"Haugen sykehjem"_s, u"kommunal"_s, {}, {}, {}, {}},
        Tilsynsobjekt{u"o2"_s, u"helsepersonell"_s, u"Lege Berg"_s, u"kommunal"_s, {}, u"1234567"_s, {}, {}},
    };
    s.vurderinger = {
        Vurdering{u"hpl-4"_s, u"o2"_s, u"lovbrudd"_s, u"Uforsvarlig."_s},
        Vurdering{u"hol-4-1"_s, u"o1"_s, u"ikke-lovbrudd"_s, QString()},
    };
    return s;
}

} // namespace

class TestMeldinger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_store->registrerKatalog(Katalog::innebygd());
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        const SakRepository::Resultat r = m_repo->lagre(sak(), Endringskontekst{u"kari"_s});
        QVERIFY2(r.ok(), r.problemer.isEmpty() ? "" : qPrintable(r.problemer.constFirst().melding));
    }

    void init()
    {
        QSettings().clear();
        Innstillinger::embete.sett(u"innlandet"_s);
    }

    void spraak_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::addColumn<QString>("paragraf4");  // hpl. § 4 as the picker shows it
        QTest::addColumn<QString>("paragraf16"); // hpl. § 16 in running text
        QTest::addColumn<QString>("virksomhet");
        QTest::addColumn<QString>("innledende");
        QTest::addColumn<QString>("lovbrudd");
        QTest::addColumn<QString>("ikkeVurderes"); // a word of the provision-and-subject message
        QTest::newRow("nb") << u"nb"_s << u"Helsepersonelloven § 4 – Helsefaglig forsvarlighet for øvrig"_s
                            << u"helsepersonelloven § 16 – Organisering av virksomhet"_s << u"Virksomhet"_s
                            << u"Avsluttet etter innledende utredning"_s << u"Lovbrudd"_s << u"kan ikke vurderes"_s;
        QTest::newRow("nn") << u"nn"_s << u"Helsepersonellova § 4 – Helsefagleg forsvarlegheit elles"_s
                            << u"helsepersonellova § 16 – Organisering av verksemd"_s << u"Verksemd"_s
                            << u"Avslutta etter innleiande utgreiing"_s << u"Lovbrot"_s << u"kan ikkje vurderast"_s;
    }

    // 1 and 3: a provision that does not fit its subject: the save message names the provision,
    // the subject and its type, in the UI's language; the field shows the provision's name.
    void lagringsmeldingNavngir_data() { spraak_data(); }
    void lagringsmeldingNavngir()
    {
        QFETCH(QString, spraak);
        QFETCH(QString, paragraf4);
        QFETCH(QString, virksomhet);
        QFETCH(QString, ikkeVurderes);
        QVERIFY(m_oversettelser.last(spraak));
        std::unique_ptr<MainWindow> w = vindu();
        CaseEditor *e = w->editor();
        QStringList varsler;
        e->settDialoger([](const QString &) { return true; }, [&](const QString &t) { varsler.append(t); });
        w->aapneSak(sak().id);
        QTRY_VERIFY(e->harSak() && e->isVisible());
        alt(Qt::Key_4);
        auto *faner = e->findChild<QTabWidget *>(u"sakfaner"_s);
        auto *objekt = e->findChild<QComboBox *>(u"objekt"_s);
        medBokstav(faner->currentWidget(), objekt);
        QCOMPARE(fokus(), u"objekt"_s);
        tast(Qt::Key_Up); // the doctor's hpl. § 4 now against the nursing home
        QCOMPARE(e->sak().vurderinger[0].objekt, u"o1"_s);
        tast(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(varsler.size(), 1);
        const QString &m = varsler[0];
        qInfo("%s", qPrintable(m));
        QVERIFY2(m.contains(paragraf4.left(1).toLower() + paragraf4.mid(1)) && m.contains(u"«Haugen sykehjem»"_s)
                     && m.contains(u"«%1»"_s.arg(virksomhet)) && m.contains(ikkeVurderes),
                 qPrintable(m));
        for (const QString &kode : {u"hpl-4"_s, u"«o1»"_s, u"«o2»"_s, u"«virksomhet»"_s, u"«helsepersonell»"_s})
            QVERIFY2(!m.contains(kode), qPrintable(kode + u" in: "_s + m));
        // 3: the field shows the provision by name (it is no longer in the subject's list).
        auto *bestemmelse = e->findChild<QComboBox *>(u"bestemmelse"_s);
        QCOMPARE(bestemmelse->currentText(), paragraf4);
        QCOMPARE(bestemmelse->lineEdit()->text(), paragraf4);
        bilde(w.get(), u"feil-bestemmelse-"_s + spraak);
        // ... and it is not offered for another assessment.
        const QStandardItem *rad = qobject_cast<QStandardItemModel *>(bestemmelse->model())->item(bestemmelse->currentIndex());
        QVERIFY(!rad->isEnabled());
        e->forkastEndringer();
    }

    // 4: the picker does not offer helsepersonelloven § 16 for the doctor, and says why when
    // the caseworker searches for it.
    void velgerenTilbyrBareDetSomPasser_data() { spraak_data(); }
    void velgerenTilbyrBareDetSomPasser()
    {
        QFETCH(QString, spraak);
        QFETCH(QString, paragraf16);
        QFETCH(QString, ikkeVurderes);
        QVERIFY(m_oversettelser.last(spraak));
        std::unique_ptr<MainWindow> w = vindu();
        CaseEditor *e = w->editor();
        w->aapneSak(sak().id);
        QTRY_VERIFY(e->harSak() && e->isVisible());
        alt(Qt::Key_4);
        auto *faner = e->findChild<QTabWidget *>(u"sakfaner"_s);
        auto *bestemmelse = e->findChild<QComboBox *>(u"bestemmelse"_s);
        medBokstav(faner->currentWidget(), bestemmelse);
        QCOMPARE(fokus(), u"bestemmelse"_s);
        QCOMPARE(bestemmelse->currentData().toString(), u"hpl-4"_s); // the doctor's assessment
        QCOMPARE(bestemmelse->findData(u"hpl-16"_s), -1);
        QVERIFY(bestemmelse->findData(u"hpl-15"_s) >= 0);
        auto *grunn = e->findChild<QLabel *>(u"bestemmelseGrunn"_s);
        QVERIFY(grunn);
        QVERIFY(!grunn->isVisible());
        bestemmelse->lineEdit()->selectAll();
        QTest::keyClicks(bestemmelse->lineEdit(), u"§ 16"_s);
        QTRY_VERIFY(grunn->isVisible());
        QVERIFY2(grunn->text().contains(paragraf16) && grunn->text().contains(u"«Lege Berg»"_s)
                     && grunn->text().contains(ikkeVurderes) && !grunn->text().contains(u"hpl-16"_s),
                 qPrintable(grunn->text()));
        QCOMPARE(bestemmelse->accessibleDescription(), grunn->text());
        bilde(w.get(), u"velger-"_s + spraak);
        tast(Qt::Key_Escape);
        QCOMPARE(e->sak().vurderinger[0].bestemmelse, u"hpl-4"_s);
        e->forkastEndringer();
    }

    // 4: with a lovbrudd among the assessments, "avsluttet etter innledende utredning" (and
    // "ikke lovbrudd") cannot be chosen with the keys, and the field says why.
    void utfallSomIkkeKanVelges_data() { spraak_data(); }
    void utfallSomIkkeKanVelges()
    {
        QFETCH(QString, spraak);
        QFETCH(QString, innledende);
        QFETCH(QString, lovbrudd);
        QVERIFY(m_oversettelser.last(spraak));
        std::unique_ptr<MainWindow> w = vindu();
        CaseEditor *e = w->editor();
        w->aapneSak(sak().id);
        QTRY_VERIFY(e->harSak() && e->isVisible());
        alt(Qt::Key_3);
        auto *faner = e->findChild<QTabWidget *>(u"sakfaner"_s);
        auto *utfall = e->findChild<QComboBox *>(u"utfall"_s);
        medBokstav(faner->currentWidget(), utfall);
        QCOMPARE(fokus(), u"utfall"_s);
        QStringList sett;
        for (Qt::Key k : {Qt::Key_Up, Qt::Key_Up, Qt::Key_Up, Qt::Key_Home, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down,
                          Qt::Key_End, Qt::Key_A, Qt::Key_A}) {
            tast(k);
            sett.append(e->sak().utfall.value_or(u"-"_s));
        }
        QVERIFY2(!sett.contains(u"innledende"_s) && !sett.contains(u"ikke-lovbrudd"_s), qPrintable(sett.join(u' ')));
        QVERIFY(sett.contains(u"lovbrudd"_s));
        auto *grunn = e->findChild<QLabel *>(u"utfallGrunn"_s);
        QVERIFY(grunn);
        QVERIFY(grunn->isVisible());
        QVERIFY2(grunn->text().contains(u"«%1»"_s.arg(innledende)) && grunn->text().contains(u"«%1»"_s.arg(lovbrudd))
                     && !grunn->text().contains(u"innledende»"_s),
                 qPrintable(grunn->text()));
        QCOMPARE(utfall->itemText(utfall->findData(u"innledende"_s)), innledende);
        bilde(w.get(), u"utfall-"_s + spraak);
        e->forkastEndringer();
    }

private:
    std::unique_ptr<MainWindow> vindu()
    {
        auto w = std::make_unique<MainWindow>(*m_store, *m_repo, Katalog::innebygd(), u"kari.nordmann"_s);
        w->resize(1366, 740);
        w->show();
        w->activateWindow();
        [&] { QVERIFY(QTest::qWaitForWindowActive(w.get())); }();
        return w;
    }

    QTemporaryDir m_dir;
    Oversettelser m_oversettelser;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
};

QTEST_MAIN(TestMeldinger)
#include "tst_meldinger.moc"
