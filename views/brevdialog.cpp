#include "brevdialog.h"

#include "vindusstorrelse.h"

#include "brevvisning.h"
#include "domain/tilsynssak.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilsyn {

BrevDialog::BrevDialog(const Tilsynssak &sak, const Katalog &katalog, const Brevmalkilde &maler,
                       BrevRepository *arkiv, const QString &bruker, QWidget *parent)
    : QDialog(parent), m_visning(new Brevvisning(katalog, maler, this))
{
    setObjectName(QStringLiteral("brevdialog"));
    setWindowTitle(tr("Letters – %1").arg(sak.saksnummer.value_or(tr("Draft"))));
    m_visning->settArkiv(arkiv, bruker);
    m_visning->settSak(sak, QDate::currentDate());
    auto *knapper = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(knapper, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *oppsett = new QVBoxLayout(this);
    oppsett->addWidget(m_visning, 1);
    oppsett->addWidget(knapper);
    settStorrelse(this, {1100, 850});
}

BrevDialog::~BrevDialog() = default;

} // namespace tilsyn
