// Every date input of the program is the same field (Datofelt) and reads a date as the caseworker
// types it: a table of the forms "21.12.2026", "21122026" and "21.12.26" typed with key events
// into every date field of the case editor, the follow-up window, statistics and the journal's
// registration dialog (nb UI). The journal's document date refuses a date after today (and says
// so); there the same three forms of a past date are typed. A date is also picked in the
// calendar pop-up with keys only (F4, arrows, Enter).

#include "caseeditor.h"
#include "datofelt.h"
#include "domain/katalog.h"
#include "journaldialoger.h"
#include "oppfolgingvisning.h"
#include "statistikkvisning.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "valgfridato.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

// The field's path of object names up to `topp`, e.g. "innsender.deres/deres_dato".
QString navn(const QWidget *w, const QWidget *topp)
{
    QStringList deler;
    for (const QWidget *p = w; p && p != topp; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            deler.prepend(p->objectName());
    return deler.join(u'/');
}

// Types `tekst` over whatever the field holds and confirms it with Enter, as a person does.
void skrivDato(Datofelt *d, const QString &tekst)
{
    QLineEdit *t = d->tekstfelt();
    QTest::keyClick(t, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(t, Qt::Key_Delete);
    QTest::keyClicks(t, tekst);
    QTest::keyClick(t, Qt::Key_Return);
}

struct Form
{
    QString tekst;
    QDate dato;
};

// The three forms of the issue, of a date after today (the program is tried on 1 Dec 2026) and
// of one before it, for a field that refuses later dates.
const QList<Form> framtid{{u"21.12.2026"_s, {2026, 12, 21}}, {u"21122026"_s, {2026, 12, 21}}, {u"21.12.26"_s, {2026, 12, 21}}};
const QList<Form> fortid{{u"21.11.2025"_s, {2025, 11, 21}}, {u"21112025"_s, {2025, 11, 21}}, {u"21.11.25"_s, {2025, 11, 21}}};

// A decided BM 5 case with one breach, so the follow-up window has a breach whose frist is typed.
Tilsynssak besluttetSak()
{
    Tilsynssak s;
    s.id = nyId();
    s.saksnummer = u"2026/17"_s;
    s.embete = u"innlandet"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2026, 1, 5);
    s.saksbehandler = u"kari"_s;
    s.kilder = {u"pasient-bruker"_s};
    s.temaer = {u"he-forsvarlighet"_s};
    s.brukerinvolvering = Brukerinvolvering{true, false, u"Telefon"_s};
    s.behandlingsmaate = 5;
    s.avsluttet = QDate(2026, 3, 2);
    s.utfall = u"lovbrudd"_s;
    s.tilsynsobjekter = {Tilsynsobjekt{u"o1"_s, u"virksomhet"_s, u"Sykehuset Innlandet HF"_s, u"spesialist"_s,
                                       u"974760673"_s, {}, {}, {}}};
    s.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, u"Oppfølgingen var ikke forsvarlig."_s}};
    return s;
}

} // namespace

class TestDatofelter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_spraak.load(u":/i18n/tilsynsklient_nb.qm"_s) && QCoreApplication::installTranslator(&m_spraak));
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QVERIFY(m_dir.isValid());
        m_dbSti = m_dir.filePath(u"saker.sqlite"_s);
        m_store = Store::aapne(m_dbSti);
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_oppfolging = std::make_unique<OppfolgingRepository>(*m_store, *m_repo, Katalog::innebygd());
    }

    void cleanupTestCase()
    {
        m_oppfolging.reset();
        m_repo.reset();
        m_store.reset();
    }

    // Every date field of every window: the three forms each, typed with keys.
    void hvertDatofelt()
    {
        CaseEditor editor(*m_repo, Katalog::innebygd(), u"kari"_s);
        editor.nySak(u"vestland"_s);
        // A subject, so that its form (with its Deres dato) takes input: the button, by Space.
        auto *leggTil = editor.findChild<QPushButton *>(u"leggTilObjekt"_s);
        QVERIFY(leggTil);
        QTest::keyClick(leggTil, Qt::Key_Space);
        QCOMPARE(editor.sak().tilsynsobjekter.size(), 1);
        const Tilsynssak sak = besluttetSak();
        QVERIFY(m_repo->lagre(sak, {u"kari"_s}).ok());
        QVERIFY(m_oppfolging->start(sak.id, QDate(2026, 5, 3), Endringskontekst{.bruker = u"kari"_s}).isEmpty());
        OppfolgingVisning oppfolging(*m_oppfolging, *m_repo, Katalog::innebygd(), u"kari"_s);
        QVERIFY(oppfolging.velgSak(sak.id));
        StatistikkVisning statistikk(m_dbSti, Katalog::innebygd());
        // Its own period (not a whole year): the box before the two dates, ticked with Space.
        auto *egenPeriode = statistikk.findChild<QCheckBox *>(u"egenPeriode"_s);
        QVERIFY(egenPeriode && !egenPeriode->isChecked());
        QTest::keyClick(egenPeriode, Qt::Key_Space);
        RegistreringDialog journal(u"I"_s, NyJournalpost{});
        RegistreringDialog notat(u"N"_s, NyJournalpost{});
        const QList<std::pair<QString, QWidget *>> vinduer{
            {u"saksbehandling"_s, &editor}, {u"oppfolging"_s, &oppfolging}, {u"statistikk"_s, &statistikk},
            {u"journal I"_s, &journal}, {u"journal N"_s, &notat}};
        QStringList felter;
        for (const auto &[vindunavn, vindu] : vinduer) {
            vindu->show();
            QVERIFY(QTest::qWaitForWindowExposed(vindu));
            for (Datofelt *d : vindu->findChildren<Datofelt *>()) {
                const QString felt = vindunavn + u": "_s + navn(d, vindu);
                felter.append(felt);
                // An optional date (sent on, meeting, closed …) is ticked with Space first.
                if (auto *valgfri = qobject_cast<ValgfriDato *>(d->parentWidget()))
                    if (!valgfri->avkrysning()->isChecked())
                        QTest::keyClick(valgfri->avkrysning(), Qt::Key_Space);
                QVERIFY2(d->tekstfelt()->isEnabled(), qPrintable(felt));
                const bool senestIDag = vindu == &journal || vindu == &notat;
                for (const Form &f : senestIDag ? fortid : framtid) {
                    skrivDato(d, u"01.01.2020"_s);
                    QCOMPARE(d->dato(), QDate(2020, 1, 1));
                    skrivDato(d, f.tekst);
                    QVERIFY2(d->dato() == f.dato, qPrintable(felt + u" «"_s + f.tekst + u"» → "_s + d->dato().toString()));
                    QVERIFY2(d->feil().isEmpty(), qPrintable(felt + u": "_s + d->feil()));
                    QCOMPARE(d->tekstfelt()->text(), f.dato.toString(u"dd.MM.yyyy"_s));
                }
                if (senestIDag) { // a later date is refused, said, and the date stays
                    skrivDato(d, u"21.12.2099"_s);
                    QCOMPARE(d->dato(), QDate(2025, 11, 21));
                    QVERIFY2(d->feil().contains(u"21.12.2099"_s), qPrintable(d->feil()));
                }
            }
            vindu->hide();
        }
        felter.sort();
        // The date inputs there are (a new one must be added here, and so to this table).
        const QStringList ventet{
            u"journal I: dokumentdato"_s,
            u"journal N: dokumentdato"_s,
            u"oppfolging: dato"_s,
            u"oppfolging: kravBoks/frist"_s,
            u"saksbehandling: sakfaner/avsluttet/dato"_s,
            u"saksbehandling: sakfaner/innsender.deres/deres_dato/dato"_s,
            u"saksbehandling: sakfaner/mote/dato"_s,
            u"saksbehandling: sakfaner/mottatt"_s,
            u"saksbehandling: sakfaner/objektskjema/deres/deres_dato/dato"_s,
            u"saksbehandling: sakfaner/oversendt/dato"_s,
            u"saksbehandling: sakfaner/rapport_mottatt/dato"_s,
            u"statistikk: fra"_s,
            u"statistikk: til"_s,
        };
        QCOMPARE(felter, ventet);
        // The case editor's own dates reached the case.
        QCOMPARE(editor.sak().mottatt, QDate(2026, 12, 21));
    }

    // F4 opens the calendar on the field's date; the arrows move the day, Enter takes it.
    void kalenderMedTaster()
    {
        NyJournalpost forslag;
        forslag.dokumentdato = QDate(2025, 11, 21);
        RegistreringDialog d(u"I"_s, forslag);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *felt = d.findChild<Datofelt *>(u"dokumentdato"_s);
        QVERIFY(felt);
        QCOMPARE(felt->dato(), QDate(2025, 11, 21));
        QTest::keyClick(felt->tekstfelt(), Qt::Key_F4);
        QWidget *popup = QApplication::activePopupWidget();
        QVERIFY(popup);
        QVERIFY(popup->focusWidget());
        QTest::keyClick(popup->focusWidget(), Qt::Key_Left);  // 20.11.
        QTest::keyClick(popup->focusWidget(), Qt::Key_Down);  // 27.11.
        QTest::keyClick(popup->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(felt->dato(), QDate(2025, 11, 27));
        QCOMPARE(felt->tekstfelt()->text(), u"27.11.2025"_s);
        QCOMPARE(d.post().dokumentdato, QDate(2025, 11, 27));
    }

private:
    QTranslator m_spraak;
    QTemporaryDir m_dir;
    QString m_dbSti;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_repo;
    std::unique_ptr<OppfolgingRepository> m_oppfolging;
};

QTEST_MAIN(TestDatofelter)
#include "tst_datofelter.moc"
