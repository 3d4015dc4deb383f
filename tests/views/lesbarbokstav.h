#pragma once

// Issue 10 (a new caseworker's keyboard-only tryout): an Alt letter the eye can find. The tester
// could not see the letters of "K&ilder" (the underline under the narrow «i» reads as under «K»)
// and "Konklus&jon" (the underline is lost in the descender of «j»). So an accelerator letter is
// never a narrow letter (i, l, j, I, J) nor one whose descender or tail crosses the underline
// (g, j, p, q, y, Q) while the text has another letter free in its window (not the Alt letter of
// anything else shown there). Æ, Ø and Å are letters like the others (Norwegian keyboards have
// their own keys); a free letter starting a word is proposed first.
// Header-only: used by uisjekk.cpp, which every test of the windows' keyboard links.

#include <QChar>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tilsyn::uisjekk {

/// The accelerator character of `tekst` as written (case kept), or a null QChar.
inline QChar bokstavSomSkrevet(const QString &tekst)
{
    for (qsizetype i = 0; i + 1 < tekst.size(); ++i) {
        if (tekst[i] != u'&')
            continue;
        if (tekst[i + 1] != u'&')
            return tekst[i + 1];
        ++i;
    }
    return {};
}

/// False for a letter whose underline is hard to see: narrow, or crossed by a descender or tail.
inline bool lesbarBokstav(QChar c)
{
    static const QString uleselige = QStringLiteral("iljgpqyIJQ");
    return !uleselige.contains(c);
}

/// The problem with the Alt letter of `tekst`, or an empty string: a letter that is hard to see
/// while another letter of the text is free in the window. `opptatt` holds the lower-case Alt
/// letters of everything else shown at once (the text's own letter may be in it).
inline QString uleseligBokstav(const QString &tekst, const QSet<QChar> &opptatt)
{
    const QChar c = bokstavSomSkrevet(tekst);
    if (c.isNull() || !c.isLetter() || lesbarBokstav(c))
        return {};
    QString ledige;   // free readable letters starting a word first, then the others
    QString inni;
    bool ordstart = true;
    for (qsizetype i = 0; i < tekst.size(); ++i) {
        const QChar t = tekst[i];
        if (t == u'&') // the marker itself, and "&&" is a drawn "&"
            continue;
        const QChar liten = t.toLower();
        if (t.isLetter() && lesbarBokstav(t) && !opptatt.contains(liten) && liten != c.toLower()
            && !ledige.contains(liten) && !inni.contains(liten))
            (ordstart ? ledige : inni).append(liten);
        ordstart = !t.isLetterOrNumber();
    }
    ledige += inni;
    if (ledige.isEmpty())
        return {};
    QStringList forslag;
    for (QChar l : std::as_const(ledige))
        forslag.append(QString(l));
    return QStringLiteral("accelerator '%1' of '%2' is hard to see (narrow, or a descender over the underline); free in "
                          "the window: %3")
        .arg(c, tekst, forslag.join(QStringLiteral(", ")));
}

/// The letters of `brukt` (lower-case letter -> the texts using it) used twice, and the texts
/// whose letter is hard to see while another is free, each problem prefixed with `foran`.
inline void bokstavfeil(const QMap<QChar, QStringList> &brukt, const QString &foran, QStringList &feil)
{
    const QSet<QChar> opptatt(brukt.keyBegin(), brukt.keyEnd());
    for (auto it = brukt.cbegin(); it != brukt.cend(); ++it) {
        if (it->size() > 1)
            feil.append(foran + QStringLiteral("accelerator '%1' used by %2").arg(it.key()).arg(it->join(QStringLiteral(", "))));
        for (const QString &t : *it)
            if (const QString f = uleseligBokstav(t, opptatt); !f.isEmpty())
                feil.append(foran + f);
    }
}

} // namespace tilsyn::uisjekk
