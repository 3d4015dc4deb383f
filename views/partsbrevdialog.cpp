#include "partsbrevdialog.h"
#include "tabfolge.h"
#include "arkivhandling.h"

#include "bakgrunnsarbeid.h"
#include "vindusstorrelse.h"

#include "domain/tilsynssak.h"
#include "drift/fremdrift.h"
#include "letters/brevbunke.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrenderer.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

PartsbrevDialog::PartsbrevDialog(const Tilsynssak &sak, QList<Brevutkast> utkast, const Katalog &katalog,
                                 Lagring lagring, Aapne aapne, QWidget *parent)
    : QDialog(parent)
    , m_sak(sak)
    , m_utkast(std::move(utkast))
    , m_katalog(katalog)
    , m_lagring(std::move(lagring))
    , m_aapne(std::move(aapne))
    , m_liste(new QListWidget(this))
    , m_melding(new QLabel(this))
{
    setObjectName(u"partsbrevdialog"_s);
    setWindowTitle(tr("Decision letters for all parties – %1").arg(sak.saksnummer.value_or(tr("Draft"))));
    m_liste->setObjectName(u"partsbrev"_s);
    m_melding->setObjectName(u"melding"_s);
    m_melding->setWordWrap(true);
    auto *forklaring = new QLabel(tr("One draft per party. Each holds only what that party may read: the "
                                     "avgjørelse to each subject its own assessments, the submitter the result "
                                     "and a short reason. Open each one, read it as the recipient will, and "
                                     "finalise it from the letter window. Save all as PDF drafts keeps every "
                                     "draft in the case, where the letter window finds it again, and writes each "
                                     "into a folder."),
                                  this);
    forklaring->setWordWrap(true);
    auto *ledetekst = new QLabel(tr("&Drafts:"), this);
    m_liste->setAccessibleName(tr("Drafts"));
    ledetekst->setBuddy(m_liste);
    for (const Brevutkast &u : std::as_const(m_utkast)) {
        const Brevtype *t = brevtype(u.type);
        auto *rad = new QListWidgetItem(tr("%1 – to %2 (%3)")
                                            .arg(t ? t->navnPaa(u.maalform) : u.type, u.mottaker.navn,
                                                 u.maalform == Maalform::Nynorsk ? tr("nynorsk") : tr("bokmål")),
                                        m_liste);
        rad->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        rad->setCheckState(Qt::Unchecked); // ticked when opened for review
    }
    m_liste->setCurrentRow(0);
    auto *knapper = new QDialogButtonBox(this);
    QPushButton *aapneKnapp = knapper->addButton(tr("&Open for review…"), QDialogButtonBox::ActionRole);
    aapneKnapp->setObjectName(u"aapne"_s);
    aapneKnapp->setDefault(true);
    QPushButton *lagreKnapp = knapper->addButton(tr("&Save all as PDF drafts…"), QDialogButtonBox::ActionRole);
    lagreKnapp->setObjectName(u"lagreAlle"_s);
    knapper->addButton(QDialogButtonBox::Close)->setObjectName(u"lukk"_s); // after the others: last in the Tab order too
    connect(aapneKnapp, &QPushButton::clicked, this, &PartsbrevDialog::aapneValgt);
    connect(m_liste, &QListWidget::itemDoubleClicked, this, &PartsbrevDialog::aapneValgt); // Enter: the default button
    connect(lagreKnapp, &QPushButton::clicked, this, &PartsbrevDialog::lagreAlleSom);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(forklaring);
    lag->addWidget(ledetekst);
    lag->addWidget(m_liste, 1);
    lag->addWidget(m_melding);
    lag->addWidget(knapper);
    settTabfolge({m_liste, aapneKnapp, lagreKnapp, knapper->button(QDialogButtonBox::Close)}); // as laid out (Close last)
    m_melding->hide();
    m_liste->setFocus();
    settStorrelse(this, {640, 420});
}

PartsbrevDialog::~PartsbrevDialog() = default;

QString PartsbrevDialog::melding() const
{
    return m_melding->isHidden() ? QString() : m_melding->text();
}

PartsbrevDialog::Utfall PartsbrevDialog::lagreAlle(const QString &mappe, QStringList *filer)
{
    const auto antall = int(m_utkast.size());
    Brevbunke::Resultat r;
    Bakgrunnsarbeid arbeid(tr("Save all as PDF drafts"), tr("Saving %Ln draft(s)…", nullptr, antall), this);
    const auto utfall = arbeid.kjoer([&](Fremdrift &f) {
        // This thread's own store connection and templates (their caches are not shared).
        auto store = Store::aapne(m_lagring.dbSti);
        const Brevmalkilde maler(m_lagring.malmappe);
        const Brevrenderer renderer(m_katalog, maler);
        r = Brevbunke(*store, renderer).lagre(m_sak, m_utkast, mappe, m_lagring.bruker, &f);
    });
    const QString sted = QDir::toNativeSeparators(mappe);
    Utfall ut = Utfall::Lagret;
    if (utfall == Bakgrunnsarbeid::Utfall::Avbrutt) {
        m_melding->setText(tr("Cancelled: no draft was saved, neither in the case nor as a file."));
        ut = Utfall::Avbrutt;
    } else if (utfall == Bakgrunnsarbeid::Utfall::Feilet) {
        m_melding->setText(tr("Nothing was saved (no draft in the case, no file): %1").arg(arbeid.feil()));
        ut = Utfall::Feilet;
    } else if (r.iSaken) {
        m_melding->setText(tr("Saved %Ln draft(s) in the case and as PDF files in %1.", nullptr, int(r.filer.size()))
                               .arg(sted));
    } else {
        m_melding->setText(tr("Saved %Ln draft(s) as PDF files in %1. The case is not saved yet, so the drafts "
                              "are not kept in it.", nullptr, int(r.filer.size()))
                               .arg(sted));
    }
    m_melding->show();
    if (filer)
        *filer = r.filer;
    return ut;
}

void PartsbrevDialog::aapneValgt()
{
    const int rad = m_liste->currentRow();
    if (rad < 0 || rad >= m_utkast.size())
        return;
    m_liste->item(rad)->setCheckState(Qt::Checked);
    if (!m_aapne || !m_aapne(m_utkast[rad]))
        return;
    // Finalised in the letter window: that party is done and leaves the list.
    delete m_liste->takeItem(rad);
    m_utkast.removeAt(rad);
    if (m_utkast.isEmpty()) {
        m_melding->setText(tr("Every party has its finalised decision letter; they are in the case's documents."));
        m_melding->show();
    }
}

void PartsbrevDialog::lagreAlleSom()
{
    const QString mappe = Mappevelger::velg(this, tr("Save all as PDF drafts"));
    if (mappe.isEmpty())
        return;
    QStringList finnes;
    for (const Brevutkast &u : std::as_const(m_utkast)) {
        if (QFileInfo::exists(QDir(mappe).filePath(Brevbunke::filnavn(u))))
            finnes.append(Brevbunke::filnavn(u));
    }
    if (!finnes.isEmpty()
        && QMessageBox::question(this, tr("Save all as PDF drafts"),
                                 tr("Already in the folder: %Ln file(s).", nullptr, int(finnes.size()))
                                     + u"\n"_s + finnes.mid(0, 10).join(u'\n') + u"\n\n"_s + tr("Replace them?"))
            != QMessageBox::Yes)
        return;
    lagreAlle(mappe);
}

} // namespace tilsyn
