#include "brevrenderer.h"

#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/ubrytbar.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextFrame>
#include <QTextTable>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

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
           u".ref { font-family: 'DejaVu Serif'; font-size: 8.5pt; }"
           u".skjerming { font-family: 'DejaVu Serif'; font-size: 8.5pt; font-weight: bold; }"
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
// letter's heading sizes on the heading blocks themselves, and number the sections (h2: "1",
// h3: "1.1"). An h4 is a provision's conclusion: body text in bold, kept with what precedes it.
void settOverskrifter(QTextDocument &doc)
{
    int avsnitt = 0;
    int underavsnitt = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int nivaa = b.blockFormat().headingLevel();
        if (nivaa <= 0)
            continue;
        QTextBlockFormat bf = b.blockFormat();
        // The title starts below the envelope window (90 mm from the top), so nothing but the
        // recipient shows through it.
        bf.setTopMargin(nivaa == 1 ? 40 : nivaa == 2 ? 12 : nivaa == 3 ? 10 : 2);
        bf.setBottomMargin(nivaa == 1 ? 8 : nivaa == 4 ? 8 : 3);
        QTextCursor(b).setBlockFormat(bf);
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment del = it.fragment();
            QTextCharFormat f = del.charFormat();
            f.clearProperty(QTextFormat::FontPixelSize);
            f.clearProperty(QTextFormat::FontSizeAdjustment);
            f.setFontFamilies({nivaa == 4 ? kSerif : kSans});
            f.setFontPointSize(nivaa == 1 ? 14 : nivaa == 2 ? 11.5 : 11);
            f.setFontWeight(QFont::Bold);
            QTextCursor c(&doc);
            c.setPosition(del.position());
            c.setPosition(del.position() + del.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(f);
        }
        QString nummer;
        if (nivaa == 2) {
            nummer = QString::number(++avsnitt);
            underavsnitt = 0;
        } else if (nivaa == 3 && avsnitt > 0) {
            nummer = u"%1.%2"_s.arg(avsnitt).arg(++underavsnitt);
        }
        if (!nummer.isEmpty())
            QTextCursor(b).insertText(nummer + u"  "_s);
    }
}

// Qt lays a long document out lazily, a part at a time (the rest on a timer a letter never
// waits for): asking for the last block's rectangle lays it out to the end, so every block has
// its lines before pages are counted, kept together and painted.
void layUtHelt(const QTextDocument &doc)
{
    doc.documentLayout()->blockBoundingRect(doc.lastBlock());
}

qreal sideAv(qreal y, qreal sidehoyde)
{
    return std::floor(y / sidehoyde);
}

// The page the first and the last line of a block are on.
std::pair<qreal, qreal> blokksider(const QTextDocument &doc, const QTextBlock &b, qreal sidehoyde)
{
    const QRectF r = doc.documentLayout()->blockBoundingRect(b);
    const QTextLayout *l = b.layout();
    if (!l || l->lineCount() == 0)
        return {sideAv(r.top(), sidehoyde), sideAv(r.top(), sidehoyde)};
    const QTextLine forste = l->lineAt(0);
    const QTextLine siste = l->lineAt(l->lineCount() - 1);
    return {sideAv(r.top() + forste.y() + 1, sidehoyde), sideAv(r.top() + siste.y() + 1, sidehoyde)};
}

// Where each page's text starts and ends. A line the layout left across a page boundary (in a
// table cell, or by its descent) belongs wholly to the next page: the page ends at its top, so
// each line is painted, and so is in the PDF's text layer, exactly once.
QList<qreal> sidegrenser(const QTextDocument &doc, int sider, qreal sidehoyde)
{
    QList<qreal> grenser;
    for (int i = 0; i <= sider; ++i)
        grenser.append(i * sidehoyde);
    grenser.last() += sidehoyde; // the last page paints to the end
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *l = b.layout();
        if (!l)
            continue;
        const qreal y = doc.documentLayout()->blockBoundingRect(b).top();
        for (int n = 0; n < l->lineCount(); ++n) {
            const QTextLine linje = l->lineAt(n);
            const qreal topp = y + linje.y();
            const qreal bunn = topp + linje.height();
            const int grense = int(std::floor(bunn / sidehoyde));
            if (grense >= 1 && grense < sider && topp < grense * sidehoyde && bunn > grense * sidehoyde)
                grenser[grense] = std::min(grenser[grense], topp);
        }
    }
    return grenser;
}

void brytFoer(QTextBlock b)
{
    QTextBlockFormat f = b.blockFormat();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(b).setBlockFormat(f);
}

// A small table (the signature with the approver's and the caseworker's names and titles, the
// Vedlegg and Kopi til lists) is not split over two pages: it moves to the next page, and a one-line
// paragraph just before it ("Med hilsen", "Vedlegg:") goes with it — also when only that line was
// left at the foot of the page before the table ("Med helsing" on page 1, the signature alone on
// page 2). Returns whether it changed a break.
bool holdTabellSammen(QTextDocument &doc, qreal sidehoyde)
{
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        auto *tabell = qobject_cast<QTextTable *>(f);
        if (!tabell || tabell->format().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF r = doc.documentLayout()->frameBoundingRect(tabell);
        if (r.height() > sidehoyde / 4)
            continue;
        const QTextBlock foer = doc.findBlock(tabell->firstPosition() - 1);
        const bool innledning = foer.isValid() && foer.layout() && foer.layout()->lineCount() == 1
            && foer.blockFormat().headingLevel() == 0
            && foer.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore
            && !foer.text().trimmed().isEmpty();
        const qreal tabellside = sideAv(r.top() + 1, sidehoyde);
        const bool delt = tabellside != sideAv(r.bottom() - 1, sidehoyde);
        const bool innledningForlatt = innledning && blokksider(doc, foer, sidehoyde).second < tabellside;
        if (!delt && !innledningForlatt)
            continue;
        if (innledning) {
            brytFoer(foer);
        } else {
            QTextTableFormat tf = tabell->format();
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            tabell->setFormat(tf);
        }
        return true;
    }
    return false;
}

// Page breaks as a letter needs them: a heading never ends a page (it moves with the first lines
// of its text), a provision (h3) with its conclusion (h4) stays on one page when it fits, and a
// conclusion is not left alone at the top of a page. One change at a time, then lay out again.
void holdSammen(QTextDocument &doc, qreal sidehoyde)
{
    for (int runde = 0; runde < 40; ++runde) {
        bool endret = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !endret; b = b.next()) {
            const int nivaa = b.blockFormat().headingLevel();
            if (nivaa < 2 || b.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const qreal start = blokksider(doc, b, sidehoyde).first;
            if (nivaa == 4) {
                const QTextBlock forrige = b.previous();
                if (forrige.isValid() && blokksider(doc, forrige, sidehoyde).second < start) {
                    const QRectF r = doc.documentLayout()->blockBoundingRect(forrige);
                    if (r.height() < sidehoyde / 3 && forrige.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore) {
                        brytFoer(forrige);
                        endret = true;
                    }
                }
                continue;
            }
            // The group: the heading and what follows up to the next heading (h3: with its h4).
            QTextBlock slutt = b.next();
            QTextBlock neste = slutt;
            if (nivaa == 3) {
                while (neste.isValid() && (neste.blockFormat().headingLevel() == 0 || neste.blockFormat().headingLevel() == 4)) {
                    slutt = neste;
                    neste = neste.next();
                }
            }
            if (!slutt.isValid())
                continue;
            const qreal topp = doc.documentLayout()->blockBoundingRect(b).top();
            const QRectF sr = doc.documentLayout()->blockBoundingRect(slutt);
            const bool passer = sr.bottom() - topp < sidehoyde * 0.9;
            QTextBlock tekst = b.next(); // the first block of text after the heading(s)
            while (tekst.isValid() && tekst.blockFormat().headingLevel() > 0 && tekst.blockFormat().headingLevel() < 4)
                tekst = tekst.next();
            if (!tekst.isValid())
                continue;
            const qreal sluttside = nivaa == 3 && passer ? blokksider(doc, slutt, sidehoyde).second
                                                         : blokksider(doc, tekst, sidehoyde).first;
            if (sluttside > start) {
                brytFoer(b);
                // The heading takes the headings under it along: they need no break of their own.
                for (QTextBlock h = b.next(); h.isValid() && h != tekst; h = h.next()) {
                    QTextBlockFormat f = h.blockFormat();
                    f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    QTextCursor(h).setBlockFormat(f);
                }
                endret = true;
            }
        }
        if (!endret)
            endret = holdTabellSammen(doc, sidehoyde);
        if (!endret)
            return;
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
    p.setFont(brevfont(kSerif, 7.5));
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
               hode.embete + u'\n' + bindUttrykk(deler.join(u"  ·  "_s)));
    p.drawText(QRectF(s.mm(kVenstre), y, bredde, s.mm(5)), Qt::AlignRight,
               u"Side %1 av %2"_s.arg(side).arg(sider));
    p.restore();
}

// Every character of the letter's data must be drawable by a font the PDF embeds, or the
// archived letter would show empty boxes and lose the text. Throws naming the field and the
// character. Control and format characters (not drawn) and whitespace are skipped.
class Tegnsjekk final
{
public:
    Tegnsjekk() : m_serif(QRawFont::fromFont(brevfont(kSerif, 11))), m_sans(QRawFont::fromFont(brevfont(kSans, 11))) {}

    void sjekk(const QVariant &v, const QString &felt)
    {
        if (v.typeId() == QMetaType::QString) {
            sjekkTekst(v.toString(), felt);
        } else if (v.typeId() == QMetaType::QVariantList) {
            const QVariantList l = v.toList();
            for (qsizetype i = 0; i < l.size(); ++i)
                sjekk(l[i], u"%1[%2]"_s.arg(felt).arg(i));
        } else if (v.typeId() == QMetaType::QVariantHash) {
            const QVariantHash h = v.toHash();
            for (auto it = h.cbegin(); it != h.cend(); ++it)
                sjekk(it.value(), felt.isEmpty() ? it.key() : felt + u'.' + it.key());
        }
    }

private:
    void sjekkTekst(const QString &t, const QString &felt)
    {
        for (const char32_t c : t.toUcs4()) {
            if (c < 0x80 || m_kjente.contains(c))
                continue;
            const QChar::Category k = QChar::category(c);
            if (k == QChar::Other_Control || k == QChar::Other_Format || QChar::isSpace(c)
                || k == QChar::Mark_NonSpacing || k == QChar::Mark_Enclosing) {
                m_kjente.insert(c);
                continue;
            }
            if (!m_serif.supportsCharacter(c) && !m_sans.supportsCharacter(c))
                throw BrevmalFeil(u"%1: tegnet «%2» (U+%3) finnes ikke i skriftene brevet bygger inn (%4, %5); "
                                  u"brevet lages ikke, for det ville vist tomme ruter"_s
                                      .arg(felt, QString::fromUcs4(&c, 1),
                                           QString::number(quint32(c), 16).toUpper().rightJustified(4, u'0'), kSerif, kSans),
                                  true);
            m_kjente.insert(c);
        }
    }

    QRawFont m_serif;
    QRawFont m_sans;
    QSet<char32_t> m_kjente;
};

} // namespace

Brevrenderer::Brevrenderer(const Katalog &katalog, const Brevmalkilde &maler) : m_katalog(katalog), m_maler(maler) {}

QString Brevrenderer::html(const Tilsynssak &sak, const Brevutkast &utkast) const
{
    const QVariantHash data = brevdata(sak, m_katalog, utkast);
    Tegnsjekk sjekk;
    // The case's own fields first, so a refusal names the field as the case has it.
    if (sak.innsender) {
        sjekk.sjekk(sak.innsender->navn, u"innsender.navn"_s);
        sjekk.sjekk(sak.innsender->adresse, u"innsender.adresse"_s);
    }
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i) {
        const Tilsynsobjekt &o = sak.tilsynsobjekter[i];
        sjekk.sjekk(o.navn, u"tilsynsobjekter[%1].navn"_s.arg(i));
        sjekk.sjekk(o.adresse.value_or(QString()), u"tilsynsobjekter[%1].adresse"_s.arg(i));
    }
    for (qsizetype i = 0; i < sak.vurderinger.size(); ++i)
        sjekk.sjekk(sak.vurderinger[i].begrunnelse, u"vurderinger[%1].begrunnelse"_s.arg(i));
    sjekk.sjekk(sak.sammendrag.value_or(QString()), u"sammendrag"_s);
    for (auto it = utkast.fritekst.cbegin(); it != utkast.fritekst.cend(); ++it)
        sjekk.sjekk(it.value(), u"fritekst.%1"_s.arg(it.key()));
    sjekk.sjekk(data, {});
    // No line ends inside a date, a phone number, "§ 3-1" or "kap. 30" (fixed text and typed text alike).
    return bindUttrykkIHtml(m_maler.mal(utkast.type, utkast.maalform).fyll(data));
}

QString Brevrenderer::pdfSkaper(const Katalog &katalog)
{
    return u"Tilsynsklient, bestemmelseskatalog %1"_s.arg(katalog.versjon());
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
    doc.setDocumentMargin(0);
    doc.setDefaultFont(brevfont(kSerif, 11));
    doc.setDefaultStyleSheet(stilark());
    QTextOption valg = doc.defaultTextOption();
    valg.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(valg);
    const qreal bredde = s.full.width() - s.mm(kVenstre + kHoyre);
    const qreal sidehoyde = s.full.height() - s.mm(kTopp + kBunn);

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
    // The layout is made only now, once, for the finished text: with a layout attached from the
    // start, each of the edits above laid the document out again (it was half the render time).
    doc.documentLayout()->setPaintDevice(&enhet);
    doc.setPageSize(QSizeF(bredde, sidehoyde));
    layUtHelt(doc);
    holdSammen(doc, sidehoyde);
    layUtHelt(doc);

    const int sider = doc.pageCount();
    const QList<qreal> grenser = sidegrenser(doc, sider, sidehoyde);
    QPainter p;
    if (!p.begin(&enhet))
        throw BrevmalFeil(u"kan ikke skrive ut brevet: utskriftsenheten kan ikke tegnes på"_s);
    p.translate(-QPointF(oppsett.paintRectPixels(int(dpi)).topLeft()));
    for (int i = 0; i < sider; ++i) {
        if (i > 0)
            enhet.newPage();
        if (utkast.utkast)
            tegnVannmerke(p, s);
        if (i == 0)
            tegnBrevhode(p, s, hode);
        p.save();
        p.translate(s.mm(kVenstre), s.mm(kTopp) - i * sidehoyde);
        // Each line is painted on exactly one page: the one its top is on. (Letting the layout
        // draw the whole document under a clip paints lines near a boundary on both pages; the
        // clip hides them, but the PDF's text layer would still hold them twice.)
        p.setPen(Qt::black);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QTextLayout *l = b.layout();
            if (!l || !b.isVisible())
                continue;
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            if (r.bottom() < grenser[i] || r.top() >= grenser[i + 1])
                continue;
            for (int n = 0; n < l->lineCount(); ++n) {
                const QTextLine linje = l->lineAt(n);
                const qreal topp = r.top() + linje.y();
                if (topp >= grenser[i] - 0.5 && topp < grenser[i + 1] - 0.5)
                    linje.draw(&p, r.topLeft());
            }
        }
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
        // The catalogue version the legal texts were taken from belongs to the archive copy's
        // metadata (Info /Creator and XMP xmp:CreatorTool), not to the text the recipient reads.
        pdf.setCreator(pdfSkaper(m_katalog));
        tegn(sak, utkast, pdf);
    }
    return buffer.data();
}

} // namespace tilsyn
