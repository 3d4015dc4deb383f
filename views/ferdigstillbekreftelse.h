#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "domain/katalog.h"

class QDate;
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
    /// `tidligere` (may be empty) leads the text: a letter of the same type to the same party
    /// that is already finalised (see tidligereTekst()).
    static QString tekst(const Brevutkast &utkast, const QString &tidligere = {});
    /// "A letter of this type to X was already finalised on dd.mm.yyyy (document N)."
    static QString tidligereTekst(const QString &mottaker, const QDate &dato, const QString &dokumentnummer);
    /// "Warning: the nynorsk dictionary does not know these words of the letter: … They are printed
    /// as typed." — the spelling warning repeated in the question (`ord`: the unknown words, in order).
    static QString ukjenteOrdTekst(Maalform m, const QStringList &ord);
    /// One milestone the letter stands for (Brevtype::milepeler()), as offered in the question.
    struct Milepeltilbud
    {
        QString kode;        ///< "oversendt", "mote" or "avsluttet"
        QString hindring;    ///< why the store would refuse it (BrevRepository::milepelproblemer()); empty: none
        QStringList mangler; ///< parties whose letters of this type are still to be finalised
    };
    /// Asks; true if the caseworker chose Finalise. For each milestone in `tilbud` a tick box
    /// offers to record it (the first named "medMilepel", the others "medMilepel_<kode>");
    /// `*valgte` gets the codes ticked. A box is ticked unless its `mangler` names parties whose
    /// letters of this type are still to be finalised (manglendeAvsluttendeBrev()); then a line
    /// says which. With its `hindring` non-empty the box is unticked and disabled, and the
    /// reason is shown right above it: the letter can still be finalised, without the milestone.
    static bool spoer(QWidget *forelder, const Brevutkast &utkast, const QList<Milepeltilbud> &tilbud,
                      QStringList *valgte, const QString &tidligere = {});
    /// "The milestone “closed” cannot be recorded with this letter: <hindring>. …"
    static QString hindringTekst(const QString &milepel, const QString &hindring);
    /// "Letters of this type to X and Y are not finalised yet: record the milestone with the last one."
    static QString manglerTekst(const QStringList &mangler);
    /// "Warning: X, who made the request, has not had their letter “<type>” yet. …" (a decision
    /// closing the case while the innsender's letter is still to be finalised).
    static QString innsenderbrevManglerTekst(const QString &innsender, const QString &brevtype);
};

} // namespace tilsyn
