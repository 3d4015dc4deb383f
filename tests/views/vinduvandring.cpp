#include "vinduvandring.h"

#include "avslutningsgrunn.h"
#include "lukkevandring.h"
#include "caseeditor.h"
#include "domain/katalog.h"
#include "godkjenningsdialog.h"
#include "importforhaandsvisning.h"
#include "innstillingerdialog.h"
#include "io/jsonlimport.h"
#include "items/innstillinger.h"
#include "journaldialoger.h"
#include "mainwindow.h"
#include "oppfolgingvisning.h"
#include "oversettelser.h"
#include "skrivebord.h"
#include "statistikkvisning.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "modalvent.h"
#include "synkproblemvisning.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace tilsyn::vandring {

using namespace Qt::StringLiterals;

namespace {

// The sample year plus one BM 5 case decided with lovbrudd, with two subjects and one assessment
// of each (the sample's BM 5 cases have one subject each).
QByteArray eksempelMedToObjekter()
{
    QFile f(u":/eksempel/sosial-2024.jsonl"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the sample cases are not compiled in");
    QByteArrayList linjer = f.readAll().split('\n');
    for (QByteArray &l : linjer) {
        QJsonObject s = QJsonDocument::fromJson(l).object();
        QJsonArray vurderinger = s.value(u"vurderinger"_s).toArray();
        if (s.value(u"behandlingsmaate"_s).toInt() != 5 || s.value(u"utfall"_s).toString() != u"lovbrudd"
            || vurderinger.size() != 2)
            continue;
        QJsonArray objekter = s.value(u"tilsynsobjekter"_s).toArray();
        QJsonObject andre = objekter.at(0).toObject();
        andre.insert(u"id"_s, u"o2"_s);
        andre.insert(u"navn"_s, QString(andre.value(u"navn"_s).toString() + u" avdeling Sentrum"_s));
        objekter.append(andre);
        s.insert(u"tilsynsobjekter"_s, objekter);
        QJsonObject v = vurderinger.at(1).toObject();
        v.insert(u"objekt"_s, u"o2"_s);
        vurderinger.replace(1, v);
        s.insert(u"vurderinger"_s, vurderinger);
        s.insert(u"saksnummer"_s, u"2024/9001"_s);
        l = QJsonDocument(s).toJson(QJsonDocument::Compact);
        return linjer.join('\n');
    }
    qFatal("no BM 5 sample case with two assessments");
}

// An open BM 5 health case as a caseworker has it (issue 10: text cut that the walk did not see
// with the sample's short names): a nursing home's long name, a doctor with a double surname,
// the longest provisions of each kind and the longest conclusion, received three days ago (its
// frist says "… (N dager igjen)"), alvorlig.
QByteArray helsesakMedLangeNavn(const QString &embete)
{
    const QJsonObject sak{
        {u"id"_s, u"5a0c7e1d-2b3f-4c6a-8d9e-0f1a2b3c4d5e"_s},
        {u"saksnummer"_s, u"2024/9003"_s},
        {u"embete"_s, embete},
        {u"sektor"_s, u"helse"_s},
        {u"mottatt"_s, QDate::currentDate().addDays(-3).toString(Qt::ISODate)},
        {u"saksbehandler"_s, u"kari"_s},
        {u"alvorlig"_s, true},
        {u"kilder"_s, QJsonArray{u"parorende"_s, u"varsel-melding"_s}},
        {u"temaer"_s, QJsonArray{u"he-forsvarlighet"_s, u"he-rollesammenblanding"_s}},
        {u"brukerinvolvering"_s, QJsonObject{{u"vurdert"_s, true}, {u"tilbudt_mote"_s, false}, {u"merknad"_s, u""_s}}},
        {u"sammendrag"_s, u"Pårørende melder at en beboer på langtidsavdelingen over flere måneder har hatt et "
                          "privat forhold til en av legene ved sykehjemmet, og at avdelingen ikke fulgte opp "
                          "bekymringsmeldinger fra de ansatte."_s},
        {u"innsender"_s, QJsonObject{{u"navn"_s, u"Ingrid Marie Haugland-Kristiansen"_s},
                                     {u"adresse"_s, u"Vangsvegen 112\n2317 Hamar"_s}, {u"maalform"_s, u"nn"_s}}},
        {u"behandlingsmaate"_s, 5},
        {u"tilsynsobjekter"_s, QJsonArray{
             QJsonObject{{u"id"_s, u"o1"_s}, {u"type"_s, u"virksomhet"_s},
                         {u"navn"_s, u"Vangen sjukeheim, avdeling for langtidsopphald"_s},
                         {u"tjenesteniva"_s, u"kommunal"_s}, {u"orgnr"_s, u"974600951"_s},
                         {u"adresse"_s, u"Postboks 4063\n2306 Hamar"_s}, {u"maalform"_s, u"nn"_s}},
             QJsonObject{{u"id"_s, u"o2"_s}, {u"type"_s, u"helsepersonell"_s},
                         {u"navn"_s, u"Kristoffer Andreas Johannessen-Skjervheim"_s}, {u"hpr"_s, u"9144889"_s},
                         {u"adresse"_s, u"Vangsvegen 110\n2317 Hamar"_s}, {u"maalform"_s, u"nb"_s}}}},
        {u"vurderinger"_s, QJsonArray{
             QJsonObject{{u"bestemmelse"_s, u"hol-4-2"_s}, {u"objekt"_s, u"o1"_s}, {u"konklusjon"_s, u"lovbrudd"_s},
                         {u"begrunnelse"_s, u"Sykehjemmet hadde ingen rutine for å følge opp bekymringsmeldinger."_s}},
             QJsonObject{{u"bestemmelse"_s, u"hpl-4-rollesammenblanding"_s}, {u"objekt"_s, u"o2"_s},
                         {u"konklusjon"_s, u"oversendt-htil"_s},
                         {u"begrunnelse"_s, u"Legen innledet et privat forhold til en pasient han hadde ansvar for."_s}}}},
    };
    return QJsonDocument(sak).toJson(QJsonDocument::Compact);
}

std::unique_ptr<Store> lagLager(const QString &sti, const QByteArray &jsonl)
{
    auto store = Store::aapne(sti);
    store->registrerKatalog(Katalog::innebygd());
    if (!jsonl.isEmpty()) {
        SakRepository repo(*store, Katalog::innebygd());
        JsonlImport imp(*store, repo, Katalog::innebygd());
        const JsonlImport::Lest lest = imp.les(jsonl, u"eksempel.jsonl"_s);
        if (!lest.ok())
            qFatal("the walk's sample cases do not import");
        imp.skriv(lest, {u"Kari Nordmann"_s});
    }
    return store;
}

QAction *handling(QWidget *w, const char *navn)
{
    auto *a = w->findChild<QAction *>(QString::fromLatin1(navn));
    if (!a)
        qFatal("no action %s", navn);
    return a;
}

QWidget *toppvindu(const char *klasse)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && (w->inherits(klasse) || w->objectName() == QLatin1String(klasse)))
            return w;
    return nullptr;
}

class Vandrer
{
public:
    explicit Vandrer(const Besoek &besoek) : m_besoek(besoek) {}

    void besoek(const QString &navn, QWidget *vindu)
    {
        if (!vindu) {
            QTest::qFail(qPrintable(u"window %1 did not open"_s.arg(navn)), __FILE__, __LINE__);
            return;
        }
        vindu->show();
        QCoreApplication::processEvents();
        m_sett.insert(u"klasse:"_s + QString::fromLatin1(vindu->metaObject()->className()).section(u"::"_s, -1));
        if (!vindu->objectName().isEmpty())
            m_sett.insert(u"objekt:"_s + vindu->objectName());
        m_sett.insert(u"tittel:"_s + vindu->windowTitle());
        m_besoek(navn, vindu);
    }

    // `aapne` opens a modal dialog and returns when it is closed: the dialog is visited from
    // inside its event loop, `inni` may go on in it (nested dialogs), then it is closed.
    void modal(const QString &navn, const std::function<void()> &aapne, const std::function<void(QWidget *)> &inni = {})
    {
        QWidget *foer = QApplication::activeModalWidget();
        bool sett = false;
        QTimer t;
        t.setInterval(50);
        QObject::connect(&t, &QTimer::timeout, &t, [&] {
            QWidget *m = QApplication::activeModalWidget();
            if (sett || !m || m == foer || !m->isVisible())
                return;
            sett = true;
            t.stop();
            // Visited and closed with keys: once it holds the keyboard (activation is asynchronous).
            m = test::ventPaaModal();
            if (!m)
                return; // failed, saying why, and closed
            QTest::qWait(200); // laid out and painted
            QPointer<QWidget> p = m;
            besoek(navn, m);
            if (inni && p)
                inni(m);
            if (p && p->isVisible())
                QTest::keyClick(p, Qt::Key_Escape);
            if (p && p->isVisible()) {
                if (auto *d = qobject_cast<QDialog *>(p.data()))
                    d->reject();
                else
                    p->close();
            }
        });
        t.start();
        aapne();
        t.stop();
        if (!sett)
            QTest::qFail(qPrintable(u"window %1 did not open"_s.arg(navn)), __FILE__, __LINE__);
    }

    /// Visits a window the caller closes itself (one whose close asks a question).
    void ikkeModalUtenLukking(const QString &navn, QWidget *vindu)
    {
        besoek(navn, vindu);
        QCoreApplication::processEvents();
    }

    void ikkeModal(const QString &navn, QWidget *vindu)
    {
        QPointer<QWidget> p = vindu;
        besoek(navn, vindu);
        if (p)
            p->close();
        QCoreApplication::processEvents();
    }

    QSet<QString> m_sett;

private:
    const Besoek &m_besoek;
};

// Qt's own dialogs as the program opens them (issue 10: every visible string in the chosen
// language), named "qt-…": from the letter window Save PDF draft (QFileDialog, Qt's own widgets),
// Print… (QPrintDialog) and Print preview (QPrintPreviewDialog and its tool bar); the unsaved
// changes question (a static QMessageBox) when another case is opened from an edited one.
void vandreQtDialoger(Vandrer &v, MainWindow *w, const QString &sakId)
{
    v.modal(u"qt-brev"_s, [&] { handling(w, "handlingSkrivUt")->trigger(); }, [&](QWidget *brev) {
        for (const auto &[navn, knapp] : {std::pair{u"qt-lagre-pdf"_s, "lagreUtkast"}, std::pair{u"qt-skriv-ut"_s, "skrivUt"},
                                          std::pair{u"qt-forhaandsvis-utskrift"_s, "forhaandsvisUtskrift"}}) {
            auto *b = brev->findChild<QAbstractButton *>(QString::fromLatin1(knapp));
            if (!b)
                qFatal("the letter window has no button %s", knapp);
            v.modal(navn, [b] { b->click(); });
        }
    });
    QCoreApplication::processEvents();
    QPlainTextEdit *felt = nullptr;
    for (QPlainTextEdit *e : w->editor()->findChildren<QPlainTextEdit *>())
        if (!felt && !e->isReadOnly() && e->isEnabled())
            felt = e;
    if (felt)
        felt->insertPlainText(u" (endret)"_s);
    QCoreApplication::processEvents();
    if (!w->editor()->erEndret())
        QTest::qFail("the walk could not change the open case (for the unsaved changes question)", __FILE__, __LINE__);
    else
        v.modal(u"qt-ulagret"_s, [&] { w->aapneSak(sakId); });
    w->editor()->forkastEndringer();
    w->editor()->aapne(sakId);
    // The calendar pop-up of a date (the incoming document's date), opened by its arrow.
    auto *inn = w->findChild<QAbstractButton *>(u"registrerInngaaende"_s);
    if (auto *faner = w->findChild<QTabWidget *>(u"sakfaner"_s); faner && inn)
        for (int i = 0; i < faner->count(); ++i)
            if (faner->widget(i)->isAncestorOf(inn))
                faner->setCurrentIndex(i);
    if (!inn)
        qFatal("no registrerInngaaende button");
    v.modal(u"qt-journal"_s, [inn] { inn->click(); }, [&v](QWidget *dialog) {
        // The document's date is the program's date field (Datofelt): its arrow ("kalender")
        // opens the calendar pop-up ("kalenderPopup"), as F4 does from the keyboard.
        QAbstractButton *pil = nullptr;
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>(u"kalender"_s))
            if (!pil && b->isVisible())
                pil = b;
        if (!pil) {
            QTest::qFail("the incoming document's dialog has no date with a calendar pop-up", __FILE__, __LINE__);
            return;
        }
        QTest::mouseClick(pil, Qt::LeftButton);
        QWidget *kalender = nullptr; // shown at once, or a moment later on a loaded machine
        (void)QTest::qWaitFor([&] {
            kalender = dialog->findChild<QWidget *>(u"kalenderPopup"_s);
            return kalender && kalender->isVisible();
        }, 5000);
        if (!kalender || !kalender->isVisible()) {
            QTest::qFail("the date's arrow does not open the calendar pop-up", __FILE__, __LINE__);
            return;
        }
        v.ikkeModal(u"qt-kalender"_s, kalender);
    });
}

} // namespace

QSet<QString> vandre(const QString &mappe, Oversettelser &oversettelser, const Besoek &besoek)
{
    QDir().mkpath(mappe);
    Innstillinger::navn.sett(u"Kari Nordmann"_s);
    Innstillinger::tittel.sett(u"seniorrådgiver"_s);
    Innstillinger::telefon.sett(u"61 26 60 00"_s);
    Innstillinger::godkjenner.sett(u"Ola Nordmann"_s);
    Innstillinger::godkjennerTittel.sett(u"seksjonssjef"_s);
    const QByteArray eksempel = eksempelMedToObjekter();
    const QString sakId = QJsonDocument::fromJson([&] {
        for (const QByteArray &l : eksempel.split('\n'))
            if (l.contains("\"2024/9001\""))
                return l;
        return QByteArray();
    }()).object().value(u"id"_s).toString();
    const QString embete = QJsonDocument::fromJson(eksempel.left(eksempel.indexOf('\n'))).object().value(u"embete"_s).toString();
    Innstillinger::embete.sett(embete);
    auto store = lagLager(QDir(mappe).filePath(u"saker.sqlite"_s), eksempel + '\n' + helsesakMedLangeNavn(embete));
    auto tomt = lagLager(QDir(mappe).filePath(u"tomt.sqlite"_s), {});
    // A leader of the office with two colleagues, as a sync would have recorded it: offers the
    // assignment dialog.
    store->settMeta(u"sentral_lederroller"_s, embete);
    for (const auto &[bruker, leder] : {std::pair{u"kari"_s, 0}, std::pair{u"ola"_s, 1}}) {
        QSqlQuery q(store->db());
        q.prepare(u"INSERT INTO sentral_bruker (embete, bruker, leder) VALUES (?, ?, ?)"_s);
        q.addBindValue(embete);
        q.addBindValue(bruker);
        q.addBindValue(leder);
        if (!q.exec())
            qFatal("sentral_bruker: %s", qPrintable(q.lastError().text()));
    }

    Vandrer v(besoek);
    {
        Skrivebord sb(*tomt, Katalog::innebygd(), oversettelser);
        sb.start();
        v.besoek(u"velkomst"_s, sb.vindu());
    }
    Skrivebord sb(*store, Katalog::innebygd(), oversettelser);
    sb.start();
    MainWindow *w = sb.vindu();
    if (!w)
        qFatal("no main window");
    w->resize(1366, 768);
    v.besoek(u"hovedvindu"_s, w);
    w->aapneSak(sakId);
    if (!w->editor()->harSak() || w->editor()->sak().id != sakId)
        qFatal("the BM 5 case does not open");
    auto *faner = w->findChild<QTabWidget *>(u"sakfaner"_s);
    for (int i = 0; i < (faner ? faner->count() : 1); ++i) {
        if (faner)
            faner->setCurrentIndex(i);
        v.besoek(u"hovedvindu-sak-%1"_s.arg(i + 1), w);
    }
    if (faner)
        faner->setCurrentIndex(0);
    // The health case with long names, each page checked (uisjekk walks the tab pages).
    // The editor's own open: what the checks' Alt letters typed is dropped without a question.
    w->editor()->forkastEndringer(); // and its recovery copy
    w->editor()->aapne(u"5a0c7e1d-2b3f-4c6a-8d9e-0f1a2b3c4d5e"_s);
    if (!w->editor()->harSak() || w->editor()->sak().saksnummer.value_or(QString()) != u"2024/9003")
        qFatal("the health case does not open");
    v.besoek(u"hovedvindu-helsesak"_s, w);
    w->editor()->forkastEndringer();
    w->editor()->aapne(sakId);

    InnstillingerDialog profil(Katalog::innebygd(), w);
    profil.settFoersteGang();
    profil.show();
    if (!QTest::qWaitForWindowExposed(&profil))
        qFatal("the first-run profile is not shown");
    // Closing the first-run profile asks first (profilAvbryt); Escape there keeps the profile open.
    v.modal(u"profil-avbryt"_s, [&] { profil.close(); });
    v.ikkeModalUtenLukking(u"profil"_s, &profil);
    profil.done(QDialog::Rejected);
    v.modal(u"innstillinger"_s, [&] { handling(w, "handlingInnstillinger")->trigger(); });
    handling(w, "handlingVeiledning")->trigger();
    v.ikkeModal(u"brukerveiledning"_s, toppvindu("tilsyn::HjelpVindu"));
    v.modal(u"om"_s, [&] { handling(w, "handlingOm")->trigger(); });
    v.modal(u"sentral"_s, [&] { handling(w, "handlingSentral")->trigger(); });
    v.modal(u"kontroll"_s, [&] { handling(w, "handlingKontroller")->trigger(); });
    v.modal(u"godkjenning"_s, [&] { handling(w, "handlingGodkjenning")->trigger(); });
    v.modal(u"tildel"_s, [&] { handling(w, "handlingTildel")->trigger(); });
    v.modal(u"historikk"_s, [&] { handling(w, "handlingHistorikk")->trigger(); });
    v.modal(u"partsbrev"_s, [&] { handling(w, "handlingPartsbrev")->trigger(); });
    for (const char *knapp : {"registrerInngaaende", "registrerNotat"}) {
        auto *b = w->findChild<QAbstractButton *>(QString::fromLatin1(knapp));
        if (faner) // the journal's page
            for (int i = 0; i < faner->count(); ++i)
                if (faner->widget(i)->isAncestorOf(b))
                    faner->setCurrentIndex(i);
        v.modal(QString::fromLatin1(knapp) == u"registrerNotat" ? u"journal-notat"_s : u"journal-inngaaende"_s,
                [b] { b->click(); });
    }
    {
        AvskrivDialog d({{u"1"_s, u"2024/9001-2 Avgjørelse i tilsynssak"_s}}, w);
        v.ikkeModal(u"avskriv"_s, &d);
    }
    v.modal(u"avslutningsgrunn"_s, [&] {
        Avslutningsgrunn::spoer(w, {SakRepository::uavskrevneDokumenter({u"2024/4711-1 «Henvendelse»"_s, u"2024/4711-3 «Uttalelse»"_s})});
    });
    {
        SendTilGodkjenningDialog d({{u"kari"_s, false}, {u"ola"_s, true}}, w);
        v.ikkeModal(u"send-til-godkjenning"_s, &d);
    }
    {
        SakRepository repo(*store, Katalog::innebygd());
        JsonlImport imp(*store, repo, Katalog::innebygd());
        // One case unchanged, one changed (its summary), one new: the preview has all three.
        QByteArrayList linjer = eksempel.split('\n').mid(0, 3);
        QJsonObject endret = QJsonDocument::fromJson(linjer[1]).object();
        endret.insert(u"sammendrag"_s, u"Endret etter ny opplysning fra innsender."_s);
        linjer[1] = QJsonDocument(endret).toJson(QJsonDocument::Compact);
        QJsonObject ny = QJsonDocument::fromJson(linjer[2]).object();
        ny.insert(u"id"_s, u"0b6f1a52-3c1e-4d0a-9a57-6f0f2d3e9c11"_s);
        ny.insert(u"saksnummer"_s, u"2024/9002"_s);
        linjer[2] = QJsonDocument(ny).toJson(QJsonDocument::Compact);
        const JsonlImport::Lest lest = imp.les(linjer.join('\n'), u"saker.jsonl"_s);
        ImportForhaandsvisning d(lest, u"saker.jsonl"_s, w);
        v.ikkeModal(u"importforhaandsvisning"_s, &d);
    }
    // The letter window; in it, finalising asks once (and is answered: the case then has a
    // document to open).
    v.modal(u"brev"_s, [&] { handling(w, "handlingSkrivUt")->trigger(); }, [&](QWidget *brev) {
        besoekLukkespoersmaal(v, brev); // a deadline that is not a date: closing asks (Cancel)
        auto *ferdig = brev->findChild<QAbstractButton *>(u"ferdigstill"_s);
        v.modal(u"ferdigstill"_s, [ferdig] { ferdig->click(); }, [](QWidget *boks) {
            // The first of the case's two decisions: the milestone is not ticked by default
            // (issue 10); the walk closes the case with it, so its follow-up can be walked.
            if (auto *milepel = boks->findChild<QAbstractButton *>(u"medMilepel"_s))
                milepel->setChecked(true);
            if (auto *ja = boks->findChild<QAbstractButton *>(u"bekreftFerdigstill"_s))
                ja->click();
        });
    });
    QCoreApplication::processEvents();
    if (auto *vis = w->findChild<QAbstractButton *>(u"visDokument"_s); vis && vis->isEnabled()) {
        vis->click();
        QTest::qWait(800); // QtPdf renders the pages on its own thread
        v.ikkeModal(u"dokumentvisning"_s, toppvindu("dokumentvisning"));
    } else {
        QTest::qFail("the finalised letter cannot be opened from the case's documents", __FILE__, __LINE__);
    }
    handling(w, "handlingSynkproblemer")->trigger();
    // Resolve's question (views/konfliktbekreftelse), on a conflict as a sync records it: Keep
    // mine over Kari's summary, answered No (Escape); the conflict is then taken away again, so
    // the window itself is visited (and pictured) as before.
    if (auto *sp = qobject_cast<SynkProblemVisning *>(toppvindu("tilsyn::SynkProblemVisning"))) {
        const auto konflikt = [&store](const QString &sql, const QVariantList &verdier) {
            QSqlQuery q(store->db());
            q.prepare(sql);
            for (const QVariant &x : verdier)
                q.addBindValue(x);
            if (!q.exec())
                qFatal("walk: conflict: %s", qPrintable(q.lastError().text()));
        };
        konflikt(u"INSERT INTO sync_konflikt (sak_id, op_id, server_rev, felt, base, mine, deres, registrert) "
                 u"VALUES (?, 'vandring', 1, 'sammendrag', '\"Før\"', '\"Min tekst\"', '\"Karis tekst\"', "
                 u"'2026-11-30T09:00:00.000Z')"_s, {sakId});
        konflikt(u"INSERT INTO sync_konflikt_deres (op_id, felt, av, tidspunkt) "
                 u"VALUES ('vandring', 'sammendrag', 'kari', '2026-11-30T08:55:00Z')"_s, {});
        sp->lesPaaNytt();
        QCoreApplication::processEvents();
        auto *mine = sp->findChild<QAbstractButton *>(u"velgMine"_s);
        auto *loes = sp->findChild<QAbstractButton *>(u"loes"_s);
        if (mine)
            mine->click();
        if (loes && loes->isEnabled())
            v.modal(u"bekreftKonflikt"_s, [loes] { loes->click(); });
        else
            QTest::qFail("the conflicts window offers no Resolve for the walk's conflict", __FILE__, __LINE__);
        konflikt(u"DELETE FROM sync_konflikt_deres WHERE op_id = 'vandring'"_s, {});
        konflikt(u"DELETE FROM sync_konflikt WHERE op_id = 'vandring'"_s, {});
        sp->lesPaaNytt();
    }
    v.ikkeModal(u"synkproblemer"_s, toppvindu("tilsyn::SynkProblemVisning"));
    emit w->visningsmeny()->aboutToShow();
    QAction *start = handling(w, "handlingStartOppfolging");
    (start->isEnabled() ? start : handling(w, "handlingOppfolging"))->trigger();
    v.ikkeModal(u"oppfolging"_s, toppvindu("tilsyn::OppfolgingVisning"));
    // Closing the follow-up asks once, then offers the closing letter. First every breach is
    // recorded as documented and corrected (as the service's answer would be), then the window
    // is opened again and Close follow-up pressed; the question is answered yes, the offer "later".
    {
        SakRepository saker(*store, Katalog::innebygd());
        OppfolgingRepository oppfolging(*store, saker);
        const QList<Oppfolging> aapne = oppfolging.aapne();
        const QDate idag = QDate::currentDate();
        const Endringskontekst hvem{.bruker = u"kari"_s};
        for (const Oppfolging &o : aapne)
            for (const Lovbruddoppfolging &l : o.lovbrudd) {
                Problemer p = oppfolging.registrerDokumentasjon(l.id, idag, u"Reviderte rutiner og stikkprøver"_s, hvem);
                p += oppfolging.markerRettet(l.id, idag, u"Stikkprøver viser endret praksis"_s, hvem);
                for (const Problem &x : std::as_const(p))
                    qWarning("walk: the follow-up of %s: %s: %s", qPrintable(o.sakId), qPrintable(x.felt), qPrintable(x.melding));
            }
        handling(w, "handlingOppfolging")->trigger();
        auto *vindu = qobject_cast<OppfolgingVisning *>(toppvindu("tilsyn::OppfolgingVisning"));
        if (vindu && !aapne.isEmpty())
            vindu->endret(aapne.constFirst().sakId);
        QCoreApplication::processEvents();
        if (auto *liste = vindu ? vindu->findChild<QAbstractItemView *>(u"oppfolgingsliste"_s) : nullptr) {
            liste->setFocus();
            liste->setCurrentIndex(liste->model()->index(0, 0)); // the walk's one follow-up
        }
        QCoreApplication::processEvents();
        auto *avslutt = vindu ? vindu->findChild<QAbstractButton *>(u"avslutt"_s) : nullptr;
        qInfo("walk: %lld open follow-ups; Close follow-up %s", qlonglong(aapne.size()),
              !avslutt ? "missing" : avslutt->isEnabled() ? "enabled" : qPrintable(avslutt->toolTip()));
        if (!avslutt || !avslutt->isEnabled()) {
            QTest::qFail("the follow-up window offers no enabled Close follow-up for the walk's case", __FILE__, __LINE__);
        } else {
            v.modal(u"avslutt-oppfolging"_s, [avslutt] { avslutt->click(); }, [&v](QWidget *boks) {
                auto *mb = qobject_cast<QMessageBox *>(boks);
                QAbstractButton *ja = nullptr;
                for (QAbstractButton *b : mb ? mb->buttons() : QList<QAbstractButton *>())
                    if (mb->buttonRole(b) == QMessageBox::AcceptRole)
                        ja = b;
                if (!ja)
                    return;
                // The offer opens after this question's event loop has ended: a timer visits it
                // and answers "later" (Escape).
                auto *vakt = new QTimer;
                vakt->setInterval(50);
                QObject::connect(vakt, &QTimer::timeout, vakt, [&v, boks, vakt] {
                    QWidget *m = QApplication::activeModalWidget();
                    if (!m || m == boks || !m->isVisible())
                        return;
                    vakt->stop();
                    vakt->deleteLater();
                    m = test::ventPaaModal(); // it is answered by keys
                    if (!m)
                        return;
                    v.besoek(u"avslutningsbrev-tilbud"_s, m);
                    QTest::keyClick(m, Qt::Key_Escape);
                });
                vakt->start();
                ja->click();
            });
        }
        if (vindu)
            vindu->close();
    }
    handling(w, "handlingStatistikk")->trigger();
    // Computed on its own thread: visited once the result is shown (a fixed 1.5 s sleep saw a
    // half-built window on a loaded machine). The wait ends as soon as the result is there.
    auto *statistikk = qobject_cast<StatistikkVisning *>(toppvindu("tilsyn::StatistikkVisning"));
    if (!statistikk || !QTest::qWaitFor([statistikk] { return !statistikk->beregner(); }, 60000))
        QTest::qFail("the statistics window did not open or did not compute within 60 s", __FILE__, __LINE__);
    v.ikkeModal(u"statistikk"_s, statistikk);
    w->editor()->forkastEndringer();
    vandreQtDialoger(v, w, sakId);
    return v.m_sett;
}

QSet<QString> vinduerIKilden(const QString &kilde)
{
    QSet<QString> ut;
    static const QRegularExpression klasse(u"class (\\w+) final : public (?:QDialog|QMainWindow)\\b"_s);
    static const QRegularExpression vindu(u"(\\w+)->setWindowFlag\\(Qt::Window\\)"_s);
    static const QRegularExpression adHoc(
        u"(?:new QDialog|QDialog \\w+|QMessageBox \\w+)\\([^;]*;\\s*\\w+(?:->|\\.)setObjectName\\(u\"(\\w+)\"_s\\)"_s);
    static const QRegularExpression spoersmaal(
        u"QInputDialog::get\\w+\\(\\s*[^,]+,\\s*(?:tr\\(|QCoreApplication::translate\\(\"[^\"]+\",\\s*)\"([^\"]+)\""_s);
    QStringList filer;
    for (const QString &mappe : {u"views"_s, u"app"_s}) {
        QDirIterator it(QDir(kilde).filePath(mappe), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            filer.append(it.next());
    }
    for (const QString &fil : std::as_const(filer)) {
        QFile f(fil);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        const QString tekst = QString::fromUtf8(f.readAll());
        for (const auto &m : klasse.globalMatch(tekst))
            ut.insert(u"klasse:"_s + m.captured(1));
        for (const auto &m : vindu.globalMatch(tekst)) {
            const QRegularExpression ny(u"\\b"_s + QRegularExpression::escape(m.captured(1)) + u"\\s*=\\s*new (\\w+)\\("_s);
            if (const auto n = ny.match(tekst); n.hasMatch())
                ut.insert(u"klasse:"_s + n.captured(1));
            else
                ut.insert(u"ukjent vindu:"_s + m.captured(1));
        }
        for (const auto &m : adHoc.globalMatch(tekst))
            ut.insert(u"objekt:"_s + m.captured(1));
        for (const auto &m : spoersmaal.globalMatch(tekst))
            ut.insert(u"tittel:"_s + m.captured(1));
    }
    return ut;
}

} // namespace tilsyn::vandring
