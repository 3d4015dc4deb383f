#pragma once

#include "letters/brevutkast.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tilsyn {

class Brevrenderer;
class Fremdrift;
class Store;
struct Tilsynssak;

/// A batch of letter drafts of one case saved at once ("Save all as PDF drafts" of the decision
/// letters for all parties): every draft rendered as PDF/A marked UTKAST into a folder, and kept
/// in the case as a draft version (Dokumentflyt, from which the letter window opens it again) —
/// all or nothing. Made for a worker thread: give it a Store and a Brevrenderer (with its own
/// Brevmalkilde) of that thread.
class Brevbunke final
{
public:
    Brevbunke(Store &store, const Brevrenderer &renderer);
    Q_DISABLE_COPY_MOVE(Brevbunke)

    struct Resultat
    {
        QStringList filer;   ///< the files written, in the order of the drafts
        bool iSaken = false; ///< the drafts were stored in the case (false: the case is not in the store)
    };

    /// The file a draft is saved under: type-party-målform-utkast.pdf (e.g.
    /// bm5-avgjorelse-o2-nn-utkast.pdf).
    static QString filnavn(const Brevutkast &u);

    /// Renders each draft and writes it into a temporary file in `mappe` (Fremdrift: drafts done
    /// of `utkast.size()`), then in ONE transaction stores every draft in the case (by `hvem`) and
    /// renames the files into place, replacing files of the same name. A case that is not in the
    /// store (never saved) gets its files only. Throws Avbrutt (cancelled before the files are put
    /// in place), BrevmalFeil (a template, or a character no embedded font can draw), StoreError
    /// (a file that cannot be written, naming it; the store): then no draft is stored and no
    /// file of the batch is left in `mappe`, not even a temporary one. Each avgjørelse states the
    /// case's documentation deadline as stored when it is saved (Dokumentasjonsfrist::hent).
    Resultat lagre(const Tilsynssak &sak, const QList<Brevutkast> &utkast, const QString &mappe,
                   const QString &hvem, Fremdrift *fremdrift = nullptr) const;

private:
    Store &m_store;
    const Brevrenderer &m_renderer;
};

} // namespace tilsyn
