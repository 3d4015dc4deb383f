#include "brevvisning.h"
#include "datofelt.h"
#include "rullevern.h"
#include "filmappe.h"
#include "tabfolge.h"
#include "journal/journalrepository.h"
#include "stavekontroll.h"
#include "store/dokumentasjonsfrist.h"
#include "domain/katalog.h"
#include "ferdigstillbekreftelse.h"
#include "godkjenningsdialog.h"
#include "flyt/dokumentflyt.h"
#include "flyt/tildeling.h"
#include "items/kontorpraksis.h"
#include "items/personnavn.h"
#include "sperregrunn.h"
#include "letters/brevforslag.h"
#include "letters/brevmal.h"
#include "letters/brevmalkilde.h"
#include "letters/brevparter.h"
#include "letters/brevrenderer.h"
#include "letters/brevrepository.h"
#include "letters/maalformkontroll.h"
#include "io/utfil.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "letters/brevtype.h"
#include "letters/brevvalg.h"
#include "letters/innsenderkopi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLocale>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QPrinter> a4Skriver()
{
    auto p = std::make_unique<QPrinter>(QPrinter::HighResolution);
    p->setPageSize(QPageSize(QPageSize::A4));
    p->setFullPage(true); // the renderer places everything itself
    return p;
}

} // namespace

Brevvisning::Brevvisning(const Katalog &katalog, const Brevmalkilde &maler, QWidget *parent)
    : QWidget(parent)
    , m_katalog(katalog)
    , m_maler(maler)
    , m_renderer(std::make_unique<Brevrenderer>(katalog, maler))
    , m_type(new QComboBox(this))
    , m_mottaker(new QComboBox(this))
    , m_maalform(new QComboBox(this))
    , m_skjerming(new QCheckBox(tr("Exempt from public access (U&nntatt offentlighet)"), this))
    , m_kopiInnsender(new QCheckBox(tr("&Copy to the person who made the request"), this))
    , m_navngiInnsender(new QCheckBox(tr("Name the su&bmitter in this letter"), this))
    , m_nyttBrev(new QPushButton(tr("Ne&w letter to this party"), this))
    , m_saksforhold(new QPlainTextEdit(this))
    , m_fritekst(new QPlainTextEdit(this))
    , m_feil(new QLabel(this))
    , m_ferdigstill(new QPushButton(tr("F&inalise…"), this))
    , m_tilGodkjenning(new QPushButton(tr("&Send for approval…"), this))
    , m_flytstatus(new QLabel(this))
    , m_sperrelinje(new Sperrelinje(this))
    , m_skriver(a4Skriver())
{
    Rullevern::installer(); // the wheel changes no value of an unfocused field (one guard, every form)
    m_forhaandsvisning = new QPrintPreviewWidget(m_skriver.get(), this);
    m_type->setObjectName(u"brevtype"_s);
    m_mottaker->setObjectName(u"mottaker"_s);
    m_maalform->setObjectName(u"maalform"_s);
    m_skjerming->setObjectName(u"skjerming"_s);
    m_saksforhold->setObjectName(u"saksforhold"_s);
    m_fritekst->setObjectName(u"fritekst"_s);
    m_feil->setObjectName(u"feil"_s);
    m_forhaandsvisning->setObjectName(u"forhaandsvisning"_s);
    m_forhaandsvisning->fitToWidth(); // readable at 1366 × 768: the page as wide as the view, scrolled
    m_type->setProperty("tilsynDataFra", 0); // the templates' names (Norwegian, as the letters)
    m_mottaker->setProperty("tilsynDataFra", 0); // the parties
    m_maalform->addItem(tr("Bokmål"), maalformKode(Maalform::Bokmaal));
    m_maalform->addItem(tr("Nynorsk"), maalformKode(Maalform::Nynorsk));
    m_skjerming->setChecked(true);
    m_feil->setWordWrap(true);
    m_feil->hide();
    // Tab leaves the free-text fields (Ctrl+Tab would type a tab): no keyboard trap.
    m_saksforhold->setTabChangesFocus(true);
    m_fritekst->setTabChangesFocus(true);
    m_forhaandsvisning->setAccessibleName(tr("Preview of the letter"));

    auto *skjema = new QFormLayout;
    skjema->addRow(tr("Letter &type"), m_type);
    skjema->addRow(tr("&Recipient"), m_mottaker);
    skjema->addRow(tr("Written for&m"), m_maalform);
    m_maalformgrunn = new QLabel(this);
    m_maalformgrunn->setObjectName(u"maalformgrunn"_s);
    m_maalformgrunn->setWordWrap(true);
    m_maalformgrunn->hide(); // only for a recipient without a registered målform
    skjema->addRow(QString(), m_maalformgrunn);
    // The default is right (DOMAIN.md § 5 Skjerming); the basis beside it says why (issue 10).
    auto *skjermingsrad = new QHBoxLayout;
    auto *hjemmel = new QLabel(tr("Basis: %1").arg(Brevutkast::standardHjemmel()), this);
    hjemmel->setObjectName(u"skjermingshjemmel"_s);
    hjemmel->setWordWrap(true);
    m_skjerming->setToolTip(tr("Letters in a tilsynssak hold data on health, family or social conditions that are "
                               "confidential (fvl. § 13 first paragraph no. 1), so they are exempt from public access "
                               "under offl. § 13: marked with this basis and archived with a public title without "
                               "personal data. Untick only for a letter without such data."));
    hjemmel->setToolTip(m_skjerming->toolTip());
    skjermingsrad->addWidget(m_skjerming);
    skjermingsrad->addWidget(hjemmel, 1);
    skjema->addRow(QString(), skjermingsrad);
    skjema->addRow(QString(), m_kopiInnsender);
    m_kopiInnsender->setObjectName(u"kopiInnsender"_s);
    // A letter to a tilsynsobjekt refers to the innsender by role unless the caseworker names them.
    skjema->addRow(QString(), m_navngiInnsender);
    m_navngiInnsender->setObjectName(u"navngiInnsender"_s);
    m_navngiInnsender->setToolTip(tr("Off: the letter says \"the submitter\" (or \"the patient\", \"the relative\") "
                                     "instead of their name, also in its chronology."));
    m_nyttBrev->setObjectName(u"nyttBrev"_s);
    m_nyttBrev->setVisible(false); // only while a finalised letter is shown
    byggDokumentasjonsfrist(skjema);
    skjema->addRow(tr("&Facts relied on"), m_saksforhold);
    m_grunnboks = new QGroupBox(this);
    m_grunnboks->setObjectName(u"grunner"_s);
    m_grunnboks->setLayout(new QFormLayout);
    m_grunnboks->hide(); // only while a reason of the innsender's letter is in the other målform
    skjema->addRow(m_grunnboks);
    m_begrunnelsesboks = new QGroupBox(this);
    m_begrunnelsesboks->setObjectName(u"begrunnelser"_s);
    m_begrunnelsesboks->setLayout(new QFormLayout);
    m_begrunnelsesboks->hide(); // only while a begrunnelse the letter prints is in the other målform
    skjema->addRow(m_begrunnelsesboks);
    skjema->addRow(tr("Further te&xt"), m_fritekst);
    auto *knapper = new QHBoxLayout;
    auto *oppdaterKnapp = m_oppdaterKnapp = new QPushButton(tr("Up&date preview"), this);
    auto *dialogKnapp = new QPushButton(tr("Print pre&view…"), this);
    auto *skrivKnapp = new QPushButton(tr("&Print…"), this);
    auto *utkastKnapp = m_lagreUtkast = new QPushButton(tr("Save PDF dr&aft…"), this);
    utkastKnapp->setObjectName(u"lagreUtkast"_s);
    m_lagreFerdig = new QPushButton(tr("Save the fina&lised PDF…"), this);
    m_lagreFerdig->setObjectName(u"lagreFerdig"_s);
    m_lagreFerdig->setVisible(false);
    oppdaterKnapp->setObjectName(u"oppdaterForhaandsvisning"_s);
    dialogKnapp->setObjectName(u"forhaandsvisUtskrift"_s);
    skrivKnapp->setObjectName(u"skrivUt"_s);
    knapper->addWidget(oppdaterKnapp);
    knapper->addWidget(dialogKnapp);
    knapper->addWidget(skrivKnapp);
    knapper->addWidget(utkastKnapp);
    knapper->addStretch();
    // Finalising on a row of its own, with what a finalised letter offers (Save the finalised PDF,
    // New letter): they widened the one row and took the preview's width (issue 10, session 12).
    auto *flytknapper = new QHBoxLayout;
    flytknapper->addWidget(m_lagreFerdig);
    flytknapper->addWidget(m_tilGodkjenning);
    flytknapper->addWidget(m_ferdigstill);
    flytknapper->addWidget(m_nyttBrev);
    m_ferdigstill->setObjectName(u"ferdigstill"_s);
    m_tilGodkjenning->setObjectName(u"tilGodkjenning"_s);
    m_flytstatus->setObjectName(u"flytstatus"_s);
    m_flytstatus->setWordWrap(true);
    m_tilGodkjenning->setVisible(false); // only with a store, for a type that needs approval
    flytknapper->addStretch();
    auto *venstre = new QVBoxLayout;
    venstre->addLayout(skjema);
    venstre->addLayout(knapper);
    venstre->addLayout(flytknapper);
    venstre->addWidget(m_flytstatus);
    venstre->addWidget(m_sperrelinje);
    venstre->addWidget(m_feil);
    // Spell checking in the letter's målform, and the words its dictionary does not know (forms work).
    // The other typed texts the letter prints (begrunnelser, the signer's title, …) are checked as
    // well: assembled without the store, so no query runs per keystroke.
    auto andreTekster = [this]() -> QStringList {
        if (m_type->currentIndex() < 0)
            return {};
        Brevbestilling b;
        b.type = m_type->currentData().toString();
        b.til = m_mottaker->currentData().toString();
        b.maalform = maalformFraKode(m_maalform->currentData().toString());
        b.dato = m_idag;
        b.profil = Brevprofil::fraInnstillinger();
        try {
            Brevutkast u = settSammenBrev(m_sak, b, m_maler, m_katalog);
            u.fritekst.insert(u"saksforhold"_s, m_saksforhold->toPlainText());
            u.fritekst.insert(u"fritekst"_s, m_fritekst->toPlainText());
            leggTilGrunner(u);
            return friteksterIBrev(m_sak, m_katalog, u, m_maler.mal(b.type, u.maalform));
        } catch (const BrevmalFeil &) {
            return {};
        }
    };
    m_stavevarsel = stavekontroll::kobleBrev(m_maalform, {m_saksforhold, m_fritekst}, this, andreTekster,
                                             {m_type, m_mottaker});
    venstre->addWidget(m_stavevarsel);
    auto *hoved = new QHBoxLayout(this);
    hoved->addLayout(venstre, 2);
    hoved->addWidget(m_forhaandsvisning, 3);
    settTabfolge({m_type, m_mottaker, m_maalform, m_skjerming, m_kopiInnsender, m_navngiInnsender, m_dokfrist, m_saksforhold, m_fritekst,
                  oppdaterKnapp, dialogKnapp, skrivKnapp, utkastKnapp, m_lagreFerdig, m_tilGodkjenning, m_ferdigstill, m_nyttBrev,
                  m_forhaandsvisning}); // the form and its buttons, then the preview

    connect(m_forhaandsvisning, &QPrintPreviewWidget::paintRequested, this, &Brevvisning::tegn);
    connect(oppdaterKnapp, &QPushButton::clicked, this, &Brevvisning::oppdater);
    connect(dialogKnapp, &QPushButton::clicked, this, &Brevvisning::forhaandsvisIDialog);
    connect(skrivKnapp, &QPushButton::clicked, this, &Brevvisning::skrivUt);
    connect(utkastKnapp, &QPushButton::clicked, this, &Brevvisning::lagreUtkastSom);
    connect(m_lagreFerdig, &QPushButton::clicked, this, &Brevvisning::lagreFerdigSom);
    connect(m_ferdigstill, &QPushButton::clicked, this, &Brevvisning::bekreftOgFerdigstill);
    connect(m_tilGodkjenning, &QPushButton::clicked, this, &Brevvisning::velgGodkjenner);
    for (QWidget *k : {m_ferdigstill, m_tilGodkjenning}) // why each cannot be used (e.g. no central store)
        m_sperrelinje->foelg(k);
    // The free text is part of the draft: a changed text is a new draft that can be finalised.
    connect(m_saksforhold, &QPlainTextEdit::textChanged, this, &Brevvisning::oppdaterFerdigstill);
    connect(m_fritekst, &QPlainTextEdit::textChanged, this, &Brevvisning::oppdaterFerdigstill);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        delSaksforhold();
        fyllMottakere();
        lastLagretVersjon();
        oppdater();
    });
    connect(m_mottaker, &QComboBox::currentIndexChanged, this, [this] {
        foreslaaMaalform();
        foreslaaKopi();
        delSaksforhold(); // the next party's letter proposes what was written in this one
        lastLagretVersjon();
        oppdater();
    });
    connect(m_maalform, &QComboBox::currentIndexChanged, this, [this] {
        // An unchanged proposal follows the målform: never the other målform's summary.
        if (m_saksforhold->toPlainText() == m_foreslaattTekst && !m_visesFerdig)
            foreslaaSaksforhold(m_sak.sammendrag.value_or(QString()));
        oppdater();
    });
    connect(m_maalform, &QComboBox::activated, this, [this](int i) { // by the caseworker only
        if (!m_mottaker->currentData().toString().isEmpty())
            m_valgtMaalform.insert(m_mottaker->currentData().toString(), i == 1 ? Maalform::Nynorsk : Maalform::Bokmaal);
    });
    connect(m_skjerming, &QCheckBox::toggled, this, &Brevvisning::oppdater);
    connect(m_navngiInnsender, &QCheckBox::toggled, this, &Brevvisning::oppdater);
    connect(m_nyttBrev, &QPushButton::clicked, this, &Brevvisning::nyttBrev);
    connect(m_kopiInnsender, &QCheckBox::clicked, this, &Brevvisning::kopiTilInnsenderEndret);
}

Brevvisning::~Brevvisning() = default;

void Brevvisning::settSak(const Tilsynssak &sak, const QDate &idag)
{
    if (sak.id != m_sak.id) {
        m_ferdig.reset();
        m_valgtMaalform.clear();
        m_tekstBrev.clear();
    } else {
        delSaksforhold(); // the same case again (e.g. after finalising): keep what was typed
    }
    m_fristBrev.clear(); // the deadline is read again (a finalised decision may have fixed it)
    tomBegrunnelsesfelt(); // made again from the case as given (its begrunnelser may have changed)
    if (sak.id != m_sak.id)
        m_grunntekster.clear(); // another case's sections ("grunn:o1/…" names another o1)
    m_sak = sak;
    m_sakfeil = valider(sak, m_katalog); // once per case: the editor's state may be unsaved and invalid
    m_idag = idag;
    m_visesFerdig.reset();
    const QSignalBlocker blokk(m_type);
    fyllTyper(); // only the types that fit the case and a party of it (Brevvalg)
    // The letter the case's state calls for (foreslaattBrev()): a decided BM 5 case the
    // avgjørelse to the next party without one, never the receipt of a new henvendelse.
    QList<Brevhendelse> sendte;
    try {
        if (m_arkiv && !sak.id.isEmpty())
            sendte = hendelserFraBrev(m_arkiv->forSak(sak.id));
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        m_feil->show();
    }
    const Brevforslag forslag = foreslaattBrev(sak, sendte);
    velgType(forslag.type);
    fyllMottakere();
    if (const int i = m_mottaker->findData(forslag.til); i >= 0) {
        m_mottaker->setCurrentIndex(i);
        foreslaaMaalform();
    }
    foreslaaSaksforhold(sak.sammendrag.value_or(QString()));
    lastLagretVersjon();
    oppdater();
}

void Brevvisning::settArkiv(BrevRepository *arkiv, const QString &bruker)
{
    m_arkiv = arkiv;
    m_bruker = bruker;
    lastLagretVersjon();
    oppdaterFerdigstill();
}

QString Brevvisning::ferdigstillingsgrunn() const
{
    if (!m_arkiv)
        return tr("No case store is open: the letter can be previewed, printed and saved as a PDF draft.");
    if (m_type->currentIndex() < 0)
        return tr("Choose a letter type first.");
    const QString type = m_type->currentData().toString();
    if (m_visesFerdig)
        return tr("This letter was finalised %1 by %2 and is shown as stored. To write another letter of this type "
                  "to the same party, choose New letter to this party.")
            .arg(QLocale().toString(m_visesFerdig->ferdigstilt.toLocalTime(), u"dd.MM.yyyy HH:mm"_s),
                 Personnavn(m_arkiv->store().db()).navn(m_visesFerdig->ferdigstiltAv));
    if (const QString passer = passerIkkeGrunn(); !passer.isEmpty())
        return passer;
    if (const QString frist = dokumentasjonsfristGrunn(); !frist.isEmpty())
        return frist;
    if (!m_sakfeil.isEmpty()) // a tryout finalised "har nå avgjort" on a closed BM 5 case without utfall
        return tr("The case has an error to correct before a letter is finalised: %1").arg(m_sakfeil.constFirst().melding);
    switch (Kontorpraksis::sperre(m_sak, type, Kontorpraksis::typerSomKreverGodkjenning())) {
    case Ferdigstillingssperre::ManglerSaksnummer:
        return Kontorpraksis::saksnummer() == Saksnummerkilde::Sentral
            ? tr("The case has no saksnummer yet; the central store assigns one at the first sync.")
            : tr("The case has no saksnummer yet; enter the archive's number in the case (Saksnummer) and save.");
    case Ferdigstillingssperre::KreverGodkjenning:
        try {
            if (!m_arkiv->godkjenning(m_sak, utkast()))
                return tr("This office requires a leader's approval for this letter type: send it for approval "
                          "(Send for approval…). It can be finalised once the central store has accepted the "
                          "approval of exactly this draft.");
        } catch (const StoreError &e) {
            return e.melding();
        }
        break;
    case Ferdigstillingssperre::Ingen:
        break;
    }
    try {
        const Maalform m = maalformFraKode(m_maalform->currentData().toString());
        // A marker in the letter (a typed text in the other målform, maalformkontroll.h): not finalised.
        for (const Maalformavsnitt &a : maalformmarkorer(m_sak, m_katalog, utkast(), m_maler.mal(type, m))) {
            if (a.hva == Maalformtekst::Begrunnelse)
                return m == Maalform::Nynorsk
                    ? tr("Write the begrunnelse for %1 (%2) in nynorsk for this letter, or tick \"Use the text as it "
                         "stands\" under it: the assessment is written in bokmål.").arg(a.paragraf, a.objekt)
                    : tr("Write the begrunnelse for %1 (%2) in bokmål for this letter, or tick \"Use the text as it "
                         "stands\" under it: the assessment is written in nynorsk.").arg(a.paragraf, a.objekt);
            if (a.hva == Maalformtekst::Saksforhold)
                return m == Maalform::Nynorsk
                    ? tr("Write the facts relied on (Saksforhold) in nynorsk first: the case's summary is in bokmål, "
                         "so it is not used in this letter.")
                    : tr("Write the facts relied on (Saksforhold) in bokmål first: the case's summary is in nynorsk, "
                         "so it is not used in this letter.");
            return m == Maalform::Nynorsk
                ? tr("Write the short reason for %1 (%2) in nynorsk first: the assessment is in bokmål, so it is "
                     "not used in this letter.").arg(a.paragraf, a.objekt)
                : tr("Write the short reason for %1 (%2) in bokmål first: the assessment is in nynorsk, so it is "
                     "not used in this letter.").arg(a.paragraf, a.objekt);
        }
        if (!m_arkiv->erLagretMedSaksnummer(m_sak))
            return tr("The case number %1 is not saved yet: save the case first.").arg(*m_sak.saksnummer);
        Brevutkast endelig = utkast();
        endelig.utkast = false;
        if (Kontorpraksis::typerSomKreverGodkjenning().contains(endelig.type)) // signed as ferdigstill() signs it
            endelig.godkjenning = m_arkiv->godkjenning(m_sak, endelig);
        if (const auto brev = m_arkiv->ferdigstiltFra(m_sak, endelig))
            return tr("This draft was finalised %1 by %2; it is in the case's documents. Change the draft to "
                      "make another letter.")
                .arg(QLocale().toString(brev->ferdigstilt.toLocalTime(), u"dd.MM.yyyy HH:mm"_s),
                     Personnavn(m_arkiv->store().db()).navn(brev->ferdigstiltAv));
    } catch (const StoreError &e) {
        return e.melding();
    } catch (const BrevmalFeil &e) {
        return e.melding();
    }
    return {};
}

void Brevvisning::oppdaterFerdigstill()
{
    oppdaterFlytstatus();
    settTilgjengelig(m_ferdigstill, ferdigstillingsgrunn());
    oppdaterFerdigHandlinger();
}

void Brevvisning::lagreUtkastSom()
{
    const QString fil = QFileDialog::getSaveFileName(this, tr("Save PDF draft"), startsti(filnavnForslag()), tr("PDF (*.pdf)"));
    if (fil.isEmpty())
        return;
    QString feil;
    if (!lagrePdf(fil, &feil))
        QMessageBox::warning(this, tr("Save PDF draft"), tr("The draft was not saved: %1").arg(feil));
    else
        meldLagret(this, fil);
}

bool Brevvisning::girMilepel() const
{
    return m_saker && BrevRepository::medMilepel(m_sak, utkast()).has_value();
}

qint64 Brevvisning::ferdigstill(QString *feil, bool medMilepel)
{
    const Brevtype *t = brevtype(m_type->currentData().toString());
    return ferdigstill(feil, medMilepel && t ? t->milepeler() : QStringList());
}

qint64 Brevvisning::ferdigstill(QString *feil, const QStringList &milepeler)
{
    const bool medMilepel = !milepeler.isEmpty();
    if (!m_arkiv || !passerIkkeGrunn().isEmpty()
        || Kontorpraksis::sperre(m_sak, m_type->currentData().toString(), {}) != Ferdigstillingssperre::Ingen) {
        *feil = ferdigstillingsgrunn();
        return 0;
    }
    try {
        Brevutkast endelig = utkast();
        endelig.utkast = false;
        // The approver only from the approval record (accepted by the central store).
        if (Kontorpraksis::typerSomKreverGodkjenning().contains(endelig.type))
            endelig.godkjenning = m_arkiv->godkjenning(m_sak, endelig);
        const QByteArray pdf = m_renderer->pdfA(m_sak, endelig);
        bool nytt = false;
        const qint64 id = medMilepel && m_saker
            ? m_arkiv->ferdigstillMedMilepel(m_sak, endelig, pdf, m_bruker, *m_saker, m_katalog, &nytt, milepeler)
            : m_arkiv->ferdigstill(m_sak, endelig, pdf, m_bruker, &nytt);
        m_ferdig = endelig;
        if (girDokumentasjonsfrist() && endelig.type == u"bm5-avgjorelse"_s)
            lagreDokumentasjonsfrist(id); // stated by a sent decision: the case's deadline, fixed
        delSaksforhold();
        oppdater(); // the preview now shows the finalised letter, without UTKAST
        if (nytt && medMilepel && m_saker)
            emit sakEndret(m_sak.id);
        emit brevFerdigstilt(m_sak.id, id);
        return id;
    } catch (const StoreError &e) {
        *feil = e.melding();
    } catch (const BrevmalFeil &e) {
        *feil = e.melding();
    }
    return 0;
}

Brevutkast Brevvisning::utkast() const
{
    Brevbestilling b;
    b.type = m_type->currentData().toString();
    b.til = m_mottaker->currentData().toString();
    b.maalform = maalformFraKode(m_maalform->currentData().toString());
    b.dato = m_versjonsdato.isValid() ? m_versjonsdato : m_idag;
    b.profil = Brevprofil::fraInnstillinger();
    b.oppfolging = m_oppfolging; // a follow-up letter states the documentation received
    if (m_arkiv && !m_sak.id.isEmpty()) {
        b.hendelser = hendelserFraBrev(m_arkiv->forSak(m_sak.id));
        b.dokumentnummer = m_arkiv->nesteDokumentnummer(m_sak.id); // Vår ref saksnummer-N
        b.dokumentasjonsfrist = Dokumentasjonsfrist(m_arkiv->store()).hent(m_sak.id); // the follow-up letters name it
    }
    Brevutkast u;
    try {
        u = settSammenBrev(m_sak, b, m_maler, m_katalog);
    } catch (const BrevmalFeil &) {
        u = foreslaaUtkast(m_sak, b.type, m_idag, {}, b.maalform);
    }
    u.unntattOffentlighet = m_skjerming->isChecked();
    // The box decides the innsender's copy for every type (issue 10: BM 3 letters kept theirs unticked).
    tilsyn::settKopiTilInnsender(m_sak, u, m_kopiInnsender->isChecked());
    u.fritekst.insert(u"saksforhold"_s, m_saksforhold->toPlainText());
    u.fritekst.insert(u"fritekst"_s, m_fritekst->toPlainText());
    leggTilGrunner(u);
    brukDokumentasjonsfrist(u);
    u.navngiInnsender = m_navngiInnsender->isChecked() && !navngirInnsender(u);
    u.utkast = true;
    return u;
}

bool Brevvisning::settKopiTilInnsender(bool paa)
{
    m_kopiInnsender->setChecked(paa);
    kopiTilInnsenderEndret(paa);
    return m_kopiInnsender->isChecked();
}

void Brevvisning::kopiTilInnsenderEndret(bool paa)
{
    m_sisteAdvarsel.clear();
    const QList<Brevmottaker> p = parter(m_sak);
    if (paa && !p.isEmpty() && p.constFirst().rolle == Mottakerrolle::Innsender) {
        if (const auto advarsel = kopiAdvarsel(m_sak, utkast(), p.constFirst())) {
            m_sisteAdvarsel = *advarsel;
            if (isVisible()
                && QMessageBox::warning(this, tr("Copy of a decision"), *advarsel + u"\n\n"_s + tr("Add the copy anyway?"),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                       != QMessageBox::Yes)
                m_kopiInnsender->setChecked(false);
        }
    }
    oppdater();
}

int Brevvisning::antallSider() const
{
    return m_forhaandsvisning->pageCount();
}

void Brevvisning::oppdater()
{
    oppdaterDokumentasjonsfrist();
    oppdaterGrunnfelt();
    oppdaterBegrunnelsesfelt();
    oppdaterFerdigstill();
    if (m_type->currentIndex() >= 0)
        m_forhaandsvisning->updatePreview();
}

Brevutkast Brevvisning::forhaandsvist() const
{
    Brevutkast u = utkast();
    if (m_visesFerdig) { // the stored letter is what the preview paints
        u.utkast = false;
        return u;
    }
    if (m_ferdig) {
        Brevutkast endelig = u;
        endelig.utkast = false;
        if (BrevRepository::utkastnoekkel(m_sak, endelig) == BrevRepository::utkastnoekkel(m_sak, *m_ferdig))
            return *m_ferdig; // what was finalised, as stored
    }
    return u;
}

void Brevvisning::tegn(QPrinter *skriver)
{
    if (m_visesFerdig && tegnFerdigstilt(skriver))
        return;
    if (const QString passer = passerIkkeGrunn(); !passer.isEmpty()) { // never rendered
        m_feil->setText(passer);
        m_feil->show();
        return;
    }
    try {
        m_sistTegnet = forhaandsvist();
        m_renderer->tegn(m_sak, m_sistTegnet, *skriver);
        m_feil->hide();
    } catch (const BrevmalFeil &e) {
        m_feil->setText(tr("The letter could not be made: %1").arg(e.melding()));
        m_feil->show();
    }
}

void Brevvisning::forhaandsvisIDialog()
{
    QPrintPreviewDialog dialog(m_skriver.get(), this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &Brevvisning::tegn);
    dialog.exec();
}

void Brevvisning::skrivUt()
{
    QPrintDialog dialog(m_skriver.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        tegn(m_skriver.get());
}

bool Brevvisning::lagrePdf(const QString &filsti, QString *feil) const
{
    if (const QString passer = passerIkkeGrunn(); !passer.isEmpty()) {
        *feil = passer;
        return false;
    }
    try {
        // A finalised letter shown: its stored bytes (checked on loading), not a new rendering.
        const QByteArray pdf = m_visesFerdig ? m_visesFerdig->pdf : m_renderer->pdfA(m_sak, utkast());
        Utfil fil(filsti); // whole or not at all: a full disk leaves no truncated PDF under the name
        if (!fil.aapne() || !fil.skriv(pdf) || !fil.fullfoer()) {
            *feil = fil.feil();
            return false;
        }
        return true;
    } catch (const BrevmalFeil &e) {
        *feil = e.melding();
        return false;
    }
}

} // namespace tilsyn
