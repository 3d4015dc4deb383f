#include "innstillingerdialog.h"
#include "rullevern.h"
#include "dialogvakt.h"
#include "ordsoek.h"

#include "domain/katalog.h"
#include "items/innstillinger.h"
#include "godkjenningsvalg.h"
#include "saksnummerkildevalg.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// A form row whose label names the field, with the field as its buddy (Alt+letter reaches it).
QLabel *rad(QFormLayout *lag, const QString &tekst, QWidget *felt)
{
    auto *etikett = new QLabel(tekst, felt->parentWidget());
    etikett->setBuddy(felt);
    lag->addRow(etikett, felt);
    return etikett;
}

} // namespace

InnstillingerDialog::InnstillingerDialog(const Katalog &katalog, QWidget *parent)
    : QDialog(parent)
    , m_navn(new QLineEdit(Innstillinger::navn.verdi(), this))
    , m_tittel(new QLineEdit(Innstillinger::tittel.verdi(), this))
    , m_telefon(new QLineEdit(Innstillinger::telefon.verdi(), this))
    , m_embete(new QComboBox(this))
    , m_godkjenner(new QLineEdit(Innstillinger::godkjenner.verdi(), this))
    , m_godkjennerTittel(new QLineEdit(Innstillinger::godkjennerTittel.verdi(), this))
    , m_spraak(new QComboBox(this))
    , m_dagerTilValg(new QSpinBox(this))
    , m_forfallerSnart(new QSpinBox(this))
    , m_forklaring(new QLabel(this))
    , m_melding(new QLabel(this))
{
    Rullevern::installer(); // the wheel changes no value without focus (forms work)
    Dialogvakt::installer(); // its wrapped texts are never cut (and the focus comes back)
    setObjectName(u"innstillinger"_s);
    setWindowTitle(tr("Settings"));
    m_navn->setObjectName(u"profilNavn"_s);
    m_tittel->setObjectName(u"profilTittel"_s);
    m_telefon->setObjectName(u"profilTelefon"_s);
    m_embete->setObjectName(u"profilEmbete"_s);
    m_godkjenner->setObjectName(u"profilGodkjenner"_s);
    m_godkjennerTittel->setObjectName(u"profilGodkjennerTittel"_s);
    m_spraak->setObjectName(u"spraak"_s);
    m_melding->setObjectName(u"profilMelding"_s);
    m_navn->setPlaceholderText(tr("e.g. Kari Nordmann"));
    m_tittel->setPlaceholderText(tr("e.g. senior adviser"));
    m_telefon->setPlaceholderText(tr("e.g. 61 26 60 00"));
    m_godkjenner->setPlaceholderText(tr("e.g. Ola Nordmann"));
    m_godkjennerTittel->setPlaceholderText(tr("e.g. head of section"));

    const Maalform mf = uiMaalform();
    soekPaaOrd(m_embete); // "Oslo", "Finnmark" find their office too
    m_embete->addItem(tr("(choose your office)"), QString());
    m_embete->setProperty("tilsynDataFra", 1); // catalogue names follow
    // Listed by county ("Agder", "Innlandet"), so typing its first letters finds an office: every
    // full name starts "Statsforvalteren i", which defeats the combo box's type-ahead. The full
    // name is the tooltip and what a screen reader says.
    for (const KatalogPost &p : katalog.poster(Katalog::Liste::Embete)) {
        m_embete->addItem(p.kort.isEmpty() ? p.navnPaa(mf) : p.kort, p.kode);
        m_embete->setItemData(m_embete->count() - 1, p.navnPaa(mf), Qt::ToolTipRole);
        m_embete->setItemData(m_embete->count() - 1, p.navnPaa(mf), Qt::AccessibleDescriptionRole);
    }
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

    m_forklaring->setText(tr("Your name, title, direct phone and office, and the leader who normally approves, "
                             "are used in letters, in the case history and for \"My cases\"."));
    m_forklaring->setWordWrap(true);
    m_melding->setWordWrap(true);
    m_melding->setStyleSheet(u"color: #a4262c;"_s);
    m_melding->setVisible(false);

    auto *profil = new QGroupBox(tr("Your profile"), this);
    auto *pLag = new QFormLayout(profil);
    rad(pLag, tr("Full &name:"), m_navn);
    rad(pLag, tr("&Title:"), m_tittel);
    rad(pLag, tr("&Direct phone:"), m_telefon); // D: an underline under the f of "telefon" is hard to see
    rad(pLag, tr("&Office:"), m_embete);
    rad(pLag, tr("Approving &leader:"), m_godkjenner);
    rad(pLag, tr("Leader's t&itle:"), m_godkjennerTittel);
    auto *program = new QGroupBox(tr("Program and office practice"), this);
    auto *aLag = new QFormLayout(program);
    rad(aLag, tr("Lan&guage:"), m_spraak);
    rad(aLag, tr("Choose handling method &within:"), m_dagerTilValg);
    rad(aLag, tr("\"Due soon\" &shows:"), m_forfallerSnart);
    auto *saksnummerkilde = new SaksnummerkildeValg(this); // office practice, issue 10 item 2
    rad(aLag, tr("Case n&umbers:"), saksnummerkilde);
    connect(this, &QDialog::accepted, saksnummerkilde, &SaksnummerkildeValg::lagre);
    auto *godkjenning = new GodkjenningsValg(this); // two-step approval, issue 12
    aLag->addRow(godkjenning); // both columns: its wrapped explanation needs the width; the box has its own letter
    connect(this, &QDialog::accepted, godkjenning, &GodkjenningsValg::lagre);

    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_forklaring); // outside the form: a wrapped label in a form row is cut short
    lag->addWidget(profil);
    lag->addWidget(program);
    lag->addWidget(m_melding);
    lag->addWidget(knapper);
    connect(knapper, &QDialogButtonBox::accepted, this, &InnstillingerDialog::accept);
    // A message about an empty field must not outlive the typing that fills it (issue 10).
    for (QLineEdit *l : {m_navn, m_tittel, m_telefon, m_godkjenner, m_godkjennerTittel})
        connect(l, &QLineEdit::textChanged, this, &InnstillingerDialog::oppdaterMelding);
    connect(m_embete, &QComboBox::currentIndexChanged, this, &InnstillingerDialog::oppdaterMelding);
    connect(knapper, &QDialogButtonBox::rejected, this, &InnstillingerDialog::reject);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

InnstillingerDialog::~InnstillingerDialog() = default;

void InnstillingerDialog::settFoersteGang()
{
    m_foersteGang = true;
    setWindowTitle(tr("Your profile"));
    m_forklaring->setText(tr("Welcome. Before you start, fill in your profile: your name, title, direct phone and "
                             "office, and the leader who normally approves, are used in letters, in the case "
                             "history and for \"My cases\". You can change them later in Edit ▸ Settings."));
}

void InnstillingerDialog::reject()
{
    if (m_foersteGang) {
        QMessageBox boks(QMessageBox::Question, tr("Your profile"),
                         tr("Tilsynsklient needs your profile before it can start: your name, title, phone and "
                            "office are printed in every letter and recorded in the case history. Without it the "
                            "program closes."),
                         QMessageBox::NoButton, this);
        boks.setObjectName(u"profilAvbryt"_s);
        QPushButton *fyll = boks.addButton(tr("&Fill in the profile"), QMessageBox::RejectRole);
        QPushButton *avslutt = boks.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
        avslutt->setObjectName(u"profilAvslutt"_s);
        boks.setDefaultButton(fyll);
        boks.setEscapeButton(fyll);
        boks.exec();
        if (boks.clickedButton() != avslutt)
            return;
    }
    QDialog::reject();
}

std::pair<QWidget *, QString> InnstillingerDialog::foersteTomme() const
{
    // Every profile field, in form order.
    const std::pair<QWidget *, QString> felt[] = {
        {m_navn, tr("Full name")},           {m_tittel, tr("Title")},
        {m_telefon, tr("Direct phone")},     {m_embete, tr("Office")},
        {m_godkjenner, tr("Approving leader")}, {m_godkjennerTittel, tr("Leader's title")},
    };
    for (const auto &[w, navn] : felt) {
        const auto *linje = qobject_cast<QLineEdit *>(w);
        if (linje ? linje->text().trimmed().isEmpty() : m_embete->currentData().toString().isEmpty())
            return {w, navn};
    }
    return {nullptr, QString()};
}

void InnstillingerDialog::oppdaterMelding()
{
    if (m_melding->isHidden())
        return; // nothing said yet: OK says it
    const auto [felt, navn] = foersteTomme();
    if (!felt) {
        m_melding->clear();
        m_melding->setVisible(false);
        return;
    }
    m_melding->setText(tr("%1 is empty: the profile is used in letters and the case history, so every "
                          "field must be filled in.").arg(navn));
}

void InnstillingerDialog::accept()
{
    // The first empty field is named and gets the focus; the message follows the typing after.
    if (QWidget *felt = foersteTomme().first) {
        m_melding->setVisible(true);
        oppdaterMelding();
        felt->setFocus();
        return;
    }
    Innstillinger::navn.sett(m_navn->text().trimmed());
    Innstillinger::tittel.sett(m_tittel->text().trimmed());
    Innstillinger::telefon.sett(m_telefon->text().trimmed());
    Innstillinger::embete.sett(m_embete->currentData().toString());
    Innstillinger::godkjenner.sett(m_godkjenner->text().trimmed());
    Innstillinger::godkjennerTittel.sett(m_godkjennerTittel->text().trimmed());
    Innstillinger::spraak.sett(m_spraak->currentData().toString());
    Innstillinger::dagerTilValgAvBm.sett(m_dagerTilValg->value());
    Innstillinger::forfallerSnartDager.sett(m_forfallerSnart->value());
    Innstillinger::profilSpurt.sett(true);
    QDialog::accept();
}

} // namespace tilsyn
