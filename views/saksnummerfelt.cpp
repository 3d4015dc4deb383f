#include "saksnummerfelt.h"

#include "domain/tilsynssak.h"
#include "items/kontorpraksis.h"
#include "sperregrunn.h"

#include <QRegularExpressionValidator>

namespace tilsyn {

using namespace Qt::StringLiterals;

SaksnummerFelt::SaksnummerFelt(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(u"saksnummer"_s);
    // Only what can become YYYY/N (N up to six digits); the full rule is in valider().
    setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}(/[0-9]{0,6})?"_s), this));
    setMaxLength(11);
}

SaksnummerFelt::~SaksnummerFelt() = default;

void SaksnummerFelt::vis(const Tilsynssak &sak, bool harBrev)
{
    const QString nr = sak.saksnummer.value_or(QString());
    if (text() != nr)
        setText(nr);
    const bool sentral = Kontorpraksis::saksnummer() == Saksnummerkilde::Sentral;
    QString grunn;
    if (harBrev)
        grunn = tr("Letters have been finalised under this case number, so it cannot be changed.");
    else if (sentral)
        grunn = nr.isEmpty() ? tr("This office uses the central store's series: the case gets its number at the "
                                  "first sync (Edit → Settings).")
                             : tr("This office uses the central store's series: the number was assigned by it.");
    setPlaceholderText(sentral ? tr("assigned at the first sync") : tr("YYYY/N from the archive"));
    settLaast(this, !grunn.isEmpty(), grunn);
}

} // namespace tilsyn
