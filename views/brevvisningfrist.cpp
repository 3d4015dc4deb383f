// The deadline a decision letter gives for documenting that a lovbrudd is put right (issue 10,
// session 14): set where the letter is written, in the usual date field, instead of only in the
// follow-up window afterwards. A promised date lies after the letter's date: an earlier one is not
// finalised.
//
// One deadline for the service (session 16): an avgjørelse's deadline is the case's
// (Dokumentasjonsfrist, where the follow-up window reads it). Every party's decision shows it,
// whichever party's letter it was typed in, and «Avgjørelser til alle parter» uses it; it is kept
// when the window closes, when another party or type is chosen and when the letter is finalised
// (which fixes it). A pålegg's deadline is that letter's own, kept with its draft texts.

#include "brevvisning.h"

#include "datofelt.h"
#include "domain/tilsynssak.h"
#include "letters/brevtekster.h"
#include "letters/brevutkast.h"
#include "sperregrunn.h"
#include "standardknapper.h"
#include "store/dokumentasjonsfrist.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

void Brevvisning::byggDokumentasjonsfrist(QFormLayout *skjema)
{
    m_dokfrist = new Datofelt(this);
    m_dokfrist->setObjectName(u"dokumentasjonsfrist"_s);
    m_dokfristEtikett = new QLabel(tr("D&ocumentation deadline"), this);
    m_dokfristEtikett->setBuddy(m_dokfrist);
    m_dokfrist->setToolTip(tr("The date by which the service is to document that the breach is put right (not a plan, "
                              "but evidence that practice changed). The letter states it, and the follow-up of the "
                              "breach starts with it."));
    m_dokfristEtikett->setToolTip(m_dokfrist->toolTip());
    skjema->addRow(m_dokfristEtikett, m_dokfrist);
    m_dokfrist->hide();
    m_dokfristEtikett->hide();
    connect(m_dokfrist, &Datofelt::datoEndret, this, [this] { oppdater(); });
}

bool Brevvisning::girDokumentasjonsfrist() const
{
    const QString type = m_type->currentData().toString();
    if (type != u"bm5-avgjorelse" && type != u"palegg-retting")
        return false;
    // The decision states the deadline only where it concludes lovbrudd for its recipient.
    const QString utfall = m_sak.utfall.value_or(QString());
    if (type == u"bm5-avgjorelse" && (utfall == u"innledende" || utfall == u"oversendt-htil"))
        return false;
    const QString objekt = m_mottaker->currentData().toString();
    return std::any_of(m_sak.vurderinger.cbegin(), m_sak.vurderinger.cend(), [&objekt](const Vurdering &v) {
        return v.objekt == objekt && v.konklusjon == u"lovbrudd";
    });
}

void Brevvisning::oppdaterDokumentasjonsfrist()
{
    if (!m_dokfrist)
        return;
    const bool vis = girDokumentasjonsfrist();
    m_dokfrist->setVisible(vis);
    m_dokfristEtikett->setVisible(vis);
    const QString type = m_type->currentData().toString();
    const QString brev = type + u'|' + m_mottaker->currentData().toString();
    if (!vis || brev == m_fristBrev)
        return; // this letter's deadline is shown already: what is typed stays
    m_fristBrev = brev;
    m_fristFast = false;
    QDate lagret;
    if (m_arkiv && !m_sak.id.isEmpty()) {
        try {
            if (type == u"bm5-avgjorelse") { // the case's one deadline, whichever party's letter set it
                const Dokumentasjonsfrist frister(m_arkiv->store());
                lagret = frister.hent(m_sak.id);
                m_fristFast = frister.erFastsatt(m_sak.id);
            } else if (!m_tekstBrev.isEmpty()) { // a pålegg's own, kept with its texts
                lagret = QDate::fromString(Brevtekster(m_arkiv->store())
                                               .hentEgne(m_sak.id, m_tekstBrev, {u"dokumentasjonsfrist"_s})
                                               .value(u"dokumentasjonsfrist"_s),
                                           Qt::ISODate);
            }
        } catch (const StoreError &e) {
            m_feil->setText(e.melding());
            m_feil->show();
        }
    }
    // Proposed as the letter proposes it (two months from its date); a date chosen for another
    // party in this window (a case not yet saved) stays, and is what closing would lose.
    const QDate forslag = foreslaaUtkast(m_sak, type, brevdato()).oppfolgingsfrist;
    if (lagret.isValid())
        m_dokfrist->settDato(lagret);
    else if (!m_dokfrist->dato().isValid() && m_dokfrist->feil().isEmpty())
        m_dokfrist->settDato(forslag);
    m_fristVist = lagret.isValid() ? lagret : forslag;
    // A finalised decision stated it: every other party's decision states the same date.
    settTilgjengelig(m_dokfrist, m_fristFast ? tr("A finalised decision in this case states this deadline; every "
                                                  "party's decision states the same date.")
                                             : QString());
}

bool Brevvisning::dokumentasjonsfristEndret() const
{
    return m_dokfrist && !m_fristBrev.isEmpty() && !m_fristFast && m_dokfrist->dato().isValid()
        && m_dokfrist->dato() != m_fristVist;
}

void Brevvisning::bekreftDokumentasjonsfrist()
{
    // A date typed and not yet confirmed (the caseworker closed the window from the field) counts.
    if (!m_dokfrist || m_dokfrist->isHidden() || !m_dokfrist->isEnabled()
        || m_dokfrist->tekstfelt()->text() == m_dokfrist->dato().toString(u"dd.MM.yyyy"_s))
        return;
    const QSignalBlocker stille(m_dokfrist); // not read as another letter's before it is kept
    m_dokfrist->bekreft();
}

void Brevvisning::lagreDokumentasjonsfrist(qint64 ferdigBrev)
{
    if (!m_dokfrist || m_fristBrev.isEmpty() || !m_arkiv || m_sak.id.isEmpty())
        return;
    bekreftDokumentasjonsfrist();
    if (ferdigBrev == 0 && (!dokumentasjonsfristEndret() || !m_dokfrist->feil().isEmpty()))
        return; // unchanged, or not a date (closing asks before it is discarded)
    const QDate frist = m_dokfrist->dato();
    try {
        if (m_fristBrev.section(u'|', 0, 0) == u"bm5-avgjorelse") {
            if (frist.isValid())
                Dokumentasjonsfrist(m_arkiv->store()).sett(m_sak.id, frist, m_bruker, ferdigBrev);
            m_fristFast = m_fristFast || ferdigBrev != 0;
        } else if (m_fristBrev.section(u'|', 0, 0) == m_tekstBrev.section(u'|', 0, 0)) {
            Brevtekster(m_arkiv->store())
                .lagreEgne(m_sak.id, m_tekstBrev, {{u"dokumentasjonsfrist"_s, frist.toString(Qt::ISODate)}}, m_bruker);
        }
        m_fristVist = frist;
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        m_feil->show();
    }
}

QString Brevvisning::hvaGaarTapt() const
{
    QStringList tapt;
    const bool fristVises = m_dokfrist && !m_dokfrist->isHidden() && !m_fristFast;
    if (fristVises && !m_dokfrist->feil().isEmpty())
        return tr("The documentation deadline «%1» is not a date, so it cannot be kept.")
            .arg(m_dokfrist->tekstfelt()->text());
    if (m_arkiv && !m_sak.id.isEmpty() && !m_visesFerdig)
        return {}; // the case keeps what was typed (lagreTekster)
    if (m_visesFerdig || m_type->currentIndex() < 0)
        return {};
    if (fristVises && dokumentasjonsfristEndret())
        tapt.append(tr("the documentation deadline %1").arg(m_dokfrist->dato().toString(u"dd.MM.yyyy"_s)));
    if (m_saksforhold->toPlainText() != m_foreslaattTekst)
        tapt.append(tr("the facts of the case"));
    if (!m_fritekst->toPlainText().trimmed().isEmpty())
        tapt.append(tr("the further text"));
    if (tapt.isEmpty())
        return {};
    return tr("The case is not saved, so what you typed in the letter (%1) cannot be kept with it.")
        .arg(tapt.join(u", "_s));
}

bool Brevvisning::lukk()
{
    bekreftDokumentasjonsfrist();
    QString tapt = hvaGaarTapt();
    m_feil->clear();
    lagreTekster(); // whatever the case can keep, kept in any case
    if (tapt.isEmpty() && !m_feil->text().isEmpty()) // the store refused it
        tapt = tr("What you typed could not be kept: %1").arg(m_feil->text());
    if (tapt.isEmpty() || !isVisible()) // a window never shown has no one to ask
        return true;
    QMessageBox spoers(QMessageBox::Question, tr("Close the letter"),
                       tapt + u"\n\n"_s + tr("Close the letter window and discard it?"),
                       QMessageBox::Discard | QMessageBox::Cancel, this);
    spoers.setObjectName(u"brevLukkes"_s);
    spoers.setDefaultButton(QMessageBox::Cancel);
    medBokstaver(spoers); // the unsaved-changes question's pattern (issue 10: "Forkast" had no Alt letter)
    return QMessageBox::StandardButton(spoers.exec()) == QMessageBox::Discard;
}

void Brevvisning::brukDokumentasjonsfrist(Brevutkast &u) const
{
    if (m_dokfrist && girDokumentasjonsfrist() && m_dokfrist->dato().isValid())
        u.oppfolgingsfrist = m_dokfrist->dato();
}

QString Brevvisning::dokumentasjonsfristGrunn() const
{
    if (!m_dokfrist || !girDokumentasjonsfrist())
        return {};
    if (!m_dokfrist->feil().isEmpty())
        return tr("The documentation deadline is not a date: %1").arg(m_dokfrist->feil());
    if (!m_dokfrist->dato().isValid())
        return tr("Enter the documentation deadline: the letter states it.");
    if (m_dokfrist->dato() <= brevdato())
        return tr("The documentation deadline must lie after the letter's date (%1): a letter never sets a deadline "
                  "on its own date or before it.")
            .arg(brevdato().toString(u"dd.MM.yyyy"_s));
    return {};
}

} // namespace tilsyn
