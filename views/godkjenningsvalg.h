#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace tilsyn {

/// Whether the office uses two-step approval of letters (Kontorpraksis::godkjenning, issue 12):
/// a check box with a line saying what it means. Turning approval off is only for an office
/// without a central store (no leader can approve in the system without one): with a central store
/// configured (sentral/conninfo) the box is checked and disabled and the line says why — unless
/// approval was already off, so it can be turned back on. Off: no letter type needs approval, and
/// letters name only the caseworker; none says "elektronisk godkjent". Saved by lagre().
/// The box shows the practice in force (Kontorpraksis::typerSomKreverGodkjenning() not empty): so
/// an office without a central store, where no leader can approve, sees it unticked until it
/// chooses otherwise. lagre() writes only a change the user made: ticking it there sets
/// godkjenning=paa and, when the office has not listed its types, the standard ones.
class GodkjenningsValg final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GodkjenningsValg)

public:
    explicit GodkjenningsValg(QWidget *parent = nullptr);
    ~GodkjenningsValg() override;

    /// The check box (its own accelerator toggles it).
    QCheckBox *boks() const { return m_boks; }
    void lagre();

private:
    void forklar();

    QCheckBox *m_boks;
    QLabel *m_forklaring;
    bool m_harSentral;
    bool m_start; ///< in force when the dialog opened
};

} // namespace tilsyn
