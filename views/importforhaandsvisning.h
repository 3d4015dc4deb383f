#pragma once

#include "io/jsonlimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tilsyn {

/// Shown before an import writes anything: how many cases are new, how many are already in the
/// store unchanged (skipped), and which would change, field by field. Changed cases are replaced
/// only when the person confirms it with the button that says so; otherwise nothing is imported.
class ImportForhaandsvisning final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportForhaandsvisning)

public:
    ImportForhaandsvisning(const JsonlImport::Lest &lest, const QString &filnavn, QWidget *parent = nullptr);
    ~ImportForhaandsvisning() override;

    /// True when the person confirmed replacing the changed cases (only then accepted with any).
    bool erstatt() const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();

    qsizetype m_nye;
    qsizetype m_uendrede;
    qsizetype m_endrede;
    QString m_filnavn;
    QLabel *m_sammendrag;
    QTreeWidget *m_endringer;
    QDialogButtonBox *m_knapper;
    QPushButton *m_importer;
};

} // namespace tilsyn
