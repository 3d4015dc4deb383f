#include "store/lagerlaas.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tilsyn {

using namespace Qt::StringLiterals;

bool annenProsessHarLageretAapent(const QString &sti)
{
#ifdef Q_OS_UNIX
    // SQLite's unix VFS: the shm locks from byte 120, eight of them, then the DMS byte.
    const int fd = ::open(QFile::encodeName(sti + u"-shm"_s).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    struct flock laas = {};
    laas.l_type = F_WRLCK;
    laas.l_whence = SEEK_SET;
    laas.l_start = 128;
    laas.l_len = 1;
    const bool andre = ::fcntl(fd, F_GETLK, &laas) != 0 || laas.l_type != F_UNLCK;
    ::close(fd);
    return andre;
#else
    Q_UNUSED(sti);
    return true;
#endif
}

} // namespace tilsyn
