#include "kodeliste.h"

#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace tilsyn {

KodeListe::KodeListe(const Katalog &katalog, Katalog::Liste liste, QWidget *parent)
    : QListWidget(parent), m_katalog(katalog), m_liste(liste)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

KodeListe::~KodeListe() = default;

void KodeListe::vis(const QString &sektor, const QStringList &valgt)
{
    const QSignalBlocker b(this);
    QStringList koder;
    for (const KatalogPost &p : m_katalog.forSektor(m_liste, sektor))
        koder.append(p.kode);
    for (const QString &k : valgt) {
        if (!koder.contains(k))
            koder.append(k);
    }
    QStringList naa;
    for (int i = 0; i < count(); ++i)
        naa.append(item(i)->data(Qt::UserRole).toString());
    if (naa != koder) {
        clear();
        for (const QString &k : koder) {
            auto *it = new QListWidgetItem(this);
            it->setData(Qt::UserRole, k);
            it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    navngi();
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(valgt.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void KodeListe::navngi()
{
    // The catalogue's name in the målform of the UI ("Pårørande" in nynorsk), never the code.
    const Maalform mf = uiMaalform();
    const QSignalBlocker b(this);
    for (int i = 0; i < count(); ++i) {
        const QString kode = item(i)->data(Qt::UserRole).toString();
        const QString navn = m_katalog.navn(m_liste, kode, mf);
        item(i)->setText(navn.isEmpty() ? kode : navn);
    }
    // As high as its rows (issue 10: a scrolled list hid its first and last kilde): a dozen
    // short lines, the form scrolls instead.
    setFixedHeight(count() > 0 ? sizeHintForRow(0) * count() + 2 * frameWidth() : 2 * fontMetrics().height());
}

void KodeListe::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::LocaleChange)
        navngi();
    QListWidget::changeEvent(e);
}

QStringList KodeListe::valgte() const
{
    // In catalogue order, which is also the order they are listed in.
    QStringList ut;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ut.append(item(i)->data(Qt::UserRole).toString());
    }
    return ut;
}

} // namespace tilsyn
