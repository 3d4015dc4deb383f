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
    // As large as the screen allows: the preview is read, at 1366 × 768 too (issue 10, session 12).
    settStorrelse(this, {1500, 1000});
}

BrevDialog::~BrevDialog() = default;

void BrevDialog::done(int r)
{
    if (!m_visning->lukk()) // what was typed is kept, or the caseworker chose to discard it
        return;
    QDialog::done(r);
}

} // namespace tilsyn
