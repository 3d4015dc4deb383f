#include "ferdigstillbekreftelse.h"

#include "letters/brevtype.h"
#include "letters/brevutkast.h"

#include <QCheckBox>
#include <QDate>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tilsyn {

using namespace Qt::StringLiterals;

QString FerdigstillBekreftelse::milepelnavn(const QString &kode)
{
    if (kode == u"oversendt")
        return tr("forwarded");
    if (kode == u"mote")
        return tr("meeting");
    if (kode == u"avsluttet")
        return tr("closed");
    return kode;
}

QString FerdigstillBekreftelse::tidligereTekst(const QString &mottaker, const QDate &dato, const QString &dokumentnummer)
{
    return dokumentnummer.isEmpty()
        ? tr("Warning: a letter of this type to %1 was already finalised on %2.").arg(mottaker, dato.toString(u"dd.MM.yyyy"_s))
        : tr("Warning: a letter of this type to %1 was already finalised on %2 (document %3).")
              .arg(mottaker, dato.toString(u"dd.MM.yyyy"_s), dokumentnummer);
}

QString FerdigstillBekreftelse::ukjenteOrdTekst(Maalform m, const QStringList &ord)
{
    return (m == Maalform::Nynorsk
                ? tr("Warning: the nynorsk dictionary does not know these words of the letter: %1. They are printed "
                     "as typed.")
                : tr("Warning: the bokmål dictionary does not know these words of the letter: %1. They are printed "
                     "as typed."))
        .arg(ord.join(u", "_s));
}

QString FerdigstillBekreftelse::tekst(const Brevutkast &utkast, const QString &tidligere)
{
    const Brevtype *t = brevtype(utkast.type);
    QStringList kopi;
    for (const Brevmottaker &m : utkast.kopiTil)
        kopi.append(m.navn);
    QString s = tidligere.isEmpty() ? QString() : tidligere + u"\n\n"_s;
    // A letter sent by post needs the address: the caseworker's try finalised a decision to a
    // service whose address column was off-screen, and the letter carried only the name.
    if (utkast.mottaker.adresse.trimmed().isEmpty())
        s += tr("Warning: %1 has no postal address in the case; the letter shows only the name.")
                 .arg(utkast.mottaker.navn)
            + u"\n\n"_s;
    s += tr("Type: %1").arg(t ? t->navnPaa(utkast.maalform) : utkast.type) + u'\n'
        + tr("Recipient: %1").arg(utkast.mottaker.navn) + u'\n';
    if (!kopi.isEmpty())
        s += tr("Copy to: %1").arg(kopi.join(u", "_s)) + u'\n';
    s += tr("Written form: %1").arg(utkast.maalform == Maalform::Nynorsk ? tr("Nynorsk") : tr("Bokmål")) + u'\n'
        + tr("Date: %1").arg(utkast.dato.toString(u"dd.MM.yyyy"_s)) + u"\n\n"
        + tr("The letter is stored in the case exactly as previewed, without the UTKAST mark, and can never "
             "be changed. Finalise it?");
    return s;
}

QString FerdigstillBekreftelse::manglerTekst(const QStringList &mangler)
{
    return tr("Letters of this type to %1 are not finalised yet: the milestone is recorded with the last one.")
        .arg(QLocale().createSeparatedList(mangler));
}

QString FerdigstillBekreftelse::innsenderbrevManglerTekst(const QString &innsender, const QString &brevtype)
{
    return tr("Warning: %1, who made the request, has not had their letter “%2” yet. Finalise it too, so that "
              "every party is told before the case is closed.")
        .arg(innsender, brevtype);
}

QString FerdigstillBekreftelse::hindringTekst(const QString &milepel, const QString &hindring)
{
    return tr("The milestone “%1” cannot be recorded with this letter: %2. The letter can be finalised without it; "
              "record the milestone in the case once that is put right.")
        .arg(milepel, hindring);
}

bool FerdigstillBekreftelse::spoer(QWidget *forelder, const Brevutkast &utkast, const QString &milepel,
                                   bool *medMilepel, const QString &tidligere, const QStringList &mangler,
                                   const QString &hindring)
{
    const bool advarsel = !tidligere.isEmpty() || utkast.mottaker.adresse.trimmed().isEmpty();
    QString s = tekst(utkast, tidligere);
    if (!milepel.isEmpty() && !mangler.isEmpty() && hindring.isEmpty())
        s += u"\n\n"_s + manglerTekst(mangler);
    QMessageBox boks(!advarsel ? QMessageBox::Question : QMessageBox::Warning, tr("Finalise letter"), s,
                     QMessageBox::NoButton, forelder);
    boks.setObjectName(u"ferdigstillBekreftelse"_s);
    QPushButton *ja = boks.addButton(tr("&Finalise"), QMessageBox::AcceptRole);
    ja->setObjectName(u"bekreftFerdigstill"_s);
    QPushButton *nei = boks.addButton(QMessageBox::Cancel);
    boks.setDefaultButton(nei); // Enter on a stray key press must not archive a letter
    QCheckBox *avkryssing = nullptr;
    if (!milepel.isEmpty()) {
        avkryssing = new QCheckBox(tr("&Record the milestone “%1” with the letter's date").arg(milepel), &boks);
        avkryssing->setObjectName(u"medMilepel"_s);
        avkryssing->setChecked(mangler.isEmpty()); // the last decision closes the case, not the first
        if (!hindring.isEmpty()) {
            // The store would refuse it: never offered ticked, and the reason right above the box
            // (issue 10: finalising failed after the question had been answered).
            const QString grunn = hindringTekst(milepel, hindring);
            avkryssing->setChecked(false);
            avkryssing->setEnabled(false);
            avkryssing->setToolTip(grunn);
            avkryssing->setAccessibleDescription(grunn);
            boks.setInformativeText(grunn);
        }
        boks.setCheckBox(avkryssing);
    }
    boks.exec();
    if (medMilepel)
        *medMilepel = avkryssing && avkryssing->isChecked();
    return boks.clickedButton() == ja;
}

} // namespace tilsyn
