#include "plattform.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace tilsyn::plattform {

using namespace Qt::StringLiterals;

QString brukernavn()
{
    // USER on Linux and macOS, USERNAME on Windows.
    QString navn = qEnvironmentVariable("USER");
    if (navn.isEmpty())
        navn = qEnvironmentVariable("USERNAME");
    return navn.isEmpty() ? u"ukjent"_s : navn;
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

} // namespace tilsyn::plattform
