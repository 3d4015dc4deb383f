#pragma once

#include <QObject>

namespace tilsyn {

/// Keeps the mouse wheel from changing a value by accident: a combo box or spin box (date and
/// time edits included) that does not have the keyboard focus lets the wheel scroll the form
/// around it instead of changing its value, and no longer takes the focus from the wheel.
/// One event filter on the application serves every window and dialog; install() is called by
/// each form's constructor and installs it once.
class Rullevern final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rullevern)

public:
    /// Installs the filter on the running QApplication, once; later calls do nothing.
    static void installer();

protected:
    bool eventFilter(QObject *mottaker, QEvent *hendelse) override;

private:
    explicit Rullevern(QObject *parent);
};

} // namespace tilsyn
