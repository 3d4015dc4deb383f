#include "rapportberegner.h"

#include "domain/katalog.h"
#include "rapportmotor.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

const Rapporttabell *Rapportsett::tabell(const QString &navn) const
{
    for (const Rapporttabell &t : tabeller) {
        if (t.navn == navn)
            return &t;
    }
    return nullptr;
}

Rapportberegner::Rapportberegner(QString dbSti, const Katalog &katalog, QObject *parent)
    : QObject(parent), m_sti(std::move(dbSti)), m_katalog(katalog)
{
    m_pool.setMaxThreadCount(1);
}

Rapportberegner::~Rapportberegner()
{
    m_pool.clear();
    m_pool.waitForDone();
}

Rapportsett Rapportberegner::beregnNaa(const QString &dbSti, const Katalog &katalog, const Rapportvalg &valg)
{
    Rapportsett sett;
    sett.valg = valg;
    QElapsedTimer klokke;
    klokke.start();
    try {
        Store::Valg lesing;
        lesing.lesKunn = true;
        const auto store = Store::aapne(dbSti, lesing);
        const Rapportmotor motor(store->db(), katalog);
        for (const QString &navn : Rapportmotor::rapporter())
            sett.tabeller.append(motor.lag(navn, valg));
    } catch (const StoreError &e) {
        sett.tabeller.clear();
        sett.feil = e.melding();
    }
    sett.millisekunder = klokke.elapsed();
    return sett;
}

Rapportvalg Rapportberegner::startvalg(const QString &dbSti, const Katalog &katalog, const QDate &idag)
{
    const QList<KatalogPost> &sektorer = katalog.poster(Katalog::Liste::Sektor);
    Rapportvalg valg = Rapportvalg::forAar(sektorer.isEmpty() ? QString() : sektorer.constFirst().kode, idag.year());
    try {
        Store::Valg lesing;
        lesing.lesKunn = true;
        const auto store = Store::aapne(dbSti, lesing);
        QSqlQuery q(store->db());
        q.prepare(u"SELECT max(avsluttet) FROM rapport_sak WHERE sektor = ?"_s);
        QString sist; // ISO dates compare as text
        for (const KatalogPost &s : sektorer) {
            q.addBindValue(s.kode);
            if (!q.exec() || !q.next() || q.value(0).isNull())
                continue;
            const QString dato = q.value(0).toString();
            if (dato.left(4) > sist.left(4)) { // a later year; an equal year keeps the earlier sektor
                sist = dato;
                valg = Rapportvalg::forAar(s.kode, QDate::fromString(dato, Qt::ISODate).year());
            }
        }
    } catch (const StoreError &) {
        // Nothing to read: the default selection.
    }
    return valg;
}

void Rapportberegner::beregn(const Rapportvalg &valg)
{
    const int generasjon = ++m_generasjon;
    m_pool.clear(); // a request not yet started is outdated now
    m_venter = 1;
    const QString sti = m_sti;
    const Katalog &katalog = m_katalog;
    m_pool.start([this, sti, &katalog, valg, generasjon] {
        Rapportsett sett = beregnNaa(sti, katalog, valg);
        // Back on the owner's thread; the destructor waits for this runnable, and events
        // still queued for a destroyed object are discarded with it.
        QMetaObject::invokeMethod(
            this,
            [this, sett = std::move(sett), generasjon] {
                if (generasjon != m_generasjon)
                    return;
                m_venter = 0;
                emit ferdig(sett);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tilsyn
