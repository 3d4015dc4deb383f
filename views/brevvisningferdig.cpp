// The letter window and letters already finalised (issue 10): a party's finalised letter opens as
// the stored document, read-only and without UTKAST; the Saksforhold proposed only in the
// letter's målform; the innsender named only by choice; the file name Save PDF proposes.

#include "brevvisning.h"

#include "datofelt.h"
#include "ferdigstillbekreftelse.h"
#include "filmappe.h"
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
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>

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
    // Read-only alone looked editable (issue 10, session 12): the texts are in the preview.
    for (QWidget *w : std::initializer_list<QWidget *>{m_maalform, m_skjerming, m_kopiInnsender, m_navngiInnsender,
                                                       m_dokfrist, m_saksforhold, m_fritekst})
        settTilgjengelig(w, ferdig ? tr("This letter is finalised and cannot be changed: use \"New letter to this party\" to write another.") : QString());
    // A letter to the innsender is not copied to them: the box would be shown and do nothing
    // (issue 10, session 14). Disabled with the reason (foreslaaKopi() leaves it unticked).
    if (!ferdig && m_mottaker->currentData().toString() == u"innsender")
        settTilgjengelig(m_kopiInnsender, tr("This letter goes to the person who made the request: they get the "
                                             "letter itself, not a copy."));
    m_nyttBrev->setVisible(ferdig);
    m_maalformgrunn->setVisible(!ferdig && !m_maalformgrunn->text().isEmpty());
    oppdaterFerdigHandlinger();
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
    for (const Begrunnelsesfelt &b : std::as_const(m_begrunnelsesfelt)) {
        b.tekst->setPlainText(b.original); // the assessment's text again
        b.bekreft->setChecked(false);
    }
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

std::optional<FerdigBrev> Brevvisning::vistFerdig() const
{
    if (m_visesFerdig)
        return ferdigstiltBrev();
    if (!m_ferdig || !m_arkiv)
        return std::nullopt;
    try {
        if (!forhaandsvist().utkast) // the draft is unchanged since it was finalised here
            return m_arkiv->ferdigstiltFra(m_sak, *m_ferdig);
    } catch (const StoreError &) {
        // shown as a draft then
    }
    return std::nullopt;
}

void Brevvisning::oppdaterFerdigHandlinger()
{
    if (!m_lagreFerdig)
        return; // still being built
    const bool ferdig = m_visesFerdig || (m_ferdig && !forhaandsvist().utkast);
    const QString grunn = !ferdig ? QString()
        : m_visesFerdig
            ? tr("This letter is finalised and shown as stored: save it with \"Save the finalised PDF…\" or print it; "
                 "use \"New letter to this party\" to write another.")
            : tr("The preview shows the letter as finalised: save it with \"Save the finalised PDF…\" or print it. "
                 "Change the draft to make another letter.");
    settTilgjengelig(m_lagreUtkast, grunn);
    settTilgjengelig(m_oppdaterKnapp, m_visesFerdig ? grunn : QString());
    // Without a central store no leader can see the letter, so sending it would wait for ever.
    const bool utenSentral = !m_tilGodkjenning->isHidden() // offered: the type needs approval
        && QSettings().value(u"sentral/conninfo"_s).toString().trimmed().isEmpty();
    settTilgjengelig(m_tilGodkjenning,
                     m_visesFerdig ? grunn
                     : utenSentral ? tr("No central store is set up (Edit ▸ Settings): leaders approve letters through it, "
                                        "so this letter cannot be sent for approval. Set up the central store, or turn "
                                        "approval off for an office without one.")
                                   : QString());
    m_lagreFerdig->setVisible(ferdig);
}

void Brevvisning::lagreFerdigSom()
{
    const std::optional<FerdigBrev> brev = vistFerdig();
    if (!brev)
        return;
    const QString fil = QFileDialog::getSaveFileName(this, tr("Save the finalised PDF"), startsti(filnavnForslag()),
                                                     tr("PDF (*.pdf)"));
    if (fil.isEmpty())
        return;
    try {
        m_arkiv->eksporter(brev->id, fil); // the stored bytes, checked against their SHA-256
        meldLagret(this, fil);
    } catch (const StoreError &e) {
        QMessageBox::warning(this, tr("Save the finalised PDF"), tr("The letter was not saved: %1").arg(e.melding()));
    }
}

QString Brevvisning::filnavnForslag() const
{
    if (const std::optional<FerdigBrev> brev = vistFerdig()) {
        std::optional<int> nummer;
        try {
            nummer = m_arkiv->referanse(*brev).second;
        } catch (const StoreError &) {
            // the name then has no document number
        }
        return pdfFilnavn(m_sak.saksnummer.value_or(QString()), nummer, brev->type, maalformFraKode(brev->maalform),
                          brev->mottaker, false);
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
    // The letter may stand for the case's milestones (e.g. oversendt and avsluttet for BM 2):
    // each recorded only when the caseworker leaves its box ticked. One question, not two.
    const Brevtype *t = brevtype(m_type->currentData().toString());
    const Brevutkast u = utkast();
    QList<FerdigstillBekreftelse::Milepeltilbud> tilbud;
    if (m_saker && t)
        for (const QString &kode : t->milepeler())
            if (BrevRepository::medMilepel(m_sak, u, QStringList{kode}))
                tilbud.append({kode, {}, {}});
    QString tidligere; // the same type to the same party already finalised: said in the question
    QString uten; // the innsender's own letter is still to be finalised
    if (m_arkiv) {
        try {
            const QList<FerdigBrev> brev = m_arkiv->forSak(m_sak.id);
            // The case is closed with the last closing letter, not the first (issue 10).
            for (FerdigstillBekreftelse::Milepeltilbud &m : tilbud)
                if (m.kode == u"avsluttet")
                    m.mangler = manglendeAvsluttendeBrev(m_sak, hendelserFraBrev(brev), u.type, u.mottaker.noekkel());
            // The innsender's own letter too, before the case is closed (issue 10).
            if (const Brevtype *eget = brevtype(innsenderbrevFor(u.type)))
                for (const QString &navn : manglendeInnsenderbrev(m_sak, hendelserFraBrev(brev), u.type))
                    uten = FerdigstillBekreftelse::innsenderbrevManglerTekst(navn, eget->navnPaa(uiMaalform()));
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
    if (!uten.isEmpty())
        tidligere = (tidligere.isEmpty() ? QString() : tidligere + u"\n\n"_s) + uten;
    // Whether the store would accept each milestone on the case as stored (the one check it makes
    // when finalising, BrevRepository::milepelproblemer): if not, its box is offered disabled
    // with the reason, never ticked to fail after the question was answered (issue 10). A later
    // milestone is checked with the earlier ones recorded too.
    if (!tilbud.isEmpty()) {
        try {
            const std::optional<Tilsynssak> lagret = m_saker->hent(m_sak.id);
            QStringList hittil;
            for (FerdigstillBekreftelse::Milepeltilbud &m : tilbud) {
                hittil.append(m.kode);
                QStringList grunner;
                for (const Problem &p : BrevRepository::milepelproblemer(lagret.value_or(m_sak), u, m_katalog, hittil))
                    if (!grunner.contains(p.melding))
                        grunner.append(p.melding);
                m.hindring = grunner.join(u"; "_s);
            }
        } catch (const StoreError &e) {
            for (FerdigstillBekreftelse::Milepeltilbud &m : tilbud)
                m.hindring = e.melding();
        }
    }
    // A målform proposed for want of a registered one is said in the question too.
    if (!m_maalformgrunn->text().isEmpty())
        tidligere = (tidligere.isEmpty() ? QString() : tidligere + u"\n\n"_s) + m_maalformgrunn->text();
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
    QStringList valgte;
    if (!FerdigstillBekreftelse::spoer(this, u, tilbud, &valgte, tidligere))
        return;
    QString feil;
    if (!ferdigstill(&feil, valgte))
        QMessageBox::warning(this, tr("Finalise letter"), tr("The letter was not finalised: %1").arg(feil));
}

} // namespace tilsyn
