// The case editor's widgets and their layout on its six pages (built once, in the constructor).
#include "caseeditor.h"

#include "avslutningsgrunn.h"
#include "items/innstillinger.h"
#include "brevreferansefelt.h"
#include "caseeditortekster.h"
#include "datofelt.h"
#include "domain/frist.h"
#include "domain/katalog.h"
#include "katalogkombo.h"
#include "ordsoek.h"
#include "feltverdier.h"
#include "items/gjenoppretting.h"
#include "items/sakutkast.h"
#include "kodeliste.h"
#include "objektliste.h"
#include "radiopiler.h"
#include "redigeringsstil.h"
#include "saksnummerfelt.h"
#include "rullevern.h"
#include "stavekontroll.h"
#include "tekst/stavemarkering.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"
#include "valgfridato.h"
#include "vurderingsliste.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

using namespace felt;

QLabel *CaseEditor::feillabel(const QString &felt)
{
    auto *l = new QLabel(this);
    l->setObjectName(u"feil_"_s + felt);
    stilFeillabel(l);
    m_feil.insert(felt, l);
    return l;
}

void CaseEditor::bygg()
{
    m_tittel = new QLabel(this);
    m_tittel->setObjectName(u"tittel"_s);
    QFont f = m_tittel->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_tittel->setFont(f);
    m_oppsummering = feillabel(u"annet"_s);

    m_saksnummer = new SaksnummerFelt(this);
    m_mottatt = new Datofelt(this);
    m_sektor = new QComboBox(this);
    for (const KatalogPost &p : m_katalog.poster(Liste::Sektor))
        m_sektor->addItem(p.navn, p.kode);
    m_sektor->setProperty("tilsynDataFra", 0); // catalogue names: data, the same in every UI language
    m_embete = new QComboBox(this);
    soekPaaOrd(m_embete); // "Oslo", "Finnmark" find their office too
    m_embete->setProperty("tilsynDataFra", 0);
    for (const KatalogPost &p : m_katalog.poster(Liste::Embete))
        m_embete->addItem(p.kort.isEmpty() ? p.navn : p.kort, p.kode);
    katalogKombo(m_sektor, m_katalog, Liste::Sektor); // in the UI's målform, again on a language change
    katalogKombo(m_embete, m_katalog, Liste::Embete);
    m_saksbehandler = new QLineEdit(this);
    m_alvorlig = new QCheckBox(this);
    m_kilder = new KodeListe(m_katalog, Liste::Kilde, this);
    m_temaer = new KodeListe(m_katalog, Liste::Tema, this);
    m_bVurdert = new QCheckBox(this);
    m_bVurdert->setObjectName(u"brukerinvolvering.vurdert"_s);
    m_bMote = new QCheckBox(this);
    m_bMote->setObjectName(u"brukerinvolvering.tilbudt_mote"_s);
    m_bMerknad = new QLineEdit(this);
    m_bMerknad->setObjectName(u"brukerinvolvering.merknad"_s);
    auto *bruker = new QWidget(this);
    auto *bLag = new QHBoxLayout(bruker);
    bLag->setContentsMargins(0, 0, 0, 0);
    bLag->addWidget(m_bVurdert);
    bLag->addWidget(m_bMote);
    bLag->addWidget(m_bMerknad, 1);
    bruker->setFocusProxy(m_bVurdert);
    m_sammendrag = new QPlainTextEdit(this);
    m_sammendrag->setMaximumHeight(80);
    m_sammendrag->setTabChangesFocus(true);
    m_sammendragStaving = stavekontroll::koble(m_sammendrag, Maalform::Bokmaal);
    m_innsenderNavn = new QLineEdit(this);
    m_innsenderNavn->setObjectName(u"innsender.navn"_s);
    m_innsenderAdresse = new QPlainTextEdit(this);
    m_innsenderAdresse->setMaximumHeight(60);
    m_innsenderAdresse->setTabChangesFocus(true);
    m_innsenderMaalform = new QComboBox(this);
    m_innsenderMaalform->addItem(QString(), QString());
    m_innsenderMaalform->addItem(u"Bokmål"_s, u"nb"_s);
    m_innsenderMaalform->addItem(u"Nynorsk"_s, u"nn"_s);
    m_innsenderMaalform->setProperty("tilsynDataFra", 1);
    m_innsenderDeres = new Brevreferansefelt(this);
    m_innsenderDeres->setObjectName(u"innsender.deres"_s);

    m_felt = {{u"saksnummer"_s, m_saksnummer}, {u"mottatt"_s, m_mottatt}, {u"sektor"_s, m_sektor}, {u"embete"_s, m_embete},
              {u"saksbehandler"_s, m_saksbehandler}, {u"alvorlig"_s, m_alvorlig}, {u"kilder"_s, m_kilder},
              {u"temaer"_s, m_temaer}, {u"brukerinvolvering"_s, bruker}, {u"sammendrag"_s, m_sammendrag},
              {u"innsender"_s, m_innsenderNavn}, {u"innsender.adresse"_s, m_innsenderAdresse},
              {u"innsender.maalform"_s, m_innsenderMaalform}, {u"innsender.deres"_s, m_innsenderDeres}};

    auto skjema = [this](QGridLayout *lag, const QString &felt) {
        auto *boks = new QWidget(this);
        auto *v = new QVBoxLayout(boks);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(m_felt.value(felt));
        v->addWidget(feillabel(felt));
        auto *ledetekst = new QLabel(this);
        m_ledetekster.insert(felt, ledetekst);
        ledetekst->setBuddy(m_felt.value(felt));
        // A label's letter moves the focus only to a buddy that takes focus: a group of fields
        // (brukerinvolvering, the methods, a date with its tick box) passes it on to its proxy.
        if (QWidget *buddy = m_felt.value(felt); buddy->focusProxy() && buddy->focusPolicy() == Qt::NoFocus)
            buddy->setFocusPolicy(Qt::TabFocus);
        const int rad = lag->rowCount();
        lag->addWidget(ledetekst, rad, 0, Qt::AlignTop | Qt::AlignLeft);
        lag->addWidget(boks, rad, 1);
    };
    auto hel = [](QGridLayout *lag, QWidget *w) { lag->addWidget(w, lag->rowCount(), 0, 1, 2); };

    auto *henvendelse = new QGroupBox(this);
    auto *hLag = new QGridLayout(henvendelse);
    hLag->setColumnStretch(1, 1);
    for (const char *felt : {"saksnummer", "mottatt", "sektor", "embete", "saksbehandler", "alvorlig", "kilder", "temaer",
                             "brukerinvolvering", "sammendrag"})
        skjema(hLag, QString::fromLatin1(felt));
    auto *innsender = new QGroupBox(this);
    auto *iLag = new QGridLayout(innsender);
    iLag->setColumnStretch(1, 1);
    for (const char *felt : {"innsender", "innsender.adresse", "innsender.maalform", "innsender.deres"})
        skjema(iLag, QString::fromLatin1(felt));

    m_objekter = new ObjektListe(*m_utkast, m_katalog, this);
    auto *objektBoks = new QGroupBox(this);
    (new QVBoxLayout(objektBoks))->addWidget(m_objekter);

    auto *bmBoks = new QGroupBox(this);
    // A grid, not a QFormLayout: Qt 6.4's QFormLayout writes out of bounds in height-for-width
    // (the word-wrapped guidance) when rows are hidden (found with valgrind).
    auto *bmLag = new QGridLayout(bmBoks);
    bmLag->setColumnStretch(1, 1);
    m_bm = new QButtonGroup(this);
    auto *valg = new QWidget(this);
    // One under the other, each with its number and name (CaseEditor::oversett): a new caseworker
    // must not have to know what "3" means.
    auto *vLag = new QVBoxLayout(valg);
    vLag->setContentsMargins(0, 0, 0, 0);
    vLag->setSpacing(2);
    for (int bm = 1; bm <= 5; ++bm) {
        auto *knapp = new QRadioButton(QString::number(bm), valg); // the label's letter, then arrows and Space
        knapp->setObjectName(u"bm%1"_s.arg(bm));
        knapp->setProperty("tilsynData", true); // the catalogue's name, chosen by målform (not tr())
        m_bm->addButton(knapp, bm);
        vLag->addWidget(knapp);
    }
    valg->setFocusProxy(m_bm->button(1)); // the label's buddy: the chosen method (radiopiler)
    pilerVelger(m_bm);                    // the arrows choose, as in any radio group
    m_bmVeiledning = new QLabel(this);
    m_bmVeiledning->setObjectName(u"bmVeiledning"_s);
    m_bmVeiledning->setWordWrap(true);
    m_frist = new QLabel(this);
    m_frist->setObjectName(u"frist"_s);
    QFont ff = m_frist->font();
    ff.setBold(true);
    m_frist->setFont(ff);
    m_oversendt = new ValgfriDato(this);
    m_rapport = new ValgfriDato(this);
    m_mote = new ValgfriDato(this);
    m_avsluttet = new ValgfriDato(this);
    m_utfall = new QComboBox(this);
    m_utfall->addItem(QString(), QString());
    m_utfall->setProperty("tilsynDataFra", 1);
    for (const KatalogPost &p : m_katalog.poster(Liste::Utfall))
        m_utfall->addItem(p.navn, p.kode);
    katalogKombo(m_utfall, m_katalog, Liste::Utfall);
    m_felt.insert(u"behandlingsmaate"_s, valg);
    m_felt.insert(u"oversendt"_s, m_oversendt);
    m_felt.insert(u"rapport_mottatt"_s, m_rapport);
    m_felt.insert(u"mote"_s, m_mote);
    m_felt.insert(u"avsluttet"_s, m_avsluttet);
    m_felt.insert(u"utfall"_s, m_utfall);
    skjema(bmLag, u"behandlingsmaate"_s);
    hel(bmLag, m_bmVeiledning);
    hel(bmLag, m_frist);
    for (const char *felt : {"oversendt", "rapport_mottatt", "mote", "avsluttet", "utfall"})
        skjema(bmLag, QString::fromLatin1(felt));
    m_utfallGrunn = new QLabel(this);
    m_utfallGrunn->setObjectName(u"utfallGrunn"_s);
    m_utfallGrunn->setWordWrap(true);
    m_utfallGrunn->setVisible(false);
    m_utfall->parentWidget()->layout()->addWidget(m_utfallGrunn);

    m_vurderinger = new VurderingsListe(*m_utkast, m_katalog, this);
    m_vurderingBoks = new QGroupBox(this);
    (new QVBoxLayout(m_vurderingBoks))->addWidget(m_vurderinger);

    for (auto it = m_felt.cbegin(); it != m_felt.cend(); ++it) {
        if (it.value()->objectName().isEmpty())
            it.value()->setObjectName(it.key());
    }
    m_grupper = {henvendelse, innsender, objektBoks, bmBoks, m_vurderingBoks};
    // The case on six pages (Alt+1 … Alt+6), so that each page's fields have
    // letters of their own beside the window's menus and filter bar; each page scrolls.
    m_faner = new QTabWidget(this);
    m_faner->setObjectName(u"sakfaner"_s);
    m_faner->setDocumentMode(true);
    const QList<QList<QWidget *>> sider{{henvendelse}, {innsender, objektBoks}, {bmBoks}, {m_vurderingBoks}, {}, {}};
    for (const QList<QWidget *> &innhold : sider) {
        auto *side = new QWidget(this);
        auto *sLag = new QVBoxLayout(side);
        for (QWidget *w : innhold)
            sLag->addWidget(w);
        sLag->addStretch();
        auto *rull = new QScrollArea(this);
        rull->setWidgetResizable(true);
        rull->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // never cut off on a narrow screen
        rull->setFrameShape(QFrame::NoFrame);
        rull->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: a field taking the focus scrolls into view
        rull->setWidget(side);
        m_faner->addTab(rull, QString());
    }
    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(6, 6, 0, 0);
    lag->addWidget(m_tittel);
    lag->addWidget(m_oppsummering);
    lag->addWidget(m_faner, 1);
}

QWidget *CaseEditor::foersteFelt(QWidget *side)
{
    for (QWidget *w = side->nextInFocusChain(); w && w != side; w = w->nextInFocusChain()) {
        if (!side->isAncestorOf(w) || (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || w->focusProxy()
            || !w->isEnabled() || !w->isVisibleTo(side))
            continue;
        if (auto *l = qobject_cast<QLineEdit *>(w); l && l->isReadOnly())
            continue;
        return w;
    }
    return side;
}

} // namespace tilsyn
