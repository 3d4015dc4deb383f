#pragma once

#include "rapporttabell.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tilsyn {

class Katalog;

/// One report table as an item model for the statistics view. Display text uses Norwegian
/// number formats and the catalogue's names for codes; RawValueRole gives the cell as the
/// engine made it (the same value the CSV writes).
class RapportModell final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RapportModell)

public:
    enum Role { RawValueRole = Qt::UserRole };

    explicit RapportModell(const Katalog &katalog, QObject *parent = nullptr);

    void settTabell(const Rapporttabell &tabell);
    const Rapporttabell &tabell() const { return m_tabell; }
    /// Tells the views that translated headers and row labels changed (QEvent::LanguageChange).
    void spraakEndret();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A readable title for a column key ("bm1" -> "BM 1", "innen_frist" -> "Within deadline").
    static QString kolonnetittel(const QString &noekkel);

private:
    QString visningstekst(int rad, int kolonne) const;

    const Katalog &m_katalog;
    Rapporttabell m_tabell;
    QLocale m_locale{QLocale::NorwegianBokmal, QLocale::Norway};
};

} // namespace tilsyn
