#include "mainwindow.h"

#include "listevalg.h"
#include "rullevern.h"
#include "filmappe.h"
#include "dialogvakt.h"

#include "sakslistedelegat.h"
#include "sakslistekolonner.h"
#include "tomlistemerknad.h"
#include "filarbeid.h"
#include "io/eksempellager.h"

#include "caseeditor.h"
#include "domain/katalog.h"
#include "innstillingerdialog.h"
#include "items/sakendring.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "sakfilterlinje.h"
#include "hovedtaster.h"
#include "sperregrunn.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "hjelpvindu.h"
#include "sorteringsmeny.h"
#include "standardknapper.h"
#include "velkomst.h"
#include "vindusstorrelse.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Store &store, SakRepository &repo, const Katalog &katalog, const QString &bruker,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_repo(repo)
    , m_katalog(katalog)
    , m_bruker(bruker)
    , m_liste(new SakListeModel(store, katalog, this))
    , m_filter(new SakFilterLinje(katalog, bruker, this))
    , m_visning(new QTableView(this))
    , m_editor(new CaseEditor(repo, katalog, bruker, this))
    , m_velkomst(new Velkomst(this))
    , m_side(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_lagerEtikett(new QLabel(this))
    , m_brukerEtikett(new QLabel(this))
    , m_synkEtikett(new QLabel(this))
    , m_antallEtikett(new QLabel(this))
    , m_problemKnapp(new QToolButton(this))
    , m_sakMerknad(new QLabel(this))
    , m_eksempelBanner(new QLabel(this))
{
    Rullevern::installer(); // the wheel changes no value of an unfocused field (one guard, every form)
    Dialogvakt::installer(); // focus back after a dialog closes (no window manager too)
    visSperregrunnIMenyer(); // a greyed menu item can be highlighted and says why in the status bar
    setObjectName(u"hovedvindu"_s);
    m_visning->setObjectName(u"saksliste"_s);
    m_synkEtikett->setObjectName(u"synkstatus"_s);
    m_antallEtikett->setObjectName(u"antall"_s);
    m_visning->setModel(m_liste);
    m_visning->setTabKeyNavigation(false); // Tab leaves the list; arrows move inside it
    m_visning->horizontalHeader()->setSortIndicator(m_liste->sorteringskolonne(), m_liste->sorteringsrekkefoelge());
    m_visning->setSortingEnabled(true);
    m_visning->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visning->setSelectionMode(QAbstractItemView::SingleSelection);
    m_visning->setAlternatingRowColors(true);
    m_visning->setWordWrap(false);
    m_visning->verticalHeader()->setVisible(false);
    m_visning->verticalHeader()->setDefaultSectionSize(m_visning->fontMetrics().height() + 8);
    m_visning->horizontalHeader()->setStretchLastSection(true); // no unused width at the right
    m_visning->horizontalHeader()->setSectionsMovable(true);
    SakListeDelegat::installer(m_visning); // each cell's text shaped once, widths measured on a page of rows
    m_kolonner = new Sakslistekolonner(m_visning, SakListeModel::SaksbehandlerColumn, SakListeModel::TilsynsobjektColumn);

    auto *venstre = new QWidget(this);
    auto *vLag = new QVBoxLayout(venstre);
    vLag->setContentsMargins(6, 6, 0, 0);
    vLag->addWidget(m_filter);
    vLag->addWidget(m_visning);
    m_side->addWidget(m_velkomst);
    // The open case, with a note above it when sync left something about it to decide.
    auto *sakside = new QWidget(this);
    auto *sLag = new QVBoxLayout(sakside);
    sLag->setContentsMargins(0, 0, 0, 0);
    sLag->setSpacing(0);
    m_sakMerknad->setObjectName(u"sakSynkmerknad"_s);
    m_sakMerknad->setWordWrap(true);
    m_sakMerknad->setContentsMargins(10, 6, 10, 6);
    m_sakMerknad->setStyleSheet(u"background: #fff4ce; color: #4a3800;"_s);
    m_sakMerknad->setVisible(false);
    connect(m_sakMerknad, &QLabel::linkActivated, this, &MainWindow::synkproblemerOnsket);
    sLag->addWidget(m_sakMerknad);
    sLag->addWidget(m_editor, 1);
    m_side->addWidget(sakside);
    m_splitter->addWidget(venstre);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Sample cases are unmistakable inside the window, not only in its title (issue 10 tryout:
    // without a window manager no title is shown): a coloured line across the top.
    auto *midt = new QWidget(this);
    auto *mLag = new QVBoxLayout(midt);
    mLag->setContentsMargins(0, 0, 0, 0);
    mLag->setSpacing(0);
    m_eksempelBanner->setObjectName(u"eksempelbanner"_s);
    m_eksempelBanner->setWordWrap(true);
    m_eksempelBanner->setContentsMargins(10, 6, 10, 6);
    m_eksempelBanner->setStyleSheet(u"background: #b54708; color: white; font-weight: bold;"_s);
    m_eksempelBanner->setVisible(Eksempellager::erEksempellager(store));
    mLag->addWidget(m_eksempelBanner);
    mLag->addWidget(m_splitter, 1);
    setCentralWidget(midt);

    m_lagerEtikett->setText(QDir::toNativeSeparators(store.sti()));
    m_brukerEtikett->setObjectName(u"bruker"_s);
    m_lagerEtikett->setProperty("tilsynData", true); // a path and a name: data, not program text
    m_brukerEtikett->setProperty("tilsynData", true);
    statusBar()->addWidget(m_antallEtikett);
    statusBar()->addWidget(m_lagerEtikett, 1);
    statusBar()->addPermanentWidget(m_brukerEtikett);
    statusBar()->addPermanentWidget(m_synkEtikett);
    m_problemKnapp->setObjectName(u"synkproblemer"_s);
    m_problemKnapp->setAutoRaise(true);
    m_problemKnapp->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problemKnapp->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemKnapp->setVisible(false);
    statusBar()->addPermanentWidget(m_problemKnapp);
    connect(m_problemKnapp, &QToolButton::clicked, this, &MainWindow::synkproblemerOnsket);

    byggHandlinger();
    oversett();

    connect(m_filter, &SakFilterLinje::filterEndret, m_liste, &SakListeModel::settFilterIBakgrunnen);
    // The selected (else the open) case stays selected across a filter when the new rows have it.
    new Listevalg(m_visning, m_liste, [this] { return m_editor->harSak() ? m_editor->sak().id : QString(); });
    connect(m_liste, &SakListeModel::antallEndret, this, &MainWindow::oppdaterTittel);
    // The welcome beside the list says "no cases yet" only while the store is empty: a sync or an
    // import that brings cases changes it (a leader's client said so beside three pulled cases).
    connect(m_liste, &SakListeModel::antallEndret, this, [this] { m_velkomst->settTomtLager(!m_liste->harSaker()); });
    connect(m_visning, &QTableView::activated, this, &MainWindow::velgFraListe);
    connect(m_visning, &QTableView::clicked, this, &MainWindow::velgFraListe);
    connect(m_editor, &CaseEditor::lagret, m_liste, &SakListeModel::sakLagret);
    connect(m_editor, &CaseEditor::lagret, this, &MainWindow::visRiktigSide);
    connect(m_editor, &CaseEditor::lagret, this, [this] { // Ctrl+S, Save or Save before closing
        statusBar()->showMessage(tr("Saved"), kLagretMeldingMs);
        oppdaterTittel(); // without its "*"
    });
    connect(m_editor, &CaseEditor::tilstandEndret, this, &MainWindow::oppdaterTittel);
    connect(m_velkomst, &Velkomst::nySak, this, &MainWindow::nySak);
    connect(m_velkomst, &Velkomst::importer, this, [this] {
        const QString fil = QFileDialog::getOpenFileName(this, tr("Import cases"), startsti(),
                                                         tr("JSON Lines (*.jsonl);;All files (*)"));
        huskMappe(fil);
        if (!fil.isEmpty())
            importer(fil);
    });
    connect(m_velkomst, &Velkomst::lastEksempel, this, &MainWindow::lastEksempel);
    if (Eksempellager::erEksempellager(m_store) && Innstillinger::eksempelfilter.erSatt())
        m_filter->settTilstand(Innstillinger::eksempelfilter.verdi());
    kobleHovedtaster(this, m_filter->soekefelt(), m_visning, m_editor); // Down from Søk; Alt+1…6 with no case

    settStorrelse(this, {1500, 900});
    restoreGeometry(Innstillinger::vindusgeometri.verdi());
    restoreState(Innstillinger::vindustilstand.verdi());
    m_kolonner->lesInn(); // the caseworker's columns, else Saksbehandler in view at 1366 px
    m_kolonner->visGjeldendeI(statusBar()); // the current row's Tilsynsobjekt whole, for the keyboard
    m_visning->horizontalHeader()->setStretchLastSection(true); // also over a state saved without it
    // Each column at least as wide as its header and its texts (issue 10: "… (181 dager ig…",
    // "Alvo"), measured on the visible rows and the others of a page (SakListeDelegat::installer)
    // each time the list is read; a column the caseworker made wider stays so.
    auto breddeEtterInnhold = [this] { SakListeDelegat::tilpassBredder(m_visning); };
    connect(m_liste, &QAbstractItemModel::modelReset, this, breddeEtterInnhold);
    connect(m_liste, &QAbstractItemModel::layoutChanged, this, breddeEtterInnhold);
    connect(m_liste, &QAbstractItemModel::rowsInserted, this, breddeEtterInnhold);
    connect(m_liste, &QAbstractItemModel::dataChanged, this, breddeEtterInnhold);
    breddeEtterInnhold();
    tilpassListe();
    // The case's pages need the room (six tabs, the assessment form: a wider list cut a provision's
    // name on the Vurderinger page at 1366×768): the list scrolls sideways, its first columns
    // (saksnummer, frist, alvorlig, status, saksbehandler) in view, the tilsynsobjekt in the status
    // bar as the keyboard moves (Sakslistekolonner::visGjeldendeI) and in each cell's tooltip.
    m_splitter->setSizes({width() * 43 / 100, width() * 57 / 100});
    new TomListeMerknad(m_visning, m_liste); // "no case matches" / "no cases yet" over an empty list
    m_splitter->restoreState(Innstillinger::splitter.verdi());
    // The header's restored sort indicator drives the model's ORDER BY.
    m_liste->sort(m_visning->horizontalHeader()->sortIndicatorSection(),
                  m_visning->horizontalHeader()->sortIndicatorOrder());
    visRiktigSide();
    oppdaterTittel();
}

MainWindow::~MainWindow() = default;

void MainWindow::byggHandlinger()
{
    auto handling = [this](const char *navn, QKeySequence::StandardKey tast, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(navn));
        if (tast != QKeySequence::UnknownKey)
            a->setShortcut(tast);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_ny = handling("handlingNy", QKeySequence::New, &MainWindow::nySak);
    m_lagre = handling("handlingLagre", QKeySequence::Save, &MainWindow::lagre);
    m_importer = handling("handlingImporter", QKeySequence::Open, [this] {
        const QString fil = QFileDialog::getOpenFileName(this, tr("Import cases"), QString(),
                                                         tr("JSON Lines (*.jsonl);;All files (*)"));
        if (!fil.isEmpty())
            importer(fil);
    });
    m_eksporter = handling("handlingEksporter", QKeySequence::UnknownKey, [this] {
        const QString fil = QFileDialog::getSaveFileName(this, tr("Export cases"), startsti(u"tilsynssaker.jsonl"_s),
                                                         tr("JSON Lines (*.jsonl);;All files (*)"));
        huskMappe(fil); // the status bar already says where (eksporter())
        if (!fil.isEmpty())
            eksporter(fil);
    });
    m_eksempel = handling("handlingEksempel", QKeySequence::UnknownKey, &MainWindow::lastEksempel);
    m_nyeEksempel = handling("handlingNyeEksempel", QKeySequence::UnknownKey, &MainWindow::lastNyeEksempel);
    // In a window on the example store: Close (Ctrl+W) ends it, and the own store's window has the
    // keyboard again (Skrivebord::aapneEksempelvindu); making the sample cases again there is not offered.
    m_lukkEksempel = handling("handlingLukkEksempel", QKeySequence::Close, &QWidget::close);
    QList<QKeySequence> lukk = QKeySequence::keyBindings(QKeySequence::Close); // Ctrl+W first: the one the banner names
    lukk.removeAll(QKeySequence(Qt::CTRL | Qt::Key_W));
    lukk.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_lukkEksempel->setShortcuts(lukk);
    const bool eksempellager = Eksempellager::erEksempellager(m_store);
    m_lukkEksempel->setVisible(eksempellager);
    m_lukkEksempel->setEnabled(eksempellager); // its shortcut too: the own window is not closed by Ctrl+W
    for (QAction *a : {m_eksempel, m_nyeEksempel}) {
        a->setVisible(!eksempellager);
        a->setEnabled(!eksempellager);
    }
    m_skrivUt = handling("handlingSkrivUt", QKeySequence::Print, [this] {
        if (m_editor->harSak())
            emit brevOnsket(m_editor->sak());
    });
    m_skrivUt->setEnabled(false); // enabled while a case is open
    m_avslutt = handling("handlingAvslutt", QKeySequence::Quit, &QWidget::close);
    if (m_avslutt->shortcut().isEmpty()) // Windows and some platform themes have no standard Quit key
        m_avslutt->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Quit works from every window of the program (follow-up, statistics …), not only this one.
    m_avslutt->setShortcutContext(Qt::ApplicationShortcut);
    m_finn = handling("handlingFinn", QKeySequence::Find, [this] {
        m_filter->soekefelt()->setFocus();
        m_filter->soekefelt()->selectAll();
    });
    m_innstillinger = handling("handlingInnstillinger", QKeySequence::Preferences, [this] {
        const QString foer = Innstillinger::spraak.verdi();
        InnstillingerDialog d(m_katalog, this);
        if (d.exec() != QDialog::Accepted)
            return;
        settBruker(Innstillinger::navn.verdi());
        m_filter->innstillingerEndret();
        if (m_editor->harSak())
            m_editor->oppdater(); // the soft target for choosing a behandlingsmåte
        if (Innstillinger::spraak.verdi() != foer)
            emit spraakEndret();
    });
    // Own undo/redo actions rather than QUndoStack::createUndoAction(): that one fixes its
    // "Undo %1" prefix in the language of the moment and never re-translates it.
    QUndoStack *stabel = m_editor->undoStack();
    m_angre = handling("handlingAngre", QKeySequence::Undo, [this, stabel] {
        // Undo goes on past a save, as in any editor; the case is then unsaved again, and says so.
        const bool lagret = stabel->isClean() && !m_editor->erEndret();
        const QString hva = m_angre->text();
        stabel->undo();
        if (lagret && m_editor->erEndret())
            statusBar()->showMessage(tr("%1: the case now differs from what is saved. Save (%2) to keep it so; "
                                        "the saved case is unchanged until then.")
                                         .arg(QString(hva).remove(QRegularExpression(u"&(?!&)"_s)),
                                              m_lagre->shortcut().toString(QKeySequence::NativeText)),
                                     kLagretMeldingMs * 2);
    });
    m_gjoerOm = handling("handlingGjoerOm", QKeySequence::Redo, [stabel] { stabel->redo(); });
    // Disabled with their reason (sperregrunn.h), set by oversettAngre.
    connect(stabel, &QUndoStack::canUndoChanged, this, &MainWindow::oversettAngre);
    connect(stabel, &QUndoStack::canRedoChanged, this, &MainWindow::oversettAngre);
    connect(stabel, &QUndoStack::undoTextChanged, this, &MainWindow::oversettAngre);
    connect(stabel, &QUndoStack::redoTextChanged, this, &MainWindow::oversettAngre);
    // The guide at the section of the window F1 was pressed in; a modal dialog's F1 is caught by fangF1.
    m_veiledning = handling("handlingVeiledning", QKeySequence::UnknownKey, [this] {
        HjelpVindu::visFor(QApplication::activeWindow() ? QApplication::activeWindow() : this);
    });
    m_veiledning->setShortcut(QKeySequence(Qt::Key_F1));
    m_veiledning->setShortcutContext(Qt::ApplicationShortcut); // F1 in every window (Statistics, follow-up)
    HjelpVindu::fangF1();
    m_om = handling("handlingOm", QKeySequence::UnknownKey, [this] {
        QMessageBox::about(this, tr("About Tilsynsklient"),
                           tr("<h3>Tilsynsklient %1</h3><p>Supervision cases for the statsforvaltere: registering, "
                              "deadlines, assessments, letters and follow-up.</p><p>Store: %2</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                    QDir::toNativeSeparators(m_store.sti()).toHtmlEscaped()));
    });

    // On the window too, so every shortcut works whatever has the focus, menus closed or not.
    addActions({m_ny, m_lagre, m_importer, m_eksporter, m_eksempel, m_nyeEksempel, m_lukkEksempel, m_skrivUt, m_avslutt, m_angre, m_gjoerOm, m_finn,
                m_innstillinger, m_veiledning, m_om});
    m_filMeny = menuBar()->addMenu(QString());
    m_filMeny->addActions({m_ny, m_lagre});
    m_filMeny->addSeparator();
    m_filMeny->addActions({m_importer, m_eksporter, m_eksempel, m_nyeEksempel, m_lukkEksempel});
    m_filMeny->addSeparator();
    m_filMeny->addAction(m_skrivUt);
    m_filMeny->addSeparator();
    m_filMeny->addAction(m_avslutt);
    m_redigerMeny = menuBar()->addMenu(QString());
    m_redigerMeny->addActions({m_angre, m_gjoerOm});
    m_redigerMeny->addSeparator();
    m_redigerMeny->addActions({m_finn, m_innstillinger});
    m_visMeny = menuBar()->addMenu(QString());
    m_visMeny->setObjectName(u"visningsmeny"_s);
    m_hjelpMeny = menuBar()->addMenu(QString());
    m_hjelpMeny->setObjectName(u"hjelpemeny"_s);
    m_hjelpMeny->addActions({m_veiledning, m_om});

    auto *verktoey = addToolBar(QString());
    m_verktoey = verktoey;
    verktoey->setObjectName(u"verktoeylinje"_s);
    verktoey->addActions({m_ny, m_lagre});
    verktoey->addSeparator();
    verktoey->addActions({m_angre, m_gjoerOm});
    verktoey->addSeparator();
    verktoey->addActions({m_finn, m_skrivUt});
    verktoey->toggleViewAction()->setObjectName(u"visVerktoeylinje"_s);
    m_visMeny->addAction(verktoey->toggleViewAction());
    leggTilSorteringsmeny(m_visMeny, m_visning); // the list sorted without a mouse (issue 10)
    m_visMeny->addSeparator(); // other views add themselves below
    // A greyed entry says why on the mouse too, not only in the status bar when highlighted.
    for (QMenu *m : {m_filMeny, m_redigerMeny, m_visMeny, m_hjelpMeny})
        m->setToolTipsVisible(true);
}

void MainWindow::oversett()
{
    m_filMeny->setTitle(tr("&File"));
    m_redigerMeny->setTitle(tr("&Edit"));
    m_visMeny->setTitle(tr("&View"));
    m_hjelpMeny->setTitle(tr("&Help"));
    m_ny->setText(tr("&New case"));
    m_lagre->setText(tr("&Save"));
    m_importer->setText(tr("&Import…"));
    m_eksporter->setText(tr("&Export…"));
    m_eksempel->setText(tr("&Load sample cases"));
    m_nyeEksempel->setText(tr("&Fresh sample cases"));
    m_nyeEksempel->setToolTip(tr("Makes the sample cases again: what was changed in them and the filter of their window go"));
    m_lukkEksempel->setText(tr("&Close sample cases"));
    m_eksempelBanner->setText(tr("Sample cases – not your cases. %1 closes them and takes you back to your own store.")
                                  .arg(m_lukkEksempel->shortcut().toString(QKeySequence::NativeText)));
    m_skrivUt->setText(tr("&Write letter…"));
    m_avslutt->setText(tr("&Quit"));
    m_finn->setText(tr("&Find"));
    m_innstillinger->setText(tr("Se&ttings…"));
    oversettAngre();
    m_veiledning->setText(tr("&User guide"));
    m_om->setText(tr("&About Tilsynsklient"));
    m_verktoey->setWindowTitle(tr("Toolbar"));
    m_verktoey->toggleViewAction()->setText(tr("&Toolbar"));
    m_visning->setAccessibleName(tr("Cases"));
    m_brukerEtikett->setText(brukertekst());
    if (m_synkEtikett->text().isEmpty() || m_synkEtikett->property("standard").toBool()) {
        m_synkEtikett->setText(tr("Not synchronised"));
        m_synkEtikett->setProperty("standard", true);
    }
    if (m_liste->rowCount() > 0)
        m_liste->lesPaaNytt(); // headers and cell texts in the new language
    tilpassListe();
    oppdaterTittel();
}

void MainWindow::tilpassListe()
{
    // Every header whole, and a long saksnummer and a date in their columns (tomlistemerknad).
    const QString dato = u"28.12.2026"_s;
    tilpassKolonner(m_visning, {{SakListeModel::SaksnummerColumn, u"2026/12345"_s}, {SakListeModel::MottattColumn, dato},
                                {SakListeModel::FristColumn, dato}});
}

void MainWindow::oversettAngre()
{
    const QUndoStack *stabel = m_editor->undoStack();
    // The change's name in the language of the moment (not the one it was made in), quoted and
    // lower-case: "Angra «endra dato»", not "Angra Endre dato" (issue 10).
    auto navn = [stabel](int i) {
        const QUndoCommand *k = i >= 0 && i < stabel->count() ? stabel->command(i) : nullptr;
        const auto *e = dynamic_cast<const SakEndring *>(k);
        QString n = e ? e->navn() : k ? k->actionText() : QString();
        if (!n.isEmpty())
            n[0] = n[0].toLower();
        return n;
    };
    const QString angre = stabel->canUndo() ? navn(stabel->index() - 1) : QString();
    const QString gjoerOm = stabel->canRedo() ? navn(stabel->index()) : QString();
    m_angre->setText(angre.isEmpty() ? tr("&Undo") : tr("&Undo “%1”").arg(angre));
    m_gjoerOm->setText(gjoerOm.isEmpty() ? tr("&Redo") : tr("&Redo “%1”").arg(gjoerOm));
    settTilgjengelig(m_angre, stabel->canUndo() ? QString() : tr("Nothing to undo: no change has been made to the open case."));
    settTilgjengelig(m_gjoerOm, stabel->canRedo() ? QString() : tr("Nothing to redo: no change has been undone."));
}

QString MainWindow::brukertekst() const
{
    const QString tittel = Innstillinger::tittel.verdi();
    return tittel.isEmpty() ? m_bruker : tr("%1, %2").arg(m_bruker, tittel);
}

void MainWindow::settBruker(const QString &bruker)
{
    m_bruker = bruker;
    m_filter->settBruker(bruker);
    m_editor->settBruker(bruker);
    m_brukerEtikett->setText(brukertekst());
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QMainWindow::changeEvent(e);
}

void MainWindow::settSynkstatus(const QString &tekst)
{
    m_synkEtikett->setProperty("standard", false);
    m_synkEtikett->setText(tekst);
}

void MainWindow::settSynkproblemer(int konflikter, int avviste)
{
    QStringList deler;
    if (konflikter > 0)
        deler.append(tr("%Ln conflict(s)", nullptr, konflikter));
    if (avviste > 0)
        deler.append(tr("%Ln rejected", nullptr, avviste));
    m_problemKnapp->setText(deler.join(u", "_s));
    m_problemKnapp->setToolTip(tr("Changes that need your decision after syncing – click to see them"));
    m_problemKnapp->setVisible(!deler.isEmpty());
    oppdaterSakMerknad();
}

void MainWindow::settSakensSynkproblemer(std::function<std::pair<int, int>(const QString &)> telling)
{
    m_sakensProblemer = std::move(telling);
    oppdaterSakMerknad();
}

void MainWindow::oppdaterSakMerknad()
{
    const auto [konflikter, avviste] = m_sakensProblemer && m_editor->harSak()
        ? m_sakensProblemer(m_editor->sak().id) : std::pair{0, 0};
    QStringList deler;
    if (konflikter > 0)
        deler.append(tr("%Ln field(s) of this case were also changed in the central store", nullptr, konflikter));
    if (avviste > 0)
        deler.append(tr("the central store refused a change to this case"));
    QString tekst = deler.join(u"; "_s);
    if (!tekst.isEmpty())
        tekst[0] = tekst[0].toUpper();
    m_sakMerknad->setText(u"⚠ %1 – <a href=\"#\">%2</a>"_s.arg(tekst.toHtmlEscaped(), tr("decide")));
    m_sakMerknad->setVisible(!deler.isEmpty());
}

void MainWindow::oppdaterTittel()
{
    const QString sak = m_editor->harSak()
        ? (m_editor->sak().saksnummer ? *m_editor->sak().saksnummer : tr("Draft")) + (m_editor->erEndret() ? u" *"_s : QString())
        : QString();
    setWindowTitle((Eksempellager::erEksempellager(m_store) ? tr("[SAMPLE CASES – not your store] ") : QString())
                   + (sak.isEmpty() ? tr("Tilsynsklient") : tr("%1 – Tilsynsklient").arg(sak)));
    m_antallEtikett->setText(tr("%Ln case(s)", nullptr, m_liste->rowCount()));
    // The reasons are re-set here too, so a language change re-translates them.
    const QString ingenSak = tr("No case is open: choose one in the list or make a new one.");
    settTilgjengelig(m_lagre, m_editor->harSak() ? QString() : ingenSak);
    settTilgjengelig(m_skrivUt, m_editor->harSak() ? QString() : ingenSak);
}

void MainWindow::visRiktigSide()
{
    m_velkomst->settTomtLager(!m_liste->harSaker());
    m_side->setCurrentWidget(m_editor->harSak() ? m_editor->parentWidget() : m_velkomst);
    oppdaterSakMerknad();
    settTilgjengelig(m_skrivUt, m_editor->harSak() ? QString() : tr("No case is open: choose one in the list or make a new one."));
}

bool MainWindow::spoerOmUlagret()
{
    if (!m_editor->erEndret())
        return true;
    QMessageBox spoers(QMessageBox::Question, tr("Unsaved changes"), tr("The open case has unsaved changes. Save them?"),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    spoers.setDefaultButton(QMessageBox::Save);
    medBokstaver(spoers); // "Forkast" had no Alt letter (issue 10)
    const auto svar = QMessageBox::StandardButton(spoers.exec());
    if (svar == QMessageBox::Save)
        return m_editor->lagre();
    if (svar != QMessageBox::Discard)
        return false;
    m_editor->forkastEndringer();
    return true;
}

void MainWindow::nySak()
{
    const QString embete = Innstillinger::embete.verdi();
    if (!m_katalog.har(Katalog::Liste::Embete, embete)) {
        // Never silently the first office in the list: the case would be registered at the wrong one.
        QMessageBox::information(this, tr("New case"),
                                 tr("Your profile has no office. Choose yours in Edit ▸ Settings before registering a case."));
        return;
    }
    if (!spoerOmUlagret())
        return;
    m_editor->nySak(embete); // the profile's embete
    visRiktigSide();
}

bool MainWindow::lagre()
{
    return m_editor->lagre();
}

void MainWindow::velgFraListe()
{
    const QModelIndex i = m_visning->currentIndex();
    if (!i.isValid())
        return;
    const QString id = i.data(SakListeModel::IdRole).toString();
    if (!m_editor->harSak() || m_editor->sak().id != id)
        aapneSak(id);
}

void MainWindow::aapneSak(const QString &id)
{
    if (!spoerOmUlagret())
        return;
    m_editor->aapne(id);
    visRiktigSide();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!spoerOmUlagret()) {
        e->ignore();
        return;
    }
    Innstillinger::vindusgeometri.sett(saveGeometry());
    Innstillinger::vindustilstand.sett(saveState());
    m_kolonner->lagre();
    Innstillinger::splitter.sett(m_splitter->saveState());
    if (Eksempellager::erEksempellager(m_store)) // opened again in this session: as it was left
        Innstillinger::eksempelfilter.sett(m_filter->tilstand());
    e->accept();
}

} // namespace tilsyn
