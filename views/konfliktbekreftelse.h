#pragma once

#include "sync/synkproblemer.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <functional>

class QWidget;

namespace tilsyn {

/// The question before a conflict's resolution replaces a value somebody typed (issue 10, the
/// tester: «Behold min» overwrote a colleague's text with one key). Keeping mine, or an edited
/// value, over a colleague's different value names the colleague (by name where known) and when,
/// and shows what is replaced; keeping theirs over my own value shows mine. Nothing is asked when
/// the replaced side is empty or equal to the value kept. Buttons Replace and Cancel; Cancel is
/// the default and Escape's answer. Both values stay in the case's history (History of this case…): mine as my own edit,
/// theirs as the synchronised change by its author, and the resolution as «conflict resolved».
class KonfliktBekreftelse final
{
    Q_DECLARE_TR_FUNCTIONS(tilsyn::KonfliktBekreftelse)

public:
    using SomTekst = std::function<QString(const QJsonValue &)>;

    /// Who made theirs, for a sentence: the name (or login), or "a colleague" when not known.
    static QString hvem(const SynkProblemer::Konflikt &k);
    /// The question's text, empty when nothing typed is replaced by `verdi` (the value kept).
    static QString tekst(const SynkProblemer::Konflikt &k, SynkProblemer::Valg valg, const QJsonValue &verdi,
                         const QString &feltnavn, const SomTekst &somTekst);
    /// Asks when tekst() is not empty; true: go on.
    static bool spoer(QWidget *forelder, const SynkProblemer::Konflikt &k, SynkProblemer::Valg valg,
                      const QJsonValue &verdi, const QString &feltnavn, const SomTekst &somTekst);
};

} // namespace tilsyn
