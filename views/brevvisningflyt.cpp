// The letter window's part in the dokumentflyt (issue 12): the stored draft and its approval.
#include "brevvisning.h"
#include "datofelt.h"
#include "journal/journalrepository.h"
#include "stavekontroll.h"
#include "domain/katalog.h"
#include "ferdigstillbekreftelse.h"
#include "godkjenningsdialog.h"
#include "flyt/dokumentflyt.h"
#include "flyt/tildeling.h"
#include "items/kontorpraksis.h"
#include "sperregrunn.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/maalformkontroll.h"
#include "io/utfil.h"
#include "store/storeerror.h"
#include "letters/brevtype.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLocale>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include "letters/brevtekster.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QScopeGuard>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

void Brevvisning::lastLagretVersjon()
{
    // Whatever is proposed below: a party's finalised letter is then shown as stored, and the
    // spelling warning is read again for the texts now shown (they were set under a blocker).
    const auto etter = qScopeGuard([this] {
        Q_EMIT m_saksforhold->textChanged();
        visFerdigstiltOmFinnes();
    });
    m_versjonsdato = {};
    if (!m_arkiv || m_sak.id.isEmpty() || m_type->currentIndex() < 0)
        return;
    try {
        const Brevutkast naa = utkast();
        const QString brev = Dokumentflyt::brevnoekkel(naa);
        const auto v = Dokumentflyt(m_arkiv->store()).sisteVersjon(m_sak.id, brev);
        const QSignalBlocker b1(m_saksforhold);
        if (!v) {
            // No saved version of this party's letter: the facts written in it before, else those
            // written last in another party's letter of the type, else the case's summary, so the
            // facts are typed once and may still differ per party.
            // Only a text in this letter's målform is proposed (DOMAIN.md § 6).
            const auto delt = Brevtekster(m_arkiv->store()).hent(m_sak.id, brev, u"saksforhold"_s);
            if (delt && !paaAnnenMaalform(*delt, naa.maalform))
                m_saksforhold->setPlainText(*delt);
            else if (delt || naa.type != m_tekstBrev.section(u'|', 0, 0)
                     || paaAnnenMaalform(m_saksforhold->toPlainText(), naa.maalform))
                foreslaaSaksforhold(m_sak.sammendrag.value_or(QString()));
            // What was typed in this very letter before the window was closed.
            const auto egne = Brevtekster(m_arkiv->store()).hentEgne(m_sak.id, brev, {u"fritekst"_s, u"grunn:"_s, u"begrunnelse:"_s,
                                                                                     u"bekreftet:"_s});
            // Else empty: the further text is this party's own, never the last letter's (a tryout's
            // text to the nursing home stood ready in the letter to the resident's daughter).
            const QSignalBlocker b3(m_fritekst);
            m_fritekst->setPlainText(egne.value(u"fritekst"_s));
            lesGrunner(egne);
            m_tekstBrev = brev;
            m_foreslaattTekst = m_saksforhold->toPlainText();
            return;
        }
        // The saved texts and date: unchanged, the letter is the version that was sent or approved.
        m_versjonsdato = v->utkast.dato;
        const QSignalBlocker b2(m_fritekst);
        m_saksforhold->setPlainText(v->utkast.fritekst.value(u"saksforhold"_s));
        m_fritekst->setPlainText(v->utkast.fritekst.value(u"fritekst"_s));
        lesGrunner(v->utkast.fritekst);
        m_skjerming->setChecked(v->utkast.unntattOffentlighet);
        m_navngiInnsender->setChecked(v->utkast.navngiInnsender);
        m_kopiInnsender->setChecked(std::any_of(v->utkast.kopiTil.cbegin(), v->utkast.kopiTil.cend(),
                                                [](const Brevmottaker &k) { return k.rolle == Mottakerrolle::Innsender; }));
        m_maalform->setCurrentIndex(v->utkast.maalform == Maalform::Nynorsk ? 1 : 0);
        if (v->utkast.oppfolgingsfrist.isValid()) // the deadline the sent or approved version states
            m_dokfrist->settDato(v->utkast.oppfolgingsfrist);
        m_tekstBrev = brev;
        m_foreslaattTekst = m_saksforhold->toPlainText();
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        m_feil->show();
    }
}

void Brevvisning::delSaksforhold()
{
    lagreDokumentasjonsfrist(); // the deadline typed in this letter: the case's (or the pålegg's own)
    // This party's own texts first: the further text and the short reasons (a tryout lost the
    // innsender's reasons when the window closed). A finalised letter shown keeps its stored ones.
    if (m_arkiv && !m_sak.id.isEmpty() && !m_tekstBrev.isEmpty() && !m_visesFerdig) {
        try {
            Brevtekster(m_arkiv->store()).lagreEgne(m_sak.id, m_tekstBrev, egneTekster(), m_bruker);
        } catch (const StoreError &e) {
            m_feil->setText(e.melding());
            m_feil->show();
        }
    }
    const QString tekst = m_saksforhold->toPlainText();
    if (!m_arkiv || m_sak.id.isEmpty() || m_tekstBrev.isEmpty() || tekst == m_foreslaattTekst)
        return;
    try {
        // The summary itself needs no copy: the letter proposes it anyway.
        Brevtekster(m_arkiv->store()).lagre(m_sak.id, m_tekstBrev, u"saksforhold"_s,
                                            tekst == m_sak.sammendrag.value_or(QString()) ? QString() : tekst, m_bruker);
        m_foreslaattTekst = tekst;
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        m_feil->show();
    }
}

void Brevvisning::oppdaterFlytstatus()
{
    const QString type = m_type->currentData().toString();
    m_tilGodkjenning->setVisible(m_arkiv && Kontorpraksis::typerSomKreverGodkjenning().contains(type));
    const QString tekst = flytstatus();
    m_flytstatus->setText(tekst);
    m_flytstatus->setVisible(!tekst.isEmpty());
}

QString Brevvisning::flytstatus() const
{
    if (!m_arkiv || m_sak.id.isEmpty() || m_type->currentIndex() < 0)
        return {};
    try {
        const Dokumentflyt flyt(m_arkiv->store());
        const Brevutkast u = utkast();
        const auto v = flyt.sisteVersjon(m_sak.id, Dokumentflyt::brevnoekkel(u));
        const auto s = v ? flyt.sisteSteg(v->id) : std::nullopt;
        if (!s)
            return {};
        const bool endret = Dokumentflyt::noekkel(m_sak, u) != v->noekkel;
        const QString naar = QLocale().toString(s->sendt.toLocalTime(), u"dd.MM.yyyy HH:mm"_s);
        const QString hvem = s->godkjenner.navn.isEmpty() ? flyt.navn(s->fra) : s->godkjenner.navn; // by name, not login
        QString t;
        switch (s->status) {
        case Flytstatus::TilGodkjenning: // no "(note: )" when none was written (a tryout, c04)
            t = s->merknad.trimmed().isEmpty() ? tr("Sent for approval %1.").arg(naar)
                                               : tr("Sent for approval %1 (note: %2).").arg(naar, s->merknad);
            break;
        case Flytstatus::Godkjent: t = tr("Approved by %1 %2.").arg(s->godkjenner.navn, naar); break;
        case Flytstatus::IkkeGodkjent: t = tr("Not approved by %1 %2: %3").arg(hvem, naar, s->merknad); break;
        case Flytstatus::SendtTilbake: t = tr("Returned by %1 %2: %3").arg(hvem, naar, s->merknad); break;
        }
        if (!s->erEndelig())
            t += u' ' + tr("Not final until the central store has accepted it (next sync).");
        if (endret)
            t += u' ' + tr("The letter has been changed since: it must be sent for approval again.");
        return t;
    } catch (const StoreError &e) {
        return e.melding();
    }
}

void Brevvisning::velgGodkjenner()
{
    if (!m_arkiv)
        return;
    QList<Kontorbruker> brukere;
    try {
        brukere = Tildeling(m_arkiv->store()).brukere(m_sak.embete);
    } catch (const StoreError &) {
        // no list: "all leaders of the office" is still offered
    }
    SendTilGodkjenningDialog d(brukere, this);
    if (d.exec() != QDialog::Accepted)
        return;
    QString feil;
    if (!sendTilGodkjenning(d.til(), d.merknad(), Kontorpraksis::sentralbruker(m_bruker), &feil))
        QMessageBox::warning(this, tr("Send for approval"), feil);
}

bool Brevvisning::sendTilGodkjenning(const QString &til, const QString &merknad, const QString &meg, QString *feil)
{
    if (!m_arkiv) {
        *feil = ferdigstillingsgrunn();
        return false;
    }
    if (const QString grunn = sperregrunn(m_tilGodkjenning); !grunn.isEmpty()) {
        *feil = grunn; // e.g. no central store
        return false;
    }
    try {
        Dokumentflyt flyt(m_arkiv->store());
        const Utkastversjon v = flyt.lagreUtkast(m_sak, utkast(), meg);
        flyt.sendTilGodkjenning(v.id, til, merknad, meg);
        m_versjonsdato = v.utkast.dato;
    } catch (const StoreError &e) {
        *feil = e.melding();
        return false;
    }
    oppdaterFerdigstill();
    return true;
}

} // namespace tilsyn
