#include "tapteavskrivninger.h"

#include "sperregrunn.h"
#include "store/storeerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tilsyn {

using namespace Qt::StringLiterals;

TapteAvskrivningerSide::TapteAvskrivningerSide(SynkProblemer &problemer, QWidget *parent)
    : QWidget(parent), m_problemer(problemer), m_liste(new QTreeWidget(this)), m_feil(new QLabel(this)),
      m_sett(new QPushButton(this)), m_forklaring(new QLabel(this))
{
    m_liste->setObjectName(u"tapteAvskrivninger"_s);
    m_liste->setRootIsDecorated(false);
    m_liste->setAlternatingRowColors(true);
    oversett();
    m_liste->header()->setStretchLastSection(true); // no unused width at the right
    m_liste->setColumnWidth(0, 120);
    m_liste->setColumnWidth(1, 180);
    m_liste->setColumnWidth(2, 300);
    m_liste->setColumnWidth(3, 300);
    m_forklaring->setWordWrap(true);
    m_sett->setObjectName(u"settTapt"_s);
    m_feil->setObjectName(u"taptFeil"_s);
    m_feil->setWordWrap(true);
    m_feil->setStyleSheet(u"color: #b00020;"_s);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_feil, 1);
    knapper->addWidget(m_sett);
    auto *lag = new QVBoxLayout(this);
    lag->addWidget(m_forklaring);
    lag->addWidget(m_liste, 1);
    lag->addLayout(knapper);
    connect(m_liste, &QTreeWidget::currentItemChanged, this, [this] {
        settTilgjengelig(m_sett, m_liste->currentItem() ? QString() : tr("Select a lost write-off in the list first."));
        m_feil->clear();
    });
    connect(m_sett, &QPushButton::clicked, this, &TapteAvskrivningerSide::settValgtSett);
}

void TapteAvskrivningerSide::oversett()
{
    m_sett->setText(tr("Mark as s&een"));
    m_liste->setAccessibleName(tr("Documents answered twice"));
    m_liste->setHeaderLabels({tr("Document"), tr("Title"), tr("Your answer (not kept)"),
                              tr("Kept (central store)"), tr("Found")});
    m_forklaring->setText(tr("These incoming documents were marked answered both here and on another "
                             "computer before either had synced. The central store keeps the answer it "
                             "received first, and every computer now shows that one. Yours is listed here and "
                             "kept in the case's history; if it was the right one, add a note or a letter to "
                             "the case."));
}

int TapteAvskrivningerSide::lesPaaNytt()
{
    try {
        m_tapte = m_problemer.tapteAvskrivninger();
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        return int(m_tapte.size());
    }
    m_liste->clear();
    for (const SynkProblemer::TaptAvskrivning &t : std::as_const(m_tapte)) {
        auto *rad = new QTreeWidgetItem(m_liste, {t.dokument, t.tittel, t.mine, t.deres,
                                                  QLocale().toString(t.registrert.toLocalTime(), u"dd.MM.yyyy HH:mm"_s)});
        rad->setToolTip(2, t.mine);
        rad->setToolTip(3, t.deres);
    }
    if (!m_tapte.isEmpty())
        m_liste->setCurrentItem(m_liste->topLevelItem(0));
    settTilgjengelig(m_sett, m_tapte.isEmpty() ? tr("No write-off was lost in a sync.") : QString());
    return int(m_tapte.size());
}

void TapteAvskrivningerSide::settValgtSett()
{
    const int i = m_liste->currentItem() ? m_liste->indexOfTopLevelItem(m_liste->currentItem()) : -1;
    if (i < 0)
        return;
    try {
        m_problemer.settSett(m_tapte[i].id);
    } catch (const StoreError &e) {
        m_feil->setText(e.melding());
        return;
    }
    lesPaaNytt();
    emit antallEndret();
}

} // namespace tilsyn
