#pragma once

#include "domain/oppfolging.h"
#include "domain/tilsynssak.h"
#include "domain/validering.h"
#include "letters/brevrepository.h"
#include "letters/brevutkast.h"

#include <QSet>

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QGroupBox;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace tilsyn {

class BrevRepository;
class Datofelt;
class SakRepository;
class Brevmalkilde;
class Brevrenderer;
class Brevvalg;
class Katalog;

/// Drafting a letter: choose type, recipient and målform, fill the free-text sections, and see
/// the exact pages in a print preview. The preview, the printer and the PDF/A file all go
/// through the same Brevrenderer, so what is previewed is what is printed and archived.
class Sperrelinje;

class Brevvisning final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Brevvisning)

public:
    Brevvisning(const Katalog &katalog, const Brevmalkilde &maler, QWidget *parent = nullptr);
    ~Brevvisning() override;

    /// Shows letters for `sak`; proposes the type from its behandlingsmåte.
    void settSak(const Tilsynssak &sak, const QDate &idag);
    /// Selects a letter type by code (must fit the case); false if it is not offered.
    bool velgType(const QString &kode);
    /// Selects the recipient by its key (Brevmottaker::noekkel()); false if the type cannot go to it.
    bool velgMottaker(const QString &noekkel);
    void settMaalform(Maalform m);
    /// The line under the målform saying why it was proposed (the recipient's is not registered);
    /// empty when the case records the recipient's målform.
    QString maalformgrunn() const;
    void settFritekst(const QString &felt, const QString &tekst);
    /// Adds (or removes) a copy to the innsender. Adding a copy of a party's decision for an
    /// innsender who is not the patient/user asks first (kopiAdvarsel()); returns whether the copy is on.
    bool settKopiTilInnsender(bool paa);
    /// The warning shown the last time a copy was added (empty: none).
    QString sisteAdvarsel() const { return m_sisteAdvarsel; }

    /// Names the innsender in a letter to a tilsynsobjekt (Brevutkast::navngiInnsender; off: by role).
    void settNavngiInnsender(bool paa);

    /// Whether the letter chosen (type and recipient) is shown as finalised: the stored PDF/A,
    /// checked against its SHA-256, read-only and without UTKAST; nothing to finalise or to
    /// spell-check. Opening a party's letter that was finalised shows it this way.
    bool visesFerdigstilt() const { return m_visesFerdig.has_value(); }
    /// The finalised letter shown (without its bytes), if visesFerdigstilt().
    std::optional<FerdigBrev> ferdigstiltBrev() const;
    /// Leaves the finalised letter shown and starts a new draft to the same party ("New letter").
    void nyttBrev();
    /// The file name Save PDF proposes: saksnummer-dokumentnummer, type, recipient (pdfFilnavn()).
    QString filnavnForslag() const;

    /// The letter as it stands (a draft).
    Brevutkast utkast() const;
    /// What the preview draws: the draft (marked UTKAST), or, while it is unchanged since it was
    /// finalised here, the finalised letter as stored.
    Brevutkast forhaandsvist() const;
    int antallSider() const;
    /// The letter the preview (or the printer) last painted: what the caseworker was shown.
    const Brevutkast &sistTegnet() const { return m_sistTegnet; }
    /// Writes the letter as PDF/A through Utfil (whole or not at all); false, with the reason in
    /// *feil ("FILE: kan ikke skrive filen: …", or the template problem), if it could not.
    bool lagrePdf(const QString &filsti, QString *feil) const;

    /// Where finalised letters go, and who finalises. Without it (or without a saksnummer on the
    /// case) the letter can only be previewed, printed and saved as a draft.
    void settArkiv(BrevRepository *arkiv, const QString &bruker);
    bool kanFerdigstilles() const { return ferdigstillingsgrunn().isEmpty(); }
    /// Why the letter as it stands cannot be finalised (no store, no saksnummer, approval
    /// needed, already finalised from this very draft); empty when it can. The Finalise button
    /// carries this reason (see sperregrunn.h).
    QString ferdigstillingsgrunn() const;
    /// With a case repository, finalising can also record the milestone the letter stands for.
    void settSaker(SakRepository *saker) { m_saker = saker; }
    /// Whether finalising this letter would record a milestone on the case (e.g. oversendt).
    bool girMilepel() const;
    /// Renders the final letter (no UTKAST) to PDF/A and stores it in the case; returns its id,
    /// or 0 with the reason in *feil. The stored letter can never be changed. Idempotent per
    /// draft: finalising the same draft again stores nothing and returns the same id.
    /// With `medMilepel` every milestone of the type (Brevtype::milepeler()) is recorded too.
    qint64 ferdigstill(QString *feil, bool medMilepel = false);
    /// As above, recording only the milestones in `milepeler` (none when it is empty).
    qint64 ferdigstill(QString *feil, const QStringList &milepeler);

    /// Two-step approval: stores the letter as it stands as a frozen version and sends it to
    /// `til` (a leader's login; empty: the office's leaders) with a note, as `meg` (the central
    /// login). False with the reason in *feil if it could not.
    bool sendTilGodkjenning(const QString &til, const QString &merknad, const QString &meg, QString *feil);
    /// The approval state of the letter as it stands ("" when it was never sent), as shown.
    QString flytstatus() const;

signals:
    /// A letter was finalised (or found finalised from this draft): the case's documents changed.
    void brevFerdigstilt(const QString &sakId, qint64 brevId);
    /// The case itself was changed (a milestone recorded); editors showing it should reload.
    void sakEndret(const QString &sakId);

public slots:
    void oppdater();
    void skrivUt();
    void forhaandsvisIDialog();

    /// Keeps what was typed in the letter shown — the Saksforhold (shared with the type's next
    /// party, Brevtekster::lagre), the further text and the innsender's short reasons (this
    /// party's letter only, Brevtekster::lagreEgne) — so closing the window loses nothing; they
    /// come back when the letter is opened again. Errors are shown in the window.
    void lagreTekster() { delSaksforhold(); }
    /// Closing the window: keeps what was typed (lagreTekster); when something typed cannot be kept
    /// (the case is not saved, the deadline typed is not a date, the store refused) asks whether
    /// to close and discard it (Discard, or Cancel: the default). False: stay open.
    bool lukk();

private:
    void tegn(QPrinter *skriver);
    /// The letter types that fit the case and one of its parties (Brevvalg, the case's
    /// oppfølging read from the store), the one most needed first (brevvisningvalg.cpp).
    void fyllTyper();
    /// The parties the chosen type fits.
    void fyllMottakere();
    Brevvalg valg() const;
    /// Why the type and recipient chosen do not fit the case (it changed since they were
    /// offered): nothing is made or finalised then. Empty when they fit.
    QString passerIkkeGrunn() const;
    void oppdaterFerdigstill();
    void bekreftOgFerdigstill();
    void lagreUtkastSom();
    /// The finalised letter the window shows (reopened, or just finalised here and unchanged),
    /// without its bytes; nullopt while it shows a draft (brevvisningferdig.cpp).
    std::optional<FerdigBrev> vistFerdig() const;
    /// Save the finalised PDF…: the stored bytes, checked against their SHA-256.
    void lagreFerdigSom();
    /// Draft-only actions (Save PDF draft, Update preview, Send for approval) are disabled with
    /// the reason while a finalised letter is shown, and Save the finalised PDF is offered.
    void oppdaterFerdigHandlinger();

    /// Sets the målform from the recipient: the registered one; when none is registered, the one
    /// the case's texts are written in (maalformForslag()), said in one line under the choice
    /// (brevvisninggrunner.cpp). DOMAIN.md § 6: an unknown målform is never silently bokmål.
    void foreslaaMaalform();
    void foreslaaKopi(); ///< the copy box as the type proposes it for the recipient (settKopiTilInnsender())

    void kopiTilInnsenderEndret(bool paa);
    void velgGodkjenner();
    void oppdaterFlytstatus();
    /// The saved version of the letter chosen (type and recipient), if any: its texts are shown.
    /// Without one, the Saksforhold last written in another party's letter of the type (Brevtekster).
    void lastLagretVersjon();
    /// Keeps the Saksforhold typed here as the case's shared text for the letter's type, if the
    /// caseworker changed what was proposed (before another party or type is shown, on finalising).
    void delSaksforhold();
    /// Puts `tekst` (the summary, or the Saksforhold shared from another party's letter) into the
    /// Saksforhold field when it is in the letter's målform; otherwise leaves the field empty
    /// with a placeholder saying why (the letter prints a marker asking for the text).
    void foreslaaSaksforhold(const QString &tekst);
    // The innsender's short reasons in the other målform, each a section to write (brevvisninggrunner.cpp).
    void oppdaterGrunnfelt();
    void leggTilGrunner(Brevutkast &u) const;
    void lesGrunner(const QHash<QString, QString> &fritekst);
    /// An avgjørelse's begrunnelser in the other målform (DOMAIN.md § 6): each in a field of its
    /// own, prefilled with the assessment's text, to rewrite for this letter or to confirm with
    /// "Use the text as it stands"; Finalise waits for one or the other (brevvisninggrunner.cpp).
    void oppdaterBegrunnelsesfelt();
    /// Removes those fields, keeping what was written (a field left as prefilled keeps nothing).
    void tomBegrunnelsesfelt();
    /// This party's letter's own texts as they stand (Brevtekster::lagreEgne): the further text,
    /// the short reasons, the begrunnelser written here and their confirmations.
    QHash<QString, QString> egneTekster() const;
    /// Shows the party's finalised letter of the chosen type, if there is one and the caseworker
    /// has not chosen to write a new one (brevvisningferdig.cpp).
    void visFerdigstiltOmFinnes();
    // The decision's documentation deadline (brevvisningfrist.cpp): a date field shown for a
    // letter that sets one (an avgjørelse concluding lovbrudd for its recipient, a pålegg).
    void byggDokumentasjonsfrist(QFormLayout *skjema);
    bool girDokumentasjonsfrist() const;
    void oppdaterDokumentasjonsfrist();
    void brukDokumentasjonsfrist(Brevutkast &u) const;
    /// Why the deadline stops finalising (not a date, none, not after the letter's date); empty: none.
    QString dokumentasjonsfristGrunn() const;
    /// The deadline shown was changed since it was read or kept.
    bool dokumentasjonsfristEndret() const;
    /// Keeps a changed deadline: an avgjørelse's as the case's (Dokumentasjonsfrist; `ferdigBrev`,
    /// the finalised decision that states it, fixes it), a pålegg's with the letter's texts.
    void lagreDokumentasjonsfrist(qint64 ferdigBrev = 0);
    void bekreftDokumentasjonsfrist(); ///< reads a date typed but not confirmed (Datofelt::bekreft)
    /// What closing now would lose, said for the question (empty: nothing).
    QString hvaGaarTapt() const;
    /// The letter's date: the saved version's, else today.
    QDate brevdato() const { return m_versjonsdato.isValid() ? m_versjonsdato : m_idag; }
    void settLesemodus(bool ferdig);
    bool tegnFerdigstilt(QPrinter *skriver);

    const Katalog &m_katalog;
    Problemer m_sakfeil; ///< the case's broken rules (valider) when it was given: no letter is finalised on them
    const Brevmalkilde &m_maler;
    std::unique_ptr<Brevrenderer> m_renderer;
    Tilsynssak m_sak;
    std::optional<Oppfolging> m_oppfolging; ///< the case's oppfølging of lovbrudd, if started (Brevvalg)
    QDate m_idag;
    QComboBox *m_type;
    QComboBox *m_mottaker;
    QComboBox *m_maalform;
    QLabel *m_maalformgrunn = nullptr; ///< why this målform, when the recipient's is not registered
    QCheckBox *m_skjerming;
    QCheckBox *m_kopiInnsender;
    QCheckBox *m_navngiInnsender;
    QPushButton *m_nyttBrev;
    QPushButton *m_lagreUtkast = nullptr;
    QPushButton *m_lagreFerdig = nullptr; ///< only while a finalised letter is shown
    QPushButton *m_oppdaterKnapp = nullptr;
    QLabel *m_stavevarsel = nullptr;
    std::optional<FerdigBrev> m_visesFerdig; ///< the party's finalised letter shown, with its checked bytes
    QHash<QString, Maalform> m_valgtMaalform; ///< the målform the caseworker chose, per recipient (noekkel()), in this case
    QSet<QString> m_nyeBrev; ///< "type|recipient" the caseworker chose to write anew (New letter)
    QPlainTextEdit *m_saksforhold;
    QPlainTextEdit *m_fritekst;
    QGroupBox *m_grunnboks = nullptr;            ///< the short reasons to write in the letter's målform
    QList<QPair<QString, QPlainTextEdit *>> m_grunnfelt; ///< grunnfelt() → its editor, in case order
    QHash<QString, QString> m_grunntekster;      ///< what was written per grunnfelt() (and begrunnelsefelt()), kept while hidden
    struct Begrunnelsesfelt
    {
        QString felt;      ///< begrunnelsefelt()
        QString bekreftet; ///< bekreftetfelt()
        QString original;  ///< the assessment's begrunnelse
        QPlainTextEdit *tekst = nullptr;
        QCheckBox *bekreft = nullptr;
    };
    QGroupBox *m_begrunnelsesboks = nullptr; ///< the begrunnelser to write in the letter's målform
    QList<Begrunnelsesfelt> m_begrunnelsesfelt; ///< in case order
    QLabel *m_feil;
    QPushButton *m_ferdigstill;
    QPushButton *m_tilGodkjenning;
    QLabel *m_flytstatus;
    /// The draft last finalised here, exactly as stored: while the draft is unchanged the preview
    /// shows it (no UTKAST mark, its document number), not a draft of it.
    std::optional<Brevutkast> m_ferdig;
    Brevutkast m_sistTegnet;
    QDate m_versjonsdato; ///< Vår dato of the saved version shown (kept, so an unchanged draft keeps its key)
    Datofelt *m_dokfrist = nullptr;       ///< the documentation deadline (brevvisningfrist.cpp)
    QLabel *m_dokfristEtikett = nullptr;
    QString m_fristBrev; ///< "type|recipient" whose deadline the field shows (read from the store once)
    QDate m_fristVist;   ///< the deadline as read, proposed or kept (unchanged: nothing to keep)
    bool m_fristFast = false; ///< a finalised decision states the case's deadline: shown, not changed
    QString m_tekstBrev;       ///< the party's letter (Dokumentflyt::brevnoekkel) the Saksforhold shown belongs to
    QString m_foreslaattTekst; ///< the Saksforhold as proposed (unchanged: nothing to share)
    Sperrelinje *m_sperrelinje;
    BrevRepository *m_arkiv = nullptr;
    SakRepository *m_saker = nullptr;
    QString m_bruker;
    QString m_sisteAdvarsel;
    QPrintPreviewWidget *m_forhaandsvisning;
    std::unique_ptr<QPrinter> m_skriver;
};

} // namespace tilsyn
