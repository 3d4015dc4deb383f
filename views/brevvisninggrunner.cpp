// The innsender's short reasons in the letter's målform (DOMAIN.md § 6): a reason whose first
// sentence of the begrunnelse is in the other målform is not printed; the letter shows a marker
// and the window offers the reason as a section to write, as it does the Saksforhold
// (letters/maalformkontroll.h, one mechanism for both).

#include "brevvisning.h"

#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevutkast.h"
#include "letters/brevvalg.h"
#include "letters/maalformkontroll.h"
#include "stavekontroll.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QVBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// The Alt letters the window's labels, buttons and group boxes already use (lower case).
QSet<QChar> brukteAkseleratorer(const QWidget *vindu)
{
    QSet<QChar> brukt;
    auto les = [&brukt](const QString &tekst) {
        for (qsizetype i = tekst.indexOf(u'&'); i >= 0 && i + 1 < tekst.size(); i = tekst.indexOf(u'&', i + 2))
            if (tekst[i + 1] != u'&')
                brukt.insert(tekst[i + 1].toLower());
    };
    for (const QLabel *l : vindu->findChildren<QLabel *>())
        if (l->buddy() && !l->property("tilsynAvsnitt").toBool()) // a section's label: numbered by its box
            les(l->text());
    for (const QAbstractButton *k : vindu->findChildren<QAbstractButton *>())
        les(k->text());
    for (const QGroupBox *g : vindu->findChildren<QGroupBox *>())
        les(g->title());
    return brukt;
}

// "&3  § 4-1 (X)": the reason's number as its Alt key (1–9), else a letter of `hva` not in
// `brukt`; `&` in the data is doubled so it is not taken for one.
QString medAkselerator(int nummer, const QString &hva, QSet<QChar> &brukt)
{
    QString data = hva;
    data.replace(u'&', u"&&"_s);
    if (nummer <= 9 && !brukt.contains(QChar(u'0' + nummer))) {
        brukt.insert(QChar(u'0' + nummer));
        return u"&%1  %2"_s.arg(nummer).arg(data);
    }
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data[i].toLower();
        if (c == u'&') {
            ++i; // a doubled & of the data
            continue;
        }
        if (c.isLetterOrNumber() && !brukt.contains(c)) {
            brukt.insert(c);
            return u"%1  %2&%3"_s.arg(nummer).arg(data.left(i), data.mid(i));
        }
    }
    return u"%1  %2"_s.arg(nummer).arg(data);
}

} // namespace

void Brevvisning::foreslaaMaalform()
{
    const QList<Brevmottaker> mulige = valg().mottakere(m_type->currentData().toString()); // as fyllMottakere()
    const int i = m_mottaker->currentIndex();
    QString grunn;
    if (i >= 0 && i < mulige.size()) {
        const Brevmottaker &m = mulige[i];
        // The caseworker's choice for this recipient stays when the letter type changes (issue 10:
        // Nynorsk → another type → Bokmål again).
        if (const auto valgt = m_valgtMaalform.constFind(m.noekkel()); valgt != m_valgtMaalform.cend()) {
            m_maalform->setCurrentIndex(*valgt == Maalform::Nynorsk ? 1 : 0);
            m_maalformgrunn->clear();
            m_maalformgrunn->hide();
            return;
        }
        Maalform valgt = m.maalform;
        if (!harRegistrertMaalform(m_sak, m)) {
            // The innsender's letter carries every object's reasons; an object's only its own.
            const bool objekt = m.rolle == Mottakerrolle::Tilsynsobjekt || m.rolle == Mottakerrolle::Ledelse;
            const Maalformforslag f = maalformForslag(m_sak, objekt ? m.objektId : QString());
            valgt = f.maalform;
            const bool nn = f.maalform == Maalform::Nynorsk;
            switch (f.grunnlag) {
            case Maalformgrunnlag::Ingen:
                grunn = tr("The recipient's målform is unknown, and the case's texts do not show one: bokmål is "
                           "chosen. Change it if the recipient should have nynorsk.");
                break;
            case Maalformgrunnlag::Begrunnelser:
                grunn = nn ? tr("The recipient's målform is unknown; nynorsk proposed because the begrunnelser are "
                                "written in nynorsk.")
                           : tr("The recipient's målform is unknown; bokmål proposed because the begrunnelser are "
                                "written in bokmål.");
                break;
            case Maalformgrunnlag::Sammendrag:
                grunn = nn ? tr("The recipient's målform is unknown; nynorsk proposed because the summary is written "
                                "in nynorsk.")
                           : tr("The recipient's målform is unknown; bokmål proposed because the summary is written "
                                "in bokmål.");
                break;
            case Maalformgrunnlag::BegrunnelserOgSammendrag:
                grunn = nn ? tr("The recipient's målform is unknown; nynorsk proposed because the begrunnelser and "
                                "the summary are written in nynorsk.")
                           : tr("The recipient's målform is unknown; bokmål proposed because the begrunnelser and "
                                "the summary are written in bokmål.");
                break;
            case Maalformgrunnlag::Tekstene:
                grunn = nn ? tr("The recipient's målform is unknown; nynorsk proposed because most of the case's "
                                "texts are written in nynorsk.")
                           : tr("The recipient's målform is unknown; bokmål proposed because most of the case's "
                                "texts are written in bokmål.");
                break;
            }
        }
        m_maalform->setCurrentIndex(valgt == Maalform::Nynorsk ? 1 : 0);
    }
    m_maalformgrunn->setText(grunn);
    m_maalformgrunn->setVisible(!grunn.isEmpty() && !m_visesFerdig);
}

QString Brevvisning::maalformgrunn() const
{
    return m_maalformgrunn->text();
}

void Brevvisning::leggTilGrunner(Brevutkast &u) const
{
    for (const auto &[felt, redigering] : m_grunnfelt)
        u.fritekst.insert(felt, redigering->toPlainText());
    for (const Begrunnelsesfelt &b : m_begrunnelsesfelt) {
        u.fritekst.insert(b.felt, b.tekst->toPlainText());
        if (b.bekreft->isChecked())
            u.fritekst.insert(b.bekreftet, u"1"_s);
    }
}

QHash<QString, QString> Brevvisning::egneTekster() const
{
    QHash<QString, QString> egne = m_grunntekster;
    for (const auto &[felt, redigering] : m_grunnfelt)
        egne.insert(felt, redigering->toPlainText());
    for (const Begrunnelsesfelt &b : m_begrunnelsesfelt) {
        // Unchanged, the assessment's own text: nothing of this letter's to keep.
        egne.insert(b.felt, b.tekst->toPlainText() == b.original ? QString() : b.tekst->toPlainText());
        egne.insert(b.bekreftet, b.bekreft->isChecked() ? u"1"_s : QString());
    }
    egne.insert(u"fritekst"_s, m_fritekst->toPlainText());
    return egne;
}

void Brevvisning::lesGrunner(const QHash<QString, QString> &fritekst)
{
    for (auto it = fritekst.cbegin(); it != fritekst.cend(); ++it) {
        for (const Begrunnelsesfelt &b : std::as_const(m_begrunnelsesfelt)) {
            const QSignalBlocker blokk1(b.tekst), blokk2(b.bekreft);
            if (b.felt == it.key())
                b.tekst->setPlainText(it.value().isEmpty() ? b.original : it.value());
            else if (b.bekreftet == it.key())
                b.bekreft->setChecked(!it.value().isEmpty());
        }
        if (!it.key().startsWith(u"grunn:"_s) && !it.key().startsWith(u"begrunnelse:"_s)
            && !it.key().startsWith(u"bekreftet:"_s))
            continue;
        m_grunntekster.insert(it.key(), it.value());
        for (const auto &[felt, redigering] : m_grunnfelt)
            if (felt == it.key()) {
                const QSignalBlocker blokk(redigering);
                redigering->setPlainText(it.value());
            }
    }
}

void Brevvisning::oppdaterGrunnfelt()
{
    QList<Maalformavsnitt> grunner;
    if (m_type->currentIndex() >= 0 && !m_visesFerdig) {
        try {
            const Brevutkast u = utkast();
            for (const Maalformavsnitt &a :
                 avsnittPaaAnnenMaalform(m_sak, m_katalog, u, m_maler.mal(u.type, u.maalform)))
                if (a.hva == Maalformtekst::Grunn)
                    grunner.append(a);
        } catch (const BrevmalFeil &) {
            // the letter cannot be made: the error is shown under the form
        }
    }
    QStringList naa, nye;
    for (const auto &[felt, redigering] : m_grunnfelt)
        naa.append(felt);
    for (const Maalformavsnitt &a : grunner)
        nye.append(a.felt);
    const Maalform maalform = maalformFraKode(m_maalform->currentData().toString());
    if (naa == nye) { // typing in a section never rebuilds it; the målform may have changed
        for (const auto &[felt, redigering] : m_grunnfelt)
            stavekontroll::koble(redigering, maalform);
        return;
    }
    for (const auto &[felt, redigering] : m_grunnfelt)
        m_grunntekster.insert(felt, redigering->toPlainText());
    m_grunnfelt.clear();
    auto *skjema = static_cast<QFormLayout *>(m_grunnboks->layout());
    while (skjema->rowCount() > 0)
        skjema->removeRow(0);
    const bool nn = maalformFraKode(m_maalform->currentData().toString()) == Maalform::Nynorsk;
    // Each reason by the keyboard (issue 10: only the first was reachable, by the box's own
    // letter): Tab goes Saksforhold → the reasons top to bottom → Further text, and each label
    // has its own Alt key. Digits: the same in bokmål and nynorsk, and no other control of the
    // window uses one; past nine, a letter of the label that nothing else in the window uses.
    QSet<QChar> brukt = brukteAkseleratorer(window());
    QWidget *forrige = m_saksforhold;
    int nummer = 0;
    for (const Maalformavsnitt &a : grunner) {
        auto *redigering = new QPlainTextEdit(m_grunnboks);
        redigering->setObjectName(a.felt);
        redigering->setTabChangesFocus(true);
        redigering->setFixedHeight(redigering->fontMetrics().lineSpacing() * 3 + 12);
        stavekontroll::koble(redigering, maalform); // unknown words underlined as typed, in the letter's målform
        redigering->setPlaceholderText(nn ? tr("In nynorsk. The assessment says: %1").arg(a.original)
                                          : tr("In bokmål. The assessment says: %1").arg(a.original));
        redigering->setToolTip(a.original);
        redigering->setPlainText(m_grunntekster.value(a.felt));
        const QString hva = u"%1 (%2)"_s.arg(a.paragraf, a.objekt);
        redigering->setAccessibleName(tr("Short reason: %1").arg(hva));
        auto *etikett = new QLabel(medAkselerator(++nummer, hva, brukt), m_grunnboks);
        etikett->setProperty("tilsynAvsnitt", true);
        etikett->setProperty("tilsynData", true); // the provision and the object: data, not program text
        etikett->setWordWrap(true);
        etikett->setBuddy(redigering);
        skjema->addRow(etikett, redigering);
        QWidget::setTabOrder(forrige, redigering);
        forrige = redigering;
        connect(redigering, &QPlainTextEdit::textChanged, this, &Brevvisning::oppdaterFerdigstill);
        m_grunnfelt.append({a.felt, redigering});
    }
    QWidget::setTabOrder(forrige, m_fritekst);
    m_grunnboks->setTitle(nn ? tr("Sh&ort reasons to the submitter, in nynorsk (the assessments are in bokmål)")
                             : tr("Sh&ort reasons to the submitter, in bokmål (the assessments are in nynorsk)"));
    m_grunnboks->setVisible(!m_grunnfelt.isEmpty());
    m_grunnboks->setEnabled(!m_visesFerdig);
}

void Brevvisning::tomBegrunnelsesfelt()
{
    for (const Begrunnelsesfelt &b : std::as_const(m_begrunnelsesfelt)) {
        // Unchanged, the assessment's own text, which the case may change before the field is back.
        m_grunntekster.insert(b.felt, b.tekst->toPlainText() == b.original ? QString() : b.tekst->toPlainText());
        m_grunntekster.insert(b.bekreftet, b.bekreft->isChecked() ? u"1"_s : QString());
    }
    m_begrunnelsesfelt.clear();
    auto *skjema = static_cast<QFormLayout *>(m_begrunnelsesboks->layout());
    while (skjema->rowCount() > 0)
        skjema->removeRow(0);
    m_begrunnelsesboks->hide();
}

namespace {

// "Use the text as it stands" with an Alt letter nothing in the window uses: a readable one (not
// under a narrow letter nor crossing a descender) when the text has one.
QString medFriBokstav(const QString &tekst, QSet<QChar> &brukt)
{
    for (const bool lesbar : {true, false}) {
        for (qsizetype i = 0; i < tekst.size(); ++i) {
            const QChar c = tekst[i].toLower();
            if (!c.isLetter() || brukt.contains(c) || (lesbar && QStringView(u"iljgpqy").contains(c)))
                continue;
            brukt.insert(c);
            return tekst.left(i) + u'&' + tekst.mid(i);
        }
    }
    return tekst;
}

} // namespace

void Brevvisning::oppdaterBegrunnelsesfelt()
{
    QList<Maalformavsnitt> begrunnelser;
    if (m_type->currentIndex() >= 0 && !m_visesFerdig) {
        try {
            const Brevutkast u = utkast();
            for (const Maalformavsnitt &a :
                 avsnittPaaAnnenMaalform(m_sak, m_katalog, u, m_maler.mal(u.type, u.maalform)))
                if (a.hva == Maalformtekst::Begrunnelse)
                    begrunnelser.append(a);
        } catch (const BrevmalFeil &) {
            // the letter cannot be made: the error is shown under the form
        }
    }
    QStringList naa, nye;
    for (const Begrunnelsesfelt &b : std::as_const(m_begrunnelsesfelt))
        naa.append(b.felt);
    for (const Maalformavsnitt &a : begrunnelser)
        nye.append(a.felt);
    const Maalform maalform = maalformFraKode(m_maalform->currentData().toString());
    if (naa == nye) { // typing in a section never rebuilds it; the målform may have changed
        for (const Begrunnelsesfelt &b : std::as_const(m_begrunnelsesfelt))
            stavekontroll::koble(b.tekst, maalform);
        return;
    }
    tomBegrunnelsesfelt();
    auto *skjema = static_cast<QFormLayout *>(m_begrunnelsesboks->layout());
    const bool nn = maalformFraKode(m_maalform->currentData().toString()) == Maalform::Nynorsk;
    // By keys as the short reasons: Tab from the Saksforhold through each text and its tick box
    // to the further text; each label's number is its Alt key.
    // Numbered after the short reasons (the built-in templates print one kind or the other).
    QSet<QChar> brukt = brukteAkseleratorer(window());
    for (int i = 1; i <= m_grunnfelt.size() && i <= 9; ++i)
        brukt.insert(QChar(u'0' + i));
    QWidget *forrige = m_grunnfelt.isEmpty() ? static_cast<QWidget *>(m_saksforhold) : m_grunnfelt.constLast().second;
    int nummer = int(m_grunnfelt.size());
    for (const Maalformavsnitt &a : begrunnelser) {
        auto *rute = new QWidget(m_begrunnelsesboks);
        auto *oppsett = new QVBoxLayout(rute);
        oppsett->setContentsMargins(0, 0, 0, 0);
        oppsett->setSpacing(2);
        auto *redigering = new QPlainTextEdit(rute);
        redigering->setObjectName(a.felt);
        redigering->setTabChangesFocus(true);
        // Two lines and the tick box under them: the window fits 1366 × 768 with the other fields.
        redigering->setFixedHeight(redigering->fontMetrics().lineSpacing() * 2 + 12);
        stavekontroll::koble(redigering, maalform); // unknown words underlined as typed, in the letter's målform
        redigering->setToolTip(nn ? tr("The assessment, in bokmål: %1").arg(a.original)
                                  : tr("The assessment, in nynorsk: %1").arg(a.original));
        const QString skrevet = m_grunntekster.value(a.felt);
        redigering->setPlainText(skrevet.isEmpty() ? a.original : skrevet); // prefilled with the assessment's
        const QString hva = u"%1 (%2)"_s.arg(a.paragraf, a.objekt);
        redigering->setAccessibleName(tr("Begrunnelse: %1").arg(hva));
        auto *bekreft = new QCheckBox(rute);
        const QString bekreftet = a.felt.section(u':', 1).prepend(u"bekreftet:"_s);
        bekreft->setObjectName(bekreftet);
        bekreft->setChecked(!m_grunntekster.value(bekreftet).isEmpty());
        oppsett->addWidget(redigering);
        oppsett->addWidget(bekreft);
        auto *etikett = new QLabel(medAkselerator(++nummer, hva, brukt), m_begrunnelsesboks);
        etikett->setProperty("tilsynAvsnitt", true);
        etikett->setProperty("tilsynData", true); // the provision and the object: data, not program text
        etikett->setWordWrap(true);
        etikett->setBuddy(redigering);
        bekreft->setText(medFriBokstav(tr("Use the text as it stands"), brukt));
        bekreft->setToolTip(nn ? tr("Prints this begrunnelse in bokmål in the nynorsk letter, as it stands (e.g. a "
                                    "quotation).")
                               : tr("Prints this begrunnelse in nynorsk in the bokmål letter, as it stands (e.g. a "
                                    "quotation)."));
        skjema->addRow(etikett, rute);
        QWidget::setTabOrder(forrige, redigering);
        QWidget::setTabOrder(redigering, bekreft);
        forrige = bekreft;
        connect(redigering, &QPlainTextEdit::textChanged, this, &Brevvisning::oppdaterFerdigstill);
        // The spelling warning reads the letter's typed texts again (stavekontroll::kobleBrev follows
        // the further text's changes; a signal-to-signal connection).
        connect(redigering, &QPlainTextEdit::textChanged, m_fritekst, &QPlainTextEdit::textChanged);
        connect(bekreft, &QCheckBox::toggled, this, &Brevvisning::oppdaterFerdigstill);
        m_begrunnelsesfelt.append({a.felt, bekreftet, a.original, redigering, bekreft});
    }
    QWidget::setTabOrder(forrige, m_fritekst);
    m_begrunnelsesboks->setTitle(nn ? tr("Begrunnelser in this letter, in nynorsk (the assessments are in bokmål)")
                                    : tr("Begrunnelser in this letter, in bokmål (the assessments are in nynorsk)"));
    m_begrunnelsesboks->setVisible(!m_begrunnelsesfelt.isEmpty());
    m_begrunnelsesboks->setEnabled(!m_visesFerdig);
}

} // namespace tilsyn
