#include "vurderingsliste.h"

#include "domain/katalog.h"
#include "items/sakutkast.h"
#include "redigeringsstil.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
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
    static const char *navn[] = {"bestemmelse", "objekt", "konklusjon", "begrunnelse"};
    return navn[kolonne];
}

void velg(QComboBox *c, const QString &kode)
{
    const QSignalBlocker b(c);
    int i = c->findData(kode);
    if (i < 0 && !kode.isEmpty()) {
        c->addItem(kode, kode); // unknown or from another sektor: shown, and flagged
        i = c->count() - 1;
    }
    c->setCurrentIndex(i);
    if (c->lineEdit())
        c->lineEdit()->setCursorPosition(0); // show the start: code and § reference
}

} // namespace

VurderingsListe::VurderingsListe(SakUtkast &utkast, const Katalog &katalog, QWidget *parent)
    : QWidget(parent)
    , m_utkast(utkast)
    , m_katalog(katalog)
    , m_tabell(new QTableWidget(0, AntallKolonner, this))
    , m_leggTil(new QPushButton(this))
    , m_fjern(new QPushButton(this))
    , m_feil(new QLabel(this))
{
    m_tabell->setObjectName(u"vurderinger"_s);
    m_tabell->setTabKeyNavigation(false); // Tab leaves the grid (WCAG 2.1.2); arrows move inside
    m_leggTil->setObjectName(u"leggTilVurdering"_s);
    m_fjern->setObjectName(u"fjernVurdering"_s);
    m_feil->setObjectName(u"feil_vurderinger"_s);
    stilFeillabel(m_feil);
    m_tabell->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabell->verticalHeader()->setVisible(false);
    m_tabell->verticalHeader()->setDefaultSectionSize(64);
    m_tabell->setMinimumHeight(160);
    auto *knapper = new QHBoxLayout;
    knapper->addWidget(m_leggTil);
    knapper->addWidget(m_fjern);
    knapper->addStretch();
    auto *lag = new QVBoxLayout(this);
    lag->setContentsMargins(0, 0, 0, 0);
    lag->addWidget(m_tabell);
    lag->addLayout(knapper);
    lag->addWidget(m_feil);
    connect(m_leggTil, &QPushButton::clicked, this, &VurderingsListe::leggTil);
    connect(m_fjern, &QPushButton::clicked, this, &VurderingsListe::fjern);
    oversett();
}

VurderingsListe::~VurderingsListe() = default;

void VurderingsListe::oversett()
{
    m_tabell->setHorizontalHeaderLabels({tr("Provision"), tr("Subject"), tr("Conclusion"), tr("Reasoning")});
    m_leggTil->setText(tr("Add assessment"));
    m_fjern->setText(tr("Remove assessment"));
}

void VurderingsListe::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(e);
}

void VurderingsListe::byggRad(int rad)
{
    const Tilsynssak &sak = m_utkast.sak();
    auto *bestemmelse = new QComboBox;
    bestemmelse->setObjectName(u"bestemmelse"_s);
    bestemmelse->setEditable(true);
    bestemmelse->setInsertPolicy(QComboBox::NoInsert);
    for (const KatalogPost &p : m_katalog.forSektor(Liste::Bestemmelse, sak.sektor))
        bestemmelse->addItem(u"%1 %2 – %3"_s.arg(p.kode, p.henvisning, p.navn), p.kode);
    // Completion anywhere in "code § reference – text", case-insensitive.
    bestemmelse->completer()->setFilterMode(Qt::MatchContains);
    bestemmelse->completer()->setCompletionMode(QCompleter::PopupCompletion);
    bestemmelse->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(bestemmelse, &QComboBox::activated, this, [this, rad, bestemmelse] {
        m_utkast.endre(u"vurderinger[%1].bestemmelse"_s.arg(rad), tr("Choose provision"),
                       [&](Tilsynssak &s) { s.vurderinger[rad].bestemmelse = bestemmelse->currentData().toString(); });
    });
    m_tabell->setCellWidget(rad, Bestemmelse, bestemmelse);

    auto *objekt = new QComboBox;
    objekt->setObjectName(u"objekt"_s);
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size(); ++i) {
        const Tilsynsobjekt &o = sak.tilsynsobjekter[i];
        objekt->addItem(o.navn.isEmpty() ? tr("Subject %1").arg(i + 1) : o.navn, o.id);
    }
    connect(objekt, &QComboBox::activated, this, [this, rad, objekt] {
        m_utkast.endre(u"vurderinger[%1].objekt"_s.arg(rad), tr("Choose subject"),
                       [&](Tilsynssak &s) { s.vurderinger[rad].objekt = objekt->currentData().toString(); });
    });
    m_tabell->setCellWidget(rad, Objekt, objekt);

    auto *konklusjon = new QComboBox;
    konklusjon->setObjectName(u"konklusjon"_s);
    for (const KatalogPost &p : m_katalog.forSektor(Liste::Konklusjon, sak.sektor))
        konklusjon->addItem(p.navn, p.kode);
    connect(konklusjon, &QComboBox::activated, this, [this, rad, konklusjon] {
        m_utkast.endre(u"vurderinger[%1].konklusjon"_s.arg(rad), tr("Choose conclusion"),
                       [&](Tilsynssak &s) { s.vurderinger[rad].konklusjon = konklusjon->currentData().toString(); });
    });
    m_tabell->setCellWidget(rad, Konklusjon, konklusjon);

    auto *begrunnelse = new QPlainTextEdit;
    begrunnelse->setObjectName(u"begrunnelse"_s);
    begrunnelse->setTabChangesFocus(true);
    connect(begrunnelse, &QPlainTextEdit::textChanged, this, [this, rad, begrunnelse] {
        m_utkast.endre(u"vurderinger[%1].begrunnelse"_s.arg(rad), tr("Edit reasoning"),
                       [&](Tilsynssak &s) { s.vurderinger[rad].begrunnelse = begrunnelse->toPlainText(); });
    });
    m_tabell->setCellWidget(rad, Begrunnelse, begrunnelse);
}

void VurderingsListe::oppdater()
{
    const Tilsynssak &sak = m_utkast.sak();
    QString noekkel = sak.sektor;
    for (const Tilsynsobjekt &o : sak.tilsynsobjekter)
        noekkel += u'|' + o.id + u'=' + o.navn;
    const int antall = int(sak.vurderinger.size());
    if (m_tabell->rowCount() != antall || m_byggetFor != noekkel) {
        m_tabell->setRowCount(0);
        m_tabell->setRowCount(antall);
        for (int r = 0; r < antall; ++r)
            byggRad(r);
        m_byggetFor = noekkel;
    }
    QStringList feil;
    for (int r = 0; r < antall; ++r) {
        const Vurdering &v = sak.vurderinger[r];
        velg(static_cast<QComboBox *>(m_tabell->cellWidget(r, Bestemmelse)), v.bestemmelse);
        velg(static_cast<QComboBox *>(m_tabell->cellWidget(r, Objekt)), v.objekt);
        velg(static_cast<QComboBox *>(m_tabell->cellWidget(r, Konklusjon)), v.konklusjon);
        auto *begrunnelse = static_cast<QPlainTextEdit *>(m_tabell->cellWidget(r, Begrunnelse));
        if (begrunnelse->toPlainText() != v.begrunnelse) {
            const QSignalBlocker b(begrunnelse);
            begrunnelse->setPlainText(v.begrunnelse);
        }
        for (int k = 0; k < AntallKolonner; ++k) {
            const Problemer p = m_utkast.problemerFor(u"vurderinger[%1].%2"_s.arg(r).arg(QString::fromLatin1(feltnavn(k))));
            merkFeil(m_tabell->cellWidget(r, k), p);
            for (const Problem &x : p)
                feil.append(tr("Assessment %1: %2").arg(r + 1).arg(x.melding));
        }
    }
    for (const Problem &p : m_utkast.problemer()) {
        if (p.felt == u"vurderinger")
            feil.append(p.melding);
    }
    m_feil->setText(feil.join(u'\n'));
    m_feil->setVisible(!feil.isEmpty());
    m_fjern->setEnabled(antall > 0);
    m_leggTil->setEnabled(!sak.tilsynsobjekter.isEmpty());
}

void VurderingsListe::leggTil()
{
    const Tilsynssak &sak = m_utkast.sak();
    const QList<KatalogPost> b = m_katalog.forSektor(Liste::Bestemmelse, sak.sektor);
    const QList<KatalogPost> k = m_katalog.forSektor(Liste::Konklusjon, sak.sektor);
    m_utkast.endre(u"vurderinger+"_s, tr("Add assessment"), [&](Tilsynssak &s) {
        s.vurderinger.append(Vurdering{b.isEmpty() ? QString() : b.first().kode,
                                       s.tilsynsobjekter.isEmpty() ? QString() : s.tilsynsobjekter.first().id,
                                       k.isEmpty() ? QString() : k.first().kode, QString()});
    });
}

void VurderingsListe::fjern()
{
    const int rad = m_tabell->currentRow() >= 0 ? m_tabell->currentRow() : m_tabell->rowCount() - 1;
    if (rad < 0)
        return;
    m_utkast.endre(u"vurderinger-"_s, tr("Remove assessment"), [&](Tilsynssak &s) { s.vurderinger.removeAt(rad); });
}

} // namespace tilsyn
