#include "ferdigstillbekreftelse.h"

#include "letters/brevtype.h"
#include "letters/brevutkast.h"

#include <QCheckBox>
#include <QDate>
#include <QGridLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <tuple>

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

bool FerdigstillBekreftelse::spoer(QWidget *forelder, const Brevutkast &utkast, const QList<Milepeltilbud> &tilbud,
                                   QStringList *valgte, const QString &tidligere)
{
    const bool advarsel = !tidligere.isEmpty() || utkast.mottaker.adresse.trimmed().isEmpty();
    QString s = tekst(utkast, tidligere);
    QStringList grunner;
    for (const Milepeltilbud &m : tilbud) {
        if (!m.mangler.isEmpty() && m.hindring.isEmpty())
            s += u"\n\n"_s + manglerTekst(m.mangler);
        if (!m.hindring.isEmpty())
            grunner.append(hindringTekst(milepelnavn(m.kode), m.hindring));
    }
    QMessageBox boks(!advarsel ? QMessageBox::Question : QMessageBox::Warning, tr("Finalise letter"), s,
                     QMessageBox::NoButton, forelder);
    boks.setObjectName(u"ferdigstillBekreftelse"_s);
    QPushButton *ja = boks.addButton(tr("&Finalise"), QMessageBox::AcceptRole);
    ja->setObjectName(u"bekreftFerdigstill"_s);
    QPushButton *nei = boks.addButton(QMessageBox::Cancel);
    boks.setDefaultButton(nei); // Enter on a stray key press must not archive a letter
    if (!grunner.isEmpty())
        boks.setInformativeText(grunner.join(u"\n\n"_s)); // right above the boxes
    QList<std::pair<QString, QCheckBox *>> bokser;
    for (const Milepeltilbud &m : tilbud) {
        const QString navn = milepelnavn(m.kode);
        // The first box keeps Alt+R; a second (the BM 2 oversendelse's "closed") has its own key.
        auto *avkryssing = new QCheckBox(bokser.isEmpty()
                                             ? tr("&Record the milestone “%1” with the letter's date").arg(navn)
                                             : tr("Record the milestone “%1” with the letter's date as &well").arg(navn),
                                         &boks);
        avkryssing->setObjectName(bokser.isEmpty() ? u"medMilepel"_s : u"medMilepel_"_s + m.kode);
        avkryssing->setChecked(m.mangler.isEmpty()); // the last letter closes the case, not the first
        if (!m.hindring.isEmpty()) {
            // The store would refuse it: never offered ticked, and the reason right above the box
            // (issue 10: finalising failed after the question had been answered).
            const QString grunn = hindringTekst(navn, m.hindring);
            avkryssing->setChecked(false);
            avkryssing->setEnabled(false);
            avkryssing->setToolTip(grunn);
            avkryssing->setAccessibleDescription(grunn);
        }
        bokser.append({m.kode, avkryssing});
    }
    if (!bokser.isEmpty())
        boks.setCheckBox(bokser.constFirst().second);
    // QMessageBox holds one tick box: the others go in the rows below it, in its column (the row
    // under the box holds only a spacer in column 0), set last so that no later setter re-lays
    // the box out without them.
    if (bokser.size() > 1) {
        if (auto *rutenett = qobject_cast<QGridLayout *>(boks.layout())) {
            int rad = 0, kolonne = 0, rader = 0, kolonner = 0;
            rutenett->getItemPosition(rutenett->indexOf(bokser.constFirst().second), &rad, &kolonne, &rader, &kolonner);
            // The rows after it move down to make room.
            QList<std::tuple<QLayoutItem *, int, int, int, int>> flytt;
            for (int i = rutenett->count() - 1; i >= 0; --i) {
                int r = 0, k = 0, rs = 0, ks = 0;
                rutenett->getItemPosition(i, &r, &k, &rs, &ks);
                if (r > rad)
                    flytt.append({rutenett->takeAt(i), r, k, rs, ks});
            }
            const int ekstra = int(bokser.size()) - 1;
            for (int i = 1; i < bokser.size(); ++i)
                rutenett->addWidget(bokser.at(i).second, rad + i, kolonne, 1, kolonner, Qt::AlignLeft);
            for (const auto &[element, r, k, rs, ks] : flytt)
                rutenett->addItem(element, r + ekstra, k, rs, ks);
        }
        // Tab goes from one box to the next, then to the buttons.
        for (int i = 1; i < bokser.size(); ++i)
            QWidget::setTabOrder(bokser.at(i - 1).second, bokser.at(i).second);
    }
    boks.exec();
    if (valgte) {
        valgte->clear();
        for (const auto &[kode, avkryssing] : bokser)
            if (avkryssing->isChecked())
                valgte->append(kode);
    }
    return boks.clickedButton() == ja;
}

} // namespace tilsyn
