#pragma once

#include <QString>

namespace tilsyn {

class Store;

/// What the desktop's Help → Copy support information puts on the clipboard (and support asks
/// for): program, Qt, SQLite and system versions, the store's schema version and size, the sync
/// state and the newest warnings and errors from the support log. No case content, no password;
/// the home folder is shown as "~".
struct Stoetteinfo
{
    QString synkstatus;       ///< the status bar's sync text
    bool sentralOppsatt = false;
};

QString stoetteinformasjon(Store &store, const Stoetteinfo &info);

} // namespace tilsyn
