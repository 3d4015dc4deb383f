#include "journaldialoger.h"
#include "rullevern.h"

#include "datofelt.h"
#include "items/journalmodell.h"
#include "sperregrunn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

RegistreringDialog::RegistreringDialog(const QString &type, const NyJournalpost &forslag, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_dato(new Datofelt(this))
    , m_avsender(new QLineEdit(this))
    , m_tittel(new QLineEdit(this))
    , m_offentligTittel(new QLineEdit(this))
    , m_unntatt(new QCheckBox(tr("E&xempt from public access"), this))
    , m_hjemmel(new QLineEdit(this))
    , m_fil(new QLabel(tr("No file"), this))
{
    Rullevern::installer(); // the wheel changes no value of an unfocused field (one guard, every form)
    setObjectName(u"registreringDialog"_s);
    setWindowTitle(type == u"I" ? tr("Register incoming document") : tr("Add internal note"));
    m_dato->setObjectName(u"dokumentdato"_s);
    m_avsender->setObjectName(u"avsender"_s);
    m_tittel->setObjectName(u"tittel"_s);
    m_offentligTittel->setObjectName(u"offentligTittel"_s);
    m_unntatt->setObjectName(u"unntatt"_s);
    m_hjemmel->setObjectName(u"hjemmel"_s);
    m_dato->settSenesteDato(QDate::currentDate());
    m_dato->settDato(forslag.dokumentdato.isValid() && forslag.dokumentdato <= QDate::currentDate()
                         ? forslag.dokumentdato : QDate::currentDate());
    m_tittel->setText(forslag.tittel);
    for (const Korrespondent &k : forslag.parter)
        if (k.rolle == u"Avsender")
            m_avsender->setText(k.navn);
    m_offentligTittel->setPlaceholderText(tr("Dokument i tilsynssak"));
    m_unntatt->setChecked(forslag.unntattOffentlighet);
    m_hjemmel->setPlaceholderText(u"offl. § 13 jf. fvl. § 13 første ledd nr. 1"_s);
    // Examples of what is written there, which is Norwegian whatever the UI language.
    m_offentligTittel->setProperty("tilsynData", true);
    m_hjemmel->setProperty("tilsynData", true);
    m_hjemmel->setMinimumWidth(fontMetrics().horizontalAdvance(m_hjemmel->placeholderText()) + 24); // the example whole
    connect(m_unntatt, &QCheckBox::toggled, m_hjemmel, &QWidget::setEnabled);

    auto *velg = new QPushButton(tr("Choose &file…"), this);
    velg->setObjectName(u"velgFil"_s);
    connect(velg, &QPushButton::clicked, this, &RegistreringDialog::velgFil);
    auto *filrad = new QHBoxLayout;
    filrad->addWidget(m_fil, 1);
    filrad->addWidget(velg);

    auto *skjema = new QFormLayout;
    skjema->addRow(tr("Document &date:"), m_dato);
    if (type == u"I")
        skjema->addRow(tr("&Sender:"), m_avsender);
    else
        m_avsender->hide();
    skjema->addRow(tr("&Title:"), m_tittel);
    skjema->addRow(tr("&Public title:"), m_offentligTittel);
    skjema->addRow(QString(), m_unntatt);
    skjema->addRow(tr("&Legal basis:"), m_hjemmel);
    skjema->addRow(tr("File:"), filrad);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knapper->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(knapper, &QDialogButtonBox::accepted, this, &RegistreringDialog::godkjenn);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lag = new QVBoxLayout(this);
    lag->addLayout(skjema);
    lag->addWidget(knapper);
    (type == u"I" ? m_avsender : m_tittel)->setFocus();
}

RegistreringDialog::~RegistreringDialog() = default;

void RegistreringDialog::godkjenn()
{
    if (!m_dato->bekreft()) {
        m_dato->setFocus();
        return;
    }
    accept();
}

void RegistreringDialog::velgFil()
{
    const QString sti = QFileDialog::getOpenFileName(this, tr("Choose the document's file"), QString(),
                                                     tr("Documents (*.pdf *.docx *.odt *.txt *.jpg *.png);;All files (*)"));
    if (!sti.isEmpty() && !settFil(sti))
        m_fil->setText(tr("Cannot read %1").arg(QFileInfo(sti).fileName()));
}

bool RegistreringDialog::settFil(const QString &sti)
{
    QFile f(sti);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    m_bytes = f.readAll();
    m_filnavn = QFileInfo(sti).fileName();
    m_fil->setText(tr("%1 (%2 bytes)").arg(m_filnavn).arg(m_bytes.size()));
    return true;
}

NyJournalpost RegistreringDialog::post() const
{
    NyJournalpost n;
    n.type = m_type;
    n.dokumentdato = m_dato->dato();
    n.tittel = m_tittel->text();
    n.offentligTittel = m_offentligTittel->text();
    if (m_type == u"I")
        n.parter = {{u"Avsender"_s, m_avsender->text().trimmed()}};
    n.unntattOffentlighet = m_unntatt->isChecked();
    n.hjemmel = m_hjemmel->text().trimmed();
    n.fil = m_bytes;
    n.filnavn = m_filnavn;
    return n;
}

AvskrivDialog::AvskrivDialog(const QList<std::pair<QString, QString>> &brev, QWidget *parent)
    : QDialog(parent), m_maate(new QComboBox(this)), m_brev(new QComboBox(this)), m_merknad(new QLineEdit(this))
{
    Rullevern::installer(); // the wheel changes no value of an unfocused field (one guard, every form)
    setObjectName(u"avskrivDialog"_s);
    setWindowTitle(tr("Mark incoming document as answered"));
    m_maate->setObjectName(u"avskrivningsmaate"_s);
    m_brev->setObjectName(u"avskrevetMed"_s);
    m_merknad->setObjectName(u"merknad"_s);
    for (const QString &m : avskrivningsmaater())
        m_maate->addItem(JournalModell::maatenavn(m), m);
    for (const auto &[id, tekst] : brev)
        m_brev->addItem(tekst, id);
    m_brev->setProperty("tilsynDataFra", 0); // the case's letters
    m_merknad->setPlaceholderText(tr("How it was answered, or why it is not answered"));
    m_merknad->setMinimumWidth(fontMetrics().horizontalAdvance(m_merknad->placeholderText()) + 24);
    if (brev.isEmpty())
        m_maate->setCurrentIndex(m_maate->findData(u"Tatt til orientering"_s));
    auto *skjema = new QFormLayout;
    skjema->addRow(tr("&How:"), m_maate);
    skjema->addRow(tr("By &letter:"), m_brev);
    skjema->addRow(tr("&Note:"), m_merknad);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knapper->button(QDialogButtonBox::Ok)->setText(tr("&Mark answered"));
    connect(knapper, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_maate, &QComboBox::currentIndexChanged, this, &AvskrivDialog::oppdater);
    auto *lag = new QVBoxLayout(this);
    lag->addLayout(skjema);
    lag->addWidget(knapper);
    oppdater();
}

AvskrivDialog::~AvskrivDialog() = default;

void AvskrivDialog::oppdater()
{
    settTilgjengelig(m_brev, maate() != u"Besvart med brev" ? tr("Only for a document answered by letter: choose that way above.")
                             : m_brev->count() == 0         ? tr("The case has no outgoing letter to choose.")
                                                            : QString());
}

QString AvskrivDialog::maate() const
{
    return m_maate->currentData().toString();
}

QString AvskrivDialog::brevpost() const
{
    return maate() == u"Besvart med brev" ? m_brev->currentData().toString() : QString();
}

QString AvskrivDialog::merknad() const
{
    return m_merknad->text().trimmed();
}

} // namespace tilsyn
