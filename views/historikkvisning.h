#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSqlDatabase;
class QTableView;

namespace tilsyn {

class HistorikkFilter;
class HistorikkModell;

/// The history of one case: its audit trail as one row per changed field — when, who, whether
/// here, through sync or by resolving a conflict, the field, from and to — newest first,
/// filterable by field and by person. Read with one query when opened.
class HistorikkVisning final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorikkVisning)

public:
    HistorikkVisning(const QSqlDatabase &db, const QString &sakId, const QString &tittel, QWidget *parent = nullptr);
    ~HistorikkVisning() override;

    HistorikkModell *modell() const { return m_modell; }
    HistorikkFilter *filter() const { return m_filter; }
    QTableView *tabell() const { return m_tabell; }
    QComboBox *feltvalg() const { return m_felt; }
    QComboBox *brukervalg() const { return m_bruker; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();
    void fyllValg();

    QString m_tittel;
    HistorikkModell *m_modell;
    HistorikkFilter *m_filter;
    QComboBox *m_felt;
    QComboBox *m_bruker;
    QTableView *m_tabell;
    QLabel *m_feltEtikett;
    QLabel *m_brukerEtikett;
    QLabel *m_feil;
};

} // namespace tilsyn
