#include "redigeringsstil.h"

#include <QLabel>
#include <QStringList>

namespace tilsyn {

using namespace Qt::StringLiterals;

void stilFeillabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #a33b20;"_s);
    label->setVisible(false);
}

void merkFeil(QWidget *felt, const Problemer &problemer)
{
    if (!felt)
        return;
    QStringList m;
    for (const Problem &p : problemer)
        m.append(p.melding);
    const bool feil = !m.isEmpty();
    if (felt->property("harFeil").toBool() == feil && felt->toolTip() == m.join(u'\n'))
        return;
    felt->setProperty("harFeil", feil);
    felt->setToolTip(m.join(u'\n'));
    felt->setStyleSheet(feil ? u"border: 1px solid #a33b20;"_s : QString());
}

} // namespace tilsyn
