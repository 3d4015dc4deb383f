#include "partsbrevdialog.h"
#include "arkivhandling.h"

#include "vindusstorrelse.h"

#include "domain/tilsynssak.h"
#include "io/utfil.h"
#include "letters/brevmal.h"
#include "letters/brevrenderer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

PartsbrevDialog::PartsbrevDialog(const Tilsynssak &sak, QList<Brevutkast> utkast, const Brevrenderer &renderer,
                                 Aapne aapne, QWidget *parent)
    : QDialog(parent)
    , m_sak(sak)
    , m_utkast(std::move(utkast))
    , m_renderer(renderer)
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
                                     "finalise it from the letter window."),
                                  this);
    forklaring->setWordWrap(true);
    auto *ledetekst = new QLabel(tr("&Drafts:"), this);
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
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aapneKnapp = knapper->addButton(tr("&Open for review…"), QDialogButtonBox::ActionRole);
    aapneKnapp->setObjectName(u"aapne"_s);
    aapneKnapp->setDefault(true);
    QPushButton *lagreKnapp = knapper->addButton(tr("&Save all as PDF drafts…"), QDialogButtonBox::ActionRole);
    lagreKnapp->setObjectName(u"lagreAlle"_s);
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
    m_melding->hide();
    m_liste->setFocus();
    settStorrelse(this, {640, 420});
}

PartsbrevDialog::~PartsbrevDialog() = default;

QString PartsbrevDialog::filnavn(const Brevutkast &u)
{
    return u"%1-%2-%3-utkast.pdf"_s.arg(u.type, u.mottaker.noekkel(), maalformKode(u.maalform));
}

QStringList PartsbrevDialog::lagreAlle(const QString &mappe, QString *feil) const
{
    QStringList filer;
    for (const Brevutkast &u : m_utkast) {
        Utfil fil(QDir(mappe).filePath(filnavn(u)));
        try {
            const QByteArray pdf = m_renderer.pdfA(m_sak, u);
            if (!fil.aapne() || !fil.skriv(pdf) || !fil.fullfoer()) {
                *feil = fil.feil();
                return filer;
            }
        } catch (const BrevmalFeil &e) {
            fil.avbryt();
            *feil = e.melding();
            return filer;
        }
        filer.append(fil.sti());
    }
    return filer;
}

void PartsbrevDialog::aapneValgt()
{
    const int rad = m_liste->currentRow();
    if (rad < 0 || rad >= m_utkast.size())
        return;
    m_liste->item(rad)->setCheckState(Qt::Checked);
    if (m_aapne)
        m_aapne(m_utkast[rad]);
}

void PartsbrevDialog::lagreAlleSom()
{
    const QString mappe = Mappevelger::velg(this, tr("Save all as PDF drafts"));
    if (mappe.isEmpty())
        return;
    QString feil;
    const QStringList filer = lagreAlle(mappe, &feil);
    m_melding->setText(feil.isEmpty() ? tr("Saved %n draft(s) in %1.", nullptr, int(filer.size())).arg(QDir::toNativeSeparators(mappe))
                                      : tr("Not all drafts were saved: %1").arg(feil));
    m_melding->show();
}

} // namespace tilsyn
