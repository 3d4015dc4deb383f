#include "avslutningsgrunn.h"

#include "store/sakrepository.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace tilsyn {

namespace {

std::function<QString(const QString &)> &svarForTest()
{
    static std::function<QString(const QString &)> f;
    return f;
}

} // namespace

void Avslutningsgrunn::settSvar(std::function<QString(const QString &)> svar)
{
    svarForTest() = std::move(svar);
}

QString Avslutningsgrunn::spoer(QWidget *forelder, const Problemer &problemer)
{
    if (problemer.size() != 1 || !SakRepository::erUavskrevneDokumenter(problemer.constFirst()))
        return {};
    const QString melding = problemer.constFirst().melding;
    if (svarForTest())
        return svarForTest()(melding).trimmed();
    bool ok = false;
    const QString grunn = QInputDialog::getText(
        forelder, QCoreApplication::translate("tilsyn::Avslutningsgrunn", "Close the case"),
        QCoreApplication::translate("tilsyn::Avslutningsgrunn",
                                    "%1\n\nTo close the case anyway, say &why these documents are not answered "
                                    "(they are then marked \"noted for information\" with your reason):")
            .arg(QString(melding).replace(u'&', QStringLiteral("&&"))), // the label's letter (Alt+W) is ours
        QLineEdit::Normal, QString(), &ok);
    return ok ? grunn.trimmed() : QString();
}

} // namespace tilsyn
