#include "objektliste.h"
#include "tabellvalg.h"

#include "brevreferansefelt.h"
#include "domain/katalog.h"
#include "domain/validering.h"
#include "feltverdier.h"
#include "items/sakutkast.h"
#include "redigeringsstil.h"
#include "sperregrunn.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

namespace {

/// The form's fields, in the order of their labels: the field path under tilsynsobjekter[i]
/// and the label (each with a letter of its own in the editor's window, in every language).
struct Etikett
{
    const char *felt;
    const char *tekst;
};
constexpr Etikett kEtiketter[] = {
    {"type", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "T&ype:")},
    {"navn", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "Subject's na&me:")},
    {"tjenesteniva", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "Service &level:")},
    {"orgnr", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "&Org. no.:")},
    {"hpr", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "H&PR no.:")},
    {"autorisasjon", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "A&uthorisation:")},
    {"adresse", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "Su&bject's postal address:")},
    {"maalform", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "Sub&ject's written form:")},
    {"deres", QT_TRANSLATE_NOOP("tilsyn::ObjektListe", "Their date and ref. (&quoted in letters):")},
};

std::optional<QString> valgfri(const QString &s)
{
    return s.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(s.trimmed());
}

// `navn` and `hvorfor`: the name and the reason shown for a code the list does not offer.
void velgData(QComboBox *c, const QString &kode, const QString &navn = {}, const QString &hvorfor = {})
{
    const QSignalBlocker b(c);
    auto *modell = qobject_cast<QStandardItemModel *>(c->model());
    for (int j = c->count() - 1; j >= 0 && modell; --j)
        if (!modell->item(j)->isEnabled() && c->itemData(j).toString() != kode)
            c->removeItem(j); // an earlier value's entry, not offered
    int i = c->findData(kode);
    if (i < 0 && !kode.isEmpty()) {
        // A code from another sektor: shown while it is the value, disabled, with the reason.
        c->addItem(navn.isEmpty() ? kode : navn, kode);
        i = c->count() - 1;
        c->setItemData(i, hvorfor, Qt::ToolTipRole);
        if (modell)
            modell->item(i)->setEnabled(false);
    }
    c->setCurrentIndex(std::max(0, i));
}

} // namespace

ObjektListe::ObjektListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent)
    : QWidget(parent), m_utkast(utkast), m_katalog(katalog)
{
    bygg();
    oversett();
}

ObjektListe::~ObjektListe() = default;

bool ObjektListe::nynorsk() const
{
    return uiMaalform() == Maalform::Nynorsk;
}

void ObjektListe::bygg()
{
    m_tabell = new QTableWidget(0, AntallKolonner, this);
    m_tabell->setObjectName(u"tilsynsobjekter"_s);
    m_tabell->setEditTriggers(QAbstractItemView::NoEditTriggers); // edited in the form below
    m_tabell->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabell->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabell->setTabKeyNavigation(false); // Tab leaves the list (WCAG 2.1.2); arrows move in it
    m_tabell->setWordWrap(true);
    m_tabell->setTextElideMode(Qt::ElideNone);
    m_tabell->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // every column inside the list
    m_tabell->verticalHeader()->setVisible(false);
    QHeaderView *topp = m_tabell->horizontalHeader();
    topp->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter) | Qt::Alignment(Qt::TextWordWrap));
    topp->setSectionResizeMode(QHeaderView::Fixed); // resizeEvent shares the width out
    topp->setMinimumHeight(2 * QFontMetrics(topp->font()).lineSpacing() + 8); // as fyllListe: two lines
    hoeydeEtterRader(m_tabell, 2, 5); // whole rows, never half of one
    m_tabell->installEventFilter(this);
    m_tabell->viewport()->installEventFilter(this); // its width, not the form's, is shared out
    connect(m_tabell, &QTableWidget::currentCellChanged, this, [this](int rad) {
        if (rad != m_valgt && rad >= 0) {
            m_valgt = rad;
            visSkjema();
        }
    });

    m_leggTil = new QPushButton(this);
    m_leggTil->setObjectName(u"leggTilObjekt"_s);
    m_fjern = new QPushButton(this);
    m_fjern->setObjectName(u"fjernObjekt"_s);
    m_feil = new QLabel(this);
    m_feil->setObjectName(u"feil_tilsynsobjekter"_s);
    stilFeillabel(m_feil);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_leggTil);
    knapper->addWidget(m_fjern);
    knapper->addStretch();

    m_skjema = new QGroupBox(this);
    m_skjema->setObjectName(u"objektskjema"_s);
    m_type = new QComboBox(this);
    m_type->setProperty("tilsynDataFra", 0); // catalogue names: data
    m_navn = new QLineEdit(this);
    m_niva = new QComboBox(this);
    m_niva->setProperty("tilsynDataFra", 1);
    m_orgnr = new QLineEdit(this);
    m_hpr = new QLineEdit(this);
    m_autorisasjon = new QLineEdit(this);
    m_adresse = new QPlainTextEdit(this);
    m_adresse->setTabChangesFocus(true);
    m_adresse->setFixedHeight(4 * fontMetrics().lineSpacing() + 12); // four lines: name, street, post code
    m_maalform = new QComboBox(this);
    m_deres = new Brevreferansefelt(this);
    QWidget *felt[] = {m_type, m_navn, m_niva, m_orgnr, m_hpr, m_autorisasjon, m_adresse, m_maalform, m_deres};
    static_assert(std::size(felt) == std::size(kEtiketter));
    // One field a row, label beside it: narrow enough for the editor's share of 1366 px.
    auto *skjema = new QGridLayout(m_skjema);
    skjema->setColumnStretch(1, 1);
    const int plass[][3] = {{0, 0, 1}, {1, 0, 1}, {2, 0, 1}, {3, 0, 1}, {4, 0, 1}, {5, 0, 1}, {6, 0, 1}, {7, 0, 1}, {8, 0, 1}};
    for (int i = 0; i < int(std::size(felt)); ++i) {
        felt[i]->setObjectName(QString::fromLatin1(kEtiketter[i].felt));
        auto *etikett = new QLabel(this);
        etikett->setBuddy(felt[i]);
        if (felt[i]->focusProxy() && felt[i]->focusPolicy() == Qt::NoFocus)
            felt[i]->setFocusPolicy(Qt::TabFocus); // the label's letter reaches the date's tick box
        m_etiketter.append(etikett);
        const Qt::Alignment hvor = Qt::AlignLeft | (i == 6 ? Qt::AlignTop : Qt::AlignVCenter);
        skjema->addWidget(etikett, plass[i][0], plass[i][1], hvor);
        skjema->addWidget(felt[i], plass[i][0], plass[i][1] + 1, 1, plass[i][2]);
    }

    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_tabell);
    lag->addLayout(knapper);
    lag->addWidget(m_feil);
    lag->addWidget(m_skjema);

    connect(m_leggTil, &QPushButton::clicked, this, &ObjektListe::leggTil);
    connect(m_fjern, &QPushButton::clicked, this, &ObjektListe::fjern);
    connect(m_type, &QComboBox::activated, this, [this] {
        const QString kode = m_type->currentData().toString();
        endre("type", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change subject type")}, [&](Tilsynsobjekt &o) { o.type = kode; });
    });
    connect(m_niva, &QComboBox::activated, this, [this] {
        const auto kode = valgfri(m_niva->currentData().toString());
        endre("tjenesteniva", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change service level")}, [&](Tilsynsobjekt &o) { o.tjenesteniva = kode; });
    });
    connect(m_maalform, &QComboBox::activated, this, [this] {
        const auto kode = valgfri(m_maalform->currentData().toString());
        endre("maalform", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change written form")}, [&](Tilsynsobjekt &o) { o.maalform = kode; });
    });
    connect(m_navn, &QLineEdit::textEdited, this, [this](const QString &t) {
        endre("navn", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit subject")}, [&](Tilsynsobjekt &o) { o.navn = t; });
    });
    connect(m_orgnr, &QLineEdit::textEdited, this, [this](const QString &t) {
        endre("orgnr", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit subject")}, [&](Tilsynsobjekt &o) { o.orgnr = valgfri(t); });
    });
    connect(m_hpr, &QLineEdit::textEdited, this, [this](const QString &t) {
        endre("hpr", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit subject")}, [&](Tilsynsobjekt &o) { o.hpr = valgfri(t); });
    });
    connect(m_autorisasjon, &QLineEdit::textEdited, this, [this](const QString &t) {
        endre("autorisasjon", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit subject")}, [&](Tilsynsobjekt &o) { o.autorisasjon = t.trimmed(); });
    });
    felt::vedTekstendring(m_adresse, this, [this] {
        const QString t = m_adresse->toPlainText();
        endre("adresse", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit subject")}, [&](Tilsynsobjekt &o) { o.adresse = valgfri(t); });
    });
    connect(m_deres, &Brevreferansefelt::endret, this, [this] {
        const QDate d = m_deres->dato();
        const QString ref = m_deres->referanse().trimmed();
        endre("deres", Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit subject")}, [&](Tilsynsobjekt &o) {
            o.deresDato = d;
            o.deresRef = ref;
        });
    });
}

void ObjektListe::endre(const char *felt, Kommandonavn navn, const std::function<void(Tilsynsobjekt &)> &endring)
{
    const int rad = m_valgt;
    if (rad < 0 || rad >= m_utkast.sak().tilsynsobjekter.size())
        return;
    m_utkast.endre(u"tilsynsobjekter[%1].%2"_s.arg(rad).arg(QString::fromLatin1(felt)), navn,
                   [&](Tilsynssak &s) { endring(s.tilsynsobjekter[rad]); });
}

void ObjektListe::oversett()
{
    m_tabell->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Service level"), tr("Address for letters"),
                                        tr("Written form")});
    m_tabell->setAccessibleName(tr("Subjects of supervision"));
    m_tabell->setAccessibleDescription(tr("Arrow keys choose a subject, Enter goes to its form below"));
    m_leggTil->setText(tr("&Add subject"));
    m_fjern->setText(tr("&Remove subject"));
    for (int i = 0; i < m_etiketter.size(); ++i)
        m_etiketter[i]->setText(tr(kEtiketter[i].tekst));
    m_orgnr->setPlaceholderText(tr("9 digits"));
    m_autorisasjon->setToolTip(tr("Health personnel only: the authorisation as in the Health Personnel Register (e.g. doctor)"));
    {
        const QSignalBlocker b(m_maalform);
        const int i = m_maalform->currentIndex();
        m_maalform->clear();
        m_maalform->addItem(tr("(not known)"), QString());
        m_maalform->addItem(tr("Bokmål"), u"nb"_s);
        m_maalform->addItem(tr("Nynorsk"), u"nn"_s);
        m_maalform->setCurrentIndex(i);
    }
    m_typerFor.clear();
    oppdater();
}

void ObjektListe::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

bool ObjektListe::eventFilter(QObject *mottaker, QEvent *hendelse)
{
    if (mottaker == m_tabell->viewport() && hendelse->type() == QEvent::Resize)
        fyllListe(); // the list's own width: the form's resizeEvent comes before the list is laid out
    if (mottaker == m_tabell && hendelse->type() == QEvent::KeyPress) {
        const int tast = static_cast<QKeyEvent *>(hendelse)->key();
        if ((tast == Qt::Key_Return || tast == Qt::Key_Enter || tast == Qt::Key_F2) && m_valgt >= 0) {
            m_navn->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(mottaker, hendelse);
}

void ObjektListe::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    fyllListe();
}

void ObjektListe::fyllTyper()
{
    const QString sektor = m_utkast.sak().sektor;
    const Maalform m = nynorsk() ? Maalform::Nynorsk : Maalform::Bokmaal;
    const QString noekkel = sektor + u'|' + (nynorsk() ? u"nn"_s : u"nb"_s);
    if (noekkel == m_typerFor)
        return;
    const QSignalBlocker b1(m_type), b2(m_niva);
    m_type->clear();
    for (const KatalogPost &p : m_katalog.forSektor(Liste::Objekttype, sektor))
        m_type->addItem(p.navnPaa(m), p.kode);
    m_niva->clear();
    m_niva->addItem(tr("(none)"), QString());
    for (const KatalogPost &p : m_katalog.poster(Liste::Tjenesteniva))
        m_niva->addItem(p.navnPaa(m), p.kode);
    m_typerFor = noekkel;
}

void ObjektListe::fyllListe()
{
    // The width is shared out so that no column is outside the list: the name and the address
    // get the most, the written form what its header needs; long texts wrap.
    const int bredde = m_tabell->viewport()->width();
    const QFontMetrics hfm(m_tabell->horizontalHeader()->font());
    const int maalform = std::max({hfm.horizontalAdvance(m_tabell->horizontalHeaderItem(MaalformKolonne)->text()),
                                   fontMetrics().horizontalAdvance(tr("(not known)")),
                                   fontMetrics().horizontalAdvance(tr("Nynorsk"))})
                         + 2 * hfm.height();
    const int rest = std::max(0, bredde - maalform);
    const int andel[] = {30, 20, 22, 28}; // Navn, Type, Tjenestenivå, Adresse, in per cent of the rest
    int brukt = 0;
    for (int k = 0; k < MaalformKolonne; ++k) {
        const int w = k == Adresse ? rest - brukt : rest * andel[k] / 100;
        m_tabell->setColumnWidth(k, w);
        brukt += w;
    }
    m_tabell->setColumnWidth(MaalformKolonne, bredde - rest);
    m_tabell->resizeRowsToContents();
    // The header wraps too (a long "Tjenestenivå" in a narrow column): tall enough for two lines.
    m_tabell->horizontalHeader()->setMinimumHeight(2 * hfm.lineSpacing() + 8);
}

void ObjektListe::velg(int rad)
{
    m_tabell->setCurrentCell(rad, 0);
}

void ObjektListe::visSkjema()
{
    const Tilsynssak &sak = m_utkast.sak();
    const bool har = m_valgt >= 0 && m_valgt < sak.tilsynsobjekter.size();
    m_skjema->setEnabled(har);
    fyllTyper();
    const QSignalBlocker b1(m_navn), b2(m_orgnr), b3(m_hpr), b4(m_autorisasjon), b5(m_adresse), b6(m_deres);
    if (!har) {
        m_skjema->setTitle(tr("Selected subject"));
        for (QLineEdit *l : {m_navn, m_orgnr, m_hpr, m_autorisasjon})
            l->clear();
        m_adresse->clear();
        m_deres->vis(QDate(), QString());
        return;
    }
    const Tilsynsobjekt &o = sak.tilsynsobjekter[m_valgt];
    m_skjema->setTitle(tr("Subject %1 of %2").arg(m_valgt + 1).arg(sak.tilsynsobjekter.size()));
    velgData(m_type, o.type, m_katalog.navn(Liste::Objekttype, o.type, nynorsk() ? Maalform::Nynorsk : Maalform::Bokmaal),
             sektorHindring(m_katalog, Liste::Objekttype, o.type, sak.sektor));
    velgData(m_niva, o.tjenesteniva.value_or(QString()));
    velgData(m_maalform, o.maalform.value_or(QString()));
    const std::pair<QLineEdit *, QString> tekster[] = {
        {m_navn, o.navn}, {m_orgnr, o.orgnr.value_or(QString())}, {m_hpr, o.hpr.value_or(QString())}, {m_autorisasjon, o.autorisasjon}};
    for (const auto &[felt, tekst] : tekster)
        if (felt->text().trimmed() != tekst.trimmed()) // the spaces being typed stay
            felt->setText(tekst);
    felt::settTekst(m_adresse, o.adresse.value_or(QString()));
    if (m_deres->dato() != o.deresDato || m_deres->referanse().trimmed() != o.deresRef)
        m_deres->vis(o.deresDato, o.deresRef);
    const QString sti = u"tilsynsobjekter[%1]."_s.arg(m_valgt);
    for (int i = 0; i < m_etiketter.size(); ++i) {
        const QString felt = QString::fromLatin1(kEtiketter[i].felt);
        Problemer p = m_utkast.problemerFor(sti + felt);
        if (felt == u"deres")
            p = m_utkast.problemerFor(sti + u"deres_dato"_s) + m_utkast.problemerFor(sti + u"deres_ref"_s);
        merkFeil(m_etiketter[i]->buddy(), p);
    }
    // An HPR number and an authorisation belong to a health professional only (one already typed
    // stays, flagged by validerRegistrering, so that it can be removed); the field says why (after
    // merkFeil, which gives a field its problems as its tool tip).
    const bool person = o.type == u"helsepersonell";
    settTilgjengelig(m_hpr, person || o.hpr ? QString()
                                            : tr("Only health personnel have an HPR number: choose the type Health personnel."));
    settTilgjengelig(m_autorisasjon, person || !o.autorisasjon.isEmpty()
                                         ? QString()
                                         : tr("Only health personnel have an authorisation: choose the type Health personnel."));
    // The service level by the validation's rule (one already chosen stays, flagged, to be removed).
    const QString utenNiva = tjenestenivaHindring(sak.sektor, m_katalog);
    settTilgjengelig(m_niva, utenNiva.isEmpty() || o.tjenesteniva ? QString()
                                                                  : utenNiva.left(1).toUpper() + utenNiva.mid(1) + u'.');
}

void ObjektListe::oppdater()
{
    const Tilsynssak &sak = m_utkast.sak();
    const int antall = int(sak.tilsynsobjekter.size());
    const Maalform m = nynorsk() ? Maalform::Nynorsk : Maalform::Bokmaal;
    QStringList feil;
    {
        const QSignalBlocker b(m_tabell);
        m_tabell->setRowCount(antall);
        for (int r = 0; r < antall; ++r) {
            const Tilsynsobjekt &o = sak.tilsynsobjekter[r];
            const KatalogPost *type = m_katalog.post(Liste::Objekttype, o.type);
            const KatalogPost *niva = o.tjenesteniva ? m_katalog.post(Liste::Tjenesteniva, *o.tjenesteniva) : nullptr;
            const QString maalform = o.maalform == u"nb" ? tr("Bokmål") : o.maalform == u"nn" ? tr("Nynorsk") : tr("(not known)");
            const QString tekster[] = {o.navn.isEmpty() ? tr("Subject %1").arg(r + 1) : o.navn,
                                       type ? type->navnPaa(m) : o.type,
                                       niva ? niva->navnPaa(m)
                                            : o.tjenesteniva.value_or(sak.sektor == u"helse" ? tr("(none)") : QString()),
                                       o.adresse.value_or(tr("(no address)")), maalform};
            for (int k = 0; k < AntallKolonner; ++k) {
                QTableWidgetItem *celle = m_tabell->item(r, k);
                if (!celle) {
                    celle = new QTableWidgetItem;
                    m_tabell->setItem(r, k, celle);
                }
                celle->setText(tekster[k]);
            }
            // A row with a problem is shown in the problem colour, and the problems under the list.
            const Problemer p = m_utkast.problemerFor(u"tilsynsobjekter[%1]"_s.arg(r));
            for (int k = 0; k < AntallKolonner; ++k)
                m_tabell->item(r, k)->setForeground(p.isEmpty() ? palette().text() : QBrush(QColor(0xa3, 0x3b, 0x20)));
            for (const Problem &x : p)
                feil.append(tr("Subject %1: %2").arg(r + 1).arg(x.melding));
        }
    }
    for (const Problem &p : m_utkast.problemer()) {
        if (p.felt == u"tilsynsobjekter")
            feil.append(p.melding);
    }
    m_feil->setText(feil.join(u'\n'));
    m_feil->setVisible(!feil.isEmpty());
    fyllListe();
    m_valgt = beholdValgtRad(m_tabell, m_valgt, antall);
    visSkjema();
    settTilgjengelig(m_fjern, m_valgt >= 0 ? QString() : tr("Select a subject in the list first."));
}

void ObjektListe::leggTil()
{
    const QList<KatalogPost> typer = m_katalog.forSektor(Liste::Objekttype, m_utkast.sak().sektor);
    m_utkast.endre(u"tilsynsobjekter+"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Add subject")}, [&](Tilsynssak &s) {
        int n = int(s.tilsynsobjekter.size()) + 1;
        while (s.objekt(u"o%1"_s.arg(n)))
            ++n;
        Tilsynsobjekt o;
        o.id = u"o%1"_s.arg(n);
        o.type = typer.isEmpty() ? QString() : typer.first().kode;
        s.tilsynsobjekter.append(o);
    });
    velg(int(m_utkast.sak().tilsynsobjekter.size()) - 1);
    m_navn->setFocus(Qt::OtherFocusReason); // its name is typed next
}

void ObjektListe::fjern()
{
    const int rad = m_valgt;
    if (rad < 0)
        return;
    m_utkast.endre(u"tilsynsobjekter-"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Remove subject")}, [&](Tilsynssak &s) { s.tilsynsobjekter.removeAt(rad); });
}

} // namespace tilsyn
