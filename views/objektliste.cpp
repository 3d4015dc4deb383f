#include "objektliste.h"

#include "domain/katalog.h"
#include "items/sakutkast.h"
#include "redigeringsstil.h"
#include "datofelt.h"
#include "valgfridato.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

namespace {

const char *feltnavn(int kolonne)
{
    static const char *navn[] = {"type",    "navn",     "tjenesteniva", "orgnr",      "hpr",
                                 "autorisasjon", "adresse", "maalform", "deres_dato", "deres_ref"};
    return navn[kolonne];
}

std::optional<QString> valgfri(const QString &s)
{
    return s.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(s.trimmed());
}

} // namespace

ObjektListe::ObjektListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent)
    : QWidget(parent)
    , m_utkast(utkast)
    , m_katalog(katalog)
    , m_tabell(new QTableWidget(0, AntallKolonner, this))
    , m_leggTil(new QPushButton(this))
    , m_fjern(new QPushButton(this))
    , m_feil(new QLabel(this))
{
    m_tabell->setObjectName(u"tilsynsobjekter"_s);
    m_tabell->setTabKeyNavigation(false); // Tab leaves the grid (WCAG 2.1.2); arrows move inside
    m_leggTil->setObjectName(u"leggTilObjekt"_s);
    m_fjern->setObjectName(u"fjernObjekt"_s);
    m_feil->setObjectName(u"feil_tilsynsobjekter"_s);
    stilFeillabel(m_feil);
    // Each column as wide as its header and typical content; the grid scrolls sideways.
    m_tabell->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabell->horizontalHeader()->setStretchLastSection(true);
    m_tabell->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tabell->verticalHeader()->setVisible(false);
    m_tabell->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tabell->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab enters the grid once and leaves it (its cells' fields take no Tab focus); the arrows
    // choose a cell, Enter, F2 or typing edits it, Escape returns to the grid.
    m_tabell->installEventFilter(this);
    m_tabell->setMinimumHeight(110);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_leggTil);
    knapper->addWidget(m_fjern);
    knapper->addStretch();
    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_tabell);
    lag->addLayout(knapper);
    lag->addWidget(m_feil);
    connect(m_leggTil, &QPushButton::clicked, this, &ObjektListe::leggTil);
    connect(m_fjern, &QPushButton::clicked, this, &ObjektListe::fjern);
    oversett();
}

ObjektListe::~ObjektListe() = default;

void ObjektListe::oversett()
{
    m_tabell->setHorizontalHeaderLabels({tr("Type"), tr("Name"), tr("Service level"), tr("Org. no."), tr("HPR no."),
                                        tr("Authorisation"), tr("Address"), tr("Written form"), tr("Their date"),
                                        tr("Their ref.")});
    m_tabell->horizontalHeaderItem(Autorisasjon)
        ->setToolTip(tr("Health personnel only: the authorisation as in the Health Personnel Register (e.g. doctor)"));
    m_tabell->horizontalHeaderItem(DeresDato)->setToolTip(tr("The date of this party's last letter (Deres dato)"));
    m_tabell->horizontalHeaderItem(DeresRef)->setToolTip(tr("The reference of this party's last letter (Deres ref.)"));
    m_leggTil->setText(tr("&Add subject"));
    m_fjern->setText(tr("&Remove subject"));
    m_tabell->setAccessibleName(tr("Subjects of supervision"));
    m_tabell->setAccessibleDescription(tr("Arrow keys choose a cell, Enter or typing edits it, Escape returns to the grid"));
    settBredder();
}

void ObjektListe::settBredder()
{
    // Typical content in characters: a type or service level name, an institution's name, a
    // 9-digit org. no., an HPR no., "Sykepleier", a street address, "(ikke kjent)", a date.
    static constexpr int tegn[AntallKolonner] = {20, 30, 16, 11, 10, 14, 24, 12, 13, 12};
    const QFontMetrics fm(font());
    const QFontMetrics hfm(m_tabell->horizontalHeader()->font());
    for (int k = 0; k < AntallKolonner; ++k)
        m_tabell->setColumnWidth(k, std::max(hfm.horizontalAdvance(m_tabell->horizontalHeaderItem(k)->text()) + 2 * hfm.height(),
                                             fm.averageCharWidth() * tegn[k] + 3 * fm.height()));
}

void ObjektListe::redigerCelle(QKeyEvent *tast)
{
    const QModelIndex i = m_tabell->currentIndex().isValid() ? m_tabell->currentIndex() : m_tabell->model()->index(0, Navn);
    QWidget *celle = i.isValid() ? m_tabell->cellWidget(i.row(), i.column()) : nullptr;
    if (!celle || !celle->isEnabled())
        return;
    m_tabell->setCurrentIndex(i);
    m_tabell->scrollTo(i);
    QWidget *felt = celle;
    if (auto *dato = qobject_cast<ValgfriDato *>(celle)) // its tick box, or the date once ticked
        felt = dato->avkrysning()->isChecked() ? static_cast<QWidget *>(dato->datofelt()->tekstfelt()) : dato->avkrysning();
    felt->setFocus(Qt::OtherFocusReason);
    if (tast) // typed on the cell: the letter goes into it
        QCoreApplication::sendEvent(felt, tast);
}

bool ObjektListe::eventFilter(QObject *mottaker, QEvent *hendelse)
{
    if (hendelse->type() == QEvent::KeyPress) {
        auto *tast = static_cast<QKeyEvent *>(hendelse);
        if (mottaker == m_tabell) {
            const bool skriver = !tast->text().isEmpty() && tast->text().at(0).isPrint()
                                 && !(tast->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
            if (tast->key() == Qt::Key_Return || tast->key() == Qt::Key_Enter || tast->key() == Qt::Key_F2 || skriver) {
                redigerCelle(skriver ? tast : nullptr);
                return true;
            }
        } else if (tast->key() == Qt::Key_Escape && tast->modifiers() == Qt::NoModifier) {
            m_tabell->setFocus(Qt::OtherFocusReason);
            return true;
        } else if (tast->key() == Qt::Key_Backtab) { // from a cell: back to the grid
            m_tabell->setFocus(Qt::BacktabFocusReason);
            return true;
        } else if (tast->key() == Qt::Key_Tab && !(tast->modifiers() & Qt::ControlModifier)) {
            // From a cell: out of the grid, to the next field after it (the cells come last in
            // the focus chain, as they are made after the form).
            for (QWidget *w = m_tabell->nextInFocusChain(); w && w != m_tabell; w = w->nextInFocusChain()) {
                if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisible() && !m_tabell->isAncestorOf(w)
                    && !w->focusProxy()) {
                    w->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
        }
    } else if (hendelse->type() == QEvent::MouseButtonPress && mottaker != m_tabell && mottaker->isWidgetType()) {
        static_cast<QWidget *>(mottaker)->setFocus(Qt::MouseFocusReason);
    } else if (hendelse->type() == QEvent::FocusIn && mottaker != m_tabell) {
        // A cell's field got the focus (a click, Add subject): it becomes the grid's current cell.
        for (int r = 0; r < m_tabell->rowCount(); ++r)
            for (int k = 0; k < AntallKolonner; ++k)
                if (QWidget *c = m_tabell->cellWidget(r, k); c && (c == mottaker || c->isAncestorOf(static_cast<QWidget *>(mottaker)))) {
                    const QSignalBlocker b(m_tabell->selectionModel());
                    m_tabell->setCurrentCell(r, k);
                    m_tabell->scrollTo(m_tabell->model()->index(r, k));
                }
    }
    return QWidget::eventFilter(mottaker, hendelse);
}

void ObjektListe::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

void ObjektListe::byggRad(int rad)
{
    const QString sektor = m_utkast.sak().sektor;
    auto *type = new QComboBox;
    type->setProperty("tilsynDataFra", 0); // catalogue names: data
    type->setObjectName(u"type"_s);
    for (const KatalogPost &p : m_katalog.forSektor(Liste::Objekttype, sektor))
        type->addItem(p.navn, p.kode);
    connect(type, &QComboBox::activated, this, [this, rad, type] {
        m_utkast.endre(u"tilsynsobjekter[%1].type"_s.arg(rad), tr("Change subject type"),
                       [&](Tilsynssak &s) { s.tilsynsobjekter[rad].type = type->currentData().toString(); });
    });
    m_tabell->setCellWidget(rad, Type, type);

    auto *niva = new QComboBox;
    niva->setProperty("tilsynDataFra", 1);
    niva->setObjectName(u"tjenesteniva"_s);
    niva->addItem(tr("(none)"), QString());
    for (const KatalogPost &p : m_katalog.poster(Liste::Tjenesteniva))
        niva->addItem(p.navn, p.kode);
    niva->setEnabled(sektor == u"helse");
    connect(niva, &QComboBox::activated, this, [this, rad, niva] {
        m_utkast.endre(u"tilsynsobjekter[%1].tjenesteniva"_s.arg(rad), tr("Change service level"),
                       [&](Tilsynssak &s) { s.tilsynsobjekter[rad].tjenesteniva = valgfri(niva->currentData().toString()); });
    });
    m_tabell->setCellWidget(rad, Tjenesteniva, niva);

    for (int k : {int(Navn), int(Orgnr), int(Hpr), int(Autorisasjon), int(DeresRef)}) {
        auto *felt = new QLineEdit;
        felt->setObjectName(QString::fromLatin1(feltnavn(k)));
        connect(felt, &QLineEdit::textEdited, this, [this, rad, k](const QString &t) { endreTekst(rad, k, t); });
        m_tabell->setCellWidget(rad, k, felt);
    }

    // Where letters to the subject go, in several lines, and in which written form (a
    // kommune's språkvedtak): proposed for every letter to it.
    auto *adresse = new QPlainTextEdit;
    adresse->setObjectName(u"adresse"_s);
    adresse->setTabChangesFocus(true);
    connect(adresse, &QPlainTextEdit::textChanged, this, [this, rad, adresse] {
        const QString tekst = adresse->toPlainText();
        m_utkast.endre(u"tilsynsobjekter[%1].adresse"_s.arg(rad), tr("Edit subject"),
                       [&](Tilsynssak &s) { s.tilsynsobjekter[rad].adresse = valgfri(tekst); });
    });
    m_tabell->setCellWidget(rad, Adresse, adresse);
    auto *maalform = new QComboBox;
    maalform->setObjectName(u"maalform"_s);
    maalform->addItem(tr("(not known)"), QString());
    maalform->addItem(tr("Bokmål"), u"nb"_s);
    maalform->addItem(tr("Nynorsk"), u"nn"_s);
    connect(maalform, &QComboBox::activated, this, [this, rad, maalform] {
        m_utkast.endre(u"tilsynsobjekter[%1].maalform"_s.arg(rad), tr("Change written form"),
                       [&](Tilsynssak &s) { s.tilsynsobjekter[rad].maalform = valgfri(maalform->currentData().toString()); });
    });
    m_tabell->setCellWidget(rad, Maalform, maalform);
    auto *deresDato = new ValgfriDato;
    deresDato->setObjectName(u"deres_dato"_s);
    connect(deresDato, &ValgfriDato::datoEndret, this, [this, rad](const QDate &d) {
        m_utkast.endre(u"tilsynsobjekter[%1].deres_dato"_s.arg(rad), tr("Edit subject"),
                       [&](Tilsynssak &s) { s.tilsynsobjekter[rad].deresDato = d; });
    });
    m_tabell->setCellWidget(rad, DeresDato, deresDato);
    m_tabell->setRowHeight(rad, 3 * fontMetrics().height());
    for (int k = 0; k < AntallKolonner; ++k) {
        QWidget *celle = m_tabell->cellWidget(rad, k);
        QList<QWidget *> felt = celle->findChildren<QWidget *>();
        felt.append(celle);
        // No focus of their own: Tab passes the cells, and the arrows in the grid choose a cell
        // without moving into it (a view gives the focus to a cell's widget that takes it).
        // A click or Enter gives it (eventFilter).
        for (QWidget *f : std::as_const(felt)) {
            f->setFocusPolicy(Qt::NoFocus);
            f->installEventFilter(this);
        }
    }
}

void ObjektListe::endreTekst(int rad, int kolonne, const QString &tekst)
{
    m_utkast.endre(u"tilsynsobjekter[%1].%2"_s.arg(rad).arg(QString::fromLatin1(feltnavn(kolonne))),
                   tr("Edit subject"), [&](Tilsynssak &s) {
                       Tilsynsobjekt &o = s.tilsynsobjekter[rad];
                       if (kolonne == Navn)
                           o.navn = tekst;
                       else if (kolonne == Orgnr)
                           o.orgnr = valgfri(tekst);
                       else if (kolonne == Hpr)
                           o.hpr = valgfri(tekst);
                       else if (kolonne == Autorisasjon)
                           o.autorisasjon = tekst.trimmed();
                       else
                           o.deresRef = tekst.trimmed();
                   });
}

void ObjektListe::oppdater()
{
    const Tilsynssak &sak = m_utkast.sak();
    const int antall = int(sak.tilsynsobjekter.size());
    if (m_tabell->rowCount() != antall || m_byggetFor != sak.sektor) {
        m_tabell->setRowCount(0);
        m_tabell->setRowCount(antall);
        for (int r = 0; r < antall; ++r)
            byggRad(r);
        m_byggetFor = sak.sektor;
    }
    QStringList feil;
    for (int r = 0; r < antall; ++r) {
        const Tilsynsobjekt &o = sak.tilsynsobjekter[r];
        auto *type = static_cast<QComboBox *>(m_tabell->cellWidget(r, Type));
        auto *niva = static_cast<QComboBox *>(m_tabell->cellWidget(r, Tjenesteniva));
        {
            const QSignalBlocker b1(type), b2(niva);
            if (type->findData(o.type) < 0)
                type->addItem(o.type, o.type); // a code from another sektor: shown, and flagged
            type->setCurrentIndex(type->findData(o.type));
            niva->setCurrentIndex(std::max(0, niva->findData(o.tjenesteniva.value_or(QString()))));
        }
        const QString verdier[] = {QString(), o.navn, QString(), o.orgnr.value_or(QString()), o.hpr.value_or(QString()),
                                   o.autorisasjon, QString(), QString(), QString(), o.deresRef};
        for (int k : {int(Navn), int(Orgnr), int(Hpr), int(Autorisasjon), int(DeresRef)}) {
            auto *felt = static_cast<QLineEdit *>(m_tabell->cellWidget(r, k));
            if (felt->text().trimmed() != verdier[k].trimmed())
                felt->setText(verdier[k]);
        }
        // An authorisation belongs to a health professional only (one already typed stays visible, flagged).
        m_tabell->cellWidget(r, Autorisasjon)->setEnabled(o.type == u"helsepersonell" || !o.autorisasjon.isEmpty());
        auto *deresDato = static_cast<ValgfriDato *>(m_tabell->cellWidget(r, DeresDato));
        if (deresDato->dato() != o.deresDato)
            deresDato->visDato(o.deresDato, QDate());
        auto *adresse = static_cast<QPlainTextEdit *>(m_tabell->cellWidget(r, Adresse));
        if (adresse->toPlainText() != o.adresse.value_or(QString())) {
            const QSignalBlocker b(adresse);
            adresse->setPlainText(o.adresse.value_or(QString()));
        }
        auto *maalform = static_cast<QComboBox *>(m_tabell->cellWidget(r, Maalform));
        {
            const QSignalBlocker b(maalform);
            maalform->setCurrentIndex(std::max(0, maalform->findData(o.maalform.value_or(QString()))));
        }
        for (int k = 0; k < AntallKolonner; ++k) {
            const Problemer p = m_utkast.problemerFor(u"tilsynsobjekter[%1].%2"_s.arg(r).arg(QString::fromLatin1(feltnavn(k))));
            merkFeil(m_tabell->cellWidget(r, k), p);
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
    m_fjern->setEnabled(antall > 0);
}

void ObjektListe::leggTil()
{
    const QList<KatalogPost> typer = m_katalog.forSektor(Liste::Objekttype, m_utkast.sak().sektor);
    m_utkast.endre(u"tilsynsobjekter+"_s, tr("Add subject"), [&](Tilsynssak &s) {
        int n = int(s.tilsynsobjekter.size()) + 1;
        while (s.objekt(u"o%1"_s.arg(n)))
            ++n;
        Tilsynsobjekt o;
        o.id = u"o%1"_s.arg(n);
        o.type = typer.isEmpty() ? QString() : typer.first().kode;
        s.tilsynsobjekter.append(o);
    });
    static_cast<QLineEdit *>(m_tabell->cellWidget(m_tabell->rowCount() - 1, Navn))->setFocus();
}

void ObjektListe::fjern()
{
    const int rad = m_tabell->currentRow() >= 0 ? m_tabell->currentRow() : m_tabell->rowCount() - 1;
    if (rad < 0)
        return;
    m_utkast.endre(u"tilsynsobjekter-"_s, tr("Remove subject"), [&](Tilsynssak &s) { s.tilsynsobjekter.removeAt(rad); });
}

} // namespace tilsyn
