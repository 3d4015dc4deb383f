// Every window and dialog of the desktop, in bokmål and nynorsk (issue 10 item 6 and 9): opened
// offscreen by the shared walk (vinduvandring), each checked for
//  - no accelerator letter used twice in the window (labels, buttons, group boxes, tab titles,
//    menu titles; a letter on a hidden tab page only with its page), none twice in one menu;
//  - every input field named by a label with a buddy, every table with an accessible name;
//  - every menu entry with an accelerator or a shortcut;
//  - no visible text left as in English (the same window walked in English first);
//  - in bokmål and nynorsk, on a 1366×768 screen (tests/views/skjerm-1366x768.json): no label,
//    tick box, radio button or push button whose text does not fit it, and every label's Alt
//    letter, pressed with QTest, moves the focus to its field (uisjekk::avklipt, doedeAkseleratorer);
//  - Tab walks each form top-to-bottom, left-to-right as it is laid out on the screen, and reaches
//    every field (tabrekkefolge: every page of the case editor, the subject and assessment forms,
//    every dialog — a new form is checked as soon as the walk opens it).
// The walk must reach every window the sources make: a new dialog not in the walk fails here.

#include "helkombo.h"
#include "domain/katalog.h"
#include "oversettelser.h"
#include "tabrekkefolge.h"
#include "uisjekk.h"
#include "vandringssjekk.h"
#include "sperregrunn.h"
#include "vinduvandring.h"

#include "items/innstillinger.h"

#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tilsyn;

class TestAlleVinduer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_oversettelser.last(u"en"_s));
        Innstillinger::spraak.sett(u"en"_s);
        m_sett = vandring::vandre(m_dir.filePath(u"en"_s), m_oversettelser, [this](const QString &navn, QWidget *v) {
            m_engelsk.insert(navn, uisjekk::tekster(v));
        });
    }

    // The walk reached every window the sources of views/ make (and nothing it names is unknown).
    void alleVinduerErMed()
    {
        const QSet<QString> iKilden = vandring::vinduerIKilden(QStringLiteral(TILSYN_KILDE));
        QStringList liste(iKilden.cbegin(), iKilden.cend());
        liste.sort();
        qInfo("%lld windows in the sources: %s", qlonglong(liste.size()), qPrintable(liste.join(u' ')));
        QVERIFY2(iKilden.size() >= 18, qPrintable(u"only %1 windows found in the sources"_s.arg(iKilden.size())));
        QStringList mangler;
        for (const QString &v : iKilden)
            if (!m_sett.contains(v))
                mangler.append(v);
        mangler.sort();
        QVERIFY2(mangler.isEmpty(), qPrintable(u"windows the walk (tests/views/vinduvandring.cpp) does not open: "_s
                                               + mangler.join(u", "_s)));
        QVERIFY2(m_engelsk.size() >= 28, qPrintable(u"only %1 windows visited"_s.arg(m_engelsk.size())));
    }

    // The source scan finds each kind of window a change could add (so the check above fails).
    void kildeskanningFinnerNyeVinduer()
    {
        QTemporaryDir kilde;
        QVERIFY(QDir(kilde.path()).mkpath(u"views"_s));
        QFile f(kilde.filePath(u"views/ny.cpp"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("class NyDialog final : public QDialog\n{\n};\n"
                "void f() {\n    auto *v = new NyVisning(this);\n    v->setWindowFlag(Qt::Window);\n"
                "    QMessageBox boks(QMessageBox::Question, t, t);\n    boks.setObjectName(u\"nyBoks\"_s);\n"
                "    QInputDialog::getText(this, tr(\"New question\"), tr(\"x\"));\n}\n");
        f.close();
        QCOMPARE(vandring::vinduerIKilden(kilde.path()),
                 (QSet<QString>{u"klasse:NyDialog"_s, u"klasse:NyVisning"_s, u"objekt:nyBoks"_s, u"tittel:New question"_s}));
    }

    // The two checks on the 1366×768 screen find what they are for: a wrapped label and a button
    // squeezed, a label whose buddy nothing in can take the focus; a good label passes.
    void sjekkeneFinnerFeil()
    {
        QWidget vindu; // not a QDialog: the desktop's Dialogvakt would make it high enough
        auto *lag = new QFormLayout(&vindu);
        auto *beholder = new QWidget;
        (new QHBoxLayout(beholder))->addWidget(new QLabel(u"(nothing to type in)"_s));
        auto *doed = new QLabel(u"&Navn:"_s);
        doed->setBuddy(beholder);
        lag->addRow(doed, beholder);
        auto *felt = new QLineEdit;
        auto *god = new QLabel(u"&Tittel:"_s);
        god->setBuddy(felt);
        lag->addRow(god, felt);
        auto *lang = new QLabel(u"Et brev av en type som må godkjennes, blir ferdigstilt først når en leder har "
                                "godkjent det i systemet, og signaturen nevner den lederen."_s);
        lang->setWordWrap(true);
        lag->addRow(lang);
        auto *knapp = new QPushButton(u"Registrer dokumentasjon &mottatt fra virksomheten"_s);
        lag->addRow(knapp);
        vindu.setFixedSize(240, 150);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowExposed(&vindu));
        const QStringList avklipt = uisjekk::avklipt(&vindu);
        QVERIFY2(avklipt.filter(u"QLabel  'Et brev av en type"_s).size() == 1, qPrintable(avklipt.join(u'\n')));
        QVERIFY2(avklipt.filter(u"QPushButton  'Registrer dokumentasjon mottatt fra virksomheten'"_s).size() == 1, qPrintable(avklipt.join(u'\n')));
        const QStringList doede = uisjekk::doedeAkseleratorer(&vindu);
        QCOMPARE(doede.size(), 1);
        QVERIFY2(doede[0].startsWith(u"Alt+N of label '&Navn:' does not reach QWidget"_s), qPrintable(doede[0]));
    }

    // Issue 10 tryout: the keyboard check finds an Alt letter the eye cannot find ("K&ilder:",
    // "Konklus&jon:", a menu's "Sam&page") while the text has another letter free in the window,
    // and proposes a free word start first; a narrow letter with nothing else free passes, and
    // the same texts with readable letters pass.
    void uleseligeBokstaverFinnes()
    {
        QMainWindow vindu;
        auto *meny = vindu.menuBar()->addMenu(u"&Fil"_s);
        meny->addAction(u"Sam&page"_s);
        meny->addAction(u"&Annet"_s);
        auto *side = new QWidget;
        auto *lag = new QFormLayout(side);
        QLabel *kilder = nullptr, *konklusjon = nullptr;
        for (const auto &[tekst, etikett] : {std::pair{u"K&ilder:"_s, &kilder}, {u"Konklus&jon:"_s, &konklusjon}}) {
            *etikett = new QLabel(tekst);
            auto *felt = new QLineEdit;
            felt->setAccessibleName(tekst);
            (*etikett)->setBuddy(felt);
            lag->addRow(*etikett, felt);
        }
        auto *li = new QLabel(u"J&i:"_s); // "J" is hard to see as well: nothing else free
        auto *liFelt = new QLineEdit;
        li->setBuddy(liFelt);
        lag->addRow(li, liFelt);
        vindu.setCentralWidget(side);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowExposed(&vindu));
        QStringList feil = uisjekk::tastaturfeil(&vindu).filter(u"hard to see"_s);
        QVERIFY2(feil.size() == 3, qPrintable(feil.join(u'\n')));
        QVERIFY2(feil.filter(u"accelerator 'i' of 'K&ilder:' is hard to see"_s).size() == 1, qPrintable(feil.join(u'\n')));
        QVERIFY2(feil.filter(u"free in the window: k, d, e, r"_s).size() == 1, qPrintable(feil.join(u'\n')));
        QVERIFY2(feil.filter(u"accelerator 'j' of 'Konklus&jon:'"_s).size() == 1, qPrintable(feil.join(u'\n')));
        QVERIFY2(feil.filter(u"menu &Fil: accelerator 'p' of 'Sam&page'"_s).size() == 1, qPrintable(feil.join(u'\n')));
        kilder->setText(u"&Kilder:"_s);
        konklusjon->setText(u"K&onklusjon:"_s); // "K" is taken by Kilder
        meny->actions().constFirst()->setText(u"&Sampage"_s);
        feil = uisjekk::tastaturfeil(&vindu);
        QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
    }

    // The data check (visningssjekk) finds each kind of cut data a caseworker saw: a combo box
    // too narrow for its current text whose popup cuts it too, a header and a cell cut,
    // a short list that scrolls, columns short of the table's width; the same widgets wide
    // enough pass.
    void dataSjekkenFinnerFeil()
    {
        QWidget vindu;
        auto *lag = new QVBoxLayout(&vindu);
        auto *kombo = new QComboBox;
        kombo->addItems({u"Vangen sjukeheim, avdeling for langtidsopphald"_s, u"Per Hansen"_s});
        kombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        kombo->setMinimumContentsLength(8);
        kombo->setMaximumWidth(150);
        kombo->setProperty("tilsynHelKombo", true); // Dialogvakt (installed by the walk) leaves its popup as Qt makes it
        lag->addWidget(kombo);
        auto *tabell = new QTableWidget(3, 2);
        tabell->setObjectName(u"tabell"_s);
        tabell->setHorizontalHeaderLabels({u"Alvorlig"_s, u"Frist"_s});
        tabell->setWordWrap(false); // a cell elides, as the case list's do
        tabell->setItem(0, 1, new QTableWidgetItem(u"21.12.2026 (181 dager igjen)"_s));
        // Elided with the whole text in the tooltip: accepted; a tooltip that says something else: cut.
        auto *hel = new QTableWidgetItem(u"Vangen sjukeheim, avdeling for langtidsopphald"_s);
        hel->setToolTip(hel->text());
        tabell->setItem(1, 1, hel);
        auto *annen = new QTableWidgetItem(u"Kristoffer Andreas Johannessen-Skjervheim"_s);
        annen->setToolTip(u"Helsepersonell"_s);
        tabell->setItem(2, 1, annen);
        tabell->setColumnWidth(0, 30);
        tabell->setColumnWidth(1, 80);
        tabell->setMaximumWidth(300);
        lag->addWidget(tabell);
        auto *liste = new QListWidget;
        liste->setObjectName(u"kilder"_s);
        for (int i = 0; i < 12; ++i)
            liste->addItem(u"Kilde %1"_s.arg(i));
        liste->setFixedHeight(80);
        lag->addWidget(liste);
        vindu.resize(400, 500);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowExposed(&vindu));
        QStringList feil = uisjekk::avklipt(&vindu);
        const QString alle = feil.join(u'\n');
        QVERIFY2(feil.filter(u"QComboBox  shows 'Vangen sjukeheim, avdeling for langtidsopphald' cut"_s).size() == 1, qPrintable(alle));
        QVERIFY2(feil.filter(u"header 0 'Alvorlig' needs"_s).size() == 1, qPrintable(alle));
        QVERIFY2(feil.filter(u"cell (0,1) '21.12.2026 (181 dager igjen)' needs"_s).size() == 1, qPrintable(alle));
        QVERIFY2(feil.filter(u"cell (2,1) 'Kristoffer Andreas Johannessen-Skjervheim' needs"_s).size() == 1, qPrintable(alle));
        QVERIFY2(feil.filter(u"cell (1,1)"_s).isEmpty(), qPrintable(alle));
        QVERIFY2(feil.filter(u"QListWidget kilder needs a scroll bar for its 12 rows"_s).size() == 1, qPrintable(alle));
        QVERIFY2(feil.filter(u"QTableWidget tabell: its columns leave"_s).size() == 1, qPrintable(alle));
        QVERIFY2(feil.filter(u"item 0 'Vangen sjukeheim, avdeling for langtidsopphald' is cut in its popup"_s).size() == 1,
                 qPrintable(alle));
        QVERIFY2(feil.size() == 7, qPrintable(alle));
        // Made wide enough, nothing is found.
        kombo->setMaximumWidth(QWIDGETSIZE_MAX);
        kombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        visHeleTeksten(kombo);
        tabell->setMaximumWidth(QWIDGETSIZE_MAX);
        tabell->resizeColumnsToContents();
        tabell->horizontalHeader()->setStretchLastSection(true);
        liste->setFixedHeight(liste->sizeHintForRow(0) * 12 + 2 * liste->frameWidth());
        vindu.resize(600, 600);
        QCoreApplication::processEvents();
        feil = uisjekk::avklipt(&vindu);
        QVERIFY2(feil.isEmpty(), qPrintable(feil.join(u'\n')));
    }

    // The walk's later checks (vandringssjekk) find what they are for: a disabled button without a
    // reason, a focusable field nothing names, a bokmål text left in nynorsk; the same made right pass.
    void vandringssjekkeneFinnerFeil()
    {
        QWidget vindu;
        auto *lag = new QFormLayout(&vindu);
        auto *stum = new QPushButton(u"&Legg til"_s);
        stum->setEnabled(false);
        auto *forklart = new QPushButton(u"&Ta bort"_s);
        settTilgjengelig(forklart, u"Velg en vurdering i listen først."_s);
        auto *felt = new QLineEdit;
        lag->addRow(stum);
        lag->addRow(forklart);
        lag->addRow(felt);
        vindu.show();
        QVERIFY(QTest::qWaitForWindowExposed(&vindu));
        QStringList feil = vandringssjekk::utenGrunn(&vindu);
        QVERIFY2(feil.size() == 1 && feil[0].startsWith(u"disabled without a reason: QPushButton  'Legg til'"_s),
                 qPrintable(feil.join(u'\n')));
        feil = vandringssjekk::utenNavn(&vindu);
        QVERIFY2(feil == QStringList{u"no accessible name: QLineEdit  ''"_s}, qPrintable(feil.join(u'\n')));
        felt->setAccessibleName(u"Tittel"_s);
        settTilgjengelig(stum, u"Legg først til et tilsynsobjekt."_s);
        QVERIFY(vandringssjekk::utenGrunn(&vindu).isEmpty());
        QVERIFY(vandringssjekk::utenNavn(&vindu).isEmpty());
        // Bokmål in nynorsk: only a text whose translations differ; "%n sak(er)"-like patterns too.
        vandringssjekk::Maalformer maal({});
        maal.par(u"Status"_s, u"Status"_s);
        maal.par(u"&Velg"_s, u"&Vel"_s);
        maal.par(u"%n saker"_s, u"%n saker"_s);
        const QHash<QString, QString> nb{{u"a"_s, u"Status"_s}, {u"b"_s, u"Velg"_s}, {u"c"_s, u"12 saker"_s}, {u"d"_s, u"Lagre"_s}};
        QHash<QString, QString> nn = nb;
        nn.insert(u"d"_s, u"Lagra"_s);
        QCOMPARE(vandringssjekk::bokmaalINynorsk(nn, nb, maal), QStringList{u"bokmål in nynorsk: 'Velg' (b)"_s});
    }

    void vinduer_data()
    {
        QTest::addColumn<QString>("spraak");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("nn") << u"nn"_s;
    }

    void vinduer()
    {
        QFETCH(QString, spraak);
        const QRect skjerm = QGuiApplication::primaryScreen()->geometry();
        QCOMPARE(skjerm.size(), QSize(1366, 768)); // the caseworker's laptop (the ctest environment)
        QVERIFY(m_oversettelser.last(spraak));
        Innstillinger::spraak.sett(spraak);
        QStringList feil;
        QStringList besoekt;
        vandring::vandre(m_dir.filePath(u"sjekk-"_s + spraak), m_oversettelser, [&](const QString &navn, QWidget *v) {
            besoekt.append(navn);
            if (navn.startsWith(u"qt-"_s)) { // Qt's own dialogs: only their language (vandringssjekker)
                for (const QString &f : qtDialogsjekk(spraak, navn, v))
                    feil.append(u"%1: %2"_s.arg(navn, f));
                return;
            }
            QStringList her = uisjekk::tastaturfeil(v);
            if (spraak == u"en") // the letters the eye must find are the caseworkers' (nb, nn): not the source texts'
                her.removeIf([](const QString &f) { return f.contains(u"is hard to see"_s); });
            her += tabrekkefolge::feil(v);
            if (spraak != u"en") { // English is the source of the texts: only its keyboard is checked
                her += m_engelsk.contains(navn) ? uisjekk::uoversatt(v, m_engelsk.value(navn))
                                                : QStringList{u"not visited in English"_s};
                her += uisjekk::avklipt(v);
                her += uisjekk::doedeAkseleratorer(v);
            }
            her += vandringssjekker(spraak, navn, v);
            if (spraak != u"en")
                her += vandringssjekk::hjelpFeil(v); // F1: the guide at this window's section
            for (const QString &f : std::as_const(her))
                feil.append(u"%1: %2"_s.arg(navn, f));
        });
        qInfo("%s: %lld windows: %s", qPrintable(spraak), qlonglong(besoekt.size()), qPrintable(besoekt.join(u' ')));
        for (const QString &f : std::as_const(feil)) // each on its own line: QVERIFY2 cuts long messages
            qWarning("%s", qPrintable(f));
        QCOMPARE(besoekt.size(), m_engelsk.size());
        QVERIFY2(feil.isEmpty(), qPrintable(u"%1 problems, the first: %2"_s.arg(feil.size()).arg(feil.value(0))));
    }

private:
    // Issue 10, the walk's later checks (vandringssjekk.h): in bokmål and nynorsk every disabled
    // control says why and every focusable control has a name; in nynorsk no text left as the bokmål walk showed it (the nb row runs first).
    QStringList vandringssjekker(const QString &spraak, const QString &navn, QWidget *v)
    {
        if (spraak == u"en")
            return {};
        QStringList her = vandringssjekk::utenGrunn(v);
        if (!navn.startsWith(u"qt-"_s)) // Qt's own dialogs: their inner parts are Qt's to name
            her += vandringssjekk::utenNavn(v);
        if (spraak == u"nb") {
            QHash<QString, QString> nb = uisjekk::tekster(v);
            nb.insert(vandringssjekk::flereTekster(v));
            m_bokmaal.insert(navn, nb);
        } else if (!m_bokmaal.contains(navn)) {
            her.append(u"not visited in bokmål (run the nb row first)"_s);
        } else {
            if (!m_maalformer) {
                m_maalformer = std::make_unique<vandringssjekk::Maalformer>(QStringList{
                    QStringLiteral(TILSYN_KILDE "/i18n/tilsynsklient_nb.ts"), QStringLiteral(TILSYN_KILDE "/i18n/qt/qtbase_nb.ts")});
                // Catalogue names: the same in both only where the catalogue's nynorsk name is.
                using L = Katalog::Liste;
                for (L l : {L::Embete, L::Sektor, L::Objekttype, L::Tjenesteniva, L::Kilde, L::Tema, L::Utfall,
                            L::Konklusjon, L::Bestemmelse})
                    for (const KatalogPost &p : Katalog::innebygd().poster(l))
                        m_maalformer->par(p.navn, p.navnNn);
            }
            QHash<QString, QString> nn = uisjekk::tekster(v);
            nn.insert(vandringssjekk::flereTekster(v));
            her += vandringssjekk::bokmaalINynorsk(nn, m_bokmaal.value(navn), *m_maalformer);
            her += vandringssjekk::katalognavnPaaBokmaal(v); // data too: the catalogue has the nynorsk name
        }
        return her;
    }

    // Qt's own dialogs (the walk's "qt-…" visits): no English left (paths and file names shown
    // are data), in nynorsk no bokmål. Their keyboard and layout are Qt's.
    QStringList qtDialogsjekk(const QString &spraak, const QString &navn, QWidget *v)
    {
        if (const QString mappe = qEnvironmentVariable("TILSYN_QTDIALOG_BILDER"); !mappe.isEmpty()) // to look at them
            v->grab().save(QDir(mappe).filePath(u"%1-%2.png"_s.arg(navn, spraak)));
        if (spraak == u"en")
            return {};
        QStringList her = m_engelsk.contains(navn) ? uisjekk::uoversatt(v, m_engelsk.value(navn))
                                                   : QStringList{u"not visited in English"_s};
        her += vandringssjekker(spraak, navn, v);
        // Data (the folder shown), the same word in all three ("PDF (*.pdf)", the printer's
        // "Type:"), and Qt's own disabled Back/Forward (what they would say is Qt's to decide).
        static const QRegularExpression unntak(u"'/|'PDF \\(\\*\\.pdf\\)'|'Type:'|disabled without a reason"_s);
        her.removeIf([](const QString &f) { return f.contains(unntak); });
        return her;
    }

    QHash<QString, QHash<QString, QString>> m_bokmaal;
    std::unique_ptr<vandringssjekk::Maalformer> m_maalformer;
    QTemporaryDir m_dir;
    Oversettelser m_oversettelser;
    QSet<QString> m_sett;
    QHash<QString, QHash<QString, QString>> m_engelsk;
};

QTEST_MAIN(TestAlleVinduer)
#include "tst_allevinduer.moc"
