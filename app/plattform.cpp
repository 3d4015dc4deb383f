#include "plattform.h"

#include "items/kontorpraksis.h"

#include <QDir>
#include <QFile>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace tilsyn::plattform {

using namespace Qt::StringLiterals;

QString brukernavn()
{
    const QString navn = Kontorpraksis::maskinbruker();
    return navn.isEmpty() ? u"ukjent"_s : navn;
}

QString kontoId()
{
#if defined(Q_OS_UNIX)
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

void sikreKjoretidsmappe()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString mappe = QDir::temp().filePath(u"tilsynsklient-runtime-%1"_s.arg(::getuid()));
    if (QDir().mkpath(mappe)) {
        QFile::setPermissions(mappe, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(mappe));
    }
#endif
}

bool feilErTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDERR_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stderr)) != 0;
#else
    return false;
#endif
}

} // namespace tilsyn::plattform
