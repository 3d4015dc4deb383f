// Which letters the window offers: only the types that fit the case and a party of it, and for
// a type only the parties it fits (letters/brevvalg.h, the rule `letter` applies too). Issue 10:
// "Avslutning av oppfølging etter lovbrudd" was offered to a doctor concluded "Ikke lovbrudd".

#include "brevvisning.h"

#include "domain/katalog.h"
#include "letters/brevtype.h"
#include "letters/brevvalg.h"
#include "letters/innsenderkopi.h"
#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace tilsyn {

using namespace Qt::StringLiterals;

Brevvalg Brevvisning::valg() const
{
    return Brevvalg(m_sak, m_oppfolging);
}

QString Brevvisning::passerIkkeGrunn() const
{
    if (m_type->currentIndex() < 0 || m_visesFerdig)
        return {};
    const QString type = m_type->currentData().toString();
    const QString til = m_mottaker->currentData().toString();
    for (const Brevmottaker &m : muligeMottakere(m_sak, type))
        if (m.noekkel() == til && valg().passer(type, m))
            return {};
    return tr("This letter type does not fit the chosen recipient in the case as it stands: it is not made or "
              "finalised. Choose another letter type or recipient.");
}

void Brevvisning::fyllTyper()
{
    m_oppfolging.reset();
    if (m_arkiv && !m_sak.id.isEmpty()) {
        try {
            const SakRepository saker(m_arkiv->store(), m_katalog);
            m_oppfolging = OppfolgingRepository(m_arkiv->store(), saker, m_katalog).hent(m_sak.id);
        } catch (const StoreError &e) {
            m_feil->setText(e.melding());
            m_feil->show();
        }
    }
    m_type->clear();
    // The type's name in the målform of the UI (nynorsk UI: "Varsel om tilsyn" → nynorsk name).
    const Maalform ui = uiMaalform();
    for (const Brevtype &t : valg().typer())
        m_type->addItem(t.navnPaa(ui).isEmpty() ? t.navn : t.navnPaa(ui), t.kode);
}

void Brevvisning::fyllMottakere()
{
    const QSignalBlocker blokk(m_mottaker);
    m_mottaker->clear();
    for (const Brevmottaker &m : valg().mottakere(m_type->currentData().toString()))
        m_mottaker->addItem(m.navn, m.noekkel());
    foreslaaMaalform();
    foreslaaKopi();
}

void Brevvisning::foreslaaKopi()
{
    Brevutkast u;
    u.type = m_type->currentData().toString();
    const QList<Brevmottaker> mulige = valg().mottakere(u.type); // as fyllMottakere()
    if (const int i = m_mottaker->currentIndex(); i >= 0 && i < mulige.size())
        u.mottaker = mulige[i];
    // Unticked for a letter to the innsender themself (settKopiTilInnsender() never adds that copy).
    m_kopiInnsender->setChecked(kopiTilInnsenderForeslaatt(m_sak, u));
}

bool Brevvisning::velgType(const QString &kode)
{
    const int i = m_type->findData(kode);
    if (i < 0)
        return false;
    m_type->setCurrentIndex(i);
    return true;
}

bool Brevvisning::velgMottaker(const QString &noekkel)
{
    const int i = m_mottaker->findData(noekkel);
    if (i < 0)
        return false;
    m_mottaker->setCurrentIndex(i);
    return true;
}

void Brevvisning::settMaalform(Maalform m)
{
    m_maalform->setCurrentIndex(m == Maalform::Nynorsk ? 1 : 0);
    if (!m_mottaker->currentData().toString().isEmpty())
        m_valgtMaalform.insert(m_mottaker->currentData().toString(), m); // as chosen in the box
}

void Brevvisning::settFritekst(const QString &felt, const QString &tekst)
{
    if (felt == u"saksforhold"_s)
        m_saksforhold->setPlainText(tekst);
    else if (felt == u"fritekst"_s)
        m_fritekst->setPlainText(tekst);
    else if (felt.startsWith(u"grunn:"_s))
        lesGrunner({{felt, tekst}});
}

} // namespace tilsyn
