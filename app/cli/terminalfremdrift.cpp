#include "terminalfremdrift.h"

#include "../plattform.h"
#include "cli.h"
#include "drift/fremdrift.h"

#include <QTextStream>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

Terminalfremdrift::Terminalfremdrift(Tekst tekst) : m_tekst(std::move(tekst))
{
    if (!plattform::feilErTerminal())
        return;
    m_fremdrift = std::make_unique<Fremdrift>([this](qint64 gjort, qint64 totalt) {
        // Carriage return, the line, erase to the end of the line: one line updated in place.
        feil() << '\r' << m_tekst(gjort, totalt) << "\x1b[K";
        feil().flush();
        m_skrevet = true;
    }, 200);
}

Terminalfremdrift::~Terminalfremdrift()
{
    fjern();
}

void Terminalfremdrift::fjern()
{
    if (m_skrevet) {
        feil() << "\r\x1b[K";
        feil().flush();
        m_skrevet = false;
    }
}

QString Terminalfremdrift::antallAv(qint64 gjort, qint64 totalt, const QString &enhet)
{
    if (totalt <= 0)
        return u"%1 %2"_s.arg(gjort).arg(enhet);
    return u"%1 av %2 %3 (%4 %)"_s.arg(gjort).arg(totalt).arg(enhet).arg(gjort * 100 / totalt);
}

} // namespace tilsyn::cli
