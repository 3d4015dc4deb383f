// The placeholders a letter template may use (documented in docs/letters.md).

#include "letters/brevmal.h"
#include "letters/brevutkast.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

using Art = Plassholderskjema::Art;

std::shared_ptr<Plassholderskjema> liste(std::initializer_list<std::pair<const char *, const char *>> felt,
                                        std::initializer_list<const char *> flagg = {})
{
    auto s = std::make_shared<Plassholderskjema>();
    for (const auto &[navn, beskrivelse] : felt)
        s->felt.insert(QString::fromLatin1(navn), {Art::Tekst, QString::fromUtf8(beskrivelse), nullptr});
    for (const char *navn : flagg)
        s->felt.insert(QString::fromLatin1(navn), {Art::Flagg, {}, nullptr});
    return s;
}

std::shared_ptr<Plassholderskjema> vurderingSkjema()
{
    return liste({{"bestemmelse", "catalogue name of the provision, in the letter's målform"},
                  {"henvisning", "short reference, e.g. hpl. § 4"},
                  {"paragraf", "exact reference in lower case, e.g. helsepersonelloven § 4"},
                  {"krav", "what the provision requires (catalogue text)"},
                  {"lov", "the act's name, in the letter's målform"},
                  {"objekt", "name of the tilsynsobjekt assessed"},
                  {"konklusjon", "catalogue name of the konklusjon, in the letter's målform"},
                  {"setning", "the conclusion naming object and provision: X har brutt helsepersonelloven § 4."},
                  {"begrunnelse", "the caseworker's assessment (free text)"},
                  {"grunn", "innsender's letter: the short reason (see docs/letters.md: the first sentence of "
                            "the begrunnelse to a patient/user, else the outcome's standard sentence)"}},
                 {"lovbrudd"});
}

} // namespace

const Plassholderskjema &brevskjema()
{
    static const Plassholderskjema skjema = [] {
        Plassholderskjema s = *liste(
            {{"embete", "the office's name (catalogue, in the letter's målform)"},
             {"brevtittel", "the letter type's title, in the letter's målform"},
             {"saksnummer", "the case number YYYY/N (empty for a draft case)"},
             {"vaar_ref", "Vår ref: the saksnummer with the document number, e.g. 2024/4711-5"},
             {"vaar_dato", "Vår dato"}, {"deres_dato", "Deres dato"}, {"deres_ref", "Deres ref"},
             {"dato", "the letter's date in words"},
             {"saksbehandler", "caseworker's name"}, {"saksbehandler_tittel", "caseworker's title"},
             {"saksbehandler_telefon", "caseworker's direct phone"},
             {"godkjenner", "approver's name (only from a recorded approval)"},
             {"godkjenner_tittel", "approver's title"},
             {"mottaker", "recipient's name"}, {"mottaker_adresse", "recipient's address (lines)"},
             {"hjemmel", "legal basis for screening"},
             {"kopimottaker", "on a copy: the copy recipient it is for"},
             {"innsender", "name of the person who made the henvendelse"},
             {"objekt", "the tilsynsobjekt this letter is about (the recipient object, else the first)"},
             {"objekt_type", "its objekttype name"}, {"objekt_orgnr", "its organisation number"},
             {"objekt_hpr", "its HPR number"},
             {"objekt_autorisasjon", "a health professional's authorisation, e.g. lege"},
             {"objekt_identitet", "a health professional's authorisation and HPR number on one line, e.g. "
                                  "lege, HPR-nr. 1234567 (empty for other objects)"},
             {"mottatt", "date the henvendelse was received (in words)"},
             {"sektor", "sector name"}, {"behandlingsmaate", "name of the behandlingsmåte"},
             {"tilsynshjemmel", "the statsforvalter's authority for the case's sektor (catalogue text)"},
             {"katalogversjon", "the catalogue version the legal texts come from"},
             {"frist_tekst", "the expected handling time, e.g. 4 uker"},
             {"forventet_dato", "mottatt + the handling time; from its last day, ny_forventet_dato (always after the letter's date)"},
             {"forsinket", "flag: the handling time is up (the letter date is on or after mottatt + it)"},
             {"ny_forventet_dato", "new expected date, after the letter's date (forsinkelsesmelding; a delayed case)"},
             {"svarfrist", "deadline for an answer or report"},
             {"oppfolgingsfrist", "avgjørelse: deadline for documentation that a lovbrudd is corrected"},
             {"oversendt", "date sent to the service"}, {"mote", "date of the meeting"},
             {"avsluttet", "date the case was closed"}, {"rapport_mottatt", "BM 3: date of the report"},
             {"utfall", "outcome name"}, {"sammendrag", "the case summary"},
             {"saksforhold", "free text: the facts relied on"},
             {"saksgang", "free text: the handling so far (after the dated chronology)"},
             {"veiledning", "free text: guidance given"},
             {"fritekst", "free text: any further text"},
             {"forventning", "free text: what is expected after a lovbrudd"},
             {"begrunnelse_innsender", "free text: short reason for the person who made the request"},
             {"sporsmaal", "free text: supervisory questions (oversendelse til Helsetilsynet)"},
             {"bakgrunn", "free text: background"},
             {"uttalelse", "free text: the statement shared for comment"},
             {"motetid", "free text: time of the meeting"}, {"motested", "free text: place of the meeting"},
             {"dokumentasjon", "free text: the documentation received"},
             {"grunn", "free text: the reason (delay, handling, closing after initial investigation)"},
             {"parter_orientert", "free text: what the parties have been told (oversendelse)"},
             {"palegg", "free text: what the service is ordered to correct"},
             {"klagefrist", "the appeal deadline in words (three weeks from the letter's date)"}},
            {"unntatt_offentlighet", "utkast", "har_godkjenner", "har_lovbrudd", "er_helse",
             "mottaker_er_innsender", "mottaker_er_person", "har_kopi_til", "har_innsender", "har_vedlegg",
             "er_innledende", "er_oversendt_htil", "er_konkludert", "er_avsluttet_uten_oppfolging",
             "har_objekt_hpr", "har_objekt_orgnr", "innsender_har_innsyn", "har_flere_objekter", "flere_purres"});
        s.felt.insert(u"kopi_til"_s, {Art::Liste, u"copy recipients"_s,
                                      liste({{"navn", "name (an unnamed innsender: the role word)"},
                                             {"adresse", "address (lines)"}, {"adresse_linje", "address on one line"}},
                                            {"har_adresse"})});
        s.felt.insert(u"vedlegg"_s, {Art::Liste, u"attachments"_s, liste({{"navn", "attachment"}})});
        s.felt.insert(u"kronologi"_s, {Art::Liste, u"the case's dated events and letters"_s,
                                       liste({{"dato", "date in words"}, {"hendelse", "what happened"}})});
        s.felt.insert(u"temaer"_s, {Art::Liste, u"themes of the case"_s, liste({{"tema", "theme name"}})});
        s.felt.insert(u"vurderinger"_s, {Art::Liste, u"the vurderinger this letter holds"_s, vurderingSkjema()});
        s.felt.insert(u"bestemmelser"_s,
                      {Art::Liste, u"the provisions being assessed for this letter's objects"_s, vurderingSkjema()});
        s.felt.insert(u"lovgrunnlag"_s,
                      {Art::Liste, u"each provision the letter assesses, once, with its requirement"_s,
                       liste({{"paragraf", "exact reference"}, {"bestemmelse", "name"}, {"krav", "requirement"}})});
        auto objekt = liste({{"navn", "name"}, {"type", "objekttype name"}, {"adresse", "address"},
                             {"orgnr", "organisation number"}, {"hpr", "HPR number"},
                             {"resultat", "the result for this object in plain words"},
                             {"autorisasjon", "a health professional's authorisation, e.g. lege"},
                             {"identitet", "authorisation and HPR-nr. (persons) or org.nr. on one line"}},
                            {"har_vurderinger", "har_hpr", "har_orgnr", "er_person", "har_autorisasjon"});
        objekt->felt.insert(u"vurderinger"_s, {Art::Liste, u"this object's vurderinger"_s, vurderingSkjema()});
        s.felt.insert(u"tilsynsobjekter"_s, {Art::Liste, u"the objects this letter holds"_s, objekt});
        auto dokumentasjon = liste({{"dato", "the day it was received, in words"}, {"tekst", "what it was"}},
                                   {"har_tekst"});
        auto oppfulgt = liste({{"paragraf", "exact reference, e.g. spesialisthelsetjenesteloven § 2-2"},
                               {"bestemmelse", "catalogue name of the provision"},
                               {"objekt", "the tilsynsobjekt that breached it"},
                               {"setning", "the conclusion: X har brutt spesialisthelsetjenesteloven § 2-2."},
                               {"rettet", "the day the statsforvalter found it rettet, in words"},
                               {"bevis", "what shows that practice changed and stays changed"},
                               {"frist", "the deadline for its documentation, in words: its own in the "
                                         "follow-up, else the one the decision gave"}},
                              {"har_dokumentasjon", "purres", "har_frist", "frist_passert"});
        oppfulgt->felt.insert(u"mottatt_dokumentasjon"_s,
                              {Art::Liste, u"the documentation received in its oppfølging, oldest first"_s, dokumentasjon});
        s.felt.insert(u"oppfulgte_lovbrudd"_s,
                      {Art::Liste, u"each lovbrudd of the letter's objects with its oppfølging (follow-up letters)"_s,
                       oppfulgt});
        return s;
    }();
    return skjema;
}

} // namespace tilsyn
