#pragma once

#include <QSyntaxHighlighter>

class QTextDocument;

namespace tilsyn {

class Ordbok;

/// Underlines (red wavy line) the words of a text document that the dictionary does not know,
/// as the text is typed. The dictionary can change (the case's målform changed) and is not
/// owned; without one nothing is marked.
class Stavemarkering final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Stavemarkering)

public:
    Stavemarkering(QTextDocument *dokument, const Ordbok *ordbok);
    ~Stavemarkering() override;

    const Ordbok *ordbok() const { return m_ordbok; }
    /// Checks the whole text again with `ordbok`.
    void settOrdbok(const Ordbok *ordbok);
    /// The unknown word at character `posisjon` of the document, empty if none; `start` gets
    /// its position in the document.
    QString ukjentOrdVed(int posisjon, int *start = nullptr) const;

protected:
    void highlightBlock(const QString &tekst) override;

private:
    const Ordbok *m_ordbok;
};

} // namespace tilsyn
