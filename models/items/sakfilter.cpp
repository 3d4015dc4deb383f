#include "sakfilter.h"

#include "domain/katalog.h"

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Each office of the catalogue with its name in both målformer, case-folded as soketekst is.
const QList<std::pair<QString, QString>> &embetenavn()
{
    static const QList<std::pair<QString, QString>> navn = [] {
        QList<std::pair<QString, QString>> ut;
        for (const KatalogPost &p : Katalog::innebygd().poster(Katalog::Liste::Embete))
            ut.append({p.kode, QString(p.navn + u' ' + p.navnNn).toCaseFolded()});
        return ut;
    }();
    return navn;
}

// The offices whose name holds `ord`, as an SQL list of literals ("'agder', 'vestland'"), or "".
QString embeterMed(const QString &ord)
{
    QStringList koder;
    for (const auto &[kode, navn] : embetenavn()) {
        if (navn.contains(ord))
            koder.append(u'\'' + QString(kode).replace(u'\'', u"''"_s) + u'\'');
    }
    return koder.join(u", "_s);
}

} // namespace

QStringList SakFilter::soekeord() const
{
    // soketekst is stored case-folded (SakRepository::skriv), so the needle is folded the same way.
    return tekst.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
}

bool SakFilter::erTom() const
{
    return soekeord().isEmpty() && sektor.isEmpty() && !behandlingsmaate && status == Status::Alle
        && saksbehandler.isEmpty() && !bareUfordelte && !bareForfalte && !bareForfallerSnart;
}

namespace {

// The report deadline of a finalised BM 3 request (the letter's svarfrist, migration 018).
constexpr auto kRapportfrist =
    u"(SELECT max(b.svarfrist) FROM brev b WHERE b.sak_id = tilsynssak.id AND b.type = 'bm3-anmodning')";
// A BM 3 case awaiting the service's report (Fristart::Rapport).
constexpr auto kVenterPaaRapport =
    u"behandlingsmaate = 3 AND milepel_dato IS NOT NULL AND avsluttet IS NULL AND rapport_mottatt IS NULL";

// The current frist (gjeldendeFrist, domain/frist.h) within [fra, til] (an open end: invalid):
// one condition per kind, each on its own index, so SQLite reads the union of three ranges.
QString gjeldendeFristMellom(const QDate &fra, const QDate &til, int dagerTilValgAvBm, QVariantList &verdier)
{
    const auto mellom = [&](const QString &uttrykk, int forskyvning) {
        QStringList deler;
        if (fra.isValid()) {
            deler.append(uttrykk + u" >= ?"_s);
            verdier.append(fra.addDays(forskyvning).toString(Qt::ISODate));
        }
        if (til.isValid()) {
            deler.append(uttrykk + u" <= ?"_s);
            verdier.append(til.addDays(forskyvning).toString(Qt::ISODate));
        }
        return deler.join(u" AND "_s);
    };
    QString sql = u"((milepel_dato IS NULL AND "_s + mellom(u"frist_dato"_s, 0) + u")"_s;
    // mottatt + dagerTilValgAvBm in [fra, til] is mottatt in [fra − dager, til − dager].
    sql += u" OR (behandlingsmaate IS NULL AND avsluttet IS NULL AND "_s + mellom(u"mottatt"_s, -dagerTilValgAvBm) + u")"_s;
    sql += u" OR ("_s + QString::fromUtf16(kVenterPaaRapport) + u" AND "_s + mellom(QString::fromUtf16(kRapportfrist), 0) + u"))"_s;
    return sql;
}

} // namespace

QString SakFilter::rapportfristSql()
{
    return u"(CASE WHEN "_s + QString::fromUtf16(kVenterPaaRapport) + u" THEN "_s + QString::fromUtf16(kRapportfrist) + u" END)"_s;
}

QString SakFilter::valgEllerRapportfristFoer(const QDate &dato, int dagerTilValgAvBm)
{
    return u"((behandlingsmaate IS NULL AND avsluttet IS NULL AND mottatt < '%1') OR (%2 AND %3 < '%4'))"_s.arg(
        dato.addDays(-dagerTilValgAvBm).toString(Qt::ISODate), QString::fromUtf16(kVenterPaaRapport),
        QString::fromUtf16(kRapportfrist), dato.toString(Qt::ISODate));
}

SakFilter::Sql SakFilter::tilSql(const QDate &idag) const
{
    QStringList vilkaar;
    Sql ut;
    // Every word is an exact substring test with instr() (no LIKE wildcards to escape, no
    // ASCII-only case rules). A word of three or more characters first narrows the cases through
    // the trigram index (tilsynssak_sok): it keeps no positions (migration 044), so it is asked
    // for the cases holding each of the word's trigrams, all required, and instr() keeps those
    // holding the word itself.
    // A word found in an office's name (bokmål or nynorsk, from the catalogue; soketekst does not
    // hold it) also takes that office's cases: "Vestland" or "statsforvaltaren" finds them. Words
    // hold no space, so this is what instr() on soketekst with the names appended would find. Such
    // a word does not narrow through the trigram index, whose rows do not hold the names.
    QStringList trigrammer;
    for (const QString &ord : soekeord()) {
        if (const QString embeter = embeterMed(ord); !embeter.isEmpty()) {
            vilkaar.append(u"(embete IN (%1) OR instr(soketekst, ?) > 0)"_s.arg(embeter));
            ut.verdier.append(ord);
            continue;
        }
        const QList<uint> tegn = ord.toUcs4();
        for (qsizetype i = 0; i + 3 <= tegn.size(); ++i)
            trigrammer.append(u'"' + QString::fromUcs4(reinterpret_cast<const char32_t *>(tegn.constData() + i), 3)
                                         .replace(u'"', u"\"\""_s) + u'"');
        vilkaar.append(u"instr(soketekst, ?) > 0"_s);
        ut.verdier.append(ord);
    }
    if (!trigrammer.isEmpty()) {
        trigrammer.removeDuplicates();
        vilkaar.prepend(u"rowid IN (SELECT rowid FROM tilsynssak_sok WHERE tilsynssak_sok MATCH ?)"_s);
        ut.verdier.prepend(trigrammer.join(u' '));
    }
    if (!sektor.isEmpty()) {
        vilkaar.append(u"sektor = ?"_s);
        ut.verdier.append(sektor);
    }
    if (behandlingsmaate) {
        if (*behandlingsmaate == kIkkeValgtBm) {
            vilkaar.append(u"behandlingsmaate IS NULL"_s);
        } else {
            vilkaar.append(u"behandlingsmaate = ?"_s);
            ut.verdier.append(*behandlingsmaate);
        }
    }
    if (status == Status::Aapne)
        vilkaar.append(u"avsluttet IS NULL"_s);
    else if (status == Status::Avsluttede)
        vilkaar.append(u"avsluttet IS NOT NULL"_s);
    if (!saksbehandler.isEmpty()) {
        vilkaar.append(u"(id IN (SELECT sak_id FROM sak_tildelt WHERE bruker = ?) OR (saksbehandler = ? AND id NOT IN "
                       u"(SELECT sak_id FROM sak_tildelt)))"_s);
        ut.verdier.append(sentralbruker.isEmpty() ? saksbehandler : sentralbruker);
        ut.verdier.append(saksbehandler);
    }
    if (bareUfordelte) {
        vilkaar.append(u"(id IN (SELECT sak_id FROM sak_tildelt WHERE bruker IS NULL) OR (id NOT IN "
                       u"(SELECT sak_id FROM sak_tildelt) AND coalesce(saksbehandler, '') = ''))"_s);
    }
    if (bareForfalte)
        vilkaar.append(gjeldendeFristMellom({}, idag.addDays(-1), dagerTilValgAvBm, ut.verdier));
    if (bareForfallerSnart)
        vilkaar.append(gjeldendeFristMellom(idag, idag.addDays(forfallerSnartDager), dagerTilValgAvBm, ut.verdier));
    if (!vilkaar.isEmpty())
        ut.where = u"WHERE "_s + vilkaar.join(u" AND "_s);
    return ut;
}

} // namespace tilsyn
