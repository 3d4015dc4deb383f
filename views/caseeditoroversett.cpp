#include "caseeditor.h"

#include "caseeditortekster.h"
#include "domain/validering.h"
#include "items/sakutkast.h"
#include "kodeliste.h"
#include "valgfridato.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTabWidget>

// The case editor's texts set again after a language change (its own file: the editor's is long).

namespace tilsyn {

using namespace Qt::StringLiterals;

void CaseEditor::oversett()
{
    for (auto it = m_ledetekster.cbegin(); it != m_ledetekster.cend(); ++it)
        it.value()->setText(etikett(it.key()));
    m_alvorlig->setText(tr("Danger to life or health, or abuse (&prioritise)"));
    m_bVurdert->setText(tr("Considered"));
    m_bMote->setText(tr("Meeting offered"));
    m_bMerknad->setPlaceholderText(tr("Note"));
    m_innsenderNavn->setPlaceholderText(tr("Name"));
    m_innsenderMaalform->setItemText(0, tr("(not known)"));
    m_utfall->setItemText(0, tr("(none)"));
    m_kilder->setAccessibleName(ledetekst(u"kilder"_s));
    m_temaer->setAccessibleName(ledetekst(u"temaer"_s));
    m_oversendt->settTekst(tr("Set"));
    m_rapport->settTekst(tr("Set"));
    m_mote->settTekst(tr("Set"));
    m_avsluttet->settTekst(tr("Set"));
    const QStringList titler{tr("The henvendelse"), tr("Submitter"), tr("Subjects of supervision"), tr("Handling method"),
                             tr("Assessed provisions")};
    for (qsizetype i = 0; i < m_grupper.size(); ++i)
        m_grupper[i]->setTitle(titler[i]);
    // Alt+digit: the same keys in every language, and free of the window's letters.
    const QStringList sider{tr("&1 The case"), tr("&2 Parties"), tr("&3 Handling"), tr("&4 Assessments"),
                            tr("&5 Documents"), tr("&6 Journal")};
    for (qsizetype i = 0; i < sider.size(); ++i)
        m_faner->setTabText(int(i), sider[i]);
    // The behandlingsmåter by number and catalogue name, in the UI's målform (no '&': Alt+digit
    // switches pages).
    const Maalform mf = uiMaalform();
    for (int bm = 1; bm <= 5; ++bm) {
        const Fristregel *regel = m_katalog.behandlingsmaate(bm);
        QAbstractButton *knapp = m_bm->button(bm);
        if (!regel || !knapp)
            continue;
        knapp->setText(u"%1  %2"_s.arg(bm).arg(regel->navnPaa(mf).replace(u'&', u"&&"_s)));
    }
    if (m_harSak)
        oppdater();
}

void CaseEditor::visUtfall(const Tilsynssak &s)
{
    const Maalform mf = uiMaalform();
    auto *modell = qobject_cast<QStandardItemModel *>(m_utfall->model());
    QStringList grunner;
    const QSignalBlocker b(m_utfall);
    for (int i = 1; i < m_utfall->count(); ++i) {
        const QString kode = m_utfall->itemData(i).toString();
        m_utfall->setItemText(i, m_katalog.navn(Katalog::Liste::Utfall, kode, mf));
        // The rules the validation applies on save: the outcome's sectors, then what BM 5's
        // assessments allow ("Oversendt Statens helsetilsyn" only in helse, only after such a conclusion).
        QString grunn = sektorHindring(m_katalog, Katalog::Liste::Utfall, kode, s.sektor);
        if (grunn.isEmpty() && s.behandlingsmaate == 5)
            grunn = utfallHindring(s, kode, m_katalog);
        const bool valgt = s.utfall == kode; // the stored value stays shown, flagged by its problem
        if (QStandardItem *it = modell ? modell->item(i) : nullptr)
            it->setEnabled(grunn.isEmpty() || valgt);
        m_utfall->setItemData(i, grunn.isEmpty() ? QVariant() : QVariant(grunn), Qt::ToolTipRole);
        if (!grunn.isEmpty() && !valgt)
            grunner.append(grunn.left(1).toUpper() + grunn.mid(1) + u'.');
    }
    const QString tekst = grunner.isEmpty() ? QString() : tr("Not available now:") + u'\n' + grunner.join(u'\n');
    m_utfallGrunn->setText(tekst);
    m_utfallGrunn->setVisible(!grunner.isEmpty());
    m_utfall->setAccessibleDescription(tekst);
}

} // namespace tilsyn
