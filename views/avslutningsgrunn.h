#pragma once

#include "domain/validering.h"

#include <QString>

#include <functional>

class QWidget;

namespace tilsyn {

/// Closing a case while incoming documents of its journal are not avskrevet: asks the caseworker
/// why (SakRepository::avslutningsproblemer), so the case can be closed with that reason.
class Avslutningsgrunn final
{
public:
    /// If `problemer` is only the closing rule, shows it and asks for a reason; returns the
    /// reason given, or empty (not that problem, or cancelled).
    static QString spoer(QWidget *forelder, const Problemer &problemer);
    /// Tests answer instead of the dialog: called with the message, returns the reason.
    static void settSvar(std::function<QString(const QString &)> svar);
};

} // namespace tilsyn
