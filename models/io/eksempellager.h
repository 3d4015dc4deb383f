#pragma once

#include <QDate>
#include <QString>

namespace tilsyn {

class Katalog;
class Store;

/// The sample cases live in a store of their own, made for trying the program out and marked as
/// such in the store itself (meta `eksempellager`), so every window on it can say so. They never
/// go into the caseworker's own store.
class Eksempellager final
{
public:
    /// eksempelsaker.sqlite in the program's data folder.
    static QString standardSti();
    /// Makes a fresh example store at `sti` (an old one is replaced) holding the sample cases
    /// dated relative to `idag` (Eksempeldag), written through the import's validation, and the
    /// follow-up of their lovbrudd: all or nothing (on failure no store is left at `sti`).
    /// Throws StoreError. Refuses a path that holds a store that is not an example store, so the
    /// caseworker's own store can never be overwritten.
    static void lag(const QString &sti, const Katalog &katalog, const QString &bruker,
                    const QDate &idag = QDate::currentDate());
    static bool erEksempellager(const Store &store);
};

} // namespace tilsyn
