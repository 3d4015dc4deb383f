#include "godkjenningsvindu.h"

#include "sperregrunn.h"
#include "tabfolge.h"

#include "domain/tilsynssak.h"
#include "flyt/dokumentflyt.h"
#include "flyt/flytkoemodell.h"
#include "letters/brevmal.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevtype.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QAbstractScrollArea>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QTableView *tabell(QAbstractItemModel *modell, const QString &navn, QWidget *forelder)
{
    auto *t = new QTableView(forelder);
    t->setObjectName(navn);
    t->setModel(modell);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    t->setTextElideMode(Qt::ElideRight); // a long note is cut with "…": all of it is the tool tip and the line under the list
    return t;
}

} // namespace

Godkjenningsvindu::Godkjenningsvindu(Dokumentflyt &flyt, SakRepository &saker, const Katalog &katalog,
                                     const Brevmalkilde &maler, QString meg, QWidget *parent)
    : QDialog(parent)
    , m_flyt(flyt)
    , m_saker(saker)
    , m_meg(std::move(meg))
    , m_renderer(std::make_unique<Brevrenderer>(katalog, maler))
    , m_koe(std::make_unique<FlytkoeModell>(flyt, FlytkoeModell::Utvalg::TilGodkjenning, m_meg))
    , m_tilbake(std::make_unique<FlytkoeModell>(flyt, FlytkoeModell::Utvalg::Tilbakesendt, m_meg))
    , m_venter(std::make_unique<FlytkoeModell>(flyt, FlytkoeModell::Utvalg::Venter, m_meg))
    , m_skriver(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_faner(new QTabWidget(this))
    , m_koeTabell(tabell(m_koe.get(), u"tilGodkjenning"_s, this))
    , m_tilbakeTabell(tabell(m_tilbake.get(), u"tilbakesendt"_s, this))
    , m_venterTabell(tabell(m_venter.get(), u"venter"_s, this))
    , m_forhaandsvisning(new QPrintPreviewWidget(m_skriver.get(), this))
    , m_kommentar(new QPlainTextEdit(this))
    , m_godkjenn(new QPushButton(tr("&Approve"), this))
    , m_sendTilbake(new QPushButton(tr("&Return with comment"), this))
    , m_melding(new QLabel(this))
{
    setWindowTitle(tr("Letters for approval"));
    setObjectName(u"godkjenningsvindu"_s);
    m_skriver->setPageSize(QPageSize(QPageSize::A4));
    m_skriver->setFullPage(true);
    m_forhaandsvisning->setObjectName(u"forhaandsvisning"_s);
    // Readable as in the letter window: the page as wide as the view, scrolled; Ctrl++ / Ctrl+-
    // zoom, and the page itself takes the focus so the arrow and page keys scroll it.
    m_forhaandsvisning->fitToWidth();
    if (auto *side = m_forhaandsvisning->findChild<QAbstractScrollArea *>()) {
        side->setFocusPolicy(Qt::StrongFocus);
        m_forhaandsvisning->setFocusProxy(side);
    }
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::ZoomIn))
        connect(new QShortcut(k, this), &QShortcut::activated, m_forhaandsvisning, [this] { m_forhaandsvisning->zoomIn(); });
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::ZoomOut))
        connect(new QShortcut(k, this), &QShortcut::activated, m_forhaandsvisning, [this] { m_forhaandsvisning->zoomOut(); });
    m_godkjenn->setObjectName(u"godkjenn"_s);
    m_sendTilbake->setObjectName(u"sendTilbake"_s);
    m_kommentar->setObjectName(u"kommentar"_s);
    m_kommentar->setTabChangesFocus(true);
    m_kommentar->setPlaceholderText(tr("Comment to the caseworker (required to return the letter)"));
    m_kommentar->setMaximumHeight(70);
    m_melding->setWordWrap(true);
    m_melding->setObjectName(u"melding"_s);
    // Only leaders (roles learnt at the last sync) get the queue and the decisions.
    const bool leder = !m_flyt.lederEmbeter().isEmpty();
    if (leder)
        m_faner->addTab(m_koeTabell, tr("&For approval"));
    else
        m_koeTabell->hide();
    m_faner->addTab(m_tilbakeTabell, tr("Returned &to me"));
    m_faner->addTab(m_venterTabell, tr("Sent by me, &waiting"));
    m_venterTabell->setAccessibleName(tr("My letters waiting for approval"));
    m_koeTabell->setAccessibleName(tr("Letters waiting for approval"));
    m_tilbakeTabell->setAccessibleName(tr("Letters returned to me"));
    m_forhaandsvisning->setAccessibleName(tr("Preview of the letter"));
    for (QWidget *w : {static_cast<QWidget *>(m_kommentar), static_cast<QWidget *>(m_godkjenn),
                       static_cast<QWidget *>(m_sendTilbake)})
        w->setVisible(leder);
    auto *kommentarEtikett = new QLabel(tr("Co&mment:"), this);
    kommentarEtikett->setBuddy(m_kommentar);
    kommentarEtikett->setVisible(leder);

    auto *venstre = new QWidget(this);
    auto *vLag = new QVBoxLayout(venstre);
    vLag->setContentsMargins(0, 0, 0, 0);
    vLag->addWidget(m_faner, 1);
    vLag->addWidget(m_melding);
    vLag->addWidget(kommentarEtikett);
    vLag->addWidget(m_kommentar);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_godkjenn);
    knapper->addWidget(m_sendTilbake);
    knapper->addStretch(1);
    auto *lukk = new QPushButton(tr("C&lose"), this);
    knapper->addWidget(lukk);
    vLag->addLayout(knapper);
    auto *deler = new QSplitter(this);
    deler->addWidget(venstre);
    deler->addWidget(m_forhaandsvisning);
    deler->setStretchFactor(0, 2);
    deler->setStretchFactor(1, 3);
    deler->setSizes({440, 640}); // the page readable at 1366 × 768, not a thumbnail
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(deler);
    settTabfolge({m_faner, m_kommentar, m_godkjenn, m_sendTilbake, lukk,
                  m_forhaandsvisning->focusProxy() ? m_forhaandsvisning->focusProxy() : m_forhaandsvisning}); // left, then the preview

    connect(m_forhaandsvisning, &QPrintPreviewWidget::paintRequested, this, &Godkjenningsvindu::tegn);
    connect(m_godkjenn, &QPushButton::clicked, this, [this] { behandle(true); });
    connect(m_sendTilbake, &QPushButton::clicked, this, [this] { behandle(false); });
    connect(lukk, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_faner, &QTabWidget::currentChanged, this, &Godkjenningsvindu::valgt);
    oppdater();
    for (QTableView *t : {m_koeTabell, m_tilbakeTabell, m_venterTabell})
        connect(t->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &Godkjenningsvindu::valgt);
    resize(1100, 700);
}

Godkjenningsvindu::~Godkjenningsvindu() = default;

void Godkjenningsvindu::oppdater()
{
    try {
        m_koe->oppdater();
        m_tilbake->oppdater();
        m_venter->oppdater();
        for (QTableView *t : {m_koeTabell, m_tilbakeTabell, m_venterTabell}) {
            t->resizeColumnsToContents();
            for (int k = 0; k + 1 < t->model()->columnCount(); ++k)
                t->setColumnWidth(k, std::min(t->columnWidth(k), 200)); // the note keeps room
            if (t->model()->rowCount() > 0 && t->selectionModel() && !t->selectionModel()->currentIndex().isValid())
                t->setCurrentIndex(t->model()->index(0, 0)); // its note under the list at once
        }
        m_melding->clear();
        merkFaner();
    } catch (const StoreError &e) {
        m_melding->setText(e.melding());
    }
    valgt();
}

void Godkjenningsvindu::merkFaner()
{
    const auto merk = [this](QTableView *t, const QString &tekst) {
        const int i = m_faner->indexOf(t);
        if (i >= 0)
            m_faner->setTabText(i, t->model()->rowCount() > 0 ? tekst + u" (%1)"_s.arg(t->model()->rowCount()) : tekst);
    };
    merk(m_koeTabell, tr("&For approval"));
    merk(m_tilbakeTabell, tr("Returned &to me"));
    merk(m_venterTabell, tr("Sent by me, &waiting"));
    int antall = m_tilbake->rowCount() + m_venter->rowCount() + (m_faner->indexOf(m_koeTabell) >= 0 ? m_koe->rowCount() : 0);
    setWindowTitle(antall > 0 ? tr("Letters for approval (%n)", nullptr, antall) : tr("Letters for approval"));
}

QString Godkjenningsvindu::svarmelding(const QList<Flytpost> &nye)
{
    if (nye.isEmpty())
        return {};
    if (nye.size() > 1)
        return tr("A leader answered %n of your letters: see View ▸ Letters for approval (Ctrl+Shift+G).", nullptr,
                  int(nye.size()));
    const Flytpost &p = nye.constFirst();
    const Brevtype *t = brevtype(p.versjon.utkast.type);
    const QString brev = t ? t->navnPaa(uiMaalform()) : p.versjon.utkast.type;
    if (p.steg.status == Flytstatus::Godkjent)
        return tr("%1 approved your letter \"%2\" (%3): it can be finalised.").arg(p.fraNavn, brev, p.saksnummer);
    return tr("%1 returned your letter \"%2\" (%3): %4").arg(p.fraNavn, brev, p.saksnummer, p.steg.merknad);
}

void Godkjenningsvindu::velg(int rad, bool tilbakesendt)
{
    QTableView *t = tilbakesendt ? m_tilbakeTabell : m_koeTabell;
    m_faner->setCurrentWidget(t);
    t->selectRow(rad);
    valgt();
}

void Godkjenningsvindu::valgt()
{
    const bool iKoe = m_faner->currentWidget() == m_koeTabell;
    auto *t = qobject_cast<QTableView *>(m_faner->currentWidget());
    if (!t)
        return;
    const QModelIndex i = t->selectionModel() ? t->selectionModel()->currentIndex() : QModelIndex();
    m_versjon = i.isValid() ? i.data(FlytkoeModell::VersjonRolle).toString() : QString();
    // Disabled with the reason (sperregrunn.h).
    const QString grunn = !iKoe ? tr("Only a letter waiting for approval can be approved or sent back: open the tab \"For approval\".")
                          : m_versjon.isEmpty() ? tr("Select a letter in the approval queue first.")
                                                : QString();
    settTilgjengelig(m_godkjenn, grunn);
    settTilgjengelig(m_sendTilbake, grunn);
    // The note or comment in full, with who by name (the table cuts it).
    if (i.isValid()) {
        const Flytpost &p = static_cast<const FlytkoeModell *>(t->model())->post(i.row());
        m_melding->setText(t == m_tilbakeTabell ? tr("%1 by %2: %3").arg(flytstatusKode(p.steg.status), p.fraNavn, p.steg.merknad)
                           : p.steg.merknad.isEmpty() ? QString()
                                                      : tr("Note from %1: %2").arg(p.fraNavn, p.steg.merknad));
    }
    m_forhaandsvisning->updatePreview();
}

void Godkjenningsvindu::tegn(QPrinter *skriver)
{
    // Nothing to show (the queue emptied by an approval): an empty page with a line saying so.
    // Painting nothing left the last letter in the preview (a tryout, l06).
    const auto tom = [this, skriver] {
        QPainter p(skriver);
        p.drawText(p.viewport(), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Select a letter in the list to see it here."));
    };
    if (m_versjon.isEmpty())
        return tom();
    try {
        const auto v = m_flyt.versjon(m_versjon);
        const auto sak = v ? m_saker.hent(v->sakId) : std::nullopt;
        if (!sak)
            return tom();
        // The exact letter: the stored draft about the case as it stands here. If the case here
        // is not the one the draft was written for (not synced yet), approving is not offered.
        if (Dokumentflyt::noekkel(*sak, v->utkast) != v->noekkel) {
            settTilgjengelig(m_godkjenn, tr("The case here differs from the one the letter was written for. Sync, then look again."));
            m_melding->setText(tr("The case here differs from the one the letter was written for. Sync, then look again."));
        }
        m_renderer->tegn(*sak, v->utkast, *skriver);
    } catch (const StoreError &e) {
        m_melding->setText(e.melding());
    } catch (const BrevmalFeil &e) {
        m_melding->setText(e.melding());
    }
}

bool Godkjenningsvindu::behandle(bool godkjenn)
{
    if (m_versjon.isEmpty())
        return false;
    const QString kommentar = m_kommentar->toPlainText().trimmed();
    if (!godkjenn && kommentar.isEmpty()) {
        m_melding->setText(tr("Write a comment to the caseworker first."));
        m_kommentar->setFocus();
        return false;
    }
    try {
        const Brevprofil profil = Brevprofil::fraInnstillinger();
        m_flyt.behandle(m_versjon, godkjenn ? Flytstatus::Godkjent : Flytstatus::SendtTilbake, kommentar, m_meg,
                        Brevperson{profil.navn, profil.tittel, profil.telefon});
    } catch (const StoreError &e) {
        m_melding->setText(e.melding());
        return false;
    }
    m_kommentar->clear();
    oppdater();
    m_melding->setText(godkjenn ? tr("Approved. The approval is final when the central store has accepted it (next sync).")
                                : tr("Returned to the caseworker with your comment (sent at the next sync)."));
    return true;
}

void Godkjenningsvindu::settKommentar(const QString &tekst)
{
    m_kommentar->setPlainText(tekst);
}

QString Godkjenningsvindu::melding() const
{
    return m_melding->text();
}

} // namespace tilsyn
