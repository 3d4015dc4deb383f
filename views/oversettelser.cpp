#include "oversettelser.h"

#include "items/innstillinger.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace tilsyn {

using namespace Qt::StringLiterals;

Oversettelser::~Oversettelser()
{
    fjern();
}

QString Oversettelser::valgtSpraak()
{
    const QString valgt = Innstillinger::spraak.verdi();
    if (!valgt.isEmpty())
        return valgt;
    switch (QLocale::system().language()) {
    case QLocale::NorwegianNynorsk: return u"nn"_s;
    case QLocale::English: return u"en"_s;
    default: return u"nb"_s;
    }
}

void Oversettelser::fjern()
{
    if (!m_installert)
        return;
    QCoreApplication::removeTranslator(&m_program);
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_qtTillegg);
    m_installert = false;
}

bool Oversettelser::last(const QString &spraak)
{
    fjern();
    m_spraak = spraak;
    QLocale::setDefault(QLocale(spraak == u"en" ? u"en_GB"_s : spraak + u"_NO"_s));
    const bool program = m_program.load(u":/i18n/tilsynsklient_%1.qm"_s.arg(spraak));
    bool qt = spraak == u"en";
    if (spraak == u"nb")
        qt = m_qt.load(u":/i18n/qtbase_nb.qm"_s); // the project's own (Qt ships none)
    else if (spraak == u"nn")
        qt = m_qt.load(u"qtbase_nn"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Qt's own texts first, so the program's translations win where both have one.
    if (qt && spraak != u"en")
        QCoreApplication::installTranslator(&m_qt);
    // What the system's qtbase_nn lacks (the file dialog's "Folder"), after it so it is asked first.
    if (spraak == u"nn" && m_qtTillegg.load(u":/i18n/qtbase_nn_tillegg.qm"_s))
        QCoreApplication::installTranslator(&m_qtTillegg);
    if (program)
        QCoreApplication::installTranslator(&m_program);
    m_installert = true;
    return program && qt;
}

} // namespace tilsyn
