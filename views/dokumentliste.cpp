#include "dokumentliste.h"
#include "filmappe.h"

#include "items/dokumentmodell.h"
#include "letters/brevforslag.h"
#include "letters/brevrepository.h"
#include "redigeringsstil.h"
#include "sperregrunn.h"
#include "store/storeerror.h"
#include "vindusstorrelse.h"

#include <QBuffer>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Loads checked PDF bytes into a QPdfDocument (the buffer must live as long as the document).
bool lastPdf(QPdfDocument &dokument, QBuffer &buffer, const QByteArray &pdf)
{
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    dokument.load(&buffer);
    return dokument.status() == QPdfDocument::Status::Ready && dokument.pageCount() > 0;
}

} // namespace

DokumentListe::DokumentListe(const BrevRepository &arkiv, QWidget *parent)
    : QGroupBox(parent)
    , m_arkiv(arkiv)
    , m_modell(new DokumentModell(arkiv, this))
    , m_tabell(new QTableView(this))
    , m_vis(new QPushButton(this))
    , m_skrivUt(new QPushButton(this))
    , m_lagre(new QPushButton(this))
    , m_sperrelinje(new Sperrelinje(this))
    , m_feil(new QLabel(this))
{
    setObjectName(u"dokumenter"_s);
    m_tabell->setObjectName(u"dokumentliste"_s);
    m_vis->setObjectName(u"visDokument"_s);
    m_skrivUt->setObjectName(u"skrivUtDokument"_s);
    m_lagre->setObjectName(u"lagreDokument"_s);
    m_feil->setObjectName(u"dokumentfeil"_s);
    stilFeillabel(m_feil);
    m_feil->hide();
    m_tabell->setModel(m_modell);
    m_tabell->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabell->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabell->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabell->setTabKeyNavigation(false); // Tab leaves the table (no keyboard trap)
    m_tabell->verticalHeader()->setVisible(false);
    m_tabell->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabell->horizontalHeader()->setStretchLastSection(true);
    m_tabell->setWordWrap(false);
    m_tabell->setMinimumHeight(110);

    m_knapper = new QHBoxLayout;
    m_knapper->addWidget(m_vis);
    m_knapper->addWidget(m_skrivUt);
    m_knapper->addWidget(m_lagre);
    m_knapper->addStretch();
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_tabell);
    lag->addLayout(m_knapper);
    lag->addWidget(m_sperrelinje);
    lag->addWidget(m_feil);
    for (QPushButton *k : {m_vis, m_skrivUt, m_lagre})
        m_sperrelinje->foelg(k);

    connect(m_tabell->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DokumentListe::oppdaterKnapper);
    // The newest letter is selected, so Open/Print/Save work at once from the keyboard.
    auto velgFoerste = [this] {
        if (m_modell->rowCount() > 0 && !m_tabell->selectionModel()->hasSelection())
            m_tabell->selectRow(m_modell->rowCount() - 1);
        oppdaterKnapper();
    };
    connect(m_modell, &QAbstractItemModel::modelReset, this, velgFoerste);
    connect(m_modell, &QAbstractItemModel::rowsInserted, this, velgFoerste);
    connect(m_tabell, &QTableView::activated, this, [this](const QModelIndex &i) {
        vis(m_modell->brev(i.row()).id);
    });
    connect(m_vis, &QPushButton::clicked, this, [this] { vis(valgt()); });
    connect(m_skrivUt, &QPushButton::clicked, this, [this] { skrivUtMedDialog(valgt(), this); });
    connect(m_lagre, &QPushButton::clicked, this, [this] {
        const int rad = m_tabell->currentIndex().row();
        if (rad >= 0)
            lagreMedDialog(m_modell->brev(rad), this);
    });
    oversett();
}

void DokumentListe::skrivUtMedDialog(qint64 id, QWidget *forelder)
{
    QPrinter skriver(QPrinter::HighResolution);
    QPrintDialog dialog(&skriver, forelder);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString f;
    if (!skrivUt(id, &skriver, &f))
        visFeil(f);
}

void DokumentListe::lagreMedDialog(const FerdigBrev &b, QWidget *forelder)
{
    const QString fil = QFileDialog::getSaveFileName(forelder, tr("Save letter"), startsti(filnavnForslag(b)), tr("PDF (*.pdf)"));
    QString f;
    if (!fil.isEmpty() && !lagreSom(b.id, fil, &f))
        visFeil(f);
    else if (!fil.isEmpty())
        meldLagret(forelder ? forelder : this, fil);
}

QString DokumentListe::filnavnForslag(int rad) const
{
    return filnavnForslag(m_modell->brev(rad));
}

QString DokumentListe::filnavnForslag(const FerdigBrev &b) const
{
    std::pair<QString, std::optional<int>> ref;
    try {
        ref = m_arkiv.referanse(b);
    } catch (const StoreError &) {
        // without the reference the name still says type and recipient
    }
    return pdfFilnavn(ref.first, ref.second, b.type, maalformFraKode(b.maalform), b.mottaker, false);
}

DokumentListe::~DokumentListe() = default;

void DokumentListe::oversett()
{
    setTitle(tr("Documents"));
    m_tabell->setAccessibleName(tr("Finalised letters of the case"));
    m_vis->setText(tr("O&pen letter"));
    m_skrivUt->setText(tr("Pr&int letter…"));
    m_lagre->setText(tr("Save &letter as…"));
    oppdaterKnapper();
}

void DokumentListe::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QGroupBox::changeEvent(e);
}

void DokumentListe::visSak(const QString &sakId)
{
    if (sakId == m_modell->sakId()) {
        m_modell->lesPaaNytt(); // a letter finalised or synced since (one query for this case)
        return;
    }
    m_feil->hide();
    m_modell->visSak(sakId);
}

void DokumentListe::lesPaaNytt()
{
    m_modell->lesPaaNytt();
}

qint64 DokumentListe::valgt() const
{
    const QModelIndexList rader = m_tabell->selectionModel()->selectedRows();
    return rader.isEmpty() ? 0 : m_modell->brev(rader.constFirst().row()).id;
}

void DokumentListe::leggTilHandling(QAction *handling)
{
    auto *knapp = new QToolButton(this);
    knapp->setObjectName(u"knapp_"_s + handling->objectName());
    knapp->setToolButtonStyle(Qt::ToolButtonTextOnly);
    knapp->setFocusPolicy(Qt::StrongFocus); // a stop in the Tab order, like the buttons beside it
    knapp->setDefaultAction(handling);
    m_knapper->insertWidget(0, knapp);
    setTabOrder(m_tabell, knapp);
    setTabOrder(knapp, m_vis);
    m_sperrelinje->foelg(handling);
}

void DokumentListe::oppdaterKnapper()
{
    const QString grunn = m_modell->rowCount() == 0 ? tr("The case has no finalised letters yet.")
                          : valgt() == 0           ? tr("Choose a letter in the list first.")
                                                   : QString();
    for (QPushButton *k : {m_vis, m_skrivUt, m_lagre})
        settTilgjengelig(k, grunn);
}

void DokumentListe::visFeil(const QString &tekst)
{
    m_feil->setText(tekst);
    m_feil->setVisible(!tekst.isEmpty());
}

QString DokumentListe::feil() const
{
    return m_feil->isVisible() ? m_feil->text() : QString();
}

QWidget *DokumentListe::vis(qint64 id)
{
    FerdigBrev brev;
    try {
        brev = m_arkiv.hentKontrollert(id);
    } catch (const StoreError &e) {
        visFeil(tr("The letter was not opened: %1").arg(e.melding()));
        return nullptr;
    }
    auto *vindu = new QDialog(window());
    vindu->setObjectName(u"dokumentvisning"_s);
    vindu->setProperty("tilsynDataTittel", true); // the letter's own title
    vindu->setAttribute(Qt::WA_DeleteOnClose);
    vindu->setWindowTitle(tr("%1 – %2").arg(brev.offentligTittel, QLocale().toString(brev.dato, u"dd.MM.yyyy"_s)));
    // The bytes live as long as the document, and the view lets go of the document when the
    // window closes: deleted in any other order, QtPdf renders from freed memory or signals a
    // half-destroyed view.
    auto *dokument = new QPdfDocument(vindu);
    auto *buffer = new QBuffer(dokument);
    auto *visning = new QPdfView(vindu);
    connect(vindu, &QDialog::finished, visning, [visning] { visning->setDocument(nullptr); });
    if (!lastPdf(*dokument, *buffer, brev.pdf)) {
        delete vindu;
        visFeil(tr("The letter was not opened: the PDF cannot be read."));
        return nullptr;
    }
    visning->setObjectName(u"pdfvisning"_s);
    visning->setAccessibleName(tr("The letter as archived (PDF)"));
    visning->setPageMode(QPdfView::PageMode::MultiPage);
    visning->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    visning->setDocument(dokument);
    // The check in words; the hash itself only for whoever asks (tooltip, selectable).
    const QDate ferdig = brev.ferdigstilt.isValid() ? brev.ferdigstilt.toLocalTime().date() : brev.dato;
    auto *sjekk = new QLabel(tr("Checked: unchanged since it was finalised %1").arg(ferdig.toString(u"dd.MM.yyyy"_s)),
                             vindu);
    sjekk->setObjectName(u"sha256"_s);
    sjekk->setToolTip(tr("SHA-256 of the stored letter: %1").arg(brev.sha256));
    sjekk->setAccessibleDescription(sjekk->toolTip());
    auto *lagre = new QPushButton(tr("Save &as…"), vindu);
    auto *skriv = new QPushButton(tr("&Print…"), vindu);
    auto *lukk = new QPushButton(tr("&Close"), vindu);
    lagre->setObjectName(u"lagreVist"_s);
    skriv->setObjectName(u"skrivUtVist"_s);
    lukk->setObjectName(u"lukkVist"_s);
    lagre->setAutoDefault(false);
    skriv->setAutoDefault(false);
    const FerdigBrev metadata = [&brev] { FerdigBrev b = brev; b.pdf.clear(); return b; }();
    connect(lagre, &QPushButton::clicked, vindu, [this, vindu, metadata] { lagreMedDialog(metadata, vindu); });
    connect(skriv, &QPushButton::clicked, vindu, [this, vindu, id = brev.id] { skrivUtMedDialog(id, vindu); });
    connect(lukk, &QPushButton::clicked, vindu, &QDialog::close);
    auto *nederst = new QHBoxLayout;
    nederst->addWidget(sjekk, 1);
    nederst->addWidget(lagre);
    nederst->addWidget(skriv);
    nederst->addWidget(lukk);
    auto *lag = new QVBoxLayout(vindu);
    lag->addWidget(visning, 1);
    lag->addLayout(nederst);
    settStorrelse(vindu, {900, 1000});
    visFeil({});
    vindu->show();
    vindu->activateWindow(); // Escape closes it again
    return vindu;
}

bool DokumentListe::skrivUt(qint64 id, QPrinter *skriver, QString *feil)
{
    FerdigBrev brev;
    try {
        brev = m_arkiv.hentKontrollert(id);
    } catch (const StoreError &e) {
        *feil = tr("The letter was not printed: %1").arg(e.melding());
        return false;
    }
    QBuffer buffer;
    QPdfDocument dokument;
    if (!lastPdf(dokument, buffer, brev.pdf)) {
        *feil = tr("The letter was not printed: the PDF cannot be read.");
        return false;
    }
    skriver->setPageSize(QPageSize(QPageSize::A4));
    skriver->setFullPage(true);
    QPainter maler;
    if (!maler.begin(skriver)) {
        *feil = tr("The letter was not printed: the printer cannot be opened.");
        return false;
    }
    const QRect side = skriver->pageLayout().fullRectPixels(skriver->resolution());
    // Rasterised at no more than 300 dpi: a 1200 dpi printer would need half a gigabyte per page.
    const qreal skala = std::min(1.0, 300.0 / skriver->resolution());
    for (int i = 0; i < dokument.pageCount(); ++i) {
        if (i > 0)
            skriver->newPage();
        const QImage bilde = dokument.render(i, (QSizeF(side.size()) * skala).toSize());
        maler.drawImage(side, bilde);
    }
    maler.end();
    return true;
}

bool DokumentListe::lagreSom(qint64 id, const QString &fil, QString *feil)
{
    try {
        m_arkiv.eksporter(id, fil);
        visFeil({});
        return true;
    } catch (const StoreError &e) {
        *feil = tr("The letter was not saved: %1").arg(e.melding());
        return false;
    }
}

} // namespace tilsyn
