#pragma once

#include <QMainWindow>

namespace tilsyn {

class Store;

/// The caseworker's main window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Store &m_store;
};

} // namespace tilsyn
