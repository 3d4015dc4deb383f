#pragma once

#include <QString>

namespace tilsyn {

/// Starts the desktop application on the store at `dbSti`. Returns the exit status.
int kjoerGui(int &argc, char **argv, const QString &dbSti);

} // namespace tilsyn
