#pragma once

#include "caseeditoroppslag.h"
#include "domain/tilsynssak.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;
class QUndoStack;
class QVBoxLayout;

namespace tilsyn {

class Brevreferansefelt;
class Datofelt;
class Gjenoppretting;
class Katalog;
class KodeListe;
class ObjektListe;
class SaksnummerFelt;
class SakRepository;
class SakUtkast;
class Stavemarkering;
class ValgfriDato;
class VurderingsListe;

/// The editor of one tilsynssak. Every edit goes through the case's undo stack (SakUtkast);
/// valider() runs on every change and each problem is shown at its field; Save writes through
/// SakRepository::lagre with the version the case was loaded at, so a concurrent save is refused
/// and reported, never overwritten.
class CaseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseEditor)

public:
    CaseEditor(SakRepository &repo, const Katalog &katalog, QString bruker, QWidget *parent = nullptr);
    ~CaseEditor() override;

    /// A fresh draft in `embete`, received today, handled by the user.
    void nySak(const QString &embete);
    /// Who edits (the profile's name): saksbehandler of new cases and the audit trail.
    void settBruker(const QString &bruker) { m_bruker = bruker; }
    /// Loads a case from the store; false if it does not exist.
    bool aapne(const QString &id);
    /// The open case may have been saved elsewhere (sync, a resolved conflict): take the stored
    /// version, keeping unsaved edits on top of it. Says so when a field was changed both here
    /// and there.
    void lesInnLagret();
    /// Shows the case's state again (also after a settings change, e.g. the deadline practice).
    void oppdater();
    /// Continues editing a recovered copy (unsaved, on top of store version `versjon`).
    void gjenopprett(const Tilsynssak &sak, int versjon);
    /// Saves the case; false (and nothing written) when it is invalid or was changed elsewhere.
    bool lagre();
    /// The user chose not to keep the unsaved changes: the recovery copy goes too.
    void forkastEndringer();
    /// Shows the page of the field (a path such as "utfall", or "vurderinger"), scrolls it into view and
    /// gives it the keyboard focus (a group such as the objects: its first control that takes Tab).
    void visFelt(const QString &felt);
    Gjenoppretting *gjenoppretting() const { return m_gjenoppretting; }
    /// The editor's pages (tabs), in order.
    enum Side { SideSaken, SideParter, SideBehandling, SideVurderinger, SideDokumenter, SideJournal };
    /// Adds a panel to one of the editor's pages (the case's documents, its journal).
    void leggTilPanel(QWidget *panel, Side side);

    bool harSak() const { return m_harSak; }
    bool erEndret() const;
    const Tilsynssak &sak() const;
    SakUtkast *utkast() const { return m_utkast; }
    QUndoStack *undoStack() const;

    /// Replaces the yes/no question and the warning dialogs (tests answer them directly).
    void settDialoger(std::function<bool(const QString &)> spoer, std::function<void(const QString &)> varsle)
    {
        m_spoer = std::move(spoer);
        m_varsle = std::move(varsle);
    }

signals:
    void lagret(const QString &id);
    void tilstandEndret();

protected:
    void changeEvent(QEvent *e) override;

private:
    void bygg();
    void oversett();
    void koble();
    void visFeil();
    /// The outcomes by name in the UI's written form; those the assessments rule out disabled,
    /// with the reason under the field (utfallHindring, the rule the validation applies on save).
    void visUtfall(const Tilsynssak &s);
    void byttBm(int bm);
    void endreInnsender();
    void endreBrukerinvolvering();
    QLabel *feillabel(const QString &felt);
    /// The first field of `side` in Tab order (which follows the layout: caseeditorbygg.cpp)
    /// that takes typing: enabled, not read-only; `side` itself if none.
    static QWidget *foersteFelt(QWidget *side);

    SakRepository &m_repo;
    CaseEditorOppslag m_oppslag{m_repo};
    const Katalog &m_katalog;
    QString m_bruker;
    SakUtkast *m_utkast;
    Gjenoppretting *m_gjenoppretting;
    bool m_harSak = false;
    /// The pages visited since this case was opened: Alt+N on any other page goes to its first
    /// field, not to the field the previous case left the focus in (QStackedWidget's memory).
    QList<int> m_besoekteSider;
    std::function<bool(const QString &)> m_spoer;
    std::function<void(const QString &)> m_varsle;

    QTabWidget *m_faner = nullptr; ///< the pages (Side)
    QLabel *m_tittel = nullptr;
    QLabel *m_oppsummering = nullptr;
    SaksnummerFelt *m_saksnummer = nullptr;
    Datofelt *m_mottatt = nullptr;
    QComboBox *m_sektor = nullptr;
    QComboBox *m_embete = nullptr;
    QLineEdit *m_saksbehandler = nullptr;
    QCheckBox *m_alvorlig = nullptr;
    KodeListe *m_kilder = nullptr;
    KodeListe *m_temaer = nullptr;
    QCheckBox *m_bVurdert = nullptr;
    QCheckBox *m_bMote = nullptr;
    QLineEdit *m_bMerknad = nullptr;
    QPlainTextEdit *m_sammendrag = nullptr;
    Stavemarkering *m_sammendragStaving = nullptr;
    QLineEdit *m_innsenderNavn = nullptr;
    QPlainTextEdit *m_innsenderAdresse = nullptr;
    QComboBox *m_innsenderMaalform = nullptr;
    Brevreferansefelt *m_innsenderDeres = nullptr;
    QButtonGroup *m_bm = nullptr;
    QLabel *m_bmVeiledning = nullptr;
    QLabel *m_frist = nullptr;
    ValgfriDato *m_oversendt = nullptr;
    ValgfriDato *m_rapport = nullptr;
    ValgfriDato *m_mote = nullptr;
    ValgfriDato *m_avsluttet = nullptr;
    QComboBox *m_utfall = nullptr;
    QLabel *m_utfallGrunn = nullptr; ///< why outcomes are disabled, under the field
    QGroupBox *m_vurderingBoks = nullptr;
    ObjektListe *m_objekter = nullptr;
    VurderingsListe *m_vurderinger = nullptr;
    QHash<QString, QLabel *> m_feil;
    QHash<QString, QWidget *> m_felt;
    QHash<QString, QLabel *> m_ledetekster;
    QList<QGroupBox *> m_grupper;
};

} // namespace tilsyn
