#include "konfliktbekreftelse.h"

#include "standardknapper.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// A long value is shown up to here in the question (the window above shows all of it).
constexpr qsizetype kMaksTegn = 600;

bool tomt(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

QString sitat(const QString &tekst)
{
    return u"«"_s + (tekst.size() > kMaksTegn ? tekst.left(kMaksTegn).trimmed() + u" …"_s : tekst) + u"»"_s;
}

} // namespace

QString KonfliktBekreftelse::hvem(const SynkProblemer::Konflikt &k)
{
    const QString navn = k.deresNavn.isEmpty() ? k.deresAv : k.deresNavn;
    return navn.isEmpty() ? tr("a colleague") : navn;
}

QString KonfliktBekreftelse::tekst(const SynkProblemer::Konflikt &k, SynkProblemer::Valg valg,
                                   const QJsonValue &verdi, const QString &feltnavn, const SomTekst &somTekst)
{
    using Valg = SynkProblemer::Valg;
    // "sak 2026/1" and "01.12.2026 23:40" not broken over two lines in the narrow box.
    const QString sak = k.saksnummer.isEmpty() ? tr("the draft")
                                               : tr("case %1").replace(u' ', QChar::Nbsp).arg(k.saksnummer);
    const QJsonValue &erstattet = valg == Valg::Deres ? k.mine : k.deres;
    if (tomt(erstattet) || erstattet == verdi)
        return {};
    QString spoersmaal;
    if (valg == Valg::Mine)
        spoersmaal = tr("Keep what you wrote in «%1» for %2?").arg(feltnavn, sak);
    else if (valg == Valg::Redigert)
        spoersmaal = tr("Save your edited value in «%1» for %2?").arg(feltnavn, sak);
    else
        spoersmaal = tr("Keep what %1 wrote in «%2» for %3?").arg(hvem(k), feltnavn, sak);
    QString hva;
    if (valg == Valg::Deres)
        hva = tr("This replaces what you wrote:");
    else if (k.deresTidspunkt.isValid())
        hva = tr("This replaces what %1 wrote (%2):")
                  .arg(hvem(k), QLocale().toString(k.deresTidspunkt.toLocalTime(), u"dd.MM.yyyy\u00a0HH:mm"_s));
    else
        hva = tr("This replaces what %1 wrote:").arg(hvem(k));
    const QString hvor = valg == Valg::Deres
        ? tr("Nothing is lost: what you wrote stays in the case's history (History of this case…).")
        : tr("Nothing is lost: what %1 wrote stays in the case's history (History of this case…).").arg(hvem(k));
    return spoersmaal + u"\n\n"_s + hva + u"\n\n"_s + sitat(somTekst(erstattet)) + u"\n\n"_s + hvor;
}

bool KonfliktBekreftelse::spoer(QWidget *forelder, const SynkProblemer::Konflikt &k, SynkProblemer::Valg valg,
                                const QJsonValue &verdi, const QString &feltnavn, const SomTekst &somTekst)
{
    const QString t = tekst(k, valg, verdi, feltnavn, somTekst);
    if (t.isEmpty())
        return true;
    QMessageBox boks(QMessageBox::Warning,
                     valg == SynkProblemer::Valg::Deres ? tr("Replace what you wrote?")
                                                        : tr("Replace what %1 wrote?").arg(hvem(k)),
                     t, QMessageBox::Cancel, forelder);
    boks.setObjectName(u"bekreftKonflikt"_s);
    boks.setTextFormat(Qt::PlainText); // what somebody typed is shown as typed
    QPushButton *erstatt = boks.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    erstatt->setObjectName(u"erstatt"_s);
    boks.setDefaultButton(QMessageBox::Cancel); // Enter and Escape: nothing is replaced
    boks.setEscapeButton(QMessageBox::Cancel);
    medBokstaver(boks);
    boks.exec();
    return boks.clickedButton() == erstatt;
}

} // namespace tilsyn
