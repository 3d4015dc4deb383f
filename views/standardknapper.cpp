#include "standardknapper.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

namespace tilsyn {

void medBokstaver(QMessageBox &boks)
{
    auto tekst = [](QMessageBox::StandardButton k) -> QString {
        switch (k) {
        case QMessageBox::Save: return QCoreApplication::translate("Standardknapper", "&Save");
        case QMessageBox::Discard: return QCoreApplication::translate("Standardknapper", "&Discard");
        case QMessageBox::Yes: return QCoreApplication::translate("Standardknapper", "&Yes");
        case QMessageBox::No: return QCoreApplication::translate("Standardknapper", "&No");
        case QMessageBox::Close: return QCoreApplication::translate("Standardknapper", "&Close");
        case QMessageBox::Apply: return QCoreApplication::translate("Standardknapper", "&Apply");
        case QMessageBox::Reset: return QCoreApplication::translate("Standardknapper", "&Reset");
        case QMessageBox::Retry: return QCoreApplication::translate("Standardknapper", "&Retry");
        default: return {};
        }
    };
    for (QAbstractButton *b : boks.buttons()) {
        const QString t = tekst(boks.standardButton(b));
        if (!t.isEmpty() && !b->text().contains(u'&'))
            b->setText(t);
    }
}

} // namespace tilsyn
