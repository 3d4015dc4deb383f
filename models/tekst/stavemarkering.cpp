#include "stavemarkering.h"

#include "ordbok.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>

namespace tilsyn {

Stavemarkering::Stavemarkering(QTextDocument *dokument, const Ordbok *ordbok)
    : QSyntaxHighlighter(dokument), m_ordbok(ordbok)
{
}

Stavemarkering::~Stavemarkering() = default;

void Stavemarkering::settOrdbok(const Ordbok *ordbok)
{
    if (ordbok == m_ordbok)
        return;
    m_ordbok = ordbok;
    rehighlight();
}

void Stavemarkering::highlightBlock(const QString &tekst)
{
    if (!m_ordbok)
        return;
    QTextCharFormat ukjent;
    ukjent.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    ukjent.setUnderlineColor(QColor(0xc0, 0x1c, 0x1c));
    for (const auto &[start, lengde] : Ordbok::ord(tekst)) {
        if (!m_ordbok->kjenner(tekst.mid(start, lengde)))
            setFormat(int(start), int(lengde), ukjent);
    }
}

QString Stavemarkering::ukjentOrdVed(int posisjon, int *start) const
{
    if (!m_ordbok || !document())
        return {};
    const QTextBlock blokk = document()->findBlock(posisjon);
    if (!blokk.isValid())
        return {};
    const QString tekst = blokk.text();
    const int iBlokk = posisjon - blokk.position();
    for (const auto &[s, lengde] : Ordbok::ord(tekst)) {
        if (iBlokk >= s && iBlokk <= s + lengde) {
            const QString ord = tekst.mid(s, lengde);
            if (m_ordbok->kjenner(ord))
                return {};
            if (start)
                *start = blokk.position() + int(s);
            return ord;
        }
    }
    return {};
}

} // namespace tilsyn
