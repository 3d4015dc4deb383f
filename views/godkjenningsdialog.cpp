#include "godkjenningsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

SendTilGodkjenningDialog::SendTilGodkjenningDialog(const QList<Kontorbruker> &brukere, QWidget *parent)
    : QDialog(parent), m_til(new QComboBox(this)), m_merknad(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Send for approval"));
    setObjectName(u"sendTilGodkjenning"_s);
    m_til->setObjectName(u"godkjenner"_s);
    m_merknad->setObjectName(u"merknad"_s);
    m_til->addItem(tr("All leaders of the office"), QString());
    m_til->setProperty("tilsynDataFra", 1); // user names
    for (const Kontorbruker &b : brukere) {
        if (b.leder) {
            m_til->addItem(b.navn.isEmpty() ? b.bruker : b.navn, b.bruker); // by name; the login as the tool tip
            m_til->setItemData(m_til->count() - 1, b.bruker, Qt::ToolTipRole);
        }
    }
    m_merknad->setTabChangesFocus(true);
    m_merknad->setPlaceholderText(tr("What the leader should look at (optional)"));
    auto *skjema = new QFormLayout;
    auto *tilEtikett = new QLabel(tr("&To:"), this);
    tilEtikett->setBuddy(m_til);
    auto *merknadEtikett = new QLabel(tr("&Note:"), this);
    merknadEtikett->setBuddy(m_merknad);
    skjema->addRow(tilEtikett, m_til);
    skjema->addRow(merknadEtikett, m_merknad);
    auto *forklaring = new QLabel(tr("The draft is frozen as it stands now. If you change it afterwards, it must be "
                                     "approved again. The leader sees it after the next sync."), this);
    forklaring->setWordWrap(true);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    knapper->button(QDialogButtonBox::Ok)->setText(tr("&Send for approval"));
    connect(knapper, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lag = new QVBoxLayout(this);
    lag->addLayout(skjema);
    lag->addWidget(forklaring);
    lag->addWidget(knapper);
    resize(460, 260);
}

QString SendTilGodkjenningDialog::til() const
{
    return m_til->currentData().toString();
}

QString SendTilGodkjenningDialog::merknad() const
{
    return m_merknad->toPlainText().trimmed();
}

bool SendTilGodkjenningDialog::velg(const QString &bruker)
{
    const int i = m_til->findData(bruker);
    if (i >= 0)
        m_til->setCurrentIndex(i);
    return i >= 0;
}

void SendTilGodkjenningDialog::settMerknad(const QString &tekst)
{
    m_merknad->setPlainText(tekst);
}

} // namespace tilsyn
