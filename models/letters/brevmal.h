#pragma once

#include <QHash>
#include <QString>
#include <QVariantHash>

#include <exception>
#include <memory>
#include <vector>

namespace tilsyn {

/// A template that could not be loaded: an unknown placeholder, an unbalanced section, a missing
/// file. The message names the file and line.
class BrevmalFeil final : public std::exception
{
public:
    explicit BrevmalFeil(QString melding, bool iInndata = false)
        : m_melding(std::move(melding)), m_utf8(m_melding.toUtf8()), m_iInndata(iInndata)
    {
    }
    const QString &melding() const { return m_melding; }
    /// The case or letter data is at fault (e.g. a character no embedded font can draw), not a template.
    bool iInndata() const { return m_iInndata; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_melding;
    QByteArray m_utf8;
    bool m_iInndata = false;
};

/// The placeholders a template may use. A list placeholder has its own fields, visible inside
/// its section; outer names stay visible there too.
struct Plassholderskjema
{
    enum class Art { Tekst, Flagg, Liste };
    struct Felt
    {
        Art art = Art::Tekst;
        QString beskrivelse;
        std::shared_ptr<Plassholderskjema> felter; ///< Liste: the fields of one item
    };
    QHash<QString, Felt> felt;

    const Felt *finn(const QString &navn) const
    {
        const auto it = felt.constFind(navn);
        return it == felt.cend() ? nullptr : &*it;
    }
};

/// A letter template: HTML with named placeholders, compiled once and checked against a schema.
///
/// Syntax (a small, logic-less Mustache subset):
///   {{navn}}               the value of navn, always HTML-escaped (newlines become line breaks)
///   {{#navn}}…{{/navn}}    a loop over a list, or a section shown when a text/flag is non-empty/true
///   {{^navn}}…{{/navn}}    a section shown when navn is empty, false or an empty list
///   {{! comment }}         ignored
///   {{>innhold}}           only in a frame template: the letter body (a template of its own)
/// There is no way to insert unescaped text: user text can never become markup.
class Brevmal final
{
public:
    /// Compiles `tekst`. Throws BrevmalFeil naming `kilde` and the line for an unknown placeholder,
    /// a placeholder used as the wrong kind, or an unbalanced section. `innhold` fills {{>innhold}}.
    static Brevmal kompiler(const QString &tekst, const Plassholderskjema &skjema, const QString &kilde,
                            const Brevmal *innhold = nullptr);

    Brevmal(Brevmal &&) noexcept;
    Brevmal &operator=(Brevmal &&) noexcept;
    ~Brevmal();

    /// Renders with `data` (QString/bool values, QVariantList of QVariantHash for lists).
    QString fyll(const QVariantHash &data) const;

    /// Every placeholder name the template uses (for documentation checks).
    QStringList navn() const;

    struct Node;

private:
    Brevmal();
    std::vector<std::shared_ptr<const Node>> m_noder;
};

/// HTML-escapes user text; newlines become <br/>.
QString escapeTekst(const QString &tekst);

} // namespace tilsyn
