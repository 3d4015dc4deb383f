#include "hjelpvindu.h"

#include "vindusstorrelse.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

HjelpVindu::HjelpVindu(QWidget *parent)
    : QDialog(parent), m_tekst(new QTextBrowser(this))
{
    setObjectName(u"brukerveiledning"_s);
    m_tekst->setObjectName(u"veiledningstekst"_s);
    m_tekst->setOpenExternalLinks(false);
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_tekst);
    lag->addWidget(knapper);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::close);
    settStorrelse(this, {760, 720});
    oversett();
}

HjelpVindu::~HjelpVindu() = default;

HjelpVindu *HjelpVindu::vis(QWidget *eier)
{
    auto *v = eier->findChild<HjelpVindu *>(QString(), Qt::FindDirectChildrenOnly);
    if (!v)
        v = new HjelpVindu(eier);
    v->show();
    v->raise();
    v->activateWindow();
    return v;
}

QString HjelpVindu::kilde()
{
    switch (QLocale().language()) {
    case QLocale::NorwegianNynorsk: return u":/hjelp/brukerveiledning.nn.html"_s;
    case QLocale::English: return u":/hjelp/brukerveiledning.en.html"_s;
    default: return u":/hjelp/brukerveiledning.nb.html"_s;
    }
}

void HjelpVindu::oversett()
{
    setWindowTitle(tr("User guide – Tilsynsklient"));
    m_tekst->setAccessibleName(tr("User guide"));
    QFile f(kilde());
    if (f.open(QIODevice::ReadOnly))
        m_tekst->setHtml(QString::fromUtf8(f.readAll()));
}

void HjelpVindu::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QDialog::changeEvent(e);
}

} // namespace tilsyn
