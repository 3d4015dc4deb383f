#include "oppfolgingvisning.h"

#include "datofelt.h"
#include "lukketaster.h"
#include "standardknapper.h"
#include "domain/datotolking.h"
#include "domain/katalog.h"
#include "items/oppfolgingfilter.h"
#include "items/oppfolgingmodell.h"
#include "sperregrunn.h"
#include "store/oppfolgingrepository.h"
#include "rullevern.h"
#include "store/sakrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColor>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

enum LovbruddKolonne { BestemmelseKolonne, KravKolonne, FristKolonne, DokumentasjonKolonne, RettetKolonne, AntallKolonner };

QString norskDato(const QDate &d)
{
    return visDato(d);
}

Datofelt *datofelt(const QString &navn)
{
    auto *d = new Datofelt;
    d->setObjectName(navn);
    return d;
}

} // namespace

OppfolgingVisning::OppfolgingVisning(OppfolgingRepository &oppfolging, const SakRepository &saker,
                                     const Katalog &katalog, const QString &bruker, QWidget *parent)
    : QWidget(parent), m_oppfolging(oppfolging), m_saker(saker), m_katalog(katalog), m_bruker(bruker),
      m_modell(new OppfolgingModell(oppfolging, saker, this)), m_filter(new OppfolgingFilter(this))
{
    Rullevern::installer();
    byggSkjema();
    oversett();
    settIdag(m_idag);
    visSak();
}

void OppfolgingVisning::byggSkjema()
{
    m_filter->setSourceModel(m_modell);
    m_filterFelt = new QLineEdit;
    m_filterFelt->setObjectName(u"oppfolgingFilter"_s);
    m_filterFelt->setClearButtonEnabled(true);
    m_filterEtikett = new QLabel;
    m_filterEtikett->setBuddy(m_filterFelt);
    connect(m_filterFelt, &QLineEdit::textChanged, m_filter, &OppfolgingFilter::settTekst);
    m_liste = new QTableView;
    m_liste->setObjectName(u"oppfolgingsliste"_s);
    m_liste->setModel(m_filter);
    // Enter or Down in the filter goes to the list (its first row when none is chosen).
    auto tilListen = [this] {
        if (!m_liste->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_liste->setCurrentIndex(m_filter->index(0, 0));
        m_liste->setFocus(Qt::TabFocusReason);
    };
    connect(m_filterFelt, &QLineEdit::returnPressed, this, tilListen);
    auto *ned = new QAction(m_filterFelt);
    ned->setShortcut(Qt::Key_Down);
    ned->setShortcutContext(Qt::WidgetShortcut);
    m_filterFelt->addAction(ned);
    connect(ned, &QAction::triggered, this, tilListen);
    m_liste->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_liste->setSelectionMode(QAbstractItemView::SingleSelection);
    m_liste->verticalHeader()->hide();
    m_liste->horizontalHeader()->setStretchLastSection(true);
    connect(m_liste->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &gjeldende) {
                m_sakId = m_modell->id(m_filter->mapToSource(gjeldende).row());
                visSak();
            });

    m_visAvsluttede = new QCheckBox;
    m_visAvsluttede->setObjectName(u"visAvsluttede"_s);
    connect(m_visAvsluttede, &QCheckBox::toggled, this, [this](bool vis) {
        const QString sak = m_sakId;
        m_modell->settVisAvsluttede(vis);
        velgSak(sak);
    });
    m_logg = new QTableWidget(0, 4);
    m_logg->setObjectName(u"logg"_s);
    m_logg->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logg->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logg->setTabKeyNavigation(false);
    m_logg->verticalHeader()->hide();
    m_logg->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logg->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_logg->horizontalHeader()->setStretchLastSection(false);
    m_logg->setWordWrap(false);
    m_loggEtikett = new QLabel;
    m_loggEtikett->setBuddy(m_logg);

    m_tittel = new QLabel;
    m_tittel->setObjectName(u"tittel"_s);
    m_lovbrudd = new QTableWidget(0, AntallKolonner);
    m_lovbrudd->setObjectName(u"lovbrudd"_s);
    m_lovbrudd->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lovbrudd->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lovbrudd->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lovbrudd->verticalHeader()->hide();
    m_lovbrudd->horizontalHeader()->setStretchLastSection(true);
    m_lovbrudd->setTabKeyNavigation(false);
    m_liste->setTabKeyNavigation(false);
    connect(m_lovbrudd, &QTableWidget::currentCellChanged, this, [this](int rad, int, int forrige) {
        if (rad != forrige)
            visLovbrudd();
        oppdaterKnapper();
    });

    auto knapp = [this](const QString &navn, void (OppfolgingVisning::*handling)()) {
        auto *k = new QPushButton;
        k->setObjectName(navn);
        connect(k, &QPushButton::clicked, this, handling);
        return k;
    };

    m_kravBoks = new QGroupBox;
    m_kravBoks->setObjectName(u"kravBoks"_s);
    m_krav = new QLineEdit;
    m_krav->setObjectName(u"krav"_s);
    m_frist = datofelt(u"frist"_s);
    m_settKrav = knapp(u"settKrav"_s, &OppfolgingVisning::settKrav);
    auto *kravSkjema = new QFormLayout(m_kravBoks);
    m_kravEtikett = new QLabel;
    m_fristEtikett = new QLabel;
    kravSkjema->addRow(m_kravEtikett, m_krav);
    kravSkjema->addRow(m_fristEtikett, m_frist);
    kravSkjema->addRow(QString(), m_settKrav);

    m_hendelseBoks = new QGroupBox;
    m_dato = datofelt(u"dato"_s);
    m_tekst = new QLineEdit;
    m_tekst->setObjectName(u"tekst"_s);
    m_bevis = new QLineEdit;
    m_bevis->setObjectName(u"bevis"_s);
    m_milepel = knapp(u"milepel"_s, &OppfolgingVisning::leggTilMilepel);
    m_dokumentasjon = knapp(u"dokumentasjon"_s, &OppfolgingVisning::registrerDokumentasjon);
    m_purring = knapp(u"purring"_s, &OppfolgingVisning::registrerPurring);
    m_rettet = knapp(u"rettet"_s, &OppfolgingVisning::markerRettet);
    auto *hendelseknapper = new QHBoxLayout;
    hendelseknapper->addWidget(m_milepel);
    hendelseknapper->addWidget(m_dokumentasjon);
    hendelseknapper->addWidget(m_purring);
    hendelseknapper->addStretch();
    auto *hendelseSkjema = new QFormLayout(m_hendelseBoks);
    m_datoEtikett = new QLabel;
    m_tekstEtikett = new QLabel;
    m_bevisEtikett = new QLabel;
    hendelseSkjema->addRow(m_datoEtikett, m_dato);
    hendelseSkjema->addRow(m_tekstEtikett, m_tekst);
    hendelseSkjema->addRow(QString(), hendelseknapper);
    hendelseSkjema->addRow(m_bevisEtikett, m_bevis);
    hendelseSkjema->addRow(QString(), m_rettet);

    m_avslutt = knapp(u"avslutt"_s, &OppfolgingVisning::avslutt);
    m_melding = new QLabel;
    m_melding->setObjectName(u"melding"_s);
    m_melding->setWordWrap(true);
    m_melding->setStyleSheet(u"color: #a33b20;"_s);

    auto *hoeyre = new QWidget;
    auto *h = new QVBoxLayout(hoeyre);
    h->addWidget(m_tittel);
    h->addWidget(m_lovbrudd, 1);
    h->addWidget(m_kravBoks);
    h->addWidget(m_hendelseBoks);
    auto *bunn = new QHBoxLayout;
    bunn->addWidget(m_melding, 1);
    bunn->addWidget(m_avslutt);
    h->addLayout(bunn);

    auto *venstre = new QWidget;
    auto *v = new QVBoxLayout(venstre);
    v->setContentsMargins(0, 0, 0, 0);
    auto *filterlinje = new QHBoxLayout;
    filterlinje->addWidget(m_filterEtikett);
    filterlinje->addWidget(m_filterFelt, 1);
    filterlinje->addWidget(m_visAvsluttede); // on the filter's row: it filters the list too
    v->addLayout(filterlinje);
    v->addWidget(m_liste, 1);
    auto *deler = new QSplitter;
    deler->addWidget(venstre);
    deler->addWidget(hoeyre);
    deler->setStretchFactor(1, 2);
    // Every column of both lists whole at 1366×768: the numbers, dates, states and provisions
    // (law and §) as wide as their texts; the free text (subject names, the requirement) takes the
    // rest, cut with "…" and whole in the tooltip (issue 10: a long requirement squeezed the
    // provision to "emn / s…" and cut the Corrected column).
    QHeaderView *topp = m_liste->horizontalHeader();
    topp->setSectionResizeMode(QHeaderView::ResizeToContents);
    topp->setSectionResizeMode(OppfolgingModell::TilsynsobjektColumn, QHeaderView::Stretch);
    topp->setStretchLastSection(false);
    QHeaderView *lovbrudd = m_lovbrudd->horizontalHeader();
    lovbrudd->setSectionResizeMode(QHeaderView::ResizeToContents);
    lovbrudd->setSectionResizeMode(KravKolonne, QHeaderView::Stretch);
    m_lovbrudd->setWordWrap(false);
    lovbrudd->setStretchLastSection(false);
    deler->setSizes({560, 780});
    // A window of its own: a Close button, Escape and Ctrl+W close it (issue 10).
    m_lukk = lukkeknapp(this);
    auto *nederst = new QHBoxLayout;
    nederst->addStretch(1);
    nederst->addWidget(m_lukk);
    // The selected follow-up's events under both columns, full width: read after the form in
    // Tab order (the form's last button, the events, Close), as they are on the screen.
    auto *l = new QVBoxLayout(this);
    l->addWidget(deler, 3);
    l->addWidget(m_loggEtikett);
    l->addWidget(m_logg, 1);
    l->addLayout(nederst);
    QWidget::setTabOrder(m_avslutt, m_logg);
    QWidget::setTabOrder(m_logg, m_lukk);
}

void OppfolgingVisning::closeEvent(QCloseEvent *event)
{
    // What is typed in the event form is stored only by its buttons: do not throw it away unasked.
    if (!m_tekst->text().trimmed().isEmpty() || !m_bevis->text().trimmed().isEmpty()) {
        QMessageBox spoers(QMessageBox::Question, tr("Follow-up of breaches"),
                           tr("The description or evidence you typed is not registered. Close the window and discard it?"),
                           QMessageBox::Discard | QMessageBox::Cancel, this);
        spoers.setDefaultButton(QMessageBox::Cancel);
        medBokstaver(spoers); // "Forkast" had no Alt letter (issue 10)
        const auto svar = QMessageBox::StandardButton(spoers.exec());
        if (svar != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    QWidget::closeEvent(event);
}

void OppfolgingVisning::oversett()
{
    m_lovbrudd->setHorizontalHeaderLabels(
        {tr("Provision"), tr("Requirement"), tr("Deadline"), tr("Documentation"), tr("Corrected")});
    m_kravBoks->setTitle(tr("What the service must document"));
    m_kravEtikett->setText(tr("Re&quirement:"));
    m_kravEtikett->setBuddy(m_krav);
    m_fristEtikett->setText(tr("&Deadline:"));
    m_fristEtikett->setBuddy(m_frist);
    m_settKrav->setText(tr("&Set requirement and deadline"));
    m_hendelseBoks->setTitle(tr("Events of the selected breach"));
    m_datoEtikett->setText(tr("D&ate:"));
    m_datoEtikett->setBuddy(m_dato);
    m_tekstEtikett->setText(tr("Descri&ption:"));
    m_tekstEtikett->setBuddy(m_tekst);
    m_milepel->setText(tr("Add &milestone"));
    m_dokumentasjon->setText(tr("Documentation &received"));
    m_purring->setText(tr("Register rem&inder"));
    m_bevisEtikett->setText(tr("E&vidence:"));
    m_bevisEtikett->setBuddy(m_bevis);
    m_bevis->setPlaceholderText(tr("What shows that practice has changed and stays changed"));
    m_rettet->setText(tr("Mark &corrected"));
    m_avslutt->setText(tr("Close f&ollow-up"));
    m_lukk->setText(tr("Clos&e window"));
    m_lukk->setToolTip(tr("Close this window (Esc, Ctrl+W)"));
    m_liste->setAccessibleName(tr("Open follow-ups"));
    m_visAvsluttede->setText(tr("Sho&w closed follow-ups"));
    m_visAvsluttede->setToolTip(tr("Lists the closed follow-ups too, after the open ones"));
    m_loggEtikett->setText(tr("Even&ts of the selected follow-up:"));
    m_logg->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Provision"), tr("By")});
    m_logg->setAccessibleName(tr("Events of the selected follow-up"));
    m_filterEtikett->setText(tr("&Filter:"));
    m_filterFelt->setPlaceholderText(tr("Case number, subject or status"));
    m_filterFelt->setToolTip(tr("Shows the follow-ups whose case number, subject or status contains every word typed. "
                                "Enter or Down goes to the list."));
    m_lovbrudd->setAccessibleName(tr("Breaches of the selected case"));
    visSak();
}

void OppfolgingVisning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(event);
}

void OppfolgingVisning::settIdag(const QDate &idag)
{
    m_idag = idag;
    const QString sak = m_sakId;
    m_modell->settIdag(idag);
    m_dato->settDato(idag);
    velgSak(sak);
}

bool OppfolgingVisning::velgSak(const QString &sakId)
{
    const int rad = m_modell->radForId(sakId);
    if (rad >= 0 && !m_filter->mapFromSource(m_modell->index(rad, 0)).isValid())
        m_filterFelt->clear(); // a follow-up asked for by name is shown, whatever the filter
    if (rad < 0) {
        m_liste->selectionModel()->clearSelection();
        m_sakId.clear();
        visSak();
        return false;
    }
    m_liste->setCurrentIndex(m_filter->mapFromSource(m_modell->index(rad, 0))); // visSak() via currentRowChanged
    m_sakId = sakId;
    visSak();
    return true;
}

void OppfolgingVisning::velgLovbrudd(int rad)
{
    m_lovbrudd->setCurrentCell(rad, 0);
}

void OppfolgingVisning::visSak()
{
    const int valgt = m_lovbrudd->currentRow();
    const Oppfolging *o = m_modell->oppfolging(m_modell->radForId(m_sakId));
    const QList<Lovbruddoppfolging> liste = o ? o->lovbrudd : QList<Lovbruddoppfolging>();
    const std::optional<Tilsynssak> sak = o ? m_saker.hent(m_sakId) : std::nullopt;
    // The tilsynsobjekt a lovbrudd concerns, by its name (empty when not in the case).
    auto objektnavn = [&sak](const QString &objekt) {
        if (sak)
            for (const Tilsynsobjekt &t : sak->tilsynsobjekter)
                if (t.id == objekt)
                    return t.navn;
        return QString();
    };
    m_objektnavn.clear();
    if (o) {
        const QString nr = sak && sak->saksnummer ? tr("Case %1").arg(*sak->saksnummer) : tr("Draft (no case number yet)");
        QStringList objekter;
        for (const Lovbruddoppfolging &l : liste)
            if (const QString n = objektnavn(l.objekt); !n.isEmpty() && !objekter.contains(n))
                objekter.append(n);
        QString tittel = objekter.isEmpty() ? tr("%1 – follow-up started %2").arg(nr, norskDato(o->startet))
                                            : tr("%1 – %2 – follow-up started %3")
                                                  .arg(nr, objekter.join(u", "_s), norskDato(o->startet));
        if (o->erAvsluttet())
            tittel = tr("%1, closed %2").arg(tittel, norskDato(o->avsluttet));
        m_tittel->setText(tittel);
    } else {
        m_tittel->setText(tr("Select a follow-up in the list."));
    }
    const Maalform form = uiMaalform();
    m_lovbrudd->setRowCount(int(liste.size()));
    for (int i = 0; i < liste.size(); ++i) {
        const Lovbruddoppfolging &l = liste[i];
        m_objektnavn.append(objektnavn(l.objekt));
        // The provision by its law and paragraph and its name ("helsepersonelloven § 4: Plikt
        // til forsvarlighet"), never its code.
        const KatalogPost *post = m_katalog.post(Katalog::Liste::Bestemmelse, l.bestemmelse);
        const QString navn = bestemmelseVist(m_katalog, l.bestemmelse);
        const QString heltNavn = !post || post->paragrafPaa(form).isEmpty()
                                     ? navn : u"%1: %2"_s.arg(post->paragrafPaa(form), post->navnPaa(form));
        const int dokumenter = int(std::count_if(l.hendelser.cbegin(), l.hendelser.cend(), [](const Oppfolgingshendelse &h) {
            return h.type == Oppfolgingshendelse::Type::Dokumentasjon;
        }));
        const QStringList celler = {navn, l.krav, norskDato(l.frist),
                                    dokumenter > 0 ? tr("%Ln received", nullptr, dokumenter) : QString(),
                                    l.erRettet() ? norskDato(l.rettet) : QString()};
        for (int k = 0; k < AntallKolonner; ++k) {
            auto *celle = new QTableWidgetItem(celler[k]);
            if (k == FristKolonne && l.forfalt(m_idag))
                celle->setForeground(QColor(0xa3, 0x3b, 0x20));
            if (k == RettetKolonne && l.erRettet())
                celle->setToolTip(l.bevis);
            else if (k == BestemmelseKolonne) // the provision's name
                celle->setToolTip(heltNavn);
            else if (k == KravKolonne) // whole, when the column cuts it
                celle->setToolTip(celler[k]);
            m_lovbrudd->setItem(i, k, celle);
        }
    }
    if (!liste.isEmpty()) {
        const QSignalBlocker b(m_lovbrudd);
        m_lovbrudd->setCurrentCell(std::clamp(valgt, 0, int(liste.size()) - 1), 0);
    }
    visLovbrudd();
    visLogg();
    oppdaterKnapper();
}

void OppfolgingVisning::visLovbrudd()
{
    // The form shows what is stored for the selected lovbrudd; a frist not yet set proposes the
    // deadline the decision gave.
    const Oppfolging *o = m_modell->oppfolging(m_modell->radForId(m_sakId));
    const int rad = m_lovbrudd->currentRow();
    if (!o || rad < 0 || rad >= o->lovbrudd.size()) {
        m_krav->clear();
        m_frist->settDato(QDate());
        m_kravBoks->setTitle(tr("What the service must document"));
        return;
    }
    const Lovbruddoppfolging &l = o->lovbrudd[rad];
    m_krav->setText(l.krav);
    QDate frist = l.frist;
    if (!frist.isValid())
        frist = m_oppfolging.avgjorelsesfrist(m_sakId);
    m_frist->settDato(frist.isValid() ? frist : m_idag);
    const QString navn = m_lovbrudd->item(rad, BestemmelseKolonne) ? m_lovbrudd->item(rad, BestemmelseKolonne)->text() : QString();
    const QString objekt = rad < m_objektnavn.size() ? m_objektnavn[rad] : QString();
    m_kravBoks->setTitle(objekt.isEmpty() ? tr("What the service must document: %1").arg(navn)
                                          : tr("What %1 must document: %2").arg(objekt, navn));
}

void OppfolgingVisning::oppdaterKnapper()
{
    const Oppfolging *o = m_modell->oppfolging(m_modell->radForId(m_sakId));
    const bool aapen = o && !o->erAvsluttet();
    const bool harLovbrudd = aapen && valgtLovbrudd() != 0;
    // Disabled with the reason (sperregrunn.h).
    const QString lukket = !o ? tr("Select a follow-up in the list.")
                          : !aapen ? tr("This follow-up was closed on %1.").arg(norskDato(o->avsluttet))
                                   : QString();
    const QString ingenLovbrudd = !lukket.isEmpty() ? lukket
                                  : harLovbrudd    ? QString()
                                                   : tr("Select a breach of the law in the list first.");
    for (QWidget *w : {static_cast<QWidget *>(m_kravBoks), static_cast<QWidget *>(m_hendelseBoks)})
        settTilgjengelig(w, ingenLovbrudd);
    settTilgjengelig(m_avslutt, lukket);
    if (aapen)
        m_avslutt->setToolTip(tr("Asks first; then offers the closing letter to the service's leadership."));
}

qint64 OppfolgingVisning::valgtLovbrudd() const
{
    const Oppfolging *o = m_modell->oppfolging(m_modell->radForId(m_sakId));
    const int rad = m_lovbrudd->currentRow();
    return o && rad >= 0 && rad < o->lovbrudd.size() ? o->lovbrudd[rad].id : 0;
}

void OppfolgingVisning::utfall(const Problemer &p)
{
    m_problemer = p;
    QStringList linjer;
    for (const Problem &x : p)
        linjer.append(x.melding);
    m_melding->setText(linjer.join(u'\n'));
    // Refusals in the calm brick red; what went well (closing says so) in the normal colour.
    m_melding->setStyleSheet(p.isEmpty() ? QString() : u"color: #a33b20;"_s);
    if (!p.isEmpty())
        return;
    const QString sak = m_sakId;
    const int rad = m_lovbrudd->currentRow();
    m_modell->lesPaaNytt();
    if (velgSak(sak) && rad >= 0)
        velgLovbrudd(rad);
    emit endret(sak);
}

Problemer OppfolgingVisning::startOppfolging(const QString &sakId)
{
    const Problemer p = m_oppfolging.start(sakId, m_idag, Endringskontekst{.bruker = m_bruker});
    if (p.isEmpty())
        m_sakId = sakId;
    utfall(p);
    return p;
}

void OppfolgingVisning::settKrav()
{
    if (m_frist->tekstfelt()->hasFocus() && !m_frist->bekreft()) {
        utfall({{u"frist"_s, m_frist->feil()}});
        return;
    }
    utfall(m_oppfolging.settKrav(valgtLovbrudd(), m_krav->text(), m_frist->dato(), Endringskontekst{.bruker = m_bruker}));
}

void OppfolgingVisning::leggTilMilepel()
{
    utfall(m_oppfolging.leggTilMilepel(valgtLovbrudd(), m_dato->dato(), m_tekst->text(),
                                       Endringskontekst{.bruker = m_bruker}));
    if (m_problemer.isEmpty())
        m_tekst->clear();
}

void OppfolgingVisning::registrerDokumentasjon()
{
    utfall(m_oppfolging.registrerDokumentasjon(valgtLovbrudd(), m_dato->dato(), m_tekst->text(),
                                               Endringskontekst{.bruker = m_bruker}));
    if (m_problemer.isEmpty())
        m_tekst->clear();
}

void OppfolgingVisning::registrerPurring()
{
    utfall(m_oppfolging.registrerPurring(valgtLovbrudd(), m_dato->dato(), Endringskontekst{.bruker = m_bruker}));
}

void OppfolgingVisning::markerRettet()
{
    utfall(m_oppfolging.markerRettet(valgtLovbrudd(), m_dato->dato(), m_bevis->text(),
                                     Endringskontekst{.bruker = m_bruker}));
    if (m_problemer.isEmpty())
        m_bevis->clear();
}

} // namespace tilsyn
