// The mouse wheel over a form changes nothing unless the field has the keyboard focus: real
// wheel events (spontaneous, through QApplication::notify as the platform delivers them) over
// every input of the case editor with a full BM 5 case, of the follow-up window and of the
// settings dialogs. The stored case, the store and the settings must be exactly as before; the
// wheel over a field scrolls the form instead; a focused combo box still takes the wheel.

#include "brevvisning.h"
#include "caseeditor.h"
#include "historikkvisning.h"
#include "journaldialoger.h"
#include "letters/brevmalkilde.h"
#include "rullevern.h"
#include "sakfilterlinje.h"
#include "statistikkvisning.h"
#include "datofelt.h"
#include "domain/katalog.h"
#include "innstillingerdialog.h"
#include "items/innstillinger.h"
#include "oppfolgingvisning.h"
#include "sentraldialog.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace tilsyn;

namespace {

/// One notch of the wheel over the middle of `w`, delivered to the widget under the pointer.
void hjul(QWidget *w, int delta)
{
    const QPoint midt = w->rect().center();
    QWidget *under = w->childAt(midt);
    QWidget *maal = under ? under : w;
    const QPoint p = maal->mapFrom(w, midt);
    QWheelEvent e(QPointF(p), QPointF(maal->mapToGlobal(p)), QPoint(), QPoint(0, delta), Qt::NoButton,
                  Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&e);
    qApp->notify(maal, &e);
}

bool erInndata(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const Datofelt *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

/// Wheels up and down over every visible input of `vindu`; returns how many of each kind.
QMap<QString, int> hjulOverAlt(QWidget *vindu, QScrollArea *rull = nullptr)
{
    QMap<QString, int> antall;
    for (QWidget *w : vindu->findChildren<QWidget *>()) {
        if (!erInndata(w) || !w->isVisible() || !w->isEnabled() || w->hasFocus())
            continue;
        if (rull)
            rull->ensureWidgetVisible(w);
        for (int delta : {120, -120, -120, 120})
            hjul(w, delta);
        const QString art = qobject_cast<QComboBox *>(w)          ? u"combo"_s
                            : qobject_cast<QAbstractSpinBox *>(w) ? u"spin"_s
                            : qobject_cast<Datofelt *>(w)         ? u"date"_s
                                                                  : u"other"_s;
        ++antall[art];
    }
    return antall;
}

Tilsynssak fullBm5Sak()
{
    Tilsynssak s;
    s.id = nyId();
    s.saksnummer = u"2026/17"_s;
    s.embete = u"innlandet"_s;
    s.sektor = u"helse"_s;
    s.mottatt = QDate(2026, 1, 5);
    s.saksbehandler = u"kari.nordmann"_s;
    s.alvorlig = true;
    s.kilder = {u"pasient-bruker"_s};
    s.temaer = {u"he-forsvarlighet"_s};
    s.brukerinvolvering = Brukerinvolvering{true, false, u"Telefon"_s};
    s.sammendrag = u"Klage på oppfølging etter operasjon"_s;
    s.innsender = Innsender{u"Ola Nordmann"_s, u"Storgata 1\n2317 Hamar"_s, u"nn"_s};
    s.behandlingsmaate = 5;
    s.avsluttet = QDate(2026, 3, 2);
    s.utfall = u"lovbrudd"_s;
    s.tilsynsobjekter = {
        Tilsynsobjekt{u"o1"_s, u"virksomhet"_s, u"Sykehuset Innlandet HF, Hamar"_s, u"spesialist"_s, u"974760673"_s,
                      {}, u"Postboks 1"_s, u"nn"_s},
        Tilsynsobjekt{u"o2"_s, u"helsepersonell"_s, u"Lege Ola Hansen"_s, {}, {}, u"1234567"_s, {}, {}}};
    s.vurderinger = {Vurdering{u"sphl-2-2"_s, u"o1"_s, u"lovbrudd"_s, u"Oppfølgingen var ikke forsvarlig."_s},
                     Vurdering{u"hpl-4"_s, u"o2"_s, u"ikke-lovbrudd"_s, u"Ingen holdepunkter."_s}};
    return s;
}

/// What every value field of `vindu` shows: combo boxes (index and text), spin boxes, check
/// boxes and date fields, by object name.
QStringList tilstand(const QWidget *vindu)
{
    QStringList ut;
    for (const QWidget *w : vindu->findChildren<QWidget *>()) {
        if (const auto *c = qobject_cast<const QComboBox *>(w))
            ut.append(u"%1=%2:%3"_s.arg(c->objectName()).arg(c->currentIndex()).arg(c->currentText()));
        else if (const auto *sp = qobject_cast<const QAbstractSpinBox *>(w))
            ut.append(sp->objectName() + u'=' + sp->text());
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w); b && b->isCheckable())
            ut.append(b->objectName() + u'=' + (b->isChecked() ? u"1"_s : u"0"_s));
        else if (const auto *d = qobject_cast<const Datofelt *>(w))
            ut.append(d->objectName() + u'=' + d->dato().toString(Qt::ISODate));
    }
    return ut;
}

/// Shows `vindu`, wheels over each of its inputs and checks that no value changed; returns how
/// many of each kind were wheeled over.
QMap<QString, int> hjulUtenEndring(QWidget *vindu)
{
    vindu->resize(1366, 700);
    vindu->show();
    if (!QTest::qWaitForWindowExposed(vindu))
        return {};
    const QStringList foer = tilstand(vindu);
    const QMap<QString, int> antall = hjulOverAlt(vindu);
    const QStringList etter = tilstand(vindu);
    for (int i = 0; i < foer.size(); ++i)
        if (foer[i] != etter.value(i))
            qWarning("wheel changed %s -> %s", qPrintable(foer[i]), qPrintable(etter.value(i)));
    return foer == etter ? antall : QMap<QString, int>{{u"changed"_s, 1}};
}

} // namespace

class TstRullevern final : public QObject
{
    Q_OBJECT

private slots:
    // Each window must install the guard itself (made first, or alone, it is the only form):
    // the one installed by an earlier test goes.
    void init()
    {
        delete qApp->findChild<Rullevern *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(!qApp->findChild<Rullevern *>(QString(), Qt::FindDirectChildrenOnly));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = Store::aapne(m_dir.filePath(u"saker.sqlite"_s));
        m_saker = std::make_unique<SakRepository>(*m_store, Katalog::innebygd());
        m_oppfolging = std::make_unique<OppfolgingRepository>(*m_store, *m_saker);
        m_sak = fullBm5Sak();
        const SakRepository::Resultat r = m_saker->lagre(m_sak, {u"kari.nordmann"_s});
        QVERIFY(r.ok());
    }

    // First, so that the dialog is the first form made: it installs the guard itself.
    void innstillingerdialogen()
    {
        Innstillinger::dagerTilValgAvBm.sett(14);
        Innstillinger::forfallerSnartDager.sett(7);
        Innstillinger::embete.sett(u"agder"_s);
        InnstillingerDialog d(Katalog::innebygd());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.findChild<QLineEdit *>(u"profilNavn"_s)->setFocus();
        QMap<QString, int> antall = hjulOverAlt(&d);
        QCOMPARE(antall.value(u"combo"_s), 3); // office, language, source of case numbers
        QCOMPARE(antall.value(u"spin"_s), 2);
        QCOMPARE(d.findChild<QSpinBox *>(u"dagerTilValgAvBm"_s)->value(), 14);
        QCOMPARE(d.findChild<QSpinBox *>(u"forfallerSnartDager"_s)->value(), 7);
        QCOMPARE(d.findChild<QComboBox *>(u"profilEmbete"_s)->currentData().toString(), u"agder"_s);
        d.findChild<QLineEdit *>(u"profilNavn"_s)->setText(u"Kari Nordmann"_s);
        d.findChild<QLineEdit *>(u"profilTittel"_s)->setText(u"rådgiver"_s);
        d.findChild<QLineEdit *>(u"profilTelefon"_s)->setText(u"62 55 10 00"_s);
        d.accept();
        QCOMPARE(Innstillinger::dagerTilValgAvBm.verdi(), 14);
        QCOMPARE(Innstillinger::forfallerSnartDager.verdi(), 7);
        QCOMPARE(Innstillinger::embete.verdi(), u"agder"_s);

        SentralDialog sentral(u"host=db.example dbname=tilsyn sslmode=verify-full"_s);
        sentral.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sentral));
        auto *ssl = sentral.findChild<QComboBox *>();
        QVERIFY(ssl);
        const int foer = ssl->currentIndex();
        antall = hjulOverAlt(&sentral);
        QCOMPARE(antall.value(u"combo"_s), 1);
        QCOMPARE(ssl->currentIndex(), foer);
    }

    void saksbehandlingsvinduet()
    {
        CaseEditor e(*m_saker, Katalog::innebygd(), u"kari.nordmann"_s);
        e.settDialoger([](const QString &) { return false; }, [](const QString &) {});
        e.resize(1366, 700);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        e.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        QVERIFY(e.aapne(m_sak.id));
        QCOMPARE(e.sak(), m_sak);
        // The editor's pages (tabs): the wheel over every field of each page, scrolling that page.
        auto *faner = e.findChild<QTabWidget *>(u"sakfaner"_s);
        QVERIFY(faner);
        QMap<QString, int> antall;
        for (int i = 0; i < faner->count(); ++i) {
            faner->setCurrentIndex(i);
            faner->tabBar()->setFocus(); // the focus stays off the fields under the wheel
            auto *rull = qobject_cast<QScrollArea *>(faner->widget(i));
            const QMap<QString, int> her = hjulOverAlt(&e, rull);
            for (auto it = her.cbegin(); it != her.cend(); ++it)
                antall[it.key()] += it.value();
        }
        // Every kind is there: sector, office, målform, outcome, the subject form's type, level and
        // målform, the assessment's provision, subject and conclusion; received and closed.
        QVERIFY2(antall.value(u"combo"_s) >= 10, qPrintable(QString::number(antall.value(u"combo"_s))));
        QVERIFY2(antall.value(u"date"_s) >= 2, qPrintable(QString::number(antall.value(u"date"_s))));
        QCOMPARE(e.sak(), m_sak);
        QCOMPARE(e.undoStack()->count(), 0);
        QVERIFY(!e.erEndret());

        // Over an unfocused combo box the form scrolls instead (the first page, made too low to
        // show all of it).
        faner->setCurrentIndex(0);
        e.resize(1366, 300);
        QCoreApplication::processEvents();
        auto *rull = qobject_cast<QScrollArea *>(faner->widget(0));
        faner->tabBar()->setFocus();
        auto *utfall = e.findChild<QComboBox *>(u"embete"_s); // (the office: a combo box high on the page)
        rull->verticalScrollBar()->setValue(rull->verticalScrollBar()->maximum() / 2);
        rull->ensureWidgetVisible(utfall);
        const int foer = rull->verticalScrollBar()->value();
        hjul(utfall, -120);
        QVERIFY2(rull->verticalScrollBar()->value() > foer,
                 qPrintable(u"%1 -> %2"_s.arg(foer).arg(rull->verticalScrollBar()->value())));
        QCOMPARE(e.sak(), m_sak);

        // With the focus, the wheel is the user's choice: it changes the value (the events reach).
        utfall->setFocus();
        QVERIFY(utfall->hasFocus());
        hjul(utfall, -120);
        QVERIFY(e.sak().embete != m_sak.embete);
        QCOMPARE(e.undoStack()->count(), 1);
    }

    void oppfolgingsvinduet()
    {
        QVERIFY(m_oppfolging->start(m_sak.id, QDate(2026, 3, 3), Endringskontekst{.bruker = u"kari.nordmann"_s}).isEmpty());
        OppfolgingVisning v(*m_oppfolging, *m_saker, Katalog::innebygd(), u"kari.nordmann"_s);
        v.resize(1366, 700);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QVERIFY(v.velgSak(m_sak.id));
        auto *frist = v.findChild<Datofelt *>(u"frist"_s);
        auto *dato = v.findChild<Datofelt *>(u"dato"_s);
        const QDate fristFoer = frist->dato(), datoFoer = dato->dato();
        QVERIFY(fristFoer.isValid());
        const QByteArray foer = test::dump(m_store->sti());
        const QMap<QString, int> antall = hjulOverAlt(&v);
        QCOMPARE(antall.value(u"date"_s), 2);
        QCOMPARE(frist->dato(), fristFoer);
        QCOMPARE(dato->dato(), datoFoer);
        QCOMPARE(test::dump(m_store->sti()), foer);
    }

    // The letter window: type, recipient and målform, and the draft they make.
    void brevvinduet()
    {
        const Brevmalkilde maler;
        Brevvisning v(Katalog::innebygd(), maler);
        v.settSak(m_sak, QDate(2026, 3, 2));
        const Brevutkast foer = v.utkast();
        QVERIFY(!foer.type.isEmpty());
        const QMap<QString, int> antall = hjulUtenEndring(&v);
        QVERIFY2(!antall.contains(u"changed"_s), "the wheel changed a value of the letter window");
        QVERIFY2(antall.value(u"combo"_s) >= 2, qPrintable(QString::number(antall.value(u"combo"_s)))); // type, målform (recipient: one only)
        const Brevutkast etter = v.utkast();
        QCOMPARE(etter.type, foer.type);
        QCOMPARE(etter.mottaker.navn, foer.mottaker.navn);
        QCOMPARE(etter.maalform, foer.maalform);
    }

    // Statistics: the year spin box and the sector and office combo boxes.
    void statistikken()
    {
        StatistikkVisning v(m_store->sti(), Katalog::innebygd());
        v.show();
        auto *sektor = v.findChild<QComboBox *>(u"sektor"_s);
        QVERIFY(sektor);
        QTRY_VERIFY_WITH_TIMEOUT(sektor->isVisible() && sektor->isEnabled(), 30000);
        const QMap<QString, int> antall = hjulUtenEndring(&v);
        QVERIFY2(!antall.contains(u"changed"_s), "the wheel changed a value of the statistics");
        QVERIFY2(antall.value(u"combo"_s) >= 1, qPrintable(QStringList(antall.keys()).join(u',') + u" focus "_s
                                                           + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString())));
        QVERIFY(antall.value(u"spin"_s) >= 1);
    }

    // The list's filter bar: its combo boxes (the filter, and so the list, stays).
    void filterlinjen()
    {
        SakFilterLinje f(Katalog::innebygd(), u"kari.nordmann"_s);
        const QMap<QString, int> antall = hjulUtenEndring(&f);
        QVERIFY2(!antall.contains(u"changed"_s), "the wheel changed the list's filter");
        QVERIFY(antall.value(u"combo"_s) >= 2);
    }

    // The journal's registration dialog and the avskriv dialog.
    void journaldialogene()
    {
        RegistreringDialog r(u"I"_s, NyJournalpost{});
        QMap<QString, int> antall = hjulUtenEndring(&r);
        QVERIFY2(!antall.contains(u"changed"_s), "the wheel changed a value of the registration dialog");
        QCOMPARE(antall.value(u"date"_s), 1);
        r.hide();
        delete qApp->findChild<Rullevern *>(QString(), Qt::FindDirectChildrenOnly);
        AvskrivDialog a({{u"p1"_s, u"2026/17-2 Avgjørelse"_s}, {u"p2"_s, u"2026/17-3 Resultat"_s}});
        const QString maate = a.maate();
        antall = hjulUtenEndring(&a);
        QVERIFY2(!antall.contains(u"changed"_s), "the wheel changed a value of the avskriv dialog");
        QVERIFY(antall.value(u"combo"_s) >= 1);
        QCOMPARE(a.maate(), maate);
    }

    // The case's history: its filters.
    void historikken()
    {
        HistorikkVisning h(m_store->db(), m_sak.id, *m_sak.saksnummer);
        const QMap<QString, int> antall = hjulUtenEndring(&h);
        QVERIFY2(!antall.contains(u"changed"_s), "the wheel changed a filter of the history");
        QVERIFY(antall.value(u"combo"_s) + antall.value(u"date"_s) >= 1);
    }

    void cleanupTestCase()
    {
        m_oppfolging.reset();
        m_saker.reset();
        m_store.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SakRepository> m_saker;
    std::unique_ptr<OppfolgingRepository> m_oppfolging;
    Tilsynssak m_sak;
};

QTEST_MAIN(TstRullevern)
#include "tst_rullevern.moc"
