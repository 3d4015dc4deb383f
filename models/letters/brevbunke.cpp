#include "brevbunke.h"

#include "domain/tilsynssak.h"
#include "drift/fremdrift.h"
#include "flyt/dokumentflyt.h"
#include "io/utfil.h"
#include "letters/brevrenderer.h"
#include "store/dokumentasjonsfrist.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace tilsyn {

using namespace Qt::StringLiterals;

Brevbunke::Brevbunke(Store &store, const Brevrenderer &renderer) : m_store(store), m_renderer(renderer) {}

QString Brevbunke::filnavn(const Brevutkast &u)
{
    return u"%1-%2-%3-utkast.pdf"_s.arg(u.type, u.mottaker.noekkel(), maalformKode(u.maalform));
}

Brevbunke::Resultat Brevbunke::lagre(const Tilsynssak &sak, const QList<Brevutkast> &bestilt, const QString &mappe,
                                     const QString &hvem, Fremdrift *fremdrift) const
{
    // 0. Every decision states the case's one documentation deadline as it stands now: a party's
    //    letter reviewed after the list was made may have changed it (Dokumentasjonsfrist).
    QList<Brevutkast> utkast = bestilt;
    if (!sak.id.isEmpty()) {
        if (const QDate frist = Dokumentasjonsfrist(m_store).hent(sak.id); frist.isValid())
            for (Brevutkast &u : utkast)
                if (u.type == u"bm5-avgjorelse"_s)
                    u.oppfolgingsfrist = frist;
    }
    // 1. Every letter into a temporary file beside its final name (the slow part, cancellable).
    //    A failure or Cancel here leaves nothing: each Utfil removes its temporary file.
    std::vector<std::unique_ptr<Utfil>> filer;
    filer.reserve(size_t(utkast.size()));
    for (qsizetype i = 0; i < utkast.size(); ++i) {
        Fremdrift::steg(fremdrift, i, utkast.size());
        const QByteArray pdf = m_renderer.pdfA(sak, utkast[i]);
        auto fil = std::make_unique<Utfil>(QDir(mappe).filePath(filnavn(utkast[i])));
        if (!fil->aapne() || !fil->skriv(pdf))
            throw StoreError(fil->feil());
        filer.push_back(std::move(fil));
    }
    Fremdrift::steg(fremdrift, utkast.size(), utkast.size());

    // 2. The files into place; a failure removes those already placed by this batch.
    Resultat r;
    auto plasser = [&] {
        for (const auto &fil : filer) {
            if (!fil->fullfoer())
                throw StoreError(fil->feil());
            r.filer.append(fil->sti());
        }
    };
    try {
        QSqlQuery q(m_store.db());
        q.prepare(u"SELECT 1 FROM tilsynssak WHERE id = ?"_s);
        q.addBindValue(sak.id);
        kjoer(q, "kan ikke lese saken");
        r.iSaken = q.next();
        q.finish();
        if (r.iSaken) // 3. the drafts in the case and the files in place: one transaction
            Dokumentflyt(m_store).lagreUtkast(sak, utkast, hvem, plasser, fremdrift);
        else
            plasser();
    } catch (...) {
        for (const QString &sti : std::as_const(r.filer))
            QFile::remove(sti);
        throw;
    }
    return r;
}

} // namespace tilsyn
