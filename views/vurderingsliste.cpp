#include "vurderingsliste.h"

#include "ordsoek.h"
#include "sperregrunn.h"
#include "tabellvalg.h"

#include "domain/katalog.h"
#include "domain/validering.h"
#include "feltverdier.h"
#include "items/sakutkast.h"
#include "letters/brevutkast.h"
#include "redigeringsstil.h"
#include "stavekontroll.h"
#include "tekst/stavemarkering.h"

#include <QAbstractItemView>
#include <algorithm>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

namespace {

const char *const kFelt[] = {"objekt", "bestemmelse", "konklusjon"};

// Selects the entry for `kode`. A code the list does not offer (unknown, or not for this sektor
// or subject) is still shown, by `navn` (never the code where the catalogue has a name), and the
// field is flagged by its problem.
// Such an entry is there only while it is the value: disabled, so it is never offered.
constexpr int kUtenforListen = Qt::UserRole + 1;

void velgData(QComboBox *c, const QString &kode, const QString &navn)
{
    const QSignalBlocker b(c);
    for (int j = c->count() - 1; j >= 0; --j) {
        if (c->itemData(j, kUtenforListen).toBool() && c->itemData(j).toString() != kode)
            c->removeItem(j);
    }
    int i = c->findData(kode);
    if (i < 0 && !kode.isEmpty()) {
        c->addItem(navn, kode);
        i = c->count() - 1;
        c->setItemData(i, true, kUtenforListen);
        if (auto *m = qobject_cast<QStandardItemModel *>(c->model()))
            m->item(i)->setEnabled(false);
    }
    c->setCurrentIndex(i);
    if (c->lineEdit() && i < 0)
        c->lineEdit()->clear();
}

} // namespace

VurderingsListe::VurderingsListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent)
    : QWidget(parent), m_utkast(utkast), m_katalog(katalog)
{
    bygg();
    oversett();
}

VurderingsListe::~VurderingsListe() = default;

bool VurderingsListe::nynorsk() const
{
    return uiMaalform() == Maalform::Nynorsk;
}

QString VurderingsListe::bestemmelseTekst(const KatalogPost &p, bool nynorsk)
{
    QString t = p.bestemmelseTekst(nynorsk ? Maalform::Nynorsk : Maalform::Bokmaal);
    if (!t.isEmpty())
        t[0] = t.at(0).toUpper(); // first in a list entry
    return t;
}

void VurderingsListe::bygg()
{
    m_tabell = new QTableWidget(0, AntallKolonner, this);
    m_tabell->setObjectName(u"vurderinger"_s);
    m_tabell->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabell->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabell->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tabell->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_tabell->setWordWrap(true);
    m_tabell->setTextElideMode(Qt::ElideNone);
    m_tabell->verticalHeader()->setVisible(false);
    m_tabell->horizontalHeader()->setSectionResizeMode(Objekt, QHeaderView::Interactive);
    m_tabell->horizontalHeader()->setSectionResizeMode(Bestemmelse, QHeaderView::Stretch);
    m_tabell->horizontalHeader()->setSectionResizeMode(Konklusjon, QHeaderView::ResizeToContents);
    hoeydeEtterRader(m_tabell, 2, 6); // whole rows, never half of one
    // Row heights follow the columns' widths: measured while the list was hidden or narrow (the
    // case restored from a recovery copy before its page was shown) they stayed several lines
    // tall (issue 10). Once the widths settle, rows are measured again.
    connect(m_tabell->horizontalHeader(), &QHeaderView::sectionResized, m_tabell, [t = m_tabell] {
        QTimer::singleShot(0, t, [t] { t->resizeRowsToContents(); });
    });
    connect(m_tabell, &QTableWidget::currentCellChanged, this, [this](int rad) {
        if (rad != m_valgt && rad >= 0) {
            m_valgt = rad;
            visSkjema();
        }
    });

    m_leggTil = new QPushButton(this);
    m_leggTil->setObjectName(u"leggTilVurdering"_s);
    m_fjern = new QPushButton(this);
    m_fjern->setObjectName(u"fjernVurdering"_s);
    m_feil = new QLabel(this);
    m_feil->setObjectName(u"feil_vurderinger"_s);
    stilFeillabel(m_feil);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_leggTil);
    knapper->addWidget(m_fjern);
    knapper->addStretch();

    m_skjema = new QGroupBox(this);
    m_skjema->setObjectName(u"vurderingsskjema"_s);
    m_bestemmelse = new QComboBox(this);
    m_bestemmelse->setProperty("tilsynDataFra", 0); // the catalogue's provisions: data
    m_bestemmelse->setObjectName(u"bestemmelse"_s);
    m_bestemmelse->setEditable(true);
    m_bestemmelse->setInsertPolicy(QComboBox::NoInsert);
    m_bestemmelse->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bestemmelse->setMinimumContentsLength(30);
    m_bestemmelse->view()->setTextElideMode(Qt::ElideNone);
    // Search anywhere in "law § – name", case-insensitive.
    m_bestemmelse->completer()->setFilterMode(Qt::MatchContains);
    m_bestemmelse->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_bestemmelse->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    enterGjetterIkke(m_bestemmelse->completer()); // Enter takes the one match or the row moved to (ordsoek.h)
    // What the search finds that the picker leaves out for this subject, and why (the rule the
    // validation applies on save: bestemmelseHindring).
    m_bestemmelseGrunn = new QLabel(this);
    m_bestemmelseGrunn->setObjectName(u"bestemmelseGrunn"_s);
    m_bestemmelseGrunn->setWordWrap(true);
    m_bestemmelseGrunn->setVisible(false);
    connect(m_bestemmelse->lineEdit(), &QLineEdit::textEdited, this, &VurderingsListe::forklarUtelatte);
    m_objekt = new QComboBox(this);
    m_objekt->setProperty("tilsynDataFra", 0); // the case's subjects
    m_objekt->setObjectName(u"objekt"_s);
    m_objekt->setSizeAdjustPolicy(QComboBox::AdjustToContents); // a nursing home's long name whole
    m_konklusjon = new QComboBox(this);
    m_konklusjon->setProperty("tilsynDataFra", 1); // the catalogue's conclusions
    m_konklusjon->setObjectName(u"konklusjon"_s);
    m_begrunnelse = new QPlainTextEdit(this);
    m_begrunnelse->setObjectName(u"begrunnelse"_s);
    m_begrunnelse->setTabChangesFocus(true);
    m_begrunnelse->setMinimumHeight(10 * fontMetrics().lineSpacing());
    m_stavemarkering = stavekontroll::koble(m_begrunnelse, Maalform::Bokmaal);

    m_bestemmelseEtikett = new QLabel(this);
    m_objektEtikett = new QLabel(this);
    m_konklusjonEtikett = new QLabel(this);
    m_begrunnelseEtikett = new QLabel(this);
    auto *skjema = new QGridLayout(m_skjema);
    skjema->setColumnStretch(1, 1);
    skjema->setColumnStretch(3, 1);
    skjema->addWidget(m_bestemmelseEtikett, 0, 0);
    skjema->addWidget(m_bestemmelse, 0, 1, 1, 3);
    skjema->addWidget(m_bestemmelseGrunn, 1, 1, 1, 3);
    // Subject and conclusion each on a row of their own: a nursing home's long name and
    // "Aktuell for vurdering hos Statens helsetilsyn" do not fit side by side at 1366×768.
    skjema->addWidget(m_objektEtikett, 2, 0);
    skjema->addWidget(m_objekt, 2, 1, 1, 3);
    skjema->addWidget(m_konklusjonEtikett, 3, 0);
    skjema->addWidget(m_konklusjon, 3, 1, 1, 3);
    skjema->addWidget(m_begrunnelseEtikett, 4, 0, 1, 4);
    skjema->addWidget(m_begrunnelse, 5, 0, 1, 4);
    m_bestemmelseEtikett->setBuddy(m_bestemmelse);
    m_objektEtikett->setBuddy(m_objekt);
    m_konklusjonEtikett->setBuddy(m_konklusjon);
    m_begrunnelseEtikett->setBuddy(m_begrunnelse);

    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_tabell);
    lag->addLayout(knapper);
    lag->addWidget(m_feil);
    lag->addWidget(m_skjema);

    connect(m_leggTil, &QPushButton::clicked, this, &VurderingsListe::leggTil);
    connect(m_fjern, &QPushButton::clicked, this, &VurderingsListe::fjern);
    connect(m_bestemmelse, &QComboBox::activated, this, [this] {
        const QString kode = m_bestemmelse->currentData().toString();
        m_bestemmelseGrunn->setVisible(false);
        if (m_valgt < 0 || kode.isEmpty() || kode == m_utkast.sak().vurderinger.value(m_valgt).bestemmelse)
            return;
        m_utkast.endre(u"vurderinger[%1].bestemmelse"_s.arg(m_valgt), Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Choose provision")},
                       [&](Tilsynssak &s) { s.vurderinger[m_valgt].bestemmelse = kode; });
    });
    connect(m_objekt, &QComboBox::activated, this, [this] {
        m_utkast.endre(u"vurderinger[%1].objekt"_s.arg(m_valgt), Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Choose subject")},
                       [&](Tilsynssak &s) { s.vurderinger[m_valgt].objekt = m_objekt->currentData().toString(); });
    });
    connect(m_konklusjon, &QComboBox::activated, this, [this] {
        m_utkast.endre(u"vurderinger[%1].konklusjon"_s.arg(m_valgt), Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Choose conclusion")},
                       [&](Tilsynssak &s) { s.vurderinger[m_valgt].konklusjon = m_konklusjon->currentData().toString(); });
    });
    felt::vedTekstendring(m_begrunnelse, this, [this] {
        if (m_valgt < 0)
            return;
        m_utkast.endre(u"vurderinger[%1].begrunnelse"_s.arg(m_valgt), Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit reasoning")},
                       [&](Tilsynssak &s) { s.vurderinger[m_valgt].begrunnelse = m_begrunnelse->toPlainText(); });
    });
}

void VurderingsListe::oversett()
{
    m_tabell->setHorizontalHeaderLabels({tr("Subject"), tr("Provision"), tr("Conclusion")});
    m_leggTil->setText(tr("&Add assessment"));
    m_fjern->setText(tr("&Remove assessment"));
    m_skjema->setTitle(tr("Selected assessment"));
    m_bestemmelseEtikett->setText(tr("&Provision:"));
    m_bestemmelse->lineEdit()->setPlaceholderText(tr("Type part of the law, § or name to search"));
    m_objektEtikett->setText(tr("Su&bject:"));
    m_konklusjonEtikett->setText(tr("Concl&usion:")); // not C/K/N: Search (filter bar), Begrunnelse (nn)
    m_begrunnelseEtikett->setText(tr("Reas&oning (goes into the decision as written):"));
    m_bestemmelse->setAccessibleName(tr("Provision"));
    m_objekt->setAccessibleName(tr("Subject"));
    m_konklusjon->setAccessibleName(tr("Conclusion"));
    m_begrunnelse->setAccessibleName(tr("Reasoning"));
    m_tabell->setAccessibleName(tr("Assessed provisions"));
    m_bestemmelserFor.clear();
    m_objekterFor.clear();
    oppdater();
}

void VurderingsListe::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

void VurderingsListe::velg(int rad)
{
    m_tabell->setCurrentCell(rad, 0);
}

void VurderingsListe::fyllBestemmelser()
{
    const Tilsynssak &sak = m_utkast.sak();
    const Vurdering v = sak.vurderinger.value(m_valgt);
    const Tilsynsobjekt *o = sak.objekt(v.objekt);
    const QString type = o ? o->type : QString();
    const QString niva = o ? o->tjenesteniva.value_or(QString()) : QString();
    const QString noekkel = sak.sektor + u'|' + type + u'|' + niva + u'|' + (nynorsk() ? u"nn"_s : u"nb"_s);
    if (noekkel != m_bestemmelserFor || m_bestemmelse->findData(v.bestemmelse) < 0) {
        const QSignalBlocker b(m_bestemmelse);
        m_bestemmelse->clear();
        QList<KatalogPost> poster;
        // Which provisions apply depends on the subject's type: none before a subject is chosen.
        if (!type.isEmpty()) {
            for (const KatalogPost &p : m_katalog.forSektor(Liste::Bestemmelse, sak.sektor)) {
                if (m_katalog.bestemmelseGjelder(p.kode, type))
                    poster.append(p);
            }
        }
        const Maalform mf = nynorsk() ? Maalform::Nynorsk : Maalform::Bokmaal;
        m_ingenBestemmelser = !poster.isEmpty() ? QString()
            : sak.sektor.isEmpty()             ? tr("Choose the case's sector first.")
            : type.isEmpty()                   ? tr("Choose the subject first: the provisions offered depend on its type.")
                             : tr("No provisions for «%1» in «%2» in the catalogue.")
                                   .arg(m_katalog.navn(Liste::Objekttype, type, mf), m_katalog.navn(Liste::Sektor, sak.sektor, mf));
        // The law of the subject's own service level first, the other level's last: a kommune's
        // sykehjem is assessed against helse- og omsorgstjenesteloven, a hospital against
        // spesialisthelsetjenesteloven. Otherwise the catalogue's order.
        const QString egen = niva == u"kommunal" ? u"hol"_s : niva == u"spesialist" ? u"sphl"_s : QString();
        const QString andre = niva == u"kommunal" ? u"sphl"_s : niva == u"spesialist" ? u"hol"_s : QString();
        auto rang = [&](const KatalogPost &p) {
            const QString lov = p.kode.section(u'-', 0, 0);
            return egen.isEmpty() ? 1 : lov == egen ? 0 : lov == andre ? 2 : 1;
        };
        std::stable_sort(poster.begin(), poster.end(), [&](const KatalogPost &x, const KatalogPost &y) { return rang(x) < rang(y); });
        for (const KatalogPost &p : std::as_const(poster)) {
            m_bestemmelse->addItem(bestemmelseTekst(p, nynorsk()), p.kode);
            // What it requires, as the catalogue words it, as the entry's tool tip; none (no
            // empty tip, no invented text) where the catalogue has none, e.g. hpl. §§ 39–45.
            if (const QString krav = p.kravPaa(mf); !krav.isEmpty())
                m_bestemmelse->setItemData(m_bestemmelse->count() - 1, krav, Qt::ToolTipRole);
        }
        int bredest = 0;
        for (int i = 0; i < m_bestemmelse->count(); ++i)
            bredest = std::max(bredest, m_bestemmelse->fontMetrics().horizontalAdvance(m_bestemmelse->itemText(i)));
        m_bestemmelse->view()->setMinimumWidth(bredest + 32); // the whole name in the list
        m_bestemmelserFor = noekkel;
    }
    const KatalogPost *p = m_katalog.post(Liste::Bestemmelse, v.bestemmelse);
    velgData(m_bestemmelse, v.bestemmelse,
             p ? bestemmelseTekst(*p, nynorsk()) : tr("Unknown provision «%1»").arg(v.bestemmelse));
    // Nothing to offer: the reason stands in the list's place (and as the field's tool tip).
    settTilgjengelig(m_bestemmelse, m_bestemmelse->count() == 0 ? m_ingenBestemmelser : QString());
    m_bestemmelse->lineEdit()->setPlaceholderText(m_bestemmelse->count() == 0 && !m_ingenBestemmelser.isEmpty()
                                                      ? m_ingenBestemmelser
                                                      : tr("Type part of the law, § or name to search"));
}

void VurderingsListe::forklarUtelatte(const QString &soek)
{
    // Only what the search would have found: the sektor's provisions left out for this subject.
    const Tilsynssak &sak = m_utkast.sak();
    const Tilsynsobjekt *o = sak.objekt(sak.vurderinger.value(m_valgt).objekt);
    QStringList grunner;
    const QString s = soek.trimmed();
    if (o && s.size() >= 2) {
        for (const KatalogPost &p : m_katalog.forSektor(Liste::Bestemmelse, sak.sektor)) {
            const int i = m_bestemmelse->findData(p.kode);
            if ((i >= 0 && !m_bestemmelse->itemData(i, kUtenforListen).toBool()) || !bestemmelseTekst(p, nynorsk()).contains(s, Qt::CaseInsensitive))
                continue;
            if (const QString grunn = bestemmelseHindring(sak, *o, p.kode, m_katalog); !grunn.isEmpty())
                grunner.append(grunn.left(1).toUpper() + grunn.mid(1) + u'.');
        }
    }
    if (grunner.size() > 3)
        grunner = grunner.mid(0, 3) + QStringList{u"…"_s};
    const QString tekst = grunner.isEmpty() ? QString() : tr("Not offered for this subject:") + u'\n' + grunner.join(u'\n');
    m_bestemmelseGrunn->setText(tekst);
    m_bestemmelseGrunn->setVisible(!grunner.isEmpty());
    m_bestemmelse->setAccessibleDescription(tekst);
}

void VurderingsListe::visSkjema()
{
    const Tilsynssak &sak = m_utkast.sak();
    const bool har = m_valgt >= 0 && m_valgt < sak.vurderinger.size();
    m_skjema->setEnabled(har);
    if (!har) {
        const QSignalBlocker b1(m_bestemmelse), b2(m_objekt), b3(m_konklusjon), b4(m_begrunnelse);
        m_bestemmelse->setCurrentIndex(-1);
        m_objekt->setCurrentIndex(-1);
        m_konklusjon->setCurrentIndex(-1);
        m_begrunnelse->clear();
        return;
    }
    const Vurdering &v = sak.vurderinger[m_valgt];
    m_skjema->setTitle(tr("Assessment %1 of %2").arg(m_valgt + 1).arg(sak.vurderinger.size()));
    fyllBestemmelser();
    velgData(m_objekt, v.objekt, tr("(not a subject of the case)"));
    const KatalogPost *k = m_katalog.post(Liste::Konklusjon, v.konklusjon);
    velgData(m_konklusjon, v.konklusjon,
             k ? k->navnPaa(nynorsk() ? Maalform::Nynorsk : Maalform::Bokmaal) : tr("Unknown conclusion «%1»").arg(v.konklusjon));
    felt::settTekst(m_begrunnelse, v.begrunnelse);
    m_stavemarkering->settOrdbok(&stavekontroll::ordbok(begrunnelsensMaalform(sak, v.objekt)));
    const QString sti = u"vurderinger[%1]."_s.arg(m_valgt);
    merkFeil(m_bestemmelse, m_utkast.problemerFor(sti + u"bestemmelse"_s));
    merkFeil(m_objekt, m_utkast.problemerFor(sti + u"objekt"_s));
    merkFeil(m_konklusjon, m_utkast.problemerFor(sti + u"konklusjon"_s));
    merkFeil(m_begrunnelse, m_utkast.problemerFor(sti + u"begrunnelse"_s));
}

void VurderingsListe::oppdater()
{
    const Tilsynssak &sak = m_utkast.sak();
    const int antall = int(sak.vurderinger.size());
    const Maalform m = nynorsk() ? Maalform::Nynorsk : Maalform::Bokmaal;

    QString objekter;
    for (const Tilsynsobjekt &o : sak.tilsynsobjekter)
        objekter += u'|' + o.id + u'=' + o.navn;
    if (objekter != m_objekterFor) {
        const QSignalBlocker b(m_objekt);
        m_objekt->clear();
        for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i) {
            const Tilsynsobjekt &o = sak.tilsynsobjekter[i];
            m_objekt->addItem(o.navn.isEmpty() ? tr("Subject %1").arg(i + 1) : o.navn, o.id);
        }
        m_objekterFor = objekter;
    }
    if (m_konklusjon->count() == 0 || m_konklusjon->property("sektor").toString() != sak.sektor
        || m_konklusjon->property("nn").toBool() != nynorsk()) {
        const QSignalBlocker b(m_konklusjon);
        m_konklusjon->clear();
        m_konklusjon->addItem(tr("(choose a conclusion)"), QString());
        for (const KatalogPost &p : m_katalog.forSektor(Liste::Konklusjon, sak.sektor))
            m_konklusjon->addItem(p.navnPaa(m), p.kode);
        m_konklusjon->setProperty("sektor", sak.sektor);
        m_konklusjon->setProperty("nn", nynorsk());
    }

    {
        const QSignalBlocker b(m_tabell);
        m_tabell->setRowCount(antall);
        QStringList feil;
        for (int r = 0; r < antall; ++r) {
            const Vurdering &v = sak.vurderinger[r];
            const Tilsynsobjekt *o = sak.objekt(v.objekt);
            const KatalogPost *p = m_katalog.post(Liste::Bestemmelse, v.bestemmelse);
            const KatalogPost *k = m_katalog.post(Liste::Konklusjon, v.konklusjon);
            const QString tekster[] = {
                o ? (o->navn.isEmpty() ? tr("Subject %1").arg(sak.tilsynsobjekter.indexOf(*o) + 1) : o->navn)
                  : tr("(no subject)"),
                p ? bestemmelseTekst(*p, nynorsk())
                  : (v.bestemmelse.isEmpty() ? tr("(no provision)") : tr("Unknown provision «%1»").arg(v.bestemmelse)),
                k ? k->navnPaa(m) : (v.konklusjon.isEmpty() ? tr("(not chosen)") : tr("Unknown conclusion «%1»").arg(v.konklusjon))};
            for (int kol = 0; kol < AntallKolonner; ++kol) {
                QTableWidgetItem *celle = m_tabell->item(r, kol);
                if (!celle) {
                    celle = new QTableWidgetItem;
                    m_tabell->setItem(r, kol, celle);
                }
                celle->setText(tekster[kol]);
                const Problemer pr = m_utkast.problemerFor(u"vurderinger[%1].%2"_s.arg(r).arg(QString::fromLatin1(kFelt[kol])));
                celle->setForeground(pr.isEmpty() ? palette().text() : QBrush(QColor(0xa3, 0x3b, 0x20)));
            }
            const QString sti = u"vurderinger[%1]"_s.arg(r);
            for (const Problem &x : m_utkast.problemerFor(sti))
                feil.append(tr("Assessment %1: %2").arg(r + 1).arg(x.melding));
        }
        for (const Problem &p : m_utkast.problemer()) {
            if (p.felt == u"vurderinger")
                feil.append(p.melding);
        }
        m_feil->setText(feil.join(u'\n'));
        m_feil->setVisible(!feil.isEmpty());
    }
    m_tabell->resizeColumnToContents(Objekt);
    if (m_tabell->columnWidth(Objekt) > 260)
        m_tabell->setColumnWidth(Objekt, 260); // longer names wrap
    m_tabell->resizeRowsToContents();
    m_valgt = beholdValgtRad(m_tabell, m_valgt, antall);
    visSkjema();
    // Disabled with the reason (sperregrunn.h).
    settTilgjengelig(m_fjern, m_valgt >= 0 ? QString() : tr("Select an assessment in the list first."));
    settTilgjengelig(m_leggTil, !sak.tilsynsobjekter.isEmpty() ? QString()
                                                                : tr("Add a subject first, on the Parties page (Alt+2)."));
}

void VurderingsListe::leggTil()
{
    // No provision and no conclusion are proposed: the caseworker chooses both.
    m_utkast.endre(u"vurderinger+"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Add assessment")}, [&](Tilsynssak &s) {
        s.vurderinger.append(Vurdering{QString(), s.tilsynsobjekter.isEmpty() ? QString() : s.tilsynsobjekter.first().id,
                                       QString(), QString()});
    });
    velg(int(m_utkast.sak().vurderinger.size()) - 1);
    m_bestemmelse->setFocus();
}

void VurderingsListe::fjern()
{
    const int rad = m_valgt;
    if (rad < 0)
        return;
    m_utkast.endre(u"vurderinger-"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Remove assessment")}, [&](Tilsynssak &s) { s.vurderinger.removeAt(rad); });
}

} // namespace tilsyn
