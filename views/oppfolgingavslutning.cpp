// The follow-up window's history list and its closing (OppfolgingVisning, second part): the
// events of the selected follow-up from its audit trail, and closing with a question, a message
// and the offer of the closing letter (issue 10).
#include "oppfolgingvisning.h"

#include "datofelt.h"
#include "domain/datotolking.h"
#include "items/oppfolgingmodell.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString norskDato(const QDate &d)
{
    return visDato(d);
}

} // namespace

void OppfolgingVisning::visLogg()
{
    const QList<Oppfolgingslogg> logg = m_sakId.isEmpty() ? QList<Oppfolgingslogg>() : m_oppfolging.logg(m_sakId);
    m_logg->setRowCount(int(logg.size()));
    for (int i = 0; i < logg.size(); ++i) {
        const Oppfolgingslogg &h = logg[i];
        QString hva;
        if (h.type == u"startet")
            hva = tr("Follow-up started");
        else if (h.type == u"krav")
            hva = tr("Requirement set, deadline %1: %2").arg(norskDato(h.frist), h.tekst);
        else if (h.type == u"milepel")
            hva = tr("Milestone: %1").arg(h.tekst);
        else if (h.type == u"dokumentasjon")
            hva = tr("Documentation received: %1").arg(h.tekst);
        else if (h.type == u"purring")
            hva = tr("Reminder sent");
        else if (h.type == u"rettet")
            hva = tr("Corrected: %1").arg(h.tekst);
        else
            hva = tr("Follow-up closed");
        const QStringList celler = {norskDato(h.dato), hva,
                                    h.bestemmelse.isEmpty() ? QString() : bestemmelseVist(m_katalog, h.bestemmelse), h.bruker};
        for (int k = 0; k < celler.size(); ++k) {
            auto *celle = new QTableWidgetItem(celler[k]);
            celle->setToolTip(k == 1 ? hva : QString());
            m_logg->setItem(i, k, celle);
        }
    }
    if (!logg.isEmpty())
        m_logg->scrollToBottom(); // the latest event in view
}

QString OppfolgingVisning::avslutningstekst() const
{
    const Oppfolging *o = m_modell->oppfolging(m_modell->radForId(m_sakId));
    const std::optional<Tilsynssak> sak = m_saker.hent(m_sakId);
    QStringList linjer;
    for (int i = 0; o && i < o->lovbrudd.size(); ++i) {
        const Lovbruddoppfolging &l = o->lovbrudd[i];
        const QString objekt = i < m_objektnavn.size() && !m_objektnavn[i].isEmpty() ? m_objektnavn[i] : l.objekt;
        linjer.append(tr("• %1: %2, corrected %3").arg(objekt, bestemmelseVist(m_katalog, l.bestemmelse), norskDato(l.rettet)));
    }
    const QString nr = sak && sak->saksnummer ? *sak->saksnummer : tr("(no case number yet)");
    return tr("Close the follow-up of case %1 on %2? It closes the follow-up of these breaches:\n%3\n\n"
              "Nothing more can be registered in it afterwards. The case's decision date is not changed.")
        .arg(nr, norskDato(m_dato->dato()), linjer.join(u'\n'));
}

// Who is told in writing that the follow-up is closed, by the type of the objects whose breaches
// it followed (issue 10: "the service's leadership" for a breach by a health professional).
QString OppfolgingVisning::avsluttetTekst(const QString &nr, const QDate &dato) const
{
    const Oppfolging *o = m_modell->oppfolging(m_modell->radForId(m_sakId));
    const std::optional<Tilsynssak> sak = m_saker.hent(m_sakId);
    bool person = false;
    bool virksomhet = false;
    for (int i = 0; o && sak && i < o->lovbrudd.size(); ++i)
        for (const Tilsynsobjekt &t : sak->tilsynsobjekter)
            if (t.id == o->lovbrudd[i].objekt)
                (t.type == u"helsepersonell" ? person : virksomhet) = true;
    if (person && !virksomhet)
        return tr("The follow-up of case %1 was closed on %2.\n\nThe health professional is to be told in writing. "
                  "Write the closing letter now?").arg(nr, norskDato(dato));
    if (person)
        return tr("The follow-up of case %1 was closed on %2.\n\nThe service's leadership and the health "
                  "professional are to be told in writing. Write the closing letter now?").arg(nr, norskDato(dato));
    return tr("The follow-up of case %1 was closed on %2.\n\nThe service's leadership is to be told in "
              "writing. Write the closing letter now?").arg(nr, norskDato(dato));
}

// Closing asks once (what is closed, for which subject and provision), says it was closed, and
// offers the closing letter the domain requires (DOMAIN.md §3 step 8: the service's leadership is
// told in writing).
void OppfolgingVisning::avslutt()
{
    const Problemer hindre = m_oppfolging.kanAvslutte(m_sakId, m_dato->dato());
    if (!hindre.isEmpty()) {
        utfall(hindre);
        return;
    }
    QMessageBox spoers(QMessageBox::Question, tr("Close follow-up"), avslutningstekst(), QMessageBox::Cancel, this);
    spoers.setObjectName(u"avsluttBekreftelse"_s);
    QPushButton *ja = spoers.addButton(tr("C&lose follow-up"), QMessageBox::AcceptRole);
    spoers.setDefaultButton(QMessageBox::Cancel);
    spoers.exec();
    if (spoers.clickedButton() != ja)
        return;
    const QString sak = m_sakId;
    const QDate dato = m_dato->dato();
    const QString nr = m_modell->index(m_modell->radForId(sak), OppfolgingModell::SaksnummerColumn).data().toString();
    // The closed follow-up stays in view: the list shows the closed ones from now on.
    m_visAvsluttede->setChecked(true);
    utfall(m_oppfolging.avslutt(sak, dato, Endringskontekst{.bruker = m_bruker}));
    if (!m_problemer.isEmpty())
        return;
    m_melding->setText(tr("The follow-up of case %1 was closed on %2.").arg(nr, norskDato(dato)));
    QMessageBox brev(QMessageBox::Question, tr("Follow-up closed"), avsluttetTekst(nr, dato), QMessageBox::NoButton, this);
    brev.setObjectName(u"avslutningsbrevTilbud"_s);
    QPushButton *skriv = brev.addButton(tr("&Write closing letter…"), QMessageBox::AcceptRole);
    brev.addButton(tr("&Later"), QMessageBox::RejectRole);
    brev.setDefaultButton(skriv);
    brev.exec();
    if (brev.clickedButton() == skriv)
        emit avslutningsbrevOnsket(sak);
}

} // namespace tilsyn
