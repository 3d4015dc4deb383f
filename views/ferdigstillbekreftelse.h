#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tilsyn {

struct Brevutkast;

/// The one question asked before a letter is finalised: what will be stored (type, recipient,
/// copies and målform) and that it can never be changed, with a tick box for recording the
/// milestone the letter stands for when it has one.
class FerdigstillBekreftelse final
{
    Q_DECLARE_TR_FUNCTIONS(tilsyn::FerdigstillBekreftelse)

public:
    /// The name of a milestone code ("oversendt", "mote", "avsluttet") in the UI language.
    static QString milepelnavn(const QString &kode);
    /// The text of the question, in the UI language.
    static QString tekst(const Brevutkast &utkast);
    /// Asks; true if the caseworker chose Finalise. With `milepel` non-empty (the milestone's
    /// name) a tick box, checked, offers to record it; `*medMilepel` gets its state.
    static bool spoer(QWidget *forelder, const Brevutkast &utkast, const QString &milepel, bool *medMilepel);
};

} // namespace tilsyn
