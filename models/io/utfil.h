#pragma once

#include <QString>

#include <memory>

class QByteArrayView;
class QIODevice;

namespace tilsyn {

/// A file written whole or not at all, for every writer of the program (export, reports,
/// letters, workbooks). A regular file, or a new one, is written through QSaveFile (a temporary
/// file in the same folder, renamed over the final name on success), so a failed write never
/// leaves a truncated file under the final name. `-` is standard output. An existing device or
/// pipe (/dev/stdout, /dev/full, a FIFO) is written directly, never replaced by a regular file.
/// Every write, the flush and the commit are checked; feil() says what failed, naming the file.
class Utfil final
{
public:
    explicit Utfil(QString sti);
    ~Utfil();
    Q_DISABLE_COPY_MOVE(Utfil)

    bool aapne();
    bool skriv(QByteArrayView data);
    /// Flushes (and fsyncs) and renames into place; false when anything failed on the way.
    bool fullfoer();
    /// Gives up: the temporary file is removed, the final name untouched.
    void avbryt();

    QIODevice &enhet();
    const QString &sti() const { return m_sti; }
    /// "STI: kan ikke skrive filen: reason" (for standard output: "standard ut: …").
    QString feil() const { return m_feil; }

private:
    bool mislyktes(const QString &grunn);

    QString m_sti;
    QString m_feil;
    std::unique_ptr<QIODevice> m_enhet;
    bool m_direkte = false;
};

} // namespace tilsyn
