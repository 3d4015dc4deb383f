// Non-breaking spaces inside the units of a letter's text (see ubrytbar.h).

#include "letters/ubrytbar.h"

#include <QRegularExpression>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar kHard = QChar::Nbsp;

// Replaces the plain spaces inside every match of `re` in `tekst` by U+00A0.
void bindTreff(QString &tekst, const QRegularExpression &re)
{
    QString ut;
    qsizetype forrige = 0;
    for (auto it = re.globalMatch(tekst); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ut += QStringView(tekst).mid(forrige, m.capturedStart() - forrige);
        QString treff = m.captured();
        treff.replace(u' ', kHard);
        ut += treff;
        forrige = m.capturedEnd();
    }
    if (forrige == 0)
        return;
    ut += QStringView(tekst).mid(forrige);
    tekst = ut;
}

} // namespace

QString bindUttrykk(const QString &tekst)
{
    using RE = QRegularExpression;
    static const RE dato(u"\\b\\d{1,2}\\. (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|"
                         u"november|desember) \\d{4}\\b"_s);
    // Digits in groups of two or three: phone numbers, org.nr. ("+47 61 26 60 00", "974 760 673").
    static const RE grupper(u"(?<![\\d,.])\\+?\\d{2,3}(?: \\d{2,3}){2,}(?![\\d,])"_s);
    static const RE paragraf(u"§§? (?=\\d)"_s);
    // Not after a hyphen: bound to its number, "HPR-nr." would break after "HPR-" instead, and
    // the text layer (pdftotext, archive search) would lose the hyphen ("HPRnr.").
    static const RE forkortelse(u"(?<![\\p{L}-])(?:[Oo]rg\\.nr|[Nn]r|[Kk]ap|[Tt]lf|kl|pkt|jf|[Ss]|[Aa]rt)\\. (?=[\\d§+])"_s);
    static const RE eining(u"(?<![\\d,.])\\d+ (?:dager|dagar|dag|døgn|uker|veker|uke|veke|måneder|månader|måned|"
                           u"månad|år|timer|timar|time|prosent|kroner|kr)(?!\\p{L})"_s);
    QString ut = tekst;
    for (const RE *re : {&dato, &grupper, &paragraf, &forkortelse, &eining})
        bindTreff(ut, *re);
    return ut;
}

QString bindUttrykkIHtml(const QString &html)
{
    static const QRegularExpression merke(u"<[^>]*>"_s);
    QString ut;
    ut.reserve(html.size());
    qsizetype forrige = 0;
    bool iStil = false;
    for (auto it = merke.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString tekst = html.mid(forrige, m.capturedStart() - forrige);
        ut += iStil ? tekst : bindUttrykk(tekst);
        const QString tag = m.captured();
        ut += tag;
        if (tag.startsWith(u"<style"_s, Qt::CaseInsensitive))
            iStil = true;
        else if (tag.startsWith(u"</style"_s, Qt::CaseInsensitive))
            iStil = false;
        forrige = m.capturedEnd();
    }
    ut += iStil ? html.mid(forrige) : bindUttrykk(html.mid(forrige));
    return ut;
}

} // namespace tilsyn
