#include "innstillingerdialog.h"
#include "rullevern.h"

#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "saksnummerkildevalg.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace tilsyn {

using namespace Qt::StringLiterals;

InnstillingerDialog::InnstillingerDialog(const Katalog &katalog, QWidget *parent)
    : QDialog(parent)
    , m_navn(new QLineEdit(Innstillinger::navn.verdi(), this))
    , m_tittel(new QLineEdit(Innstillinger::tittel.verdi(), this))
    , m_embete(new QComboBox(this))
    , m_telefon(new QLineEdit(Innstillinger::telefon.verdi(), this))
    , m_spraak(new QComboBox(this))
    , m_dagerTilValg(new QSpinBox(this))
    , m_forfallerSnart(new QSpinBox(this))
{
    Rullevern::installer(); // the wheel changes no value without focus (forms work)
    setWindowTitle(tr("Settings"));
    m_navn->setObjectName(u"profilNavn"_s);
    m_tittel->setObjectName(u"profilTittel"_s);
    m_embete->setObjectName(u"profilEmbete"_s);
    m_telefon->setObjectName(u"profilTelefon"_s);
    m_spraak->setObjectName(u"spraak"_s);
    m_embete->addItem(QString(), QString());
    for (const KatalogPost &p : katalog.poster(Katalog::Liste::Embete))
        m_embete->addItem(p.navn, p.kode);
    m_embete->setCurrentIndex(std::max(0, m_embete->findData(Innstillinger::embete.verdi())));
    // Language names in their own language, so anyone can find theirs.
    m_spraak->addItem(tr("Follow the system"), QString());
    m_spraak->addItem(u"Norsk bokmål"_s, u"nb"_s);
    m_spraak->addItem(u"Norsk nynorsk"_s, u"nn"_s);
    m_spraak->addItem(u"English"_s, u"en"_s);
    m_spraak->setCurrentIndex(std::max(0, m_spraak->findData(Innstillinger::spraak.verdi())));

    m_dagerTilValg->setObjectName(u"dagerTilValgAvBm"_s);
    m_dagerTilValg->setRange(1, 90);
    m_dagerTilValg->setSuffix(tr(" days after received"));
    m_dagerTilValg->setValue(Innstillinger::dagerTilValgAvBm.verdi());
    m_dagerTilValg->setToolTip(tr("The editor reminds you to choose a handling method by this day."));
    m_forfallerSnart->setObjectName(u"forfallerSnartDager"_s);
    m_forfallerSnart->setRange(1, 180);
    m_forfallerSnart->setSuffix(tr(" days ahead"));
    m_forfallerSnart->setValue(Innstillinger::forfallerSnartDager.verdi());
    m_forfallerSnart->setToolTip(tr("\"Due soon\" lists the open cases whose deadline falls within this many days."));

    auto *forklaring = new QLabel(tr("Your name, title, office and phone number are used in letters."), this);
    forklaring->setWordWrap(true);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *lag = new QFormLayout(this);
    lag->addRow(forklaring);
    lag->addRow(tr("Name:"), m_navn);
    lag->addRow(tr("Title:"), m_tittel);
    lag->addRow(tr("Office:"), m_embete);
    lag->addRow(tr("Phone:"), m_telefon);
    lag->addRow(tr("Language:"), m_spraak);
    lag->addRow(tr("Choose handling method within:"), m_dagerTilValg);
    lag->addRow(tr("\"Due soon\" shows:"), m_forfallerSnart);
    auto *saksnummerkilde = new SaksnummerkildeValg(this); // office practice, issue 10 item 2
    lag->addRow(tr("Case numbers:"), saksnummerkilde);
    connect(this, &QDialog::accepted, saksnummerkilde, &SaksnummerkildeValg::lagre);
    lag->addRow(knapper);
    connect(knapper, &QDialogButtonBox::accepted, this, &InnstillingerDialog::accept);
    connect(knapper, &QDialogButtonBox::rejected, this, &InnstillingerDialog::reject);
}

InnstillingerDialog::~InnstillingerDialog() = default;

void InnstillingerDialog::accept()
{
    Innstillinger::navn.sett(m_navn->text().trimmed());
    Innstillinger::tittel.sett(m_tittel->text().trimmed());
    Innstillinger::embete.sett(m_embete->currentData().toString());
    Innstillinger::telefon.sett(m_telefon->text().trimmed());
    Innstillinger::spraak.sett(m_spraak->currentData().toString());
    Innstillinger::dagerTilValgAvBm.sett(m_dagerTilValg->value());
    Innstillinger::forfallerSnartDager.sett(m_forfallerSnart->value());
    Innstillinger::profilSpurt.sett(true);
    QDialog::accept();
}

} // namespace tilsyn
