#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QValueAxis;

namespace tilsyn {

struct Rapportsett;

/// The two bar charts of the statistics view: closed cases per behandlingsmåte, and the share
/// within deadline per behandlingsmåte against the 80 % resultatmål.
class StatistikkDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatistikkDiagram)

public:
    static constexpr int kMaalProsent = 80;
    /// A count axis from 0 to above `hoyest` (cases) with ticks only on whole numbers: steps of
    /// 1, 2, 5, 10, 20, 50 …, at most about eight of them.
    static void settHeltallsakse(QValueAxis *akse, double hoyest);

    explicit StatistikkDiagram(QWidget *parent = nullptr);
    ~StatistikkDiagram() override;

    void vis(const Rapportsett &sett);

protected:
    void changeEvent(QEvent *event) override;

private:
    void visSakerPerBm(const Rapportsett &sett);
    void visAndelInnenFrist(const Rapportsett &sett);
    void oversett();

    QChartView *m_sakerVisning;
    QChartView *m_andelVisning;
};

} // namespace tilsyn
