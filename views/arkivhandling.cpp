#include "arkivhandling.h"

#include "sperregrunn.h"

#include "arkiv/arkivpakke.h"
#include "domain/tilsynssak.h"
#include "letters/brevrepository.h"
#include "store/storeerror.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace tilsyn {

using namespace Qt::StringLiterals;

Arkivhandling::Arkivhandling(Store &store, const Katalog &katalog, QString bruker, QMenu *meny, AapenSak aapenSak,
                             QWidget *vindu)
    : QObject(vindu)
    , m_store(store)
    , m_katalog(katalog)
    , m_bruker(std::move(bruker))
    , m_aapenSak(std::move(aapenSak))
    , m_vindu(vindu)
    , m_handling(meny->addAction(QString()))
{
    m_handling->setObjectName(u"handlingArkivpakke"_s);
    connect(m_handling, &QAction::triggered, this, &Arkivhandling::utfor);
    connect(meny, &QMenu::aboutToShow, this, &Arkivhandling::oppdater);
    if (m_vindu)
        m_vindu->installEventFilter(this); // LanguageChange reaches widgets, not this QObject
    oversett();
    oppdater();
}

Arkivhandling::~Arkivhandling() = default;

bool Arkivhandling::eventFilter(QObject *objekt, QEvent *hendelse)
{
    if (objekt == m_vindu && hendelse->type() == QEvent::LanguageChange)
        oversett();
    return QObject::eventFilter(objekt, hendelse);
}

void Arkivhandling::oversett()
{
    m_handling->setText(tr("&Archive package of this case…"));
    oppdater();
}

void Arkivhandling::oppdater()
{
    const Tilsynssak *sak = m_aapenSak();
    // Whether letters exist is asked only when the action is used: the menu stays cheap.
    const bool kan = sak && sak->saksnummer && !sak->saksnummer->isEmpty();
    settTilgjengelig(m_handling, kan ? QString() : hindring()); // disabled with its reason (sperregrunn.h)
    if (kan)
        m_handling->setStatusTip(tr("Write the finalised letters of this case with an arkivmelding for the archive"));
}

QString Arkivhandling::hindring() const
{
    const Tilsynssak *sak = m_aapenSak();
    if (!sak)
        return tr("No case is open.");
    if (!sak->saksnummer || sak->saksnummer->isEmpty())
        return tr("This case has no saksnummer yet, so it cannot be archived.");
    try {
        if (BrevRepository(m_store).forSak(sak->id).isEmpty())
            return tr("Case %1 has no finalised letter to archive yet: finalise a letter from Write letter… first.")
                .arg(*sak->saksnummer);
    } catch (const StoreError &e) {
        return e.melding();
    }
    return {};
}

Arkivhandling::Resultat Arkivhandling::skrivTil(const QString &sted) const
{
    const QString grunn = hindring();
    if (!grunn.isEmpty())
        return {false, grunn, {}};
    const Tilsynssak &sak = *m_aapenSak();
    // A new folder every time: a package is never written over another.
    const QString navn = u"arkivpakke-"_s + QString(*sak.saksnummer).replace(u'/', u'-');
    QString mappe = QDir(sted).filePath(navn);
    for (int n = 2; QFileInfo::exists(mappe); ++n)
        mappe = QDir(sted).filePath(u"%1-%2"_s.arg(navn).arg(n));
    try {
        const Arkivpakke pakke(m_store, m_katalog);
        const Arkivmelding melding = pakke.lag(sak.id, m_bruker, QDateTime::currentDateTimeUtc());
        Arkivpakke::skriv(melding, mappe);
        return {true,
                tr("The archive package of case %1 is in %2: arkivmelding.xml and %Ln letter(s) as PDF/A.", nullptr,
                   melding.antallFiler()).arg(*sak.saksnummer, QDir::toNativeSeparators(mappe)),
                mappe};
    } catch (const StoreError &e) {
        return {false, tr("The archive package was not written: %1").arg(e.melding()), {}};
    }
}

void Arkivhandling::utfor()
{
    const QString grunn = hindring();
    if (!grunn.isEmpty()) {
        QMessageBox::information(m_vindu, tr("Archive package"), grunn);
        return;
    }
    const QString sted = Mappevelger::velg(m_vindu, tr("Where should the archive package go?"));
    if (sted.isEmpty())
        return;
    const Resultat r = skrivTil(sted);
    if (r.ok)
        QMessageBox::information(m_vindu, tr("Archive package"), r.melding);
    else
        QMessageBox::warning(m_vindu, tr("Archive package"), r.melding);
}

Mappevelger::Mappevelger(QWidget *forelder, const QString &tittel) : QFileDialog(forelder, tittel)
{
    setObjectName(u"mappevelger"_s);
    setFileMode(QFileDialog::Directory);
    setOption(QFileDialog::ShowDirsOnly);
    setOption(QFileDialog::DontUseNativeDialog); // accept() below must run
}

Mappevelger::~Mappevelger() = default;

void Mappevelger::accept()
{
    for (const QString &mappe : selectedFiles()) {
        if (QFileInfo::exists(mappe))
            continue;
        if (!QDir().mkpath(mappe)) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The folder %1 could not be created. Check that you may write there.")
                                     .arg(QDir::toNativeSeparators(mappe)));
            return;
        }
    }
    QFileDialog::accept();
}

QString Mappevelger::velg(QWidget *forelder, const QString &tittel)
{
    Mappevelger d(forelder, tittel);
    if (d.exec() != QDialog::Accepted || d.selectedFiles().isEmpty())
        return {};
    return d.selectedFiles().constFirst();
}

} // namespace tilsyn
