#pragma once

#include <QWidget>

class QProgressBar;
class QTimer;
class QToolButton;

namespace tilsyn {

class SynkStyring;

/// The status bar's sign of a long sync (the first one pulls every case of the office): a busy
/// bar and Cancel, shown once a sync has run for kVisEtterMs, hidden when it ends. Cancel stops
/// it after the page in hand (SynkStyring::avbryt()); the status text says what was received.
class Synkfremdrift final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Synkfremdrift)

public:
    static constexpr int kVisEtterMs = 1000;

    explicit Synkfremdrift(SynkStyring &styring, QWidget *parent = nullptr);
    ~Synkfremdrift() override;

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();

    QProgressBar *m_linje;
    QToolButton *m_avbryt;
    QTimer *m_vent;
};

} // namespace tilsyn
