#include "brevrenderer.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextFrame>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Page geometry in millimetres (A4 portrait).
constexpr qreal kVenstre = 25.0;
constexpr qreal kHoyre = 20.0;
constexpr qreal kTopp = 20.0;
constexpr qreal kBunn = 28.0;
constexpr qreal kAdresseTopp = 50.0; ///< top of the recipient block: inside a left window envelope
constexpr qreal kFotlinje = 277.0;

const QString kSerif = u"DejaVu Serif"_s;
const QString kSans = u"DejaVu Sans"_s;

QString stilark()
{
    return u"body { font-family: 'DejaVu Serif'; font-size: 11pt; }"
           u"h1 { font-family: 'DejaVu Sans'; font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 10px; }"
           u"h2 { font-family: 'DejaVu Sans'; font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
           u"h3 { font-family: 'DejaVu Sans'; font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }"
           u"p { margin-top: 0px; margin-bottom: 8px; }"
           u"td { font-family: 'DejaVu Serif'; }"
           u".ref { font-family: 'DejaVu Sans'; font-size: 8.5pt; }"
           u".skjerming { font-family: 'DejaVu Sans'; font-size: 8.5pt; font-weight: bold; }"
           u".liten { font-size: 9pt; }"_s;
}

// A font of the letter. A tiny letter spacing turns off ligatures (Qt shapes without them when
// spacing is set), so "ff"/"fi" stay two characters and the archived text stays searchable.
QFont brevfont(const QString &familie, qreal punkt, bool fet = false)
{
    QFont f(familie);
    f.setPointSizeF(punkt);
    f.setBold(fet);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    f.setHintingPreference(QFont::PreferNoHinting); // hinting is for screens; it costs time here
    return f;
}

// Qt's HTML import gives headings its own large sizes whatever the style sheet says: set the
// letter's heading sizes on the heading blocks themselves.
void settOverskrifter(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int nivaa = b.blockFormat().headingLevel();
        if (nivaa <= 0)
            continue;
        QTextBlockFormat bf = b.blockFormat();
        bf.setTopMargin(nivaa == 1 ? 14 : nivaa == 2 ? 12 : 10);
        bf.setBottomMargin(nivaa == 1 ? 8 : 3);
        QTextCursor(b).setBlockFormat(bf);
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment del = it.fragment();
            QTextCharFormat f = del.charFormat();
            f.clearProperty(QTextFormat::FontPixelSize);
            f.clearProperty(QTextFormat::FontSizeAdjustment);
            f.setFontFamilies({kSans});
            f.setFontPointSize(nivaa == 1 ? 14 : nivaa == 2 ? 11.5 : 11);
            f.setFontWeight(QFont::Bold);
            QTextCursor c(&doc);
            c.setPosition(del.position());
            c.setPosition(del.position() + del.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(f);
        }
    }
}

struct Side
{
    qreal dpi;
    QRectF full;
    qreal mm(qreal v) const { return v * dpi / 25.4; }
};

void tegnVannmerke(QPainter &p, const Side &s)
{
    p.save();
    QFont f = brevfont(kSans, 10, true);
    f.setPixelSize(int(s.mm(30)));
    p.setFont(f);
    p.setPen(QColor(0xd8, 0xd8, 0xd8)); // solid grey: PDF/A-1 allows no transparency
    p.translate(s.full.center());
    p.rotate(-45);
    p.drawText(QRectF(-s.mm(150), -s.mm(25), s.mm(300), s.mm(50)), Qt::AlignCenter, u"UTKAST"_s);
    p.restore();
    // The same word, level and small in the top margin, so it is also in the extracted text.
    p.save();
    p.setFont(brevfont(kSans, 9, true));
    p.setPen(QColor(0x80, 0x80, 0x80));
    p.drawText(QRectF(s.mm(kVenstre), s.mm(6), s.full.width() - s.mm(kVenstre + kHoyre), s.mm(5)), Qt::AlignRight,
               u"UTKAST"_s);
    p.restore();
}

void tegnBrevhode(QPainter &p, const Side &s, const Brevhode &hode)
{
    p.save();
    qreal x = s.mm(kVenstre);
    if (!hode.logo.isNull()) {
        // PDF/A-1 allows no soft masks: flatten the logo onto white first.
        QImage flat(hode.logo.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, hode.logo);
        const qreal h = s.mm(16);
        const qreal w = h * flat.width() / qMax(1, flat.height());
        p.drawImage(QRectF(x, s.mm(12), qMin(w, s.mm(40)), h), flat);
        x += qMin(w, s.mm(40)) + s.mm(4);
    }
    p.setFont(brevfont(kSans, 13, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(x, s.mm(12), s.full.width() - x - s.mm(kHoyre), s.mm(16)),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, hode.embete);
    p.restore();
}

void tegnFot(QPainter &p, const Side &s, const Brevhode &hode, int side, int sider)
{
    p.save();
    p.setFont(brevfont(kSans, 7.5));
    p.setPen(QColor(0x40, 0x40, 0x40));
    const qreal y = s.mm(kFotlinje);
    p.drawLine(QPointF(s.mm(kVenstre), y - s.mm(2)), QPointF(s.full.width() - s.mm(kHoyre), y - s.mm(2)));
    QStringList deler;
    if (!hode.adresse.isEmpty())
        deler.append(hode.adresse.join(u", "_s));
    if (!hode.telefon.isEmpty())
        deler.append(u"Telefon: "_s + hode.telefon);
    if (!hode.epost.isEmpty())
        deler.append(u"E-post: "_s + hode.epost);
    if (!hode.nettside.isEmpty())
        deler.append(hode.nettside);
    if (!hode.orgnr.isEmpty())
        deler.append(u"Org.nr. "_s + hode.orgnr);
    const qreal bredde = s.full.width() - s.mm(kVenstre + kHoyre);
    p.drawText(QRectF(s.mm(kVenstre), y, bredde - s.mm(30), s.mm(12)), Qt::AlignLeft | Qt::TextWordWrap,
               hode.embete + u'\n' + deler.join(u"  ·  "_s));
    p.drawText(QRectF(s.mm(kVenstre), y, bredde, s.mm(5)), Qt::AlignRight,
               u"Side %1 av %2"_s.arg(side).arg(sider));
    p.restore();
}

} // namespace

Brevrenderer::Brevrenderer(const Katalog &katalog, const Brevmalkilde &maler) : m_katalog(katalog), m_maler(maler) {}

QString Brevrenderer::html(const Tilsynssak &sak, const Brevutkast &utkast) const
{
    return m_maler.mal(utkast.type, utkast.maalform).fyll(brevdata(sak, m_katalog, utkast));
}

QString Brevrenderer::offentligTittel(const Tilsynssak &sak, const Brevutkast &utkast)
{
    const Brevtype *t = brevtype(utkast.type);
    const QString tittel = t ? t->navnPaa(utkast.maalform) : utkast.type;
    return sak.saksnummer ? tittel + u' ' + *sak.saksnummer : tittel;
}

int Brevrenderer::tegn(const Tilsynssak &sak, const Brevutkast &utkast, QPagedPaintDevice &enhet) const
{
    const QString innhold = html(sak, utkast);
    const Brevhode hode = m_maler.brevhode(m_katalog, sak.embete, utkast.maalform);

    const qreal dpi = enhet.logicalDpiY();
    const QPageLayout oppsett = enhet.pageLayout();
    const Side s{dpi, QRectF(QPointF(0, 0), QSizeF(oppsett.fullRectPixels(int(dpi)).size()))};

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&enhet);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(brevfont(kSerif, 11));
    doc.setDefaultStyleSheet(stilark());
    QTextOption valg = doc.defaultTextOption();
    valg.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(valg);
    const qreal bredde = s.full.width() - s.mm(kVenstre + kHoyre);
    const qreal sidehoyde = s.full.height() - s.mm(kTopp + kBunn);
    doc.setPageSize(QSizeF(bredde, sidehoyde));

    // A first line of fixed height (96-dpi pixels, scaled by the layout) pushes the text down to the window-envelope
    // position on page 1 and leaves room for the letterhead.
    QTextCursor c(&doc);
    c.insertHtml(innhold);
    c.movePosition(QTextCursor::Start);
    if (c.currentTable() || c.currentFrame() != doc.rootFrame() || !c.block().text().isEmpty())
        c.insertBlock(c.blockFormat(), c.charFormat());
    c.movePosition(QTextCursor::Start);
    QTextBlockFormat avstand;
    avstand.setTopMargin(0);
    avstand.setBottomMargin(0);
    avstand.setLineHeight((kAdresseTopp - kTopp) / 25.4 * 96.0, QTextBlockFormat::FixedHeight);
    c.setBlockFormat(avstand);
    QTextCharFormat liten;
    liten.setFontPointSize(1);
    c.setBlockCharFormat(liten);
    c.insertText(QString(QChar::Nbsp), liten);
    QTextCursor alt(&doc);
    alt.select(QTextCursor::Document);
    QTextCharFormat utenLigaturer;
    utenLigaturer.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    utenLigaturer.setFontLetterSpacing(0.1);
    utenLigaturer.setFontHintingPreference(QFont::PreferNoHinting);
    alt.mergeCharFormat(utenLigaturer);
    settOverskrifter(doc);

    const int sider = doc.pageCount();
    QPainter p;
    if (!p.begin(&enhet))
        throw BrevmalFeil(u"kan ikke skrive ut brevet: utskriftsenheten kan ikke tegnes på"_s);
    p.translate(-QPointF(oppsett.paintRectPixels(int(dpi)).topLeft()));
    QAbstractTextDocumentLayout::PaintContext kontekst;
    kontekst.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < sider; ++i) {
        if (i > 0)
            enhet.newPage();
        if (utkast.utkast)
            tegnVannmerke(p, s);
        if (i == 0)
            tegnBrevhode(p, s, hode);
        p.save();
        p.translate(s.mm(kVenstre), s.mm(kTopp) - i * sidehoyde);
        // A line that starts exactly on the page boundary belongs to the next page: keep the clip
        // just short of it, or the line would be emitted (invisibly clipped) on both pages.
        kontekst.clip = QRectF(0, i * sidehoyde, bredde, sidehoyde - 1);
        p.setClipRect(kontekst.clip);
        doc.documentLayout()->draw(&p, kontekst);
        p.restore();
        tegnFot(p, s, hode, i + 1, sider);
    }
    p.end();
    return sider;
}

QByteArray Brevrenderer::pdfA(const Tilsynssak &sak, const Brevutkast &utkast) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
        pdf.setTitle(offentligTittel(sak, utkast));
        pdf.setCreator(u"Tilsynsklient"_s);
        tegn(sak, utkast, pdf);
    }
    return buffer.data();
}

} // namespace tilsyn
