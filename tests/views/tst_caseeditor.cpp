// Drives the real case editor offscreen, through its widgets (found by objectName), against a
// real SQLite store: a BM 5 case with two objects and three vurderinger, save, reopen, undo/redo,
// invalid states refused at the right field with nothing written, and a concurrent save refused.

#include "tastehjelp.h"
#include "caseeditor.h"
#include "datofelt.h"
#include "domain/katalog.h"
#include "items/sakutkast.h"
#include "objektliste.h"
#include "valgfridato.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QCompleter>
#include <QComboBox>
#include <QListWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include "items/innstillinger.h"
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

// Shown on its page of the editor: the pages are tabs, and a page not chosen hides its fields.
bool vist(const QWidget *w, const QWidget *editor)
{
    if (auto *faner = editor->findChild<QTabWidget *>(QStringLiteral("sakfaner")))
        for (int i = 0; i < faner->count(); ++i)
            if (faner->widget(i)->isAncestorOf(w))
                return w->isVisibleTo(faner->widget(i));
    return w->isVisibleTo(editor);
}

using test::finn;

// Chooses the entry with `data` as a user would (activated is what the editor listens to).
void velg(QComboBox *c, const QString &data)
{
    const int i = c->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    c->setCurrentIndex(i);
    emit c->activated(i);
}

QTableWidget *tabell(const QWidget *editor, const QString &navn)
{
    return finn<QTableWidget>(editor, navn);
}

// A field of subject `rad` in the subjects' form (the subject is selected first).
template<typename T>
T *objektfelt(QWidget *editor, int rad, const QString &navn)
{
    editor->findChild<ObjektListe *>()->velg(rad);
    auto *skjema = editor->findChild<QGroupBox *>(u"objektskjema"_s);
    if (navn.startsWith(u"deres_"))
        return skjema->findChild<QWidget *>(u"deres"_s)->findChild<T *>(navn);
    return skjema->findChild<T *>(navn);
}

} // namespace

using Endring = std::function<void(CaseEditor &)>;
Q_DECLARE_METATYPE(Endring)

class TestCaseEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() // the validation's messages in bokmål, the rest English
    { QStandardPaths::setTestModeEnabled(true); QVERIFY(m_valideringsspraak.load(u":/i18n/tilsynsklient_nb.qm"_s) && QCoreApplication::installTranslator(&m_valideringsspraak)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::aapne(m_dir->filePath(u"saker.sqlite"_s));
        m_repo = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_varsler.clear();
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_dir.reset();
    }

    void bm5MedToObjekterOgTreVurderinger()
    {
        auto editor = lagEditor();
        byggBm5Sak(*editor);
        QVERIFY2(editor->utkast()->problemer().isEmpty(), qPrintable(problemtekst(*editor)));
        QVERIFY(editor->erEndret());
        QVERIFY2(editor->lagre(), qPrintable(m_varsler.join(u'\n')));
        QVERIFY(!editor->erEndret());
        const Tilsynssak lagret = *m_repo->hent(editor->sak().id);
        QCOMPARE(lagret, editor->sak());
        QCOMPARE(lagret.behandlingsmaate, 5);
        QCOMPARE(lagret.tilsynsobjekter.size(), 2);
        QCOMPARE(lagret.vurderinger.size(), 3);
        QCOMPARE(lagret.tilsynsobjekter[0].navn, u"Hamar sykehus"_s);
        QCOMPARE(lagret.tilsynsobjekter[1].hpr, u"1234567"_s);
        QCOMPARE(lagret.vurderinger[2].begrunnelse, u"Første linje\nAndre linje"_s);
        QCOMPARE(lagret.vurderinger[1].objekt, lagret.tilsynsobjekter[1].id);
        QCOMPARE(lagret.utfall, u"lovbrudd"_s);

        // Reopen in a fresh editor: the widgets show what was saved.
        auto annen = lagEditor();
        QVERIFY(annen->aapne(lagret.id));
        QCOMPARE(annen->sak(), lagret);
        QCOMPARE(tabell(annen.get(), u"tilsynsobjekter"_s)->rowCount(), 2);
        QCOMPARE(tabell(annen.get(), u"vurderinger"_s)->rowCount(), 3);
        QCOMPARE(objektfelt<QLineEdit>(annen.get(), 0, u"navn"_s)->text(), u"Hamar sykehus"_s);
        QVERIFY(finn<QAbstractButton>(annen.get(), u"bm5"_s)->isChecked());
        QVERIFY(!finn<QLabel>(annen.get(), u"frist"_s)->text().isEmpty());
        QVERIFY(annen->undoStack()->count() == 0);

        // Undo/redo across the whole case, and typing merged into one step.
        QLineEdit *navn = objektfelt<QLineEdit>(annen.get(), 1, u"navn"_s);
        navn->setFocus();
        navn->selectAll();
        QTest::keyClicks(navn, u"Dr. Åse Berg"_s);
        QCOMPARE(annen->sak().tilsynsobjekter[1].navn, u"Dr. Åse Berg"_s);
        QCOMPARE(annen->undoStack()->count(), 1);
        velg(finn<QComboBox>(annen.get(), u"utfall"_s), u"ikke-lovbrudd"_s); // ruled out by the lovbrudd: not taken
        QVERIFY(annen->undoStack()->count() == 1 && finn<QComboBox>(annen.get(), u"utfall"_s)->currentData() == u"lovbrudd"_s);
        QVERIFY(finn<QLabel>(annen.get(), u"utfallGrunn"_s)->text().contains(u"kan ikke velges"_s));
        annen->undoStack()->undo();
        QCOMPARE(annen->sak(), lagret);
        QCOMPARE(navn->text(), lagret.tilsynsobjekter[1].navn);
        QVERIFY(!annen->erEndret());
        annen->undoStack()->redo();
        QCOMPARE(annen->sak().tilsynsobjekter[1].navn, u"Dr. Åse Berg"_s);
        QCOMPARE(annen->sak().utfall, u"lovbrudd"_s);
    }

    void fristForValgAvBmVises()
    {
        // Before a behandlingsmåte is chosen, the editor shows the office's soft target for
        // choosing one (default 14 days after mottatt); the setting changes it.
        auto editor = lagEditor();
        editor->nySak(u"innlandet"_s);
        auto *frist = finn<QLabel>(editor.get(), u"frist"_s);
        const QDate mottatt = editor->sak().mottatt;
        QVERIFY2(frist->text().contains(mottatt.addDays(14).toString(u"dd.MM.yyyy"_s)), qPrintable(frist->text()));
        Innstillinger::dagerTilValgAvBm.sett(7);
        auto annen = lagEditor();
        annen->nySak(u"innlandet"_s);
        QVERIFY2(finn<QLabel>(annen.get(), u"frist"_s)->text().contains(mottatt.addDays(7).toString(u"dd.MM.yyyy"_s)),
                 qPrintable(finn<QLabel>(annen.get(), u"frist"_s)->text()));
        Innstillinger::dagerTilValgAvBm.sett(14);
        finn<QAbstractButton>(annen.get(), u"bm1"_s)->click();
        QVERIFY(finn<QLabel>(annen.get(), u"frist"_s)->text().contains(mottatt.addDays(28).toString(u"dd.MM.yyyy"_s)));
    }

    void objektetsAdresseOgMaalform()
    {
        // Letters go to the subject's address in its written form (a kommune's språkvedtak).
        auto editor = lagEditor();
        editor->nySak(u"innlandet"_s);
        finn<QPushButton>(editor.get(), u"leggTilObjekt"_s)->click();
        QTest::keyClicks(objektfelt<QPlainTextEdit>(editor.get(), 0, u"adresse"_s), u"Postboks 1"_s);
        QTest::keyClick(objektfelt<QPlainTextEdit>(editor.get(), 0, u"adresse"_s), Qt::Key_Return);
        QTest::keyClicks(objektfelt<QPlainTextEdit>(editor.get(), 0, u"adresse"_s), u"2317 Hamar"_s);
        velg(objektfelt<QComboBox>(editor.get(), 0, u"maalform"_s), u"nn"_s);
        QCOMPARE(editor->sak().tilsynsobjekter[0].adresse, u"Postboks 1\n2317 Hamar"_s);
        QCOMPARE(editor->sak().tilsynsobjekter[0].maalform, u"nn"_s);
        editor->undoStack()->undo();
        QVERIFY(!editor->sak().tilsynsobjekter[0].maalform);
        QCOMPARE(objektfelt<QComboBox>(editor.get(), 0, u"maalform"_s)->currentData().toString(), QString());
        editor->undoStack()->redo();
        QCOMPARE(objektfelt<QComboBox>(editor.get(), 0, u"maalform"_s)->currentData().toString(), u"nn"_s);
    }

    void deresDatoRefOgAutorisasjon()
    {
        // Deres dato / Deres ref of each party and a health professional's authorisation (letters).
        auto editor = lagEditor();
        editor->nySak(u"innlandet"_s);
        finn<QLineEdit>(editor.get(), u"innsender.navn"_s)->setFocus();
        QTest::keyClicks(finn<QLineEdit>(editor.get(), u"innsender.navn"_s), u"Siri Haugland"_s);
        QWidget *innsender = finn<QWidget>(editor.get(), u"innsender.deres"_s);
        auto *innsenderDato = finn<ValgfriDato>(innsender, u"deres_dato"_s);
        innsenderDato->avkrysning()->click();
        innsenderDato->datofelt()->tekstfelt()->selectAll();
        QTest::keyClicks(innsenderDato->datofelt()->tekstfelt(), u"01.03.2024"_s);
        QTest::keyClick(innsenderDato->datofelt()->tekstfelt(), Qt::Key_Return);
        QTest::keyClicks(finn<QLineEdit>(innsender, u"deres_ref"_s), u"SH-1"_s);
        QCOMPARE(editor->sak().innsender->deresDato, QDate(2024, 3, 1));
        QCOMPARE(editor->sak().innsender->deresRef, u"SH-1"_s);

        finn<QPushButton>(editor.get(), u"leggTilObjekt"_s)->click();
        velg(objektfelt<QComboBox>(editor.get(), 0, u"type"_s), u"virksomhet"_s);
        QVERIFY(!objektfelt<QLineEdit>(editor.get(), 0, u"autorisasjon"_s)->isEnabled()); // not for a virksomhet
        velg(objektfelt<QComboBox>(editor.get(), 0, u"type"_s), u"helsepersonell"_s);
        QVERIFY(objektfelt<QLineEdit>(editor.get(), 0, u"autorisasjon"_s)->isEnabled());
        QTest::keyClicks(objektfelt<QLineEdit>(editor.get(), 0, u"autorisasjon"_s), u"lege"_s);
        QTest::keyClicks(objektfelt<QLineEdit>(editor.get(), 0, u"deres_ref"_s), u"HBE 24/1234"_s);
        auto *dato = objektfelt<ValgfriDato>(editor.get(), 0, u"deres_dato"_s);
        dato->avkrysning()->click();
        dato->datofelt()->tekstfelt()->selectAll();
        QTest::keyClicks(dato->datofelt()->tekstfelt(), u"15.04.2024"_s);
        QTest::keyClick(dato->datofelt()->tekstfelt(), Qt::Key_Return);
        const Tilsynsobjekt o = editor->sak().tilsynsobjekter[0];
        QCOMPARE(o.autorisasjon, u"lege"_s);
        QCOMPARE(o.deresRef, u"HBE 24/1234"_s);
        QCOMPARE(o.deresDato, QDate(2024, 4, 15));
        // Changing the type back flags the authorisation (kept visible) instead of dropping it.
        velg(objektfelt<QComboBox>(editor.get(), 0, u"type"_s), u"virksomhet"_s);
        QVERIFY(objektfelt<QLineEdit>(editor.get(), 0, u"autorisasjon"_s)->isEnabled());
        QVERIFY2(finn<QLabel>(editor.get(), u"feil_tilsynsobjekter"_s)->text().contains(u"«Helsepersonell»"_s),
                 qPrintable(finn<QLabel>(editor.get(), u"feil_tilsynsobjekter"_s)->text()));
    }

    void ugyldigeTilstanderAvvises_data()
    {
        QTest::addColumn<QString>("feltlabel");
        QTest::addColumn<QString>("melding");
        QTest::addColumn<Endring>("endring");
        QTest::newRow("orgnr check digit") << u"feil_tilsynsobjekter"_s << u"organisasjonsnummeret"_s
            << Endring([](CaseEditor &e) {
                   QTest::keyClicks(objektfelt<QLineEdit>(&e, 0, u"orgnr"_s), u"974760674"_s);
               });
        QTest::newRow("hpr digits") << u"feil_tilsynsobjekter"_s << u"HPR-nummeret"_s
            << Endring([](CaseEditor &e) {
                   QTest::keyClicks(objektfelt<QLineEdit>(&e, 1, u"hpr"_s), u"x"_s);
               });
        QTest::newRow("no subjects") << u"feil_tilsynsobjekter"_s << u"minst ett tilsynsobjekt"_s
            << Endring([](CaseEditor &e) {
                   QTableWidget *t = tabell(&e, u"vurderinger"_s);
                   while (t->rowCount() > 0)
                       finn<QPushButton>(&e, u"fjernVurdering"_s)->click();
                   velg(finn<QComboBox>(&e, u"utfall"_s), QString());
                   while (tabell(&e, u"tilsynsobjekter"_s)->rowCount() > 0)
                       finn<QPushButton>(&e, u"fjernObjekt"_s)->click();
               });
        QTest::newRow("lovbrudd without lovbrudd") << u"feil_utfall"_s << u"krever minst én vurdering"_s
            << Endring([](CaseEditor &e) {
                   QTableWidget *t = tabell(&e, u"vurderinger"_s);
                   for (int r = 0; r < t->rowCount(); ++r) {
                       t->setCurrentCell(r, 0);
                       velg(finn<QComboBox>(&e, u"konklusjon"_s), u"ikke-lovbrudd"_s);
                   }
               });
        QTest::newRow("closed before received") << u"feil_avsluttet"_s << u"er før mottatt"_s
            << Endring([](CaseEditor &e) {
                   auto *satt = finn<QWidget>(&e, u"avsluttet"_s)->findChild<QAbstractButton *>(u"satt"_s);
                   satt->click();
                   auto *dato = finn<QWidget>(&e, u"avsluttet"_s)->findChild<Datofelt *>(u"dato"_s);
                   QCOMPARE(dato->dato(), QDate::currentDate()); // ticking proposes today
                   dato->tekstfelt()->selectAll();
                   QTest::keyClicks(dato->tekstfelt(), e.sak().mottatt.addDays(-3).toString(u"dd.MM.yyyy"_s));
                   QTest::keyClick(dato->tekstfelt(), Qt::Key_Return);
               });
        QTest::newRow("closed BM 5 without outcome") << u"feil_utfall"_s << u"må ha utfall"_s
            << Endring([](CaseEditor &e) {
                   finn<QWidget>(&e, u"avsluttet"_s)->findChild<QAbstractButton *>(u"satt"_s)->click();
                   velg(finn<QComboBox>(&e, u"utfall"_s), QString());
               });
    }
    void ugyldigeTilstanderAvvises()
    {
        QFETCH(QString, feltlabel);
        QFETCH(QString, melding);
        QFETCH(Endring, endring);
        auto editor = lagEditor();
        byggBm5Sak(*editor);
        QVERIFY(editor->lagre());
        const QByteArray foer = test::dump(m_store->sti());
        endring(*editor);
        QLabel *label = finn<QLabel>(editor.get(), feltlabel);
        QVERIFY2(vist(label, editor.get()), qPrintable(problemtekst(*editor)));
        QVERIFY2(label->text().contains(melding), qPrintable(label->text()));
        auto *faner = finn<QTabWidget>(editor.get(), u"sakfaner"_s);
        faner->setCurrentIndex(CaseEditor::SideSaken); // saved from the first page, the problem elsewhere
        QVERIFY(!editor->lagre());
        QCOMPARE(m_varsler.size(), 1);
        QCOMPARE(test::dump(m_store->sti()), foer);
        // The message says each problem is shown at its field: the editor goes there.
        QVERIFY2(faner->currentWidget()->isAncestorOf(label), qPrintable(faner->tabText(faner->currentIndex())));
        QVERIFY2(editor->focusWidget() && faner->currentWidget()->isAncestorOf(editor->focusWidget()),
                 editor->focusWidget() ? qPrintable(editor->focusWidget()->objectName()) : "no focus");
    }

    void samtidigLagringAvvises()
    {
        auto a = lagEditor();
        byggBm5Sak(*a);
        QVERIFY(a->lagre());
        auto b = lagEditor();
        QVERIFY(b->aapne(a->sak().id));
        QTest::keyClicks(finn<QLineEdit>(a.get(), u"saksbehandler"_s), u"x"_s);
        QVERIFY(a->lagre());
        const QByteArray etterA = test::dump(m_store->sti());
        QTest::keyClicks(finn<QLineEdit>(b.get(), u"saksbehandler"_s), u"y"_s);
        m_varsler.clear();
        QVERIFY(!b->lagre());
        QCOMPARE(m_varsler.size(), 1);
        QVERIFY2(m_varsler[0].contains(u"someone else"_s), qPrintable(m_varsler[0]));
        QCOMPARE(test::dump(m_store->sti()), etterA);
        QVERIFY(b->erEndret()); // the user's edit is kept, not lost
    }

    void byttBortFraBm5Spoer()
    {
        auto editor = lagEditor();
        byggBm5Sak(*editor);
        m_svar = false;
        finn<QAbstractButton>(editor.get(), u"bm3"_s)->click();
        QCOMPARE(m_spoersmaal.size(), 1);
        QCOMPARE(editor->sak().behandlingsmaate, 5);
        QVERIFY(finn<QAbstractButton>(editor.get(), u"bm5"_s)->isChecked());
        m_svar = true;
        finn<QAbstractButton>(editor.get(), u"bm3"_s)->click();
        QCOMPARE(editor->sak().behandlingsmaate, 3);
        QVERIFY(editor->sak().vurderinger.isEmpty());
        QVERIFY(!editor->sak().utfall);
        QVERIFY(vist(finn<QWidget>(editor.get(), u"oversendt"_s), editor.get()));
        editor->undoStack()->undo();
        QCOMPARE(editor->sak().vurderinger.size(), 3);
        QCOMPARE(editor->sak().behandlingsmaate, 5);
    }

    // The BM 5 assessments: a list and a full-width form. A new assessment proposes neither
    // provision nor conclusion; saving without a conclusion is refused naming the field; the
    // provision picker shows law, § and name (no internal code) and searches anywhere in it;
    // Tab leaves the list instead of walking its cells.
    void vurderingsskjemaUtenStandardkonklusjon()
    {
        auto editor = lagEditor();
        byggBm5Sak(*editor);
        QVERIFY(editor->lagre());
        QTableWidget *liste = tabell(editor.get(), u"vurderinger"_s);
        QVERIFY(!liste->tabKeyNavigation());
        QCOMPARE(liste->editTriggers(), QAbstractItemView::NoEditTriggers);
        finn<QPushButton>(editor.get(), u"leggTilVurdering"_s)->click();
        QCOMPARE(liste->rowCount(), 4);
        QCOMPARE(liste->currentRow(), 3);
        const Vurdering ny = editor->sak().vurderinger[3];
        QCOMPARE(ny.konklusjon, QString());
        QCOMPARE(ny.bestemmelse, QString());
        QCOMPARE(ny.objekt, editor->sak().tilsynsobjekter[0].id);
        auto *konklusjon = finn<QComboBox>(editor.get(), u"konklusjon"_s);
        QCOMPARE(konklusjon->currentData().toString(), QString());
        QCOMPARE(liste->item(3, 2)->text(), u"(not chosen)"_s);

        m_varsler.clear();
        const QByteArray foer = test::dump(m_store->sti());
        QVERIFY(!editor->lagre());
        QCOMPARE(m_varsler.size(), 1);
        QVERIFY2(m_varsler[0].contains(u"Assessment 4, Conclusion: konklusjon mangler"_s), qPrintable(m_varsler[0]));
        QVERIFY2(m_varsler[0].contains(u"Assessment 4, Provision: bestemmelse mangler"_s), qPrintable(m_varsler[0]));
        QCOMPARE(test::dump(m_store->sti()), foer);

        // The picker: "Helsepersonelloven § 4 – …", never the code; typing part of the name finds it.
        auto *bestemmelse = finn<QComboBox>(editor.get(), u"bestemmelse"_s);
        const KatalogPost forste = *Katalog::innebygd().post(Katalog::Liste::Bestemmelse, u"hpl-4-omsorgsfull"_s);
        QCOMPARE(forste.objekttyper, QStringList{u"helsepersonell"_s});
        // The new assessment is about the first subject (virksomhet): a provision that binds
        // only health personnel is not offered; choosing the doctor offers it.
        QCOMPARE(bestemmelse->findData(forste.kode), -1);
        velg(finn<QComboBox>(editor.get(), u"objekt"_s), editor->sak().tilsynsobjekter[1].id);
        QVERIFY(bestemmelse->findData(forste.kode) >= 0);
        QVERIFY(bestemmelse->count() > 10);
        for (int i = 0; i < bestemmelse->count(); ++i) {
            const KatalogPost *p = Katalog::innebygd().post(Katalog::Liste::Bestemmelse, bestemmelse->itemData(i).toString());
            QVERIFY(Katalog::innebygd().bestemmelseGjelder(p->kode, u"helsepersonell"_s));
            QVERIFY2(!bestemmelse->itemText(i).contains(p->kode), qPrintable(bestemmelse->itemText(i)));
            QVERIFY2(bestemmelse->itemText(i).endsWith(u" – "_s + p->navn), qPrintable(bestemmelse->itemText(i)));
        }
        QCOMPARE(bestemmelse->itemText(bestemmelse->findData(forste.kode)),
                 u"Helsepersonelloven § 4 – Forsvarlighet: Omsorgsfull hjelp"_s);
        bestemmelse->setFocus();
        QTest::keyClicks(bestemmelse->lineEdit(), u"omsorgsfull"_s);
        QCOMPARE(bestemmelse->completer()->completionCount(), 1);
        QCOMPARE(bestemmelse->completer()->currentCompletion(), bestemmelse->itemText(bestemmelse->findData(forste.kode)));
        velg(bestemmelse, forste.kode);
        velg(konklusjon, u"ikke-lovbrudd"_s);
        QCOMPARE(editor->sak().vurderinger[3].konklusjon, u"ikke-lovbrudd"_s);
        QCOMPARE(editor->sak().vurderinger[3].bestemmelse, forste.kode);
        QTest::keyClicks(finn<QPlainTextEdit>(editor.get(), u"begrunnelse"_s), u"Journalen viser forsvarlig hjelp."_s);
        QCOMPARE(editor->sak().vurderinger[3].begrunnelse, u"Journalen viser forsvarlig hjelp."_s);
        QVERIFY2(editor->lagre(), qPrintable(m_varsler.join(u'\n')));

        // Selecting another row shows that assessment; undo goes back through the form.
        liste->setCurrentCell(2, 0);
        QCOMPARE(finn<QPlainTextEdit>(editor.get(), u"begrunnelse"_s)->toPlainText(), u"Første linje\nAndre linje"_s);
        velg(konklusjon, u"lovbrudd"_s);
        QCOMPARE(editor->sak().vurderinger[2].konklusjon, u"lovbrudd"_s);
        editor->undoStack()->undo();
        QCOMPARE(editor->sak().vurderinger[2].konklusjon, u"ikke-lovbrudd"_s);
        QCOMPARE(konklusjon->currentData().toString(), u"ikke-lovbrudd"_s);

        // Tab from the list goes to the next widget, not to the next cell.
        liste->setFocus();
        QTest::keyClick(liste, Qt::Key_Tab);
        QCOMPARE(liste->currentRow(), 2);
        QCOMPARE(liste->currentColumn(), 0);
    }

    // The received date as typed: the accepted forms are stored, garbage is refused with a
    // message and nothing changes; ticking Closed proposes today.
    void datoSomSkrevet_data()
    {
        QTest::addColumn<QString>("tekst");
        QTest::addColumn<QDate>("lagret");
        QTest::addColumn<bool>("avvist");
        QTest::newRow("21.12.2025") << u"21.12.2025"_s << QDate(2025, 12, 21) << false;
        QTest::newRow("21122025") << u"21122025"_s << QDate(2025, 12, 21) << false;
        QTest::newRow("21.12.25") << u"21.12.25"_s << QDate(2025, 12, 21) << false;
        QTest::newRow("21.11.1") << u"21.11.1"_s << QDate() << true;
        QTest::newRow("31.02.2025") << u"31.02.2025"_s << QDate() << true;
        QTest::newRow("tomorrow") << u"i morgen"_s << QDate() << true;
    }
    void datoSomSkrevet()
    {
        QFETCH(QString, tekst);
        QFETCH(QDate, lagret);
        QFETCH(bool, avvist);
        auto editor = lagEditor();
        editor->nySak(u"innlandet"_s);
        const QDate foer = editor->sak().mottatt;
        auto *mottatt = finn<Datofelt>(editor.get(), u"mottatt"_s);
        QLineEdit *felt = mottatt->tekstfelt();
        felt->selectAll();
        QTest::keyClicks(felt, tekst);
        QTest::keyClick(felt, Qt::Key_Return);
        QCOMPARE(editor->sak().mottatt, avvist ? foer : lagret);
        QCOMPARE(mottatt->feil().isEmpty(), !avvist);
        if (avvist) {
            QVERIFY2(mottatt->feil().contains(tekst), qPrintable(mottatt->feil()));
            QVERIFY(vist(finn<QLabel>(mottatt, u"datofeil"_s), editor.get()));
            QCOMPARE(felt->text(), tekst); // kept for correcting, not garbled
        } else {
            QCOMPARE(felt->text(), lagret.toString(u"dd.MM.yyyy"_s));
        }

        // F4 opens the calendar on the date shown; Enter there takes the date.
        felt->setFocus();
        QTest::keyClick(felt, Qt::Key_F4);
        auto *kalender = mottatt->findChild<QCalendarWidget *>(u"kalenderVelger"_s);
        QVERIFY(kalender && kalender->isVisible());
        QCOMPARE(kalender->selectedDate(), editor->sak().mottatt);
        kalender->setSelectedDate(QDate(2025, 11, 3));
        emit kalender->activated(kalender->selectedDate());
        QVERIFY(!kalender->isVisible());
        QCOMPARE(editor->sak().mottatt, QDate(2025, 11, 3));

        // Closed: ticking it proposes today, not the received date.
        finn<QWidget>(editor.get(), u"avsluttet"_s)->findChild<QAbstractButton *>(u"satt"_s)->click();
        QCOMPARE(editor->sak().avsluttet, QDate::currentDate());
    }

    // Pictures of the editor at 1366×768 with a BM 5 case, for a person to look at: only when
    // TILSYN_SKJERMBILDER names a folder (run under xvfb-run with QT_QPA_PLATFORM=xcb).
    void skjermbilder()
    {
        const QString mappe = qEnvironmentVariable("TILSYN_SKJERMBILDER");
        if (mappe.isEmpty())
            QSKIP("set TILSYN_SKJERMBILDER to a folder to write the pictures");
        auto editor = lagEditor();
        byggBm5Sak(*editor);
        QTest::keyClicks(finn<QPlainTextEdit>(editor.get(), u"begrunnelse"_s),
                         u" Helsepersonellet har ikkje gitt forsvarlihg helsehjelp etter en samlet vurdering."_s);
        editor->resize(1366, 768);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        editor->visFelt(u"vurderinger"_s);
        auto *rull = editor->findChild<QScrollArea *>();
        rull->ensureWidgetVisible(finn<QPlainTextEdit>(editor.get(), u"begrunnelse"_s), 0, 0);
        QTest::qWait(200);
        QVERIFY(editor->grab().save(mappe + u"/bm5-vurderinger.png"_s));
        rull->verticalScrollBar()->setValue(0);
        QTest::qWait(100);
        QVERIFY(editor->grab().save(mappe + u"/bm5-topp.png"_s));
        auto *mottatt = finn<Datofelt>(editor.get(), u"mottatt"_s);
        mottatt->tekstfelt()->setFocus();
        mottatt->tekstfelt()->selectAll();
        QTest::keyClicks(mottatt->tekstfelt(), u"21.11.1"_s);
        QTest::keyClick(mottatt->tekstfelt(), Qt::Key_Return);
        QTest::keyClick(mottatt->tekstfelt(), Qt::Key_F4);
        QTest::qWait(200);
        QVERIFY(editor->grab().save(mappe + u"/dato-feil.png"_s));
        const QString skjerm = mappe + u"/skjerm-kalender.png"_s;
        QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, skjerm});
    }

private:
    std::unique_ptr<CaseEditor> lagEditor()
    {
        auto e = std::make_unique<CaseEditor>(*m_repo, Katalog::innebygd(), u"kari.nordmann"_s);
        e->settDialoger([this](const QString &t) { m_spoersmaal.append(t); return m_svar; },
                        [this](const QString &t) { m_varsler.append(t); });
        e->resize(900, 1400);
        e->show();
        return e;
    }

    static QString problemtekst(const CaseEditor &e)
    {
        QStringList s;
        for (const Problem &p : e.utkast()->problemer())
            s.append(p.felt + u": "_s + p.melding);
        return s.join(u"; "_s);
    }

    // Builds, through the widgets, a helse BM 5 case with two subjects and three assessments.
    void byggBm5Sak(CaseEditor &e)
    {
        e.nySak(u"innlandet"_s);
        velg(finn<QComboBox>(&e, u"sektor"_s), u"helse"_s);
        QTest::keyClicks(finn<QPlainTextEdit>(&e, u"sammendrag"_s), u"Klage på oppfølging"_s);
        finn<QListWidget>(&e, u"kilder"_s)->item(0)->setCheckState(Qt::Checked); // required to save
        finn<QCheckBox>(&e, u"brukerinvolvering.vurdert"_s)->click();
        auto *leggTil = finn<QPushButton>(&e, u"leggTilObjekt"_s);
        leggTil->click();
        leggTil->click();
        QTableWidget *objekter = tabell(&e, u"tilsynsobjekter"_s);
        QCOMPARE(objekter->rowCount(), 2);
        QTest::keyClicks(objektfelt<QLineEdit>(&e, 0, u"navn"_s), u"Hamar sykehus"_s);
        QTest::keyClicks(objektfelt<QLineEdit>(&e, 0, u"orgnr"_s), u"97476067"_s);
        velg(objektfelt<QComboBox>(&e, 0, u"tjenesteniva"_s), u"spesialist"_s);
        velg(objektfelt<QComboBox>(&e, 1, u"type"_s), u"helsepersonell"_s);
        QTest::keyClicks(objektfelt<QLineEdit>(&e, 1, u"navn"_s), u"Lege Ola Hansen"_s);
        QTest::keyClicks(objektfelt<QLineEdit>(&e, 1, u"hpr"_s), u"1234567"_s);
        finn<QAbstractButton>(&e, u"bm5"_s)->click();
        QCOMPARE(e.sak().behandlingsmaate, 5);
        auto *nyVurdering = finn<QPushButton>(&e, u"leggTilVurdering"_s);
        for (int i = 0; i < 3; ++i)
            nyVurdering->click();
        QTableWidget *v = tabell(&e, u"vurderinger"_s);
        QCOMPARE(v->rowCount(), 3);
        // Provisions that bind each subject's type (the picker offers only those).
        QList<KatalogPost> b;
        for (const KatalogPost &p : Katalog::innebygd().forSektor(Katalog::Liste::Bestemmelse, u"helse"_s)) {
            if (b.size() < 3 && Katalog::innebygd().bestemmelseGjelder(p.kode, b.size() == 1 ? u"helsepersonell"_s : u"virksomhet"_s)
                && !p.objekttyper.isEmpty())
                b.append(p);
        }
        QCOMPARE(b.size(), 3);
        auto *bestemmelse = finn<QComboBox>(&e, u"bestemmelse"_s);
        auto *konklusjon = finn<QComboBox>(&e, u"konklusjon"_s);
        v->setCurrentCell(0, 0);
        velg(bestemmelse, b[0].kode);
        velg(konklusjon, u"lovbrudd"_s);
        v->setCurrentCell(1, 0);
        velg(finn<QComboBox>(&e, u"objekt"_s), e.sak().tilsynsobjekter[1].id);
        velg(bestemmelse, b[1].kode);
        velg(konklusjon, u"ikke-lovbrudd"_s);
        v->setCurrentCell(2, 0);
        velg(bestemmelse, b[2].kode);
        velg(konklusjon, u"ikke-lovbrudd"_s);
        auto *begrunnelse = finn<QPlainTextEdit>(&e, u"begrunnelse"_s);
        QTest::keyClicks(begrunnelse, u"Første linje"_s);
        QTest::keyClick(begrunnelse, Qt::Key_Return);
        QTest::keyClicks(begrunnelse, u"Andre linje"_s);
        velg(finn<QComboBox>(&e, u"utfall"_s), u"lovbrudd"_s);
        // the last orgnr digit (modulus 11) makes it valid
        QTest::keyClicks(objektfelt<QLineEdit>(&e, 0, u"orgnr"_s), u"3"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    struct Valideringsspraak final : QTranslator { // only the validation's context, as the CLI has it
        QString translate(const char *k, const char *t, const char *d, int n) const override
        { return qstrcmp(k, "tilsyn::Validering") == 0 ? QTranslator::translate(k, t, d, n) : QString(); }
    } m_valideringsspraak;
    std::unique_ptr<SakRepository> m_repo;
    QStringList m_varsler;
    QStringList m_spoersmaal;
    bool m_svar = true;
};

QTEST_MAIN(TestCaseEditor)
#include "tst_caseeditor.moc"
