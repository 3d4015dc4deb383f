#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace tilsyn {

/// A failure talking to the central store. `Utilgjengelig` is transient (retry later; the
/// outbox is kept), `Skjema` means client and server versions do not match.
class SentralFeil final : public std::exception
{
public:
    enum class Art { Utilgjengelig, Skjema, Ugyldig, Avbrutt, Annet };

    explicit SentralFeil(QString melding, Art art = Art::Annet)
        : m_melding(std::move(melding)), m_art(art), m_utf8(m_melding.toUtf8()) {}

    const QString &melding() const { return m_melding; }
    Art art() const { return m_art; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_melding;
    Art m_art;
    QByteArray m_utf8;
};

} // namespace tilsyn
