#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tilsyn {

/// The result of one report: named columns and rows of cells, rendered alike by the CLI (CSV,
/// JSON), the statistics view and the XLSX export. A cell is a qint64 or double (a number), a
/// QString (text) or a null QVariant (an empty cell, e.g. `andel` when `antall` is 0).
struct Rapporttabell
{
    QString navn;            ///< the report's name, e.g. "behandlingsmaate"
    QStringList kolonner;    ///< column keys; also the CSV header
    QList<QVariantList> rader;

    /// The index of a column key, or -1.
    qsizetype kolonne(const QString &noekkel) const { return kolonner.indexOf(noekkel); }
    /// The cell in row `rad` under column `noekkel`; a null QVariant when there is none.
    QVariant verdi(qsizetype rad, const QString &noekkel) const
    {
        const qsizetype k = kolonne(noekkel);
        if (rad < 0 || rad >= rader.size() || k < 0 || k >= rader[rad].size())
            return {};
        return rader[rad][k];
    }
    /// The first row whose first cell is `forsteCelle` (e.g. "landet"), or -1.
    qsizetype rad(const QString &forsteCelle) const
    {
        for (qsizetype i = 0; i < rader.size(); ++i) {
            if (!rader[i].isEmpty() && rader[i].constFirst().toString() == forsteCelle)
                return i;
        }
        return -1;
    }
};

} // namespace tilsyn
