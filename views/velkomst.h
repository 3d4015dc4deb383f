#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tilsyn {

/// Shown beside the list when no case is open; on an empty store it is the first-run welcome
/// with "New case", "Import…" and "Load sample cases".
class Velkomst final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Velkomst)

public:
    explicit Velkomst(QWidget *parent = nullptr);
    ~Velkomst() override;

    /// true: the store is empty (first run); false: just "choose a case".
    void settTomtLager(bool tomt);

signals:
    void nySak();
    void importer();
    void lastEksempel();

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();

    bool m_tomt = true;
    QLabel *m_tittel;
    QLabel *m_tekst;
    QPushButton *m_ny;
    QPushButton *m_importer;
    QPushButton *m_eksempel;
};

} // namespace tilsyn
