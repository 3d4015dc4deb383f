#pragma once

#include "letters/brevutkast.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace tilsyn {

class Brevmalkilde;
class Katalog;
struct Tilsynssak;

/// The one rendering path for letters: template → QTextDocument → pages painted with QPainter
/// onto any QPagedPaintDevice (QPdfWriter for the PDF/A archive copy, a QPrinter for paper or
/// the print preview), so what is previewed is what is printed and archived.
///
/// Layout (A4, Norwegian official letter): letterhead at the top of page 1; the recipient block
/// where a left window envelope shows it (25 mm from the left, 50 mm from the top); Vår dato,
/// Vår ref, Deres dato, Deres ref, Saksbehandler and the screening line to its right; the footer
/// with the office's address and "Side N av M" on every page; a light UTKAST mark on drafts.
class Brevrenderer final
{
public:
    Brevrenderer(const Katalog &katalog, const Brevmalkilde &maler);

    /// The filled-in HTML of the letter body (throws BrevmalFeil for a template error).
    QString html(const Tilsynssak &sak, const Brevutkast &utkast) const;

    /// Paints every page onto `enhet`; returns the number of pages.
    int tegn(const Tilsynssak &sak, const Brevutkast &utkast, QPagedPaintDevice &enhet) const;

    /// The letter as PDF/A-1b bytes (A4, fonts embedded, title and creator set).
    QByteArray pdfA(const Tilsynssak &sak, const Brevutkast &utkast) const;

    /// The PDF's creator (Info /Creator, XMP xmp:CreatorTool): the program and the version of the
    /// catalogue of provisions the letter's legal texts come from, e.g.
    /// "Tilsynsklient, bestemmelseskatalog 2024.2".
    static QString pdfSkaper(const Katalog &katalog);

    /// The public title (no personal data): the type's title and the saksnummer.
    static QString offentligTittel(const Tilsynssak &sak, const Brevutkast &utkast);

private:
    const Katalog &m_katalog;
    const Brevmalkilde &m_maler;
};

} // namespace tilsyn
