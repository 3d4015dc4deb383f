#include "statistikkdiagram.h"

#include "reports/rapportberegner.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <QValueAxis>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QChartView *lagVisning(const QString &navn, QWidget *forelder)
{
    auto *diagram = new QChart;
    diagram->setAnimationOptions(QChart::NoAnimation);
    diagram->legend()->setAlignment(Qt::AlignBottom);
    diagram->setMargins(QMargins(4, 4, 4, 4));
    auto *visning = new QChartView(diagram, forelder); // the view owns the chart
    visning->setObjectName(navn);
    visning->setRenderHint(QPainter::Antialiasing);
    visning->setMinimumSize(360, 260);
    return visning;
}

void toem(QChart *diagram)
{
    diagram->removeAllSeries();
    for (QAbstractAxis *akse : diagram->axes()) {
        diagram->removeAxis(akse);
        delete akse;
    }
}

} // namespace

StatistikkDiagram::StatistikkDiagram(QWidget *parent)
    : QWidget(parent),
      m_sakerVisning(lagVisning(u"diagram-behandlingsmaate"_s, this)),
      m_andelVisning(lagVisning(u"diagram-resultatmaal"_s, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sakerVisning);
    layout->addWidget(m_andelVisning);
    oversett();
}

StatistikkDiagram::~StatistikkDiagram() = default;

void StatistikkDiagram::settHeltallsakse(QValueAxis *akse, double hoyest)
{
    // Counts are whole numbers: ticks on whole steps of 1, 2, 5, 10, 20, 50 … (at most about
    // eight), never "0, 0, 1, 1" from ticks at halves.
    double steg = 1;
    for (double faktor = 1;; faktor *= 10) {
        if (hoyest / (1 * faktor) <= 8) { steg = 1 * faktor; break; }
        if (hoyest / (2 * faktor) <= 8) { steg = 2 * faktor; break; }
        if (hoyest / (5 * faktor) <= 8) { steg = 5 * faktor; break; }
    }
    const double topp = std::max(steg, std::ceil(hoyest * 1.1 / steg) * steg);
    akse->setRange(0, topp);
    akse->setTickType(QValueAxis::TicksDynamic);
    akse->setTickAnchor(0);
    akse->setTickInterval(steg);
    akse->setLabelFormat(u"%d"_s);
}

void StatistikkDiagram::oversett()
{
    m_sakerVisning->chart()->setTitle(tr("Closed cases per handling method"));
    m_andelVisning->chart()->setTitle(tr("Share within deadline (target %1 %)").arg(kMaalProsent));
    // What a screen reader says on the chart (issue 10: every control named).
    m_sakerVisning->setAccessibleName(m_sakerVisning->chart()->title());
    m_andelVisning->setAccessibleName(m_andelVisning->chart()->title());
}

void StatistikkDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        oversett();
    QWidget::changeEvent(event);
}

void StatistikkDiagram::vis(const Rapportsett &sett)
{
    visSakerPerBm(sett);
    visAndelInnenFrist(sett);
}

void StatistikkDiagram::visSakerPerBm(const Rapportsett &sett)
{
    QChart *diagram = m_sakerVisning->chart();
    toem(diagram);
    const Rapporttabell *t = sett.tabell(u"behandlingsmaate"_s);
    if (!t)
        return;
    const qsizetype landet = t->rad(u"landet"_s);
    auto *saker = new QBarSet(tr("Closed cases"));
    saker->setObjectName(u"saker"_s);
    QStringList kategorier;
    for (const QString &kolonne : t->kolonner) {
        if (!kolonne.startsWith(u"bm"_s))
            continue;
        kategorier.append(tr("BM %1").arg(kolonne.mid(2)));
        saker->append(t->verdi(landet, kolonne).toDouble());
    }
    saker->setLabelColor(Qt::black);
    auto *serie = new QBarSeries;
    serie->append(saker);
    serie->setLabelsVisible(true);
    serie->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    diagram->addSeries(serie);

    auto *x = new QBarCategoryAxis;
    x->append(kategorier);
    auto *y = new QValueAxis;
    double hoyest = 0;
    for (int i = 0; i < saker->count(); ++i)
        hoyest = qMax(hoyest, saker->at(i));
    StatistikkDiagram::settHeltallsakse(y, hoyest);
    diagram->addAxis(x, Qt::AlignBottom);
    diagram->addAxis(y, Qt::AlignLeft);
    serie->attachAxis(x);
    serie->attachAxis(y);
    diagram->legend()->setVisible(false);
}

void StatistikkDiagram::visAndelInnenFrist(const Rapportsett &sett)
{
    QChart *diagram = m_andelVisning->chart();
    toem(diagram);
    const Rapporttabell *t = sett.tabell(u"resultatmaal"_s);
    if (!t)
        return;
    auto *andel = new QBarSet(tr("Within deadline, %"));
    andel->setObjectName(u"andel"_s);
    andel->setLabelColor(Qt::black);
    QStringList kategorier;
    for (qsizetype r = 0; r < t->rader.size(); ++r) {
        kategorier.append(tr("BM %1").arg(t->verdi(r, u"behandlingsmaate"_s).toString()));
        andel->append(t->verdi(r, u"andel"_s).toDouble()); // no cases: an empty bar
    }
    auto *serie = new QBarSeries;
    serie->append(andel);
    serie->setLabelsVisible(true);
    serie->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    diagram->addSeries(serie);

    auto *maal = new QLineSeries;
    maal->setObjectName(u"maal"_s);
    maal->setName(tr("Target %1 %").arg(kMaalProsent));
    maal->append(-0.5, kMaalProsent);
    maal->append(double(kategorier.size()) - 0.5, kMaalProsent);
    QPen penn(QColor(0xc0, 0x39, 0x2b));
    penn.setWidth(2);
    penn.setStyle(Qt::DashLine);
    maal->setPen(penn);
    diagram->addSeries(maal);

    auto *x = new QBarCategoryAxis;
    x->append(kategorier);
    auto *y = new QValueAxis;
    // Whole tens of percent, few enough labels to be read in full (twelve were cut to "…").
    y->setRange(0, 110);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(u"%d"_s);
    diagram->addAxis(x, Qt::AlignBottom);
    diagram->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(serie), static_cast<QAbstractSeries *>(maal)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    diagram->legend()->setVisible(true);
}

} // namespace tilsyn
