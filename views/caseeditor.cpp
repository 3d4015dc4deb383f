#include "caseeditor.h"

#include "akseleratoromraade.h"
#include "angrevidere.h"
#include "avslutningsgrunn.h"
#include "items/innstillinger.h"
#include "brevreferansefelt.h"
#include "caseeditortekster.h"
#include "datofelt.h"
#include "domain/frist.h"
#include "domain/katalog.h"
#include "feltverdier.h"
#include "items/gjenoppretting.h"
#include "items/sakendring.h"
#include "items/sakutkast.h"
#include "kodeliste.h"
#include "objektliste.h"
#include "redigeringsstil.h"
#include "saksnummerfelt.h"
#include "rullevern.h"
#include "stavekontroll.h"
#include "tekst/stavemarkering.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"
#include "valgfridato.h"
#include "vurderingsliste.h"

#include <QApplication>
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
#include <QStandardItemModel>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

using namespace felt;

CaseEditor::CaseEditor(SakRepository &repo, const Katalog &katalog, QString bruker, QWidget *parent)
    : QWidget(parent)
    , m_repo(repo)
    , m_katalog(katalog)
    , m_bruker(std::move(bruker))
    , m_utkast(new SakUtkast(katalog, this))
    , m_gjenoppretting(new Gjenoppretting(*m_utkast, Gjenoppretting::mappeFor(repo.lagerSti()), this))
    , m_spoer([this](const QString &t) {
        return QMessageBox::question(this, tr("Tilsynsklient"), t) == QMessageBox::Yes;
    })
    , m_varsle([this](const QString &t) { QMessageBox::warning(this, tr("Tilsynsklient"), t); })
{
    Rullevern::installer();
    merkAkseleratoromraade(this); // its labels' Alt letters win while the focus is in the case
    bygg();
    koble();
    oversett();
    angreVidere(this); // Ctrl+Z in a field with nothing of its own to undo undoes the case's last step
    setEnabled(false);
}

CaseEditor::~CaseEditor() = default;

void CaseEditor::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

void CaseEditor::koble()
{
    SakUtkast *u = m_utkast;
    connect(u, &SakUtkast::endret, this, &CaseEditor::oppdater);
    // A field reached by its letter (or a click) is scrolled into view on its page, as Tab does.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *ny) {
        if (auto *rull = ny ? qobject_cast<QScrollArea *>(m_faner->currentWidget()) : nullptr; rull && rull->widget()->isAncestorOf(ny))
            rull->ensureWidgetVisible(ny, 20, 20);
    });
    // A page reached with Alt+N for the first time on this case starts in its first field: the
    // page's stack would give the focus back to the field the previous case left it in (a
    // combo box or a check box where typing is lost or Space closes the case).
    connect(m_faner, &QTabWidget::currentChanged, this, [this](int side) {
        if (m_besoekteSider.contains(side))
            return;
        m_besoekteSider.append(side);
        const QWidget *fokus = QApplication::focusWidget();
        if (fokus && (isAncestorOf(fokus) || fokus == this))
            foersteFelt(m_faner->widget(side))->setFocus(Qt::TabFocusReason);
    });
    connect(m_gjenoppretting, &Gjenoppretting::skrivefeil, this, [this](const QString &feil) {
        m_varsle(tr("The recovery copy of this case could not be written:\n%1\n\nYour unsaved changes are only in "
                    "this window until you save the case.").arg(feil));
    });
    connect(m_saksnummer, &QLineEdit::textEdited, this, [this, u](const QString &t) {
        u->endre(u"saksnummer"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change case number")}, [&](Tilsynssak &s) { s.saksnummer = valgfri(t.trimmed()); });
    });
    connect(m_mottatt, &Datofelt::datoEndret, this, [this, u](const QDate &d) {
        u->endre(u"mottatt"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change received date")}, [&](Tilsynssak &s) { s.mottatt = d; });
    });
    connect(m_sektor, &QComboBox::activated, this, [this, u] {
        u->endre(u"sektor"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change sector")}, [&](Tilsynssak &s) { s.sektor = m_sektor->currentData().toString(); });
    });
    connect(m_embete, &QComboBox::activated, this, [this, u] {
        u->endre(u"embete"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change office")}, [&](Tilsynssak &s) { s.embete = m_embete->currentData().toString(); });
    });
    connect(m_saksbehandler, &QLineEdit::textEdited, this, [this, u](const QString &t) {
        u->endre(u"saksbehandler"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change case officer")}, [&](Tilsynssak &s) { s.saksbehandler = valgfri(t); });
    });
    connect(m_alvorlig, &QCheckBox::clicked, this, [this, u](bool paa) {
        u->endre(u"alvorlig"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change serious")}, [&](Tilsynssak &s) { s.alvorlig = paa; });
    });
    connect(m_kilder, &KodeListe::itemChanged, this, [this, u] {
        u->endre(u"kilder#"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change sources")}, [&](Tilsynssak &s) { s.kilder = m_kilder->valgte(); });
    });
    connect(m_temaer, &KodeListe::itemChanged, this, [this, u] {
        u->endre(u"temaer#"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change themes")}, [&](Tilsynssak &s) { s.temaer = m_temaer->valgte(); });
    });
    connect(m_bVurdert, &QCheckBox::clicked, this, &CaseEditor::endreBrukerinvolvering);
    connect(m_bMote, &QCheckBox::clicked, this, &CaseEditor::endreBrukerinvolvering);
    connect(m_bMerknad, &QLineEdit::textEdited, this, &CaseEditor::endreBrukerinvolvering);
    vedTekstendring(m_sammendrag, this, [this, u] {
        u->endre(u"sammendrag"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit summary")},
                 [&](Tilsynssak &s) { s.sammendrag = valgfri(m_sammendrag->toPlainText()); });
    });
    connect(m_innsenderNavn, &QLineEdit::textEdited, this, &CaseEditor::endreInnsender);
    vedTekstendring(m_innsenderAdresse, this, [this] { endreInnsender(); });
    connect(m_innsenderMaalform, &QComboBox::activated, this, &CaseEditor::endreInnsender);
    connect(m_innsenderDeres, &Brevreferansefelt::endret, this, &CaseEditor::endreInnsender);
    connect(m_bm, &QButtonGroup::idClicked, this, &CaseEditor::byttBm);
    const QList<std::pair<ValgfriDato *, QDate Tilsynssak::*>> datoer{
        {m_oversendt, &Tilsynssak::oversendt}, {m_rapport, &Tilsynssak::rapportMottatt},
        {m_mote, &Tilsynssak::mote}, {m_avsluttet, &Tilsynssak::avsluttet}};
    for (const auto &[felt, medlem] : datoer) {
        connect(felt, &ValgfriDato::datoEndret, this, [this, u, felt = felt, medlem = medlem](const QDate &d) {
            u->endre(felt->objectName(), Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change date")}, [&](Tilsynssak &s) { s.*medlem = d; });
        });
    }
    connect(m_utfall, &QComboBox::activated, this, [this, u](int i) {
        // A disabled outcome is not offered; a letter typed on the closed box must not pick one either.
        const auto *m = qobject_cast<const QStandardItemModel *>(m_utfall->model());
        if (m && m->item(i) && !m->item(i)->isEnabled()) {
            velg(m_utfall, u->sak().utfall.value_or(QString()));
            return;
        }
        u->endre(u"utfall"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change outcome")}, [&](Tilsynssak &s) { s.utfall = valgfri(m_utfall->currentData().toString()); });
    });
}

void CaseEditor::endreInnsender()
{
    m_utkast->endre(u"innsender"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit submitter")}, [&](Tilsynssak &s) {
        const Innsender inn{m_innsenderNavn->text(), m_innsenderAdresse->toPlainText(),
                            valgfri(m_innsenderMaalform->currentData().toString()), m_innsenderDeres->dato(),
                            m_innsenderDeres->referanse()};
        s.innsender = inn == Innsender{} ? std::nullopt : std::optional<Innsender>(inn); // nothing typed: none
    });
}

void CaseEditor::endreBrukerinvolvering()
{
    m_utkast->endre(u"brukerinvolvering"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Edit user involvement")}, [&](Tilsynssak &s) {
        s.brukerinvolvering = Brukerinvolvering{m_bVurdert->isChecked(), m_bMote->isChecked(), m_bMerknad->text()};
    });
}

void CaseEditor::byttBm(int bm)
{
    const Tilsynssak &sak = m_utkast->sak();
    if (sak.behandlingsmaate == bm)
        return;
    if (sak.behandlingsmaate == 5 && !sak.vurderinger.isEmpty()
        && !m_spoer(tr("This case has %Ln assessed provision(s). Changing the handling method away from 5 "
                       "removes them and the outcome. Change anyway?", nullptr, int(sak.vurderinger.size())))) {
        oppdater(); // put the radio button back
        return;
    }
    // Issue 10: the arrows choose each method on the way (Down from 1 to 5 passes 2, 3, 4), and the
    // steps merge into one undo entry. Each step starts from the case as it was before the first,
    // so passing a method clears nothing that the method finally chosen keeps (Up from 3 and Down
    // again kept no rapport date before): browsing is the same as choosing once.
    const QUndoStack *stabel = m_utkast->undoStack();
    const auto *forrige = stabel->index() > 0 && stabel->index() != stabel->cleanIndex() // as QUndoStack merges
        ? dynamic_cast<const SakEndring *>(stabel->command(stabel->index() - 1)) : nullptr;
    const Tilsynssak *start = forrige && forrige->felt() == u"behandlingsmaate" ? &forrige->foer() : nullptr;
    m_utkast->endre(u"behandlingsmaate"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Change handling method")}, [&](Tilsynssak &s) {
        if (start) { // the merge's start: what the earlier steps cleared comes back
            s.oversendt = start->oversendt;
            s.rapportMottatt = start->rapportMottatt;
            s.mote = start->mote;
            s.vurderinger = start->vurderinger;
            s.utfall = start->utfall;
        }
        s.behandlingsmaate = bm;
        // Dates and results that belong to other methods go; undo brings them back.
        if (bm != 2 && bm != 3)
            s.oversendt = QDate();
        if (bm != 3)
            s.rapportMottatt = QDate();
        if (bm != 4)
            s.mote = QDate();
        if (bm != 5) {
            s.vurderinger.clear();
            s.utfall.reset();
        }
    });
}

void CaseEditor::oppdater()
{
    const Tilsynssak &s = m_utkast->sak();
    m_tittel->setText(s.saksnummer ? tr("Case %1").arg(*s.saksnummer) : tr("Draft (no case number yet)"));
    if (m_mottatt->dato() != s.mottatt || !m_mottatt->feil().isEmpty())
        m_mottatt->settDato(s.mottatt);
    velg(m_sektor, s.sektor);
    velg(m_embete, s.embete);
    settTekst(m_saksbehandler, s.saksbehandler.value_or(QString()));
    m_alvorlig->setChecked(s.alvorlig);
    m_kilder->vis(s.sektor, s.kilder);
    m_temaer->vis(s.sektor, s.temaer);
    const Brukerinvolvering b = s.brukerinvolvering.value_or(Brukerinvolvering{});
    m_bVurdert->setChecked(b.vurdert);
    m_bMote->setChecked(b.tilbudtMote);
    settTekst(m_bMerknad, b.merknad);
    settTekst(m_sammendrag, s.sammendrag.value_or(QString()));
    const Innsender inn = s.innsender.value_or(Innsender{});
    settTekst(m_innsenderNavn, inn.navn);
    settTekst(m_innsenderAdresse, inn.adresse);
    velg(m_innsenderMaalform, inn.maalform.value_or(QString()));
    m_innsenderDeres->vis(inn.deresDato, inn.deresRef);
    // The summary is checked in the written form of the person who made the henvendelse.
    m_sammendragStaving->settOrdbok(&stavekontroll::ordbok(maalformFraKode(inn.maalform.value_or(QString()))));

    const int bm = s.behandlingsmaate.value_or(0);
    {
        const QSignalBlocker bl(m_bm);
        if (QAbstractButton *k = m_bm->button(bm))
            k->setChecked(true);
        else if (QAbstractButton *valgt = m_bm->checkedButton()) {
            m_bm->setExclusive(false);
            valgt->setChecked(false);
            m_bm->setExclusive(true);
        }
    }
    const Fristregel *regel = m_katalog.behandlingsmaate(bm);
    if (bm >= 1 && bm <= 5 && regel) {
        m_bmVeiledning->setText(u"<b>%1</b><br>%2"_s.arg(regel->navnPaa(uiMaalform()).toHtmlEscaped(),
                                                        bmVeiledning(bm).arg(regel->fristTekst)));
        const Frist frist = beregnFrist(s, m_katalog, QDate::currentDate());
        QString tekst = tr("Deadline: %1").arg(frist.fristDato.toString(u"dd.MM.yyyy"_s));
        if (frist.aapen())
            tekst += frist.dagerIgjen < 0 ? tr(" – %Ln day(s) overdue", nullptr, -frist.dagerIgjen)
                                          : tr(" – %Ln day(s) left", nullptr, frist.dagerIgjen);
        else if (frist.status == Friststatus::InnenFrist)
            tekst += tr(" – milestone reached in time");
        else if (frist.status == Friststatus::EtterFrist)
            tekst += tr(" – milestone reached after the deadline");
        if (frist.aapen() && boerSendeForsinkelsesmelding(frist, Innstillinger::fristvalg()))
            tekst += u"\n"_s + tr("Consider a delay notice to the person who made the request (Write letter… → forsinkelsesmelding).");
        // BM 3 after the request: the case's current frist is the service's report (gjeldendeFrist).
        const QDate idag = QDate::currentDate();
        const GjeldendeFrist gjeldende = gjeldendeFrist({.mottatt = s.mottatt, .behandlingsmaate = s.behandlingsmaate,
                                                         .avsluttet = s.avsluttet, .fristDato = frist.fristDato,
                                                         .milepel = frist.milepel, .rapportMottatt = s.rapportMottatt,
                                                         .rapportfrist = s.id.isEmpty() ? QDate() : m_oppslag.rapportfrist(s.id)},
                                                        Innstillinger::fristvalg());
        if (gjeldende.art == Fristart::Rapport) {
            const int igjen = int(idag.daysTo(gjeldende.dato));
            tekst += u"\n"_s + tr("The service's report is due %1").arg(gjeldende.dato.toString(u"dd.MM.yyyy"_s))
                + (igjen < 0 ? tr(" – %Ln day(s) overdue", nullptr, -igjen) : tr(" – %Ln day(s) left", nullptr, igjen));
        }
        m_frist->setText(tekst);
        m_frist->setStyleSheet(frist.status == Friststatus::Forfalt || gjeldende.over(idag) ? u"color: #a33b20;"_s : QString());
    } else {
        m_bmVeiledning->setText(tr("Choose how the case is handled. Each method has its own milestone and deadline."));
        const QDate valg = valgfrist(s, Innstillinger::fristvalg());
        if (valg.isValid()) {
            const qint64 igjen = QDate::currentDate().daysTo(valg);
            m_frist->setText(tr("Choose a handling method by %1").arg(valg.toString(u"dd.MM.yyyy"_s))
                             + (igjen < 0 ? tr(" – %Ln day(s) late", nullptr, int(-igjen)) : QString()));
            m_frist->setStyleSheet(igjen < 0 ? u"color: #a33b20;"_s : QString());
        } else {
            m_frist->clear();
        }
    }
    // These record events as they happen: ticking one proposes today, never the received date.
    const QDate idag = QDate::currentDate();
    m_oversendt->visDato(s.oversendt, idag);
    m_rapport->visDato(s.rapportMottatt, idag);
    m_mote->visDato(s.mote, idag);
    m_avsluttet->visDato(s.avsluttet, idag);
    visUtfall(s);
    velg(m_utfall, s.utfall.value_or(QString()));
    // Only the fields of the chosen method are shown (a stray value stays visible, with its problem).
    auto vis = [this](const QString &felt, bool synlig) {
        m_felt.value(felt)->parentWidget()->setVisible(synlig);
        m_ledetekster.value(felt)->setVisible(synlig);
    };
    vis(u"oversendt"_s, bm == 2 || bm == 3 || s.oversendt.isValid());
    vis(u"rapport_mottatt"_s, bm == 3 || s.rapportMottatt.isValid());
    vis(u"mote"_s, bm == 4 || s.mote.isValid());
    vis(u"utfall"_s, bm == 5 || s.utfall.has_value());
    // Assessments belong to BM 5: the page is there for every case, usable only then.
    const bool vurderes = bm == 5 || !s.vurderinger.isEmpty();
    m_faner->setTabEnabled(SideVurderinger, vurderes);
    m_faner->setTabToolTip(SideVurderinger, vurderes ? QString() : tr("Provisions are assessed when the statsforvalter investigates and decides (handling method 5)."));

    m_objekter->oppdater();
    m_vurderinger->oppdater();
    visFeil();
    // After visFeil: a read-only saksnummer's tool tip is its reason, not an empty problem list.
    m_saksnummer->vis(s, m_oppslag.harFerdigstilteBrev(s.id));
    emit tilstandEndret();
}

void CaseEditor::visFeil()
{
    // The saksnummer's clash with another case is the store's to know, shown at once as well.
    const QHash<QString, QStringList> perFelt =
        fordelPaaFelt(m_utkast->problemer() + m_oppslag.saksnummerProblemer(m_utkast->sak(), m_utkast->versjon()), m_feil);
    for (auto it = m_feil.cbegin(); it != m_feil.cend(); ++it) {
        const QStringList m = perFelt.value(it.key());
        it.value()->setText(m.join(u'\n'));
        it.value()->setVisible(!m.isEmpty());
        Problemer p;
        for (const QString &x : m)
            p.append({it.key(), x});
        if (it.key() != u"annet")
            merkFeil(m_felt.value(it.key()), p);
    }
}

void CaseEditor::nySak(const QString &embete)
{
    Tilsynssak s;
    s.id = nyId();
    s.embete = embete.isEmpty() ? m_katalog.poster(Liste::Embete).first().kode : embete;
    s.sektor = m_katalog.poster(Liste::Sektor).first().kode;
    s.mottatt = QDate::currentDate();
    s.saksbehandler = valgfri(m_bruker);
    m_harSak = true;
    setEnabled(true);
    m_oppslag.glem();
    m_utkast->last(s, 0);
    m_faner->setCurrentIndex(SideSaken);
    m_besoekteSider = {SideSaken};
    foersteFelt(m_faner->currentWidget())->setFocus(Qt::OtherFocusReason);
}

bool CaseEditor::aapne(const QString &id)
{
    const std::optional<Tilsynssak> s = m_repo.hent(id);
    if (!s)
        return false;
    m_harSak = true;
    setEnabled(true);
    m_oppslag.glem(); // e.g. after a letter was finalised: read its letters again
    m_utkast->last(*s, m_repo.versjon(id));
    m_besoekteSider = {m_faner->currentIndex()};
    return true;
}

void CaseEditor::lesInnLagret()
{
    if (!m_harSak || m_utkast->versjon() == 0)
        return;
    const QString id = m_utkast->sak().id;
    const int versjon = m_repo.versjon(id);
    if (versjon == m_utkast->versjon())
        return;
    const std::optional<Tilsynssak> lagret = m_repo.hent(id);
    if (!lagret)
        return;
    const QStringList begge = m_utkast->rebaser(*lagret, versjon);
    if (!begge.isEmpty()) {
        m_varsle(tr("This case was changed in the central store while you edited it. Your unsaved changes are kept; "
                    "these fields were changed there too and now show your version: %1").arg(begge.join(u", "_s)));
    }
}

void CaseEditor::gjenopprett(const Tilsynssak &sak, int versjon)
{
    m_harSak = true;
    setEnabled(true);
    // The recovered state is one undoable step on top of what the store holds.
    m_utkast->last(m_repo.hent(sak.id).value_or(Tilsynssak{}), versjon);
    m_utkast->endre(u"gjenopprettet"_s, Kommandonavn{staticMetaObject.className(), QT_TR_NOOP("Recover unsaved changes")}, [&](Tilsynssak &s) { s = sak; });
    m_gjenoppretting->skrivNaa(); // loading the base removed the old copy: write it back at once
}

bool CaseEditor::lagre()
{
    if (!m_harSak)
        return false;
    // A date typed but not yet confirmed (saved by shortcut without leaving the field).
    for (Datofelt *d : findChildren<Datofelt *>()) {
        if (d->tekstfelt()->hasFocus() && d->isEnabled() && !d->bekreft()) {
            m_varsle(tr("The case was not saved: %1").arg(d->feil()));
            return false;
        }
    }
    if (!m_utkast->problemer().isEmpty()) {
        QStringList linjer;
        for (const Problem &p : m_utkast->problemer()) {
            if (linjer.size() == 8) {
                linjer.append(u"…"_s);
                break;
            }
            linjer.append(u"• %1: %2"_s.arg(feltnavn(p.felt), p.melding));
        }
        m_varsle(tr("The case was not saved: %Ln problem(s) must be fixed first. Each is shown at its field.",
                    nullptr, int(m_utkast->problemer().size()))
                 + u"\n\n"_s + linjer.join(u'\n'));
        visFelt(m_utkast->problemer().constFirst().felt); // the first problem's page, its field in focus
        return false;
    }
    try {
        Endringskontekst hvem{m_bruker};
        SakRepository::Resultat r = m_repo.lagre(m_utkast->sak(), hvem, m_utkast->versjon());
        if (!r.ok() && !(hvem.avslutningsgrunn = Avslutningsgrunn::spoer(this, r.problemer)).isEmpty())
            r = m_repo.lagre(m_utkast->sak(), hvem, m_utkast->versjon()); // closed with a reason
        if (!r.ok()) {
            QStringList m;
            for (const Problem &p : r.problemer)
                m.append(p.melding);
            m_varsle(tr("The case was not saved:\n%1").arg(m.join(u'\n')));
            return false;
        }
        m_utkast->markerLagret(r.versjon);
    } catch (const StoreError &e) {
        if (e.art() == StoreError::Art::Konflikt)
            m_varsle(tr("The case was not saved because someone else saved it after you opened it. "
                        "Your changes are kept here; reopen the case to see theirs.\n\n%1").arg(e.melding()));
        else
            m_varsle(tr("The case could not be saved:\n%1").arg(e.melding()));
        return false;
    }
    emit lagret(m_utkast->sak().id);
    return true;
}

void CaseEditor::visFelt(const QString &felt)
{
    QWidget *w = felt == u"vurderinger" ? m_vurderingBoks : m_felt.value(felt);
    if (!w && felt.startsWith(u"vurderinger"))
        w = m_vurderingBoks;
    else if (!w && felt.startsWith(u"tilsynsobjekter"))
        w = m_objekter;
    if (!w)
        return;
    for (int i = 0; i < m_faner->count(); ++i) {
        auto *rull = qobject_cast<QScrollArea *>(m_faner->widget(i));
        if (rull->widget()->isAncestorOf(w)) {
            m_faner->setCurrentIndex(i);
            rull->ensureWidgetVisible(w, 0, 0);
        }
    }
    // The field itself, or (a group such as the objects) its first control that takes the keyboard.
    QWidget *fokus = w;
    if (!w->focusProxy() && w->focusPolicy() == Qt::NoFocus) {
        const QList<QWidget *> barn = w->findChildren<QWidget *>();
        const auto it = std::find_if(barn.cbegin(), barn.cend(), [](const QWidget *b) {
            return b->isEnabled() && b->isVisibleTo(b->window()) && (b->focusPolicy() & Qt::TabFocus);
        });
        fokus = it == barn.cend() ? nullptr : *it;
    }
    if (fokus)
        fokus->setFocus(Qt::OtherFocusReason);
}

void CaseEditor::leggTilPanel(QWidget *panel, Side side)
{
    auto *lag = qobject_cast<QVBoxLayout *>(qobject_cast<QScrollArea *>(m_faner->widget(side))->widget()->layout());
    lag->insertWidget(lag->count() - 1, panel); // above the closing stretch
}

void CaseEditor::forkastEndringer()
{
    if (m_harSak)
        m_gjenoppretting->fjern(m_utkast->sak().id);
}

bool CaseEditor::erEndret() const
{
    return m_harSak && m_utkast->erEndret();
}

const Tilsynssak &CaseEditor::sak() const
{
    return m_utkast->sak();
}

QUndoStack *CaseEditor::undoStack() const
{
    return m_utkast->undoStack();
}

} // namespace tilsyn
