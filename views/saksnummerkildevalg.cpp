#include "saksnummerkildevalg.h"

#include "items/kontorpraksis.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

SaksnummerkildeValg::SaksnummerkildeValg(QWidget *parent) : QComboBox(parent)
{
    setObjectName(u"saksnummerkilde"_s);
    addItem(tr("Typed from the archive (works offline)"), u"arkiv"_s);
    addItem(tr("The central store's series, at the first sync"), u"sentral"_s);
    setCurrentIndex(Kontorpraksis::saksnummer() == Saksnummerkilde::Sentral ? 1 : 0);
    setToolTip(tr("Where this office's case numbers (YYYY/N) come from. A case without one can be worked on, "
                  "but its letters cannot be finalised."));
}

SaksnummerkildeValg::~SaksnummerkildeValg() = default;

void SaksnummerkildeValg::lagre()
{
    Kontorpraksis::saksnummerkilde.sett(currentData().toString());
}

} // namespace tilsyn
