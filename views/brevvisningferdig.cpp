// The letter window and letters already finalised (issue 10): a party's finalised letter opens as
// the stored document, read-only and without UTKAST; the Saksforhold proposed only in the
// letter's målform; the innsender named only by choice; the file name Save PDF proposes.

#include "brevvisning.h"

#include "ferdigstillbekreftelse.h"
#include "journal/journalrepository.h"
#include "sperregrunn.h"
#include "stavekontroll.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevrepository.h"

#include "letters/brevforslag.h"
#include "letters/brevparter.h"
#include "letters/brevtype.h"
#include "letters/maalformkontroll.h"
#include "store/storeerror.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>

namespace tilsyn {

using namespace Qt::StringLiterals;

void Brevvisning::foreslaaSaksforhold(const QString &tekst)
{
    const Maalform m = maalformFraKode(m_maalform->currentData().toString());
    const QString forslag = forslagPaa(tekst, m);
    m_saksforhold->setPlainText(forslag);
    m_foreslaattTekst = forslag;
    m_saksforhold->setPlaceholderText(
        forslag.isEmpty() && !tekst.trimmed().isEmpty()
            ? (m == Maalform::Nynorsk ? tr("The case's summary is in bokmål, so it is not used in this nynorsk letter: "
                                           "write the facts relied on here, in nynorsk.")
                                      : tr("The case's summary is in nynorsk, so it is not used in this bokmål letter: "
                                           "write the facts relied on here, in bokmål."))
            : QString());
}

void Brevvisning::settNavngiInnsender(bool paa)
{
    m_navngiInnsender->setChecked(paa);
}

std::optional<FerdigBrev> Brevvisning::ferdigstiltBrev() const
{
    if (!m_visesFerdig)
        return std::nullopt;
    FerdigBrev b = *m_visesFerdig;
    b.pdf.clear();
    return b;
}

void Brevvisning::visFerdigstiltOmFinnes()
{
    const QString type = m_type->currentData().toString();
    const Brevtype *t = brevtype(type);
    // Naming the innsender is a choice only in a letter to a tilsynsobjekt.
    m_navngiInnsender->setVisible(t && (t->mottaker == Mottakerrolle::Tilsynsobjekt || t->mottaker == Mottakerrolle::Ledelse)
                                  && m_sak.innsender && !m_sak.innsender->navn.trimmed().isEmpty());
    std::optional<FerdigBrev> funnet;
    const QString mottaker = m_mottaker->currentText();
    if (m_arkiv && !m_sak.id.isEmpty() && m_type->currentIndex() >= 0
        && !m_nyeBrev.contains(type + u'|' + m_mottaker->currentData().toString())) {
        try {
            const QList<FerdigBrev> brev = m_arkiv->forSak(m_sak.id);
            for (auto b = brev.crbegin(); b != brev.crend(); ++b) {
                if (b->type == type && b->mottaker == mottaker) {
                    funnet = m_arkiv->hentKontrollert(b->id); // never shows damaged bytes
                    break;
                }
            }
        } catch (const StoreError &e) {
            m_feil->setText(tr("The finalised letter cannot be shown: %1").arg(e.melding()));
            m_feil->show();
        }
    }
    m_visesFerdig = funnet;
    settLesemodus(funnet.has_value());
}

void Brevvisning::settLesemodus(bool ferdig)
{
    m_saksforhold->setReadOnly(ferdig);
    m_fritekst->setReadOnly(ferdig);
    for (QWidget *w : std::initializer_list<QWidget *>{m_maalform, m_skjerming, m_kopiInnsender, m_navngiInnsender})
        settTilgjengelig(w, ferdig ? tr("This letter is finalised and cannot be changed: use \"New letter to this party\" to write another.") : QString());
    m_nyttBrev->setVisible(ferdig);
    // A finalised letter cannot be changed: no warning to act on before finalising. It is read
    // again (kobleBrev) as soon as a new draft is shown.
    if (ferdig && m_stavevarsel) {
        m_stavevarsel->clear();
        m_stavevarsel->hide();
    }
}

void Brevvisning::nyttBrev()
{
    m_nyeBrev.insert(m_type->currentData().toString() + u'|' + m_mottaker->currentData().toString());
    m_visesFerdig.reset();
    m_ferdig.reset();
    settLesemodus(false);
    foreslaaSaksforhold(m_sak.sammendrag.value_or(QString())); // also reads the spelling warning again
    m_fritekst->clear();
    m_grunntekster.clear();
    for (const auto &[felt, redigering] : m_grunnfelt)
        redigering->clear();
    oppdater();
    m_saksforhold->setFocus();
}

bool Brevvisning::tegnFerdigstilt(QPrinter *skriver)
{
    QByteArray bytes = m_visesFerdig->pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument dokument;
    dokument.load(&buffer);
    if (dokument.status() != QPdfDocument::Status::Ready || dokument.pageCount() < 1)
        return false;
    QPainter maler(skriver);
    const QRectF side = skriver->pageLayout().fullRectPixels(skriver->resolution());
    for (int i = 0; i < dokument.pageCount(); ++i) {
        if (i > 0)
            skriver->newPage();
        const QSizeF punkter = dokument.pagePointSize(i);
        const QImage bilde = dokument.render(i, (punkter * 150.0 / 72.0).toSize()); // 150 dpi: sharp in the preview
        maler.drawImage(side, bilde);
    }
    m_feil->hide();
    return true;
}

QString Brevvisning::filnavnForslag() const
{
    if (m_visesFerdig) {
        std::optional<int> nummer;
        try {
            nummer = m_arkiv->referanse(*m_visesFerdig).second;
        } catch (const StoreError &) {
            // the name then has no document number
        }
        return pdfFilnavn(m_sak.saksnummer.value_or(QString()), nummer, m_visesFerdig->type,
                          maalformFraKode(m_visesFerdig->maalform), m_visesFerdig->mottaker, false);
    }
    const Brevutkast u = utkast();
    return pdfFilnavn(m_sak.saksnummer.value_or(QString()), u.dokumentnummer, u.type, u.maalform, u.mottaker.navn, true);
}

void Brevvisning::bekreftOgFerdigstill()
{
    if (!kanFerdigstilles()) // pressed again before the button caught up: nothing twice
        return;
    // The question says the letter is stored as previewed: the preview shows the draft as it
    // stands now, with what was typed since the last Update preview (issue 10: it did not).
    oppdater();
    if (!kanFerdigstilles())
        return;
    // The letter may stand for the case's milestone (e.g. oversendt for BM 2): recorded only
    // when the caseworker leaves the box ticked. One question, not two.
    const Brevtype *t = brevtype(m_type->currentData().toString());
    const QString milepel = girMilepel() && t ? FerdigstillBekreftelse::milepelnavn(t->milepel) : QString();
    bool medMilepel = false;
    const Brevutkast u = utkast();
    QString tidligere; // the same type to the same party already finalised: said in the question
    QStringList mangler; // the objects whose letter of this type is still to be finalised
    if (m_arkiv) {
        try {
            const QList<FerdigBrev> brev = m_arkiv->forSak(m_sak.id);
            // The case is closed with the last decision, not the first (issue 10).
            if (!milepel.isEmpty())
                mangler = manglendeAvsluttendeBrev(m_sak, hendelserFraBrev(brev), u.type, u.mottaker.noekkel());
            for (auto b = brev.crbegin(); b != brev.crend() && tidligere.isEmpty(); ++b) {
                if (b->type != u.type || b->mottaker != u.mottaker.navn)
                    continue;
                QString nummer; // its document number in the journal (saksnummer-N)
                for (const Journalpost &p : JournalRepository(m_arkiv->store()).forSak(m_sak.id))
                    if (p.brevSha256 == b->sha256 && p.dokumentnummer() > 0 && m_sak.saksnummer)
                        nummer = u"%1-%2"_s.arg(*m_sak.saksnummer).arg(p.dokumentnummer());
                tidligere = FerdigstillBekreftelse::tidligereTekst(u.mottaker.navn, b->dato, nummer);
            }
        } catch (const StoreError &e) {
            tidligere = e.melding();
        }
    }
    // The words the letter's dictionary does not know are repeated in the question: they are
    // printed as typed, and the caseworker confirms having seen them.
    try {
        const QStringList ord = ukjenteOrdIBrev(m_sak, m_katalog, u, m_maler.mal(u.type, u.maalform),
                                                stavekontroll::ordbok(u.maalform));
        if (!ord.isEmpty())
            tidligere = (tidligere.isEmpty() ? QString() : tidligere + u"\n\n"_s)
                + FerdigstillBekreftelse::ukjenteOrdTekst(u.maalform, ord);
    } catch (const BrevmalFeil &) {
        // the letter cannot be made; finalising says so
    }
    if (!FerdigstillBekreftelse::spoer(this, u, milepel, &medMilepel, tidligere, mangler))
        return;
    QString feil;
    if (!ferdigstill(&feil, medMilepel))
        QMessageBox::warning(this, tr("Finalise letter"), tr("The letter was not finalised: %1").arg(feil));
}

} // namespace tilsyn
