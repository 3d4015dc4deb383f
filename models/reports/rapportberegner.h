#pragma once

#include "rapporttabell.h"
#include "rapportvalg.h"

#include <QObject>
#include <QThreadPool>

namespace tilsyn {

class Katalog;

/// Every report for one selection, as computed together off the GUI thread.
struct Rapportsett
{
    Rapportvalg valg;
    QList<Rapporttabell> tabeller; ///< in Rapportmotor::rapporter() order
    qint64 millisekunder = 0;
    QString feil; ///< non-empty: the store could not be read; tabeller is empty

    const Rapporttabell *tabell(const QString &navn) const;
};

/// Computes all reports on a worker thread with its own read-only Store connection, and hands
/// the result back on the owner's thread through ferdig(). The newest request wins: a request
/// still waiting is dropped, and a result for an outdated selection is not emitted.
class Rapportberegner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rapportberegner)

public:
    Rapportberegner(QString dbSti, const Katalog &katalog, QObject *parent = nullptr);
    ~Rapportberegner() override;

    void beregn(const Rapportvalg &valg);
    bool opptatt() const { return m_venter > 0; }

    /// The same work, synchronously on the calling thread (for the CLI-like callers and tests).
    static Rapportsett beregnNaa(const QString &dbSti, const Katalog &katalog, const Rapportvalg &valg);
    /// Where the statistics open: the most recent year with closed cases, in the first sektor
    /// (catalogue order) that has closed cases that year, every office. Without closed cases (or
    /// a store that cannot be read): the first sektor and the year of `idag`. One index seek per
    /// sektor on rapport_sak.
    static Rapportvalg startvalg(const QString &dbSti, const Katalog &katalog, const QDate &idag);

signals:
    void ferdig(const tilsyn::Rapportsett &sett);

private:
    QString m_sti;
    const Katalog &m_katalog;
    QThreadPool m_pool;
    int m_generasjon = 0;
    int m_venter = 0;
};

} // namespace tilsyn
