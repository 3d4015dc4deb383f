#include "journalpanel.h"

#include "items/journalmodell.h"
#include "journal/journalrepository.h"
#include "journaldialoger.h"
#include "redigeringsstil.h"
#include "sperregrunn.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

JournalPanel::JournalPanel(JournalRepository &journal, QString bruker, QWidget *parent)
    : QGroupBox(parent)
    , m_journal(journal)
    , m_bruker(std::move(bruker))
    , m_modell(new JournalModell(journal, this))
    , m_tabell(new QTableView(this))
    , m_inngaaende(new QPushButton(this))
    , m_notat(new QPushButton(this))
    , m_avskriv(new QPushButton(this))
    , m_aapne(new QPushButton(this))
    , m_historikk(new QPushButton(this))
    , m_feil(new QLabel(this))
{
    setObjectName(u"journal"_s);
    m_tabell->setObjectName(u"journalliste"_s);
    m_inngaaende->setObjectName(u"registrerInngaaende"_s);
    m_notat->setObjectName(u"registrerNotat"_s);
    m_avskriv->setObjectName(u"avskriv"_s);
    m_aapne->setObjectName(u"aapneFil"_s);
    m_historikk->setObjectName(u"visHistorikk"_s);
    m_feil->setObjectName(u"journalfeil"_s);
    stilFeillabel(m_feil);
    m_feil->hide();
    m_tabell->setModel(m_modell);
    m_tabell->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabell->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabell->setTabKeyNavigation(false);
    m_tabell->verticalHeader()->hide();
    m_tabell->horizontalHeader()->setStretchLastSection(true);
    m_tabell->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabell->setMinimumHeight(150);

    auto *knapper = new QHBoxLayout;
    for (QPushButton *k : {m_inngaaende, m_notat, m_avskriv, m_aapne, m_historikk})
        knapper->addWidget(k);
    knapper->addStretch(1);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_tabell);
    lag->addLayout(knapper);
    lag->addWidget(m_feil);

    connect(m_inngaaende, &QPushButton::clicked, this, [this] { registrerDialog(u"I"_s); });
    connect(m_notat, &QPushButton::clicked, this, [this] { registrerDialog(u"N"_s); });
    connect(m_avskriv, &QPushButton::clicked, this, &JournalPanel::avskrivDialog);
    connect(m_aapne, &QPushButton::clicked, this, &JournalPanel::aapneFil);
    connect(m_historikk, &QPushButton::clicked, this, &JournalPanel::historikkOnsket);
    connect(m_tabell->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalPanel::oppdaterKnapper);
    connect(m_modell, &QAbstractItemModel::modelReset, this, &JournalPanel::oppdaterKnapper);
    connect(m_modell, &QAbstractItemModel::dataChanged, this, &JournalPanel::oppdaterKnapper);
    oversett();
    oppdaterKnapper();
}

JournalPanel::~JournalPanel() = default;

void JournalPanel::visSak(const QString &sakId)
{
    if (sakId == m_modell->sakId() && !sakId.isEmpty()) {
        lesPaaNytt();
        return;
    }
    try {
        m_modell->visSak(sakId);
        visFeil({});
    } catch (const StoreError &e) {
        visFeil(e.melding());
    }
}

void JournalPanel::lesPaaNytt()
{
    try {
        m_modell->lesPaaNytt();
    } catch (const StoreError &e) {
        visFeil(e.melding());
    }
}

bool JournalPanel::registrer(const NyJournalpost &ny)
{
    try {
        const QString id = m_journal.registrer(m_modell->sakId(), ny, Endringskontekst{.bruker = m_bruker});
        m_modell->lesPaaNytt();
        m_tabell->selectRow(m_modell->radFor(id));
        visFeil({});
        return true;
    } catch (const StoreError &e) {
        visFeil(tr("The document was not registered: %1").arg(e.melding()));
        return false;
    }
}

bool JournalPanel::avskriv(const QString &maate, const QString &medPost, const QString &merknad)
{
    const QModelIndexList valgt = m_tabell->selectionModel()->selectedRows();
    if (valgt.isEmpty())
        return false;
    try {
        m_journal.avskriv(m_modell->post(valgt.constFirst().row()).id, maate, medPost, merknad,
                          Endringskontekst{.bruker = m_bruker});
        m_modell->lesPaaNytt();
        visFeil({});
        return true;
    } catch (const StoreError &e) {
        visFeil(tr("The document was not marked answered: %1").arg(e.melding()));
        return false;
    }
}

QString JournalPanel::feil() const
{
    return m_feil->isVisible() ? m_feil->text() : QString();
}

void JournalPanel::registrerDialog(const QString &type)
{
    NyJournalpost forslag;
    forslag.type = type;
    // The first incoming document of a case is usually the henvendelse itself.
    bool harInngaaende = false;
    for (int i = 0; i < m_modell->rowCount(); ++i)
        harInngaaende = harInngaaende || m_modell->post(i).type == u"I";
    if (type == u"I" && !harInngaaende)
        forslag.tittel = tr("Henvendelse");
    RegistreringDialog d(type, forslag, window());
    if (d.exec() == QDialog::Accepted)
        registrer(d.post());
}

void JournalPanel::avskrivDialog()
{
    QList<std::pair<QString, QString>> brev;
    for (int i = 0; i < m_modell->rowCount(); ++i) {
        const Journalpost &p = m_modell->post(i);
        if (p.type == u"U")
            brev.append({p.id, u"%1 %2"_s.arg(m_modell->index(i, JournalModell::Nummer).data().toString(), p.tittel)});
    }
    AvskrivDialog d(brev, window());
    if (d.exec() == QDialog::Accepted)
        avskriv(d.maate(), d.brevpost(), d.merknad());
}

void JournalPanel::aapneFil()
{
    const QModelIndexList valgt = m_tabell->selectionModel()->selectedRows();
    if (valgt.isEmpty())
        return;
    const Journalpost &p = m_modell->post(valgt.constFirst().row());
    try {
        const QByteArray bytes = m_journal.fil(p.id); // checked against its SHA-256
        // A checked copy for the system's viewer; the stored bytes are never handed out unchecked.
        const QString mappe = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                  .filePath(u"tilsynsklient-dokumenter"_s);
        QDir().mkpath(mappe);
        const QString sti = QDir(mappe).filePath(p.filSha256.left(12) + u'-' + QFileInfo(p.filnavn).fileName());
        QSaveFile f(sti);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            visFeil(tr("The file could not be written to %1").arg(sti));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(sti));
        visFeil({});
    } catch (const StoreError &e) {
        visFeil(e.melding());
    }
}

void JournalPanel::visFeil(const QString &tekst)
{
    m_feil->setText(tekst);
    m_feil->setVisible(!tekst.isEmpty());
}

void JournalPanel::oppdaterKnapper()
{
    const bool harSak = !m_modell->sakId().isEmpty();
    const QModelIndexList valgt = m_tabell->selectionModel()->selectedRows();
    const Journalpost *p = valgt.isEmpty() ? nullptr : &m_modell->post(valgt.constFirst().row());
    // Disabled with the reason (sperregrunn.h).
    const QString ingenSak = harSak ? QString() : tr("No case is open: open or create a case first.");
    settTilgjengelig(m_inngaaende, ingenSak);
    settTilgjengelig(m_notat, ingenSak);
    settTilgjengelig(m_historikk, ingenSak);
    settTilgjengelig(m_avskriv, !p                 ? tr("Select an incoming document in the journal first.")
                                : !p->erUbesvart() ? tr("The selected document needs no write-off: select an unanswered incoming document.")
                                                   : QString());
    settTilgjengelig(m_aapne, !p                       ? tr("Select a document in the journal first.")
                              : p->filSha256.isEmpty() ? tr("The selected journal entry has no file to open.")
                                                       : QString());
}

void JournalPanel::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QGroupBox::changeEvent(e);
}

void JournalPanel::oversett()
{
    setTitle(tr("Journal"));
    m_inngaaende->setText(tr("&Register incoming…"));
    m_notat->setText(tr("Add &note…"));
    m_avskriv->setText(tr("Mark &answered…"));
    m_aapne->setText(tr("&Open file"));
    m_historikk->setText(tr("Histor&y…"));
    m_tabell->setAccessibleName(tr("Documents of the case"));
}

} // namespace tilsyn
