// Skrivebord, continued: assignment of the open case and what a sync tells about assignment and
// approval (skrivebord.cpp holds the rest).

#include "skrivebord.h"

#include "caseeditor.h"
#include "flyt/dokumentflyt.h"
#include "flyt/tildeling.h"
#include "items/kontorpraksis.h"
#include "items/saklistemodel.h"
#include "mainwindow.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace tilsyn {

using namespace Qt::StringLiterals;

// Assignment of the open case, offered only to leaders of its office (roles learnt at sync; the
// central store checks again when it is pushed). The assignee becomes the case's saksbehandler
// (Tildeling::fordel): one answer to "who has the case" in the list, the case and "Mine saker".
void Skrivebord::koblTildeling()
{
    QAction *tildel = handling(m_vindu->visningsmeny(), [] { return tr("Assi&gn this case…"); });
    tildel->setObjectName(u"handlingTildel"_s);
    connect(m_vindu->visningsmeny(), &QMenu::aboutToShow, this, [this, tildel] {
        const bool leder = m_vindu->editor()->harSak()
            && Dokumentflyt(m_store).erLeder(m_vindu->editor()->sak().embete);
        tildel->setVisible(leder);
    });
    connect(tildel, &QAction::triggered, this, [this] {
        if (!m_vindu->editor()->harSak())
            return;
        const Tilsynssak sak = m_vindu->editor()->sak();
        const QString meg = Kontorpraksis::sentralbruker(m_vindu->bruker());
        Tildeling tildeling(m_store);
        try {
            QList<Kontorbruker> brukere = tildeling.brukere(sak.embete);
            for (Kontorbruker &b : brukere)
                if (b.navn.isEmpty() && b.bruker == meg)
                    b.navn = m_vindu->bruker(); // this user's own name, from the profile
            QStringList valg{tr("(nobody: unassigned)")};
            for (const Kontorbruker &b : std::as_const(brukere))
                valg.append(b.navn.isEmpty() ? b.bruker : u"%1 (%2)"_s.arg(b.navn, b.bruker));
            const QString naa = tildeling.gjeldende(sak.id, sak.saksbehandler.value_or(QString()), brukere);
            int forvalgt = 0;
            for (qsizetype i = 0; i < brukere.size(); ++i)
                if (brukere.at(i).bruker == naa)
                    forvalgt = int(i) + 1;
            bool ok = false;
            const QString hvem = QInputDialog::getItem(m_vindu.get(), tr("Assign case"),
                                                       tr("&Assign case %1 to:").arg(sak.saksnummer.value_or(sak.id)),
                                                       valg, forvalgt, false, &ok);
            if (!ok)
                return;
            const qsizetype i = valg.indexOf(hvem) - 1;
            const Kontorbruker valgt = i >= 0 && i < brukere.size() ? brukere.at(i) : Kontorbruker{};
            const Problemer p = tildeling.fordel(*m_repo, sak.id, valgt.bruker, valgt.visning(), meg);
            m_vindu->saksliste()->lesPaaNyttIBakgrunnen(); // the column, "Mine saker", "Ufordelte"
            m_vindu->editor()->lesInnLagret();                // its Saksbehandler field
            if (!p.isEmpty())
                QMessageBox::warning(m_vindu.get(), tr("Assign case"), p.constFirst().melding);
        } catch (const StoreError &e) {
            QMessageBox::warning(m_vindu.get(), tr("Assign case"), e.melding());
        }
    });
    // A leader's letters waiting for approval, in the status bar (Tab reaches it; Space opens the queue).
    m_koeKnapp = new QToolButton(m_vindu.get());
    m_koeKnapp->setObjectName(u"tilGodkjenning"_s);
    m_koeKnapp->setAutoRaise(true);
    m_koeKnapp->setFocusPolicy(Qt::TabFocus);
    m_koeKnapp->setVisible(false);
    m_vindu->statusBar()->addPermanentWidget(m_koeKnapp);
    connect(m_koeKnapp, &QToolButton::clicked, this, [this] {
        if (m_godkjenningHandling)
            m_godkjenningHandling->trigger();
    });
}

QString Skrivebord::koetekst() const
{
    if (m_venterGodkjenning > 0)
        return tr("Letters for a&pproval (%n waiting)…", nullptr, m_venterGodkjenning);
    if (m_nyeSvar > 0)
        return tr("Letters for a&pproval (%n new answer(s))…", nullptr, m_nyeSvar);
    return tr("Letters for a&pproval…");
}

void Skrivebord::varsleTildelingerOgKoe(bool foersteGang)
{
    const QString meg = Kontorpraksis::sentralbruker(m_vindu->bruker());
    QStringList meldinger;
    try {
        const Dokumentflyt flyt(m_store);
        QList<Tildelingsvarsel> nye;
        for (const Tildelingsvarsel &t : Tildeling(m_store).tilMeg(meg)) {
            if (m_kjenteTildelinger.contains(t.id))
                continue;
            m_kjenteTildelinger.insert(t.id);
            // The leader knew only the login: this client puts the name from the profile in the
            // field (synced with the case), so every client shows the caseworker by name.
            if (std::optional<Tilsynssak> sak = m_repo->hent(t.sakId);
                sak && sak->saksbehandler == meg && !m_vindu->bruker().trimmed().isEmpty() && m_vindu->bruker() != meg) {
                sak->saksbehandler = m_vindu->bruker();
                if (m_repo->lagre(*sak, Endringskontekst{.bruker = meg}).ok()) {
                    m_vindu->saksliste()->sakLagret(sak->id);
                    m_vindu->editor()->lesInnLagret();
                }
            }
            if (!foersteGang) // those already here when the desktop opened are not news
                nye.append(t);
        }
        if (nye.size() == 1)
            meldinger.append(tr("Case %1 was assigned to you by %2.")
                                 .arg(nye.constFirst().saksnummer.isEmpty() ? nye.constFirst().sakId : nye.constFirst().saksnummer,
                                      flyt.navn(nye.constFirst().av)));
        else if (nye.size() > 1)
            meldinger.append(tr("%n case(s) assigned to you: tick “My cases” (Alt+7).", nullptr, int(nye.size())));
        const int venter = flyt.antallTilGodkjenning(meg); // one indexed COUNT, not the queue's rows
        if (venter > m_venterGodkjenning && !foersteGang)
            meldinger.append(tr("%n letter(s) waiting for your approval: View ▸ Letters for approval (Ctrl+Shift+G).",
                                nullptr, venter));
        m_venterGodkjenning = venter;
    } catch (const StoreError &) {
        return; // the windows say what is wrong when opened
    }
    if (m_godkjenningHandling)
        m_godkjenningHandling->setText(koetekst());
    if (m_koeKnapp) {
        m_koeKnapp->setText(tr("%n letter(s) for approval", nullptr, m_venterGodkjenning));
        m_koeKnapp->setToolTip(tr("Open the letters waiting for your approval (Ctrl+Shift+G)."));
        m_koeKnapp->setVisible(m_venterGodkjenning > 0);
    }
    if (meldinger.isEmpty())
        return;
    const QString foer = m_vindu->statusBar()->currentMessage(); // a leader's answer, said just before
    meldinger.prepend(foer);
    meldinger.removeAll(QString());
    m_vindu->statusBar()->showMessage(meldinger.join(u"  "_s), 60000);
}

} // namespace tilsyn
