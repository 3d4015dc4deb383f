#include "caseeditortekster.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Field path -> label, in form order. Translated at run time (oversett).
struct Ledetekst
{
    const char *felt;
    const char *tekst;
};
constexpr Ledetekst kLedetekster[] = {
    {"saksnummer", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Case number")},
    {"mottatt", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Received")},
    {"sektor", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Sector")},
    {"embete", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Office")},
    {"saksbehandler", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Case officer")},
    {"alvorlig", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Serious")},
    {"kilder", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Sources")},
    {"temaer", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Themes")},
    {"brukerinvolvering", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "User involvement")},
    {"sammendrag", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Summary")},
    {"innsender", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Submitted by")},
    {"innsender.adresse", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Address")},
    {"innsender.maalform", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Written form")},
    {"innsender.deres", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Their date and ref.")},
    {"oversendt", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Forwarded")},
    {"rapport_mottatt", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Report received")},
    {"mote", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Meeting")},
    {"avsluttet", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Closed")},
    {"utfall", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Outcome")},
};

// Field path -> label with its accelerator. The editor's pages (tabs) give each page its own
// letters beside the main window's menus and the filter bar's three lists (its four tick boxes
// take the digits Alt+7 … Alt+0 and Ctrl+1 … Ctrl+4 instead); the translations choose letters free on the page in their
// language. Every field has one: tst_allevinduer fails on a label without it, in en, nb and nn.
constexpr Ledetekst kEtiketter[] = {
    {"saksnummer", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Case &number:")},
    {"mottatt", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "&Date received:")},
    {"sektor", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Secto&r:")},
    {"embete", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "&Office:")},
    {"saksbehandler", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "C&ase officer:")},
    {"alvorlig", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Ser&ious:")},
    {"kilder", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "So&urces:")},
    {"temaer", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "The&mes:")},
    {"brukerinvolvering", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "User invo&lvement:")},
    {"sammendrag", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Summar&y:")},
    {"innsender", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Subm&itted by:")},
    {"innsender.adresse", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "A&ddress:")},
    {"innsender.maalform", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "&Written form:")},
    {"innsender.deres", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Their date a&nd ref.:")},
    {"behandlingsmaate", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Handl&ing method:")},
    {"oversendt", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Forwar&ded:")},
    {"rapport_mottatt", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Re&port received:")},
    {"mote", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "&Meeting:")},
    {"avsluttet", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "C&losed:")},
    {"utfall", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "O&utcome:")},
};

// One paragraph per behandlingsmåte: what it means, its milestone and its deadline (%1).
constexpr const char *kVeiledning[] = {
    "",
    QT_TRANSLATE_NOOP("tilsyn::CaseEditor",
                      "Closing with guidance: the statsforvalter gives advice and guidance to the person who "
                      "made contact and closes the case. Milestone: the case is closed. Deadline: %1 from received."),
    QT_TRANSLATE_NOOP("tilsyn::CaseEditor",
                      "Forwarding to the service: the henvendelse is sent to the service (or the health "
                      "professional) to follow up, and the statsforvalter's case is closed. Milestone: forwarded. "
                      "Deadline: %1 from received."),
    QT_TRANSLATE_NOOP("tilsyn::CaseEditor",
                      "The service follows up and reports: it reviews its own practice, corrects failures and "
                      "reports back; the statsforvalter judges whether that is good enough. Milestone: the request "
                      "is sent. Deadline: %1 from received."),
    QT_TRANSLATE_NOOP("tilsyn::CaseEditor",
                      "Meeting with the service and the user: the case is concluded in a meeting with the service "
                      "and the patient or user. Milestone: the meeting. Deadline: %1 from received."),
    QT_TRANSLATE_NOOP("tilsyn::CaseEditor",
                      "The statsforvalter investigates and decides: full investigation with a conclusion per "
                      "assessed provision and subject, and an outcome. Milestone: the case is closed. Deadline: %1 "
                      "from received."),
};

} // namespace

QString ledetekst(const QString &felt)
{
    if (felt == u"behandlingsmaate")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Handling method");
    for (const Ledetekst &l : kLedetekster) {
        if (felt == QLatin1StringView(l.felt))
            return QCoreApplication::translate("tilsyn::CaseEditor", l.tekst);
    }
    return felt;
}

QString etikett(const QString &felt)
{
    for (const Ledetekst &l : kEtiketter) {
        if (felt == QLatin1StringView(l.felt))
            return QCoreApplication::translate("tilsyn::CaseEditor", l.tekst);
    }
    return ledetekst(felt) + u':';
}

QString bmVeiledning(int bm)
{
    if (bm < 1 || bm > 5)
        return {};
    return QCoreApplication::translate("tilsyn::CaseEditor", kVeiledning[bm]);
}

QString feltnavn(const QString &sti)
{
    static const QRegularExpression liste(u"^(vurderinger|tilsynsobjekter)\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    if (const QRegularExpressionMatch m = liste.match(sti); m.hasMatch()) {
        const int nr = m.captured(2).toInt() + 1;
        if (m.captured(1) == u"tilsynsobjekter")
            return QCoreApplication::translate("tilsyn::CaseEditor", "Subject %1").arg(nr);
        const QString del = m.captured(3);
        const QString hva = del == u"bestemmelse" ? QCoreApplication::translate("tilsyn::CaseEditor", "Provision")
                            : del == u"konklusjon" ? QCoreApplication::translate("tilsyn::CaseEditor", "Conclusion")
                            : del == u"objekt"     ? QCoreApplication::translate("tilsyn::CaseEditor", "Subject")
                                                   : QCoreApplication::translate("tilsyn::CaseEditor", "Reasoning");
        return QCoreApplication::translate("tilsyn::CaseEditor", "Assessment %1, %2").arg(nr).arg(hva);
    }
    if (sti == u"vurderinger")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Assessed provisions");
    if (sti == u"tilsynsobjekter")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Subjects of supervision");
    if (sti == u"import") // the bulk import's audit row: the file's SHA-256 and the line
        return QCoreApplication::translate("tilsyn::CaseEditor", "Imported from file");
    // The other kinds of audit rows (HistorikkModell): the journal, letters, drafts, assignment.
    if (sti == u"journal")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Journal");
    if (sti == u"brev")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Finalised letter");
    if (sti == u"brevutkast")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Letter draft");
    if (sti == u"tildelt")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Assigned to");
    if (sti == u"id")
        return QCoreApplication::translate("tilsyn::CaseEditor", "Case id");
    // The follow-up of breaches (OppfolgingRepository's audit rows).
    static const std::pair<const char *, const char *> oppfolging[] = {
        {"startet", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Follow-up started")},
        {"lovbrudd", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Breaches followed up")},
        {"bestemmelse", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Provision")},
        {"krav", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Requirement")},
        {"frist", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Deadline")},
        {"dato", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Date")},
        {"tekst", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Text")},
        {"rettet", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Corrected on")},
        {"bevis", QT_TRANSLATE_NOOP("tilsyn::CaseEditor", "Documentation of the correction")}};
    for (const auto &[noekkel, navn] : oppfolging)
        if (sti == QLatin1StringView(noekkel))
            return QCoreApplication::translate("tilsyn::CaseEditor", navn);

    QString felt = sti.left(sti.indexOf(u'['));
    if (felt == u"innsender.navn")
        felt = u"innsender"_s;
    return ledetekst(felt);
}

} // namespace tilsyn
