#include "utfil.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>


namespace tilsyn {

using namespace Qt::StringLiterals;

Utfil::Utfil(QString sti) : m_sti(std::move(sti)) {}

Utfil::~Utfil()
{
    avbryt();
}

bool Utfil::mislyktes(const QString &grunn)
{
    if (m_feil.isEmpty()) {
        const QString navn = m_sti == u"-" ? u"standard ut"_s : m_sti;
        m_feil = u"%1: kan ikke skrive filen: %2"_s.arg(navn, grunn);
    }
    return false;
}

bool Utfil::aapne()
{
    if (m_sti == u"-") {
        auto f = std::make_unique<QFile>();
        // Unbuffered: every write reaches the descriptor, so a full disk is seen at once.
        if (!f->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
            return mislyktes(f->errorString());
        m_enhet = std::move(f);
        m_direkte = true;
        return true;
    }
    // QFileInfo tells a regular file from a folder and from a device or pipe (neither file nor folder).
    const QFileInfo info(m_sti);
    if (info.exists() && !info.isFile()) {
        if (info.isDir())
            return mislyktes(u"det er en mappe"_s);
        // A device or a pipe: there is no temporary file to rename over it.
        auto f = std::make_unique<QFile>(m_sti);
        if (!f->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return mislyktes(f->errorString());
        m_enhet = std::move(f);
        m_direkte = true;
        return true;
    }
    auto f = std::make_unique<QSaveFile>(m_sti);
    if (!f->open(QIODevice::WriteOnly))
        return mislyktes(f->errorString());
    m_enhet = std::move(f);
    return true;
}

bool Utfil::skriv(QByteArrayView data)
{
    if (!m_enhet)
        return mislyktes(u"filen er ikke åpen"_s);
    qsizetype skrevet = 0;
    while (skrevet < data.size()) {
        const qint64 n = m_enhet->write(data.data() + skrevet, data.size() - skrevet);
        if (n <= 0)
            return mislyktes(m_enhet->errorString());
        skrevet += n;
    }
    return true;
}

bool Utfil::fullfoer()
{
    if (!m_enhet)
        return mislyktes(u"filen er ikke åpen"_s);
    if (!m_feil.isEmpty())
        return false;
    if (m_direkte) {
        auto *f = static_cast<QFile *>(m_enhet.get());
        if (!f->flush())
            return mislyktes(f->errorString());
        m_enhet.reset();
        return true;
    }
    auto *f = static_cast<QSaveFile *>(m_enhet.get());
    if (!f->flush())
        return mislyktes(f->errorString());
    if (!f->commit()) // QSaveFile fsyncs the temporary file before renaming it
        return mislyktes(f->errorString());
    m_enhet.reset();
    return true;
}

void Utfil::avbryt()
{
    if (!m_enhet)
        return;
    if (!m_direkte)
        static_cast<QSaveFile *>(m_enhet.get())->cancelWriting();
    m_enhet.reset(); // QSaveFile removes its temporary file when destroyed without commit
}

QIODevice &Utfil::enhet()
{
    return *m_enhet;
}

} // namespace tilsyn
