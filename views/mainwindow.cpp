#include "mainwindow.h"

#include "store/store.h"

#include <QLabel>
#include <QStatusBar>

namespace tilsyn {

MainWindow::MainWindow(Store &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setWindowTitle(tr("Tilsynsklient"));
    auto *midt = new QLabel(tr("Tilsynsklient"), this);
    midt->setAlignment(Qt::AlignCenter);
    setCentralWidget(midt);
    statusBar()->showMessage(tr("Store: %1").arg(m_store.sti()));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace tilsyn
