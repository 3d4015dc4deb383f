#include "filmappe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

const QString kNoekkel = u"filer/sisteMappe"_s;

} // namespace

QString startsti(const QString &filnavn)
{
    QString mappe = QSettings().value(kNoekkel).toString();
    if (mappe.isEmpty() || !QFileInfo(mappe).isDir())
        mappe = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (mappe.isEmpty() || !QFileInfo(mappe).isDir())
        mappe = QDir::homePath();
    return filnavn.isEmpty() ? mappe : QDir(mappe).filePath(filnavn);
}

void huskMappe(const QString &sti)
{
    if (!sti.isEmpty())
        QSettings().setValue(kNoekkel, QFileInfo(sti).absolutePath());
}

void meldLagret(QWidget *fra, const QString &sti)
{
    huskMappe(sti);
    for (QWidget *w = fra; w; w = w->parentWidget())
        if (auto *mw = qobject_cast<QMainWindow *>(w)) {
            mw->statusBar()->showMessage(
                QCoreApplication::translate("Filmappe", "Saved to %1").arg(QDir::toNativeSeparators(sti)), 10000);
            return;
        }
}

} // namespace tilsyn
