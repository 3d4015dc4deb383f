#pragma once

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
    /// Makes a fresh example store at `sti` (an old one is replaced) holding the compiled-in
    /// sample cases. Throws StoreError. Refuses a path that holds a store that is not an example
    /// store, so the caseworker's own store can never be overwritten.
    static void lag(const QString &sti, const Katalog &katalog, const QString &bruker);
    static bool erEksempellager(const Store &store);
};

} // namespace tilsyn
