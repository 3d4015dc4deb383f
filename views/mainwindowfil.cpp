// MainWindow, continued: files in and out (import, export, the sample cases) and the recovery of
// unsaved work left by a crash. Split from mainwindow.cpp to keep each file short.

#include "mainwindow.h"

#include "caseeditor.h"
#include "enkeltinstans.h"
#include "filarbeid.h"
#include "io/eksempellager.h"
#include "items/gjenoppretting.h"
#include "items/innstillinger.h"
#include "items/saklistemodel.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QSettings>
#include <QMessageBox>
#include <QStatusBar>

namespace tilsyn {

using namespace Qt::StringLiterals;

bool MainWindow::importer(const QString &fil)
{
    // On a worker thread with its own connection, a progress dialog and Cancel (filarbeid.h).
    const Filarbeid::Resultat r = Filarbeid::importer(this, m_store.sti(), m_katalog, m_bruker, fil);
    if (r.avbrutt)
        statusBar()->showMessage(tr("Import cancelled; nothing was imported"), 5000);
    if (!r.ok())
        return false;
    m_liste->lesPaaNytt();
    visRiktigSide();
    // What happened, not only how many were written: a replace is not an import of one case.
    QStringList deler;
    if (r.nye > 0 || (r.erstattet == 0 && r.beholdt == 0 && r.uendret == 0))
        deler.append(tr("%Ln new case(s) imported", nullptr, int(r.nye)));
    if (r.erstattet > 0)
        deler.append(tr("%Ln case(s) replaced", nullptr, int(r.erstattet)));
    if (r.beholdt > 0)
        deler.append(tr("%Ln changed case(s) kept as they were", nullptr, int(r.beholdt)));
    if (r.uendret > 0)
        deler.append(tr("%Ln case(s) already the same", nullptr, int(r.uendret)));
    statusBar()->showMessage(tr("Import: %1").arg(deler.join(u", "_s)), 8000);
    return true;
}

bool MainWindow::eksporter(const QString &fil)
{
    const Filarbeid::Resultat r = Filarbeid::eksporter(this, m_store.sti(), m_katalog, fil);
    if (r.avbrutt)
        statusBar()->showMessage(tr("Export cancelled; no file was written"), 5000);
    if (r.ok())
        statusBar()->showMessage(tr("Exported %Ln case(s) to %1", nullptr, int(r.antall)).arg(QDir::toNativeSeparators(fil)), 5000);
    return r.ok();
}

void MainWindow::lastEksempel()
{
    // sample cases: a separate example store, opened in a window of its own (app/)
    const QString sti = Eksempellager::standardSti();
    if (EnkeltInstans::erAapent(sti)) { // loaded before and still open: that window comes forward
        emit eksempellagerAapent(sti);   // (made again, the store would go from under it)
        return;
    }
    // Made once a session (dated from today); closed and loaded again, they are as they were
    // left, and so is their window's filter (issue 10 tryout: Ctrl+W and back made them anew).
    if (!m_eksempelLaget || !QFileInfo::exists(sti)) {
        try {
            Eksempellager::lag(sti, m_katalog, m_bruker);
        } catch (const StoreError &e) {
            QMessageBox::warning(this, tr("Sample cases"), e.melding());
            return;
        }
        QSettings().remove(Innstillinger::eksempelfilter.noekkel());
        m_eksempelLaget = true;
    }
    emit eksempellagerLaget(sti);
}

void MainWindow::lastNyeEksempel()
{
    if (EnkeltInstans::erAapent(Eksempellager::standardSti())) {
        QMessageBox::information(this, tr("Sample cases"),
                                 tr("The sample cases are open in their own window. Close it first (%1 there): "
                                    "they cannot be made again under it.")
                                     .arg(QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText)));
        return;
    }
    m_eksempelLaget = false;
    lastEksempel();
}

void MainWindow::tilbyGjenoppretting(const std::function<bool(const QString &)> &spoer)
{
    // Only copies whose process is gone (Gjenoppretting::finn): never another running window's.
    const QList<Gjenoppretting::Kopi> kopier = Gjenoppretting::finn(Gjenoppretting::mappeFor(m_store.sti()));
    if (kopier.isEmpty())
        return;
    const Gjenoppretting::Kopi &k = kopier.first();
    const QString navn = k.sak.saksnummer ? *k.sak.saksnummer : tr("a draft received %1").arg(k.sak.mottatt.toString(u"dd.MM.yyyy"_s));
    const QString spoersmaal = tr("Tilsynsklient was closed without saving changes to case %1 (last copy %2). "
                                  "Restore the unsaved changes?")
                                   .arg(navn, k.skrevet.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s));
    const bool ja = spoer ? spoer(spoersmaal)
                          : QMessageBox::question(this, tr("Recover unsaved changes"), spoersmaal) == QMessageBox::Yes;
    if (ja)
        m_editor->gjenopprett(k.sak, k.versjon); // written again at once as this session's copy
    Gjenoppretting::forkast(k);
    if (ja)
        visRiktigSide();
}

} // namespace tilsyn
