#include "vedlikehold.h"

#include "caseeditor.h"
#include "drift/stoetteinfo.h"
#include "drift/stoettelogg.h"
#include "items/saklistemodel.h"
#include "mainwindow.h"
#include "store/lagerkontroll.h"
#include "store/sikkerhetskopi.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "synkstyring.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Runs `f` with a wait cursor; a StoreError becomes a message box and `false`.
template <typename F>
bool medVenting(QWidget *forelder, const QString &tittel, F &&f)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        f();
        QApplication::restoreOverrideCursor();
        return true;
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        Stoettelogg::feil(tittel + u": "_s + e.melding());
        QMessageBox::critical(forelder, tittel, e.melding());
        return false;
    }
}

// Before the menu's last entry (Quit), after a separator.
void leggFoerSiste(QMenu *meny, const QList<QAction *> &handlinger)
{
    const QList<QAction *> finnes = meny->actions();
    QAction *foer = finnes.isEmpty() ? nullptr : finnes.constLast();
    meny->insertSeparator(foer);
    meny->insertActions(foer, handlinger);
}

} // namespace

Vedlikehold::Vedlikehold(MainWindow &vindu, Store &store, const Katalog &katalog, SynkStyring &synk)
    : QObject(&vindu),
      m_vindu(vindu),
      m_store(store),
      m_katalog(katalog),
      m_synk(synk),
      m_sikkerhetskopi(new QAction(this)),
      m_gjenopprett(new QAction(this)),
      m_kontroller(new QAction(this)),
      m_stoetteinfo(new QAction(this))
{
    m_sikkerhetskopi->setObjectName(u"handlingSikkerhetskopi"_s);
    m_gjenopprett->setObjectName(u"handlingGjenopprett"_s);
    m_kontroller->setObjectName(u"handlingKontroller"_s);
    m_stoetteinfo->setObjectName(u"handlingStoetteinfo"_s);
    leggFoerSiste(vindu.filmeny(), {m_sikkerhetskopi, m_gjenopprett});
    vindu.hjelpmeny()->addSeparator();
    vindu.hjelpmeny()->addActions({m_kontroller, m_stoetteinfo});
    connect(m_sikkerhetskopi, &QAction::triggered, this, &Vedlikehold::taSikkerhetskopi);
    connect(m_gjenopprett, &QAction::triggered, this, &Vedlikehold::gjenopprett);
    connect(m_kontroller, &QAction::triggered, this, &Vedlikehold::kontroller);
    connect(m_stoetteinfo, &QAction::triggered, this, &Vedlikehold::kopierStoetteinformasjon);

    // Sync outcomes to the support log: the finished states (not the progress while it runs).
    connect(&m_synk, &SynkStyring::status, this, [this](const QString &tekst) {
        m_synkstatus = tekst;
        if (!m_synk.kjoerer())
            Stoettelogg::hendelse(u"synk: "_s + tekst);
    });
    connect(&m_synk, &SynkStyring::oppdatert, this, [](int pushet, int hentet, int konflikter, int avvist) {
        Stoettelogg::hendelse(u"synk fullført: sendt %1, hentet %2, konflikter %3, avvist %4"_s.arg(pushet).arg(hentet)
                                  .arg(konflikter).arg(avvist));
    });
    vindu.installEventFilter(this);
    oversett();
}

Vedlikehold::~Vedlikehold() = default;

bool Vedlikehold::eventFilter(QObject *objekt, QEvent *hendelse)
{
    if (objekt == &m_vindu && hendelse->type() == QEvent::LanguageChange)
        oversett();
    return QObject::eventFilter(objekt, hendelse);
}

void Vedlikehold::oversett()
{
    m_sikkerhetskopi->setText(tr("&Back up store…"));
    m_gjenopprett->setText(tr("&Restore from a backup…"));
    m_kontroller->setText(tr("&Check the store"));
    m_stoetteinfo->setText(tr("Copy &support information"));
}

void Vedlikehold::taSikkerhetskopi()
{
    const QString mappe = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString forslag = QDir(mappe).filePath(u"tilsynsklient-%1.sqlite"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString fil = QFileDialog::getSaveFileName(&m_vindu, tr("Back up the store"), forslag,
                                                     tr("Tilsynsklient store (*.sqlite)"));
    if (fil.isEmpty())
        return;
    if (medVenting(&m_vindu, tr("Back up the store"), [&] { sikkerhetskopi::taKopi(m_store.sti(), fil); })) {
        Stoettelogg::hendelse(u"sikkerhetskopi tatt"_s);
        QMessageBox::information(&m_vindu, tr("Back up the store"), tr("The backup was written to %1.").arg(fil));
    }
}

void Vedlikehold::gjenopprett()
{
    const QString tittel = tr("Restore from a backup");
    if (m_vindu.editor()->erEndret()) {
        QMessageBox::information(&m_vindu, tittel, tr("Save or undo the changes to the open case first."));
        return;
    }
    const QString fil = QFileDialog::getOpenFileName(
        &m_vindu, tittel, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Tilsynsklient store (*.sqlite);;All files (*)"));
    if (fil.isEmpty())
        return;
    const auto svar = QMessageBox::question(
        &m_vindu, tittel,
        tr("Replace every case in this store with the content of the backup %1?\n\nThe backup is checked first. "
           "The current store is kept as a copy in the same folder. Changes made since the backup that were "
           "not synchronised are only in that copy.").arg(fil));
    if (svar != QMessageBox::Yes)
        return;
    QString gammel;
    if (!medVenting(&m_vindu, tittel, [&] { gammel = sikkerhetskopi::gjenopprett(m_store.sti(), fil, m_katalog); }))
        return;
    Stoettelogg::hendelse(u"lageret gjenopprettet fra sikkerhetskopi"_s);
    m_vindu.saksliste()->lesPaaNytt();
    m_vindu.editor()->lesInnLagret();
    QMessageBox::information(&m_vindu, tittel,
                             tr("The store was restored from %1.\nThe previous store was kept as %2.").arg(fil, gammel));
}

void Vedlikehold::kontroller()
{
    const QString tittel = tr("Check the store");
    QStringList problemer;
    if (!medVenting(&m_vindu, tittel, [&] { problemer = kontrollerLager(m_store, m_katalog); }))
        return;
    if (problemer.isEmpty()) {
        QMessageBox::information(&m_vindu, tittel, tr("The store is healthy: no problems found."));
        return;
    }
    Stoettelogg::feil(u"kontroll av lageret: %1 problemer"_s.arg(problemer.size()));
    QMessageBox boks(QMessageBox::Warning, tittel,
                     tr("The check found %Ln problem(s). Send the details to support, or restore a backup.", nullptr,
                        int(problemer.size())),
                     QMessageBox::Ok, &m_vindu);
    boks.setDetailedText(problemer.join(u'\n'));
    boks.exec();
}

QString Vedlikehold::stoetteinformasjon() const
{
    return tilsyn::stoetteinformasjon(m_store, Stoetteinfo{m_synkstatus, !m_synk.conninfo().isEmpty()});
}

void Vedlikehold::kopierStoetteinformasjon()
{
    QApplication::clipboard()->setText(stoetteinformasjon());
    m_vindu.statusBar()->showMessage(tr("Support information copied: paste it into your message to support."), 10000);
}

} // namespace tilsyn
