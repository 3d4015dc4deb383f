#include "historikkmodell.h"

#include "items/personnavn.h"

#include "domain/katalog.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString somTekst(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? u"ja"_s : u"nei"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// A catalogue code of a case field by its name in the UI's målform; the code when unknown.
QString kodenavn(const QString &felt, const QString &kode)
{
    static const QHash<QString, Katalog::Liste> lister{
        {u"kilder"_s, Katalog::Liste::Kilde},     {u"temaer"_s, Katalog::Liste::Tema},
        {u"sektor"_s, Katalog::Liste::Sektor},    {u"embete"_s, Katalog::Liste::Embete},
        {u"utfall"_s, Katalog::Liste::Utfall},    {u"bestemmelse"_s, Katalog::Liste::Bestemmelse},
        {u"konklusjon"_s, Katalog::Liste::Konklusjon}, {u"type"_s, Katalog::Liste::Objekttype},
        {u"tjenesteniva"_s, Katalog::Liste::Tjenesteniva}};
    const auto liste = lister.constFind(felt);
    if (liste == lister.cend())
        return kode;
    const KatalogPost *p = Katalog::innebygd().post(*liste, kode);
    if (!p)
        return kode;
    if (*liste == Katalog::Liste::Bestemmelse && !p->paragrafPaa(uiMaalform()).isEmpty())
        return u"%1: %2"_s.arg(p->paragrafPaa(uiMaalform()), p->navnPaa(uiMaalform()));
    return p->navnPaa(uiMaalform());
}

QString visVerdi(const QString &felt, const QJsonValue &v);

// One element of a list field: a tilsynsobjekt by its name, a vurdering as "provision –
// object – conclusion", a code by its catalogue name.
QString visElement(const QString &felt, const QJsonValue &v)
{
    if (!v.isObject())
        return visVerdi(felt == u"kilder" || felt == u"temaer" ? felt : QString(), v);
    const QJsonObject o = v.toObject();
    if (felt == u"vurderinger") {
        QStringList deler{kodenavn(u"bestemmelse"_s, o.value("bestemmelse"_L1).toString())};
        if (o.contains("konklusjon"_L1))
            deler.append(kodenavn(u"konklusjon"_s, o.value("konklusjon"_L1).toString()));
        return deler.join(u" – "_s);
    }
    if (o.contains("navn"_L1))
        return o.value("navn"_L1).toString();
    QStringList deler;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QString t = visVerdi(it.key(), it.value()); !t.isEmpty())
            deler.append(t);
    return deler.join(u", "_s);
}

// A stored value as a person reads it: dates dd.mm.yyyy, codes by name, yes/no, lists joined.
QString visVerdi(const QString &felt, const QJsonValue &v)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? HistorikkModell::tr("yes") : HistorikkModell::tr("no");
    case QJsonValue::String: {
        const QString t = v.toString();
        if (const auto m = iso.match(t); m.hasMatch())
            return u"%1.%2.%3"_s.arg(m.captured(3), m.captured(2), m.captured(1));
        return kodenavn(felt, t);
    }
    case QJsonValue::Array: {
        QStringList deler;
        for (const QJsonValue &e : v.toArray())
            deler.append(visElement(felt, e));
        return deler.join(u"; "_s);
    }
    case QJsonValue::Object:
        return visElement(felt, v);
    default:
        return somTekst(v);
    }
}

// The stored text of a value (somTekst) shown for people.
QString visTekst(const QString &felt, const QString &lagret)
{
    if (lagret.startsWith(u'[') || lagret.startsWith(u'{')) {
        const QJsonDocument d = QJsonDocument::fromJson(u"{\"v\":%1}"_s.arg(lagret).toUtf8());
        if (d.isObject())
            return visVerdi(felt, d.object().value("v"_L1));
    }
    if (lagret == u"ja" || lagret == u"nei")
        return visVerdi(felt, QJsonValue(lagret == u"ja"));
    return visVerdi(felt, QJsonValue(lagret));
}

} // namespace

QString HistorikkModell::handlingsnavn(const QString &handling)
{
    // The audit trail stores fixed bokmål words; the UI shows them in its own language.
    static const QHash<QString, const char *> kjente{
        {u"opprettet"_s, QT_TR_NOOP("created")},
        {u"lagret"_s, QT_TR_NOOP("saved")},
        {u"brev ferdigstilt"_s, QT_TR_NOOP("letter finalised")},
        {u"oppfølging startet"_s, QT_TR_NOOP("follow-up started")},
        {u"oppfølging avsluttet"_s, QT_TR_NOOP("follow-up closed")},
        {u"oppfølging: krav og frist"_s, QT_TR_NOOP("follow-up: requirement and deadline")},
        {u"oppfølging: milepel"_s, QT_TR_NOOP("follow-up: milestone")},
        {u"oppfølging: dokumentasjon"_s, QT_TR_NOOP("follow-up: documentation received")},
        {u"oppfølging: purring"_s, QT_TR_NOOP("follow-up: reminder")},
        {u"oppfølging: rettet"_s, QT_TR_NOOP("follow-up: corrected")},
        {u"hentet fra sentralen"_s, QT_TR_NOOP("fetched from the central store")},
        {u"synkronisert"_s, QT_TR_NOOP("synchronised")},
        {u"konflikt løst"_s, QT_TR_NOOP("conflict resolved")},
        {u"lokale endringer forkastet"_s, QT_TR_NOOP("local changes discarded")},
        {u"importert"_s, QT_TR_NOOP("imported")},
        {u"erstattet ved import"_s, QT_TR_NOOP("replaced by import")},
        {u"journalpost registrert"_s, QT_TR_NOOP("journal entry registered")},
        {u"dokument avskrevet"_s, QT_TR_NOOP("document written off")},
        {u"dokumenter avskrevet ved avslutning"_s, QT_TR_NOOP("documents written off on closing")},
        {u"sak tildelt"_s, QT_TR_NOOP("case assigned")},
        {u"utkast forkastet"_s, QT_TR_NOOP("draft discarded")},
        {u"milepæl registrert ved ferdigstilt brev"_s, QT_TR_NOOP("milestone recorded with a finalised letter")}};
    const auto it = kjente.constFind(handling);
    return it == kjente.cend() ? handling : tr(*it);
}

Historikkrad::Kilde historikkilde(const QString &handling)
{
    if (handling == u"hentet fra sentralen" || handling == u"synkronisert" || handling.contains(u"sentralen"_s))
        return Historikkrad::Kilde::Synk;
    if (handling.startsWith(u"konflikt"_s) || handling == u"lokale endringer forkastet")
        return Historikkrad::Kilde::Konflikt;
    if (handling.contains(u"import"_s))
        return Historikkrad::Kilde::Import;
    return Historikkrad::Kilde::Lokal;
}

QList<Historikkrad> historikkrader(const QDateTime &tidspunkt, const QString &bruker, const QString &handling,
                                   const QJsonObject &endringer)
{
    const Historikkrad mal{tidspunkt, bruker, historikkilde(handling), handling, {}, {}, {}};
    QList<Historikkrad> ut;
    auto legg = [&](const QString &felt, const QString &fra, const QString &til) {
        Historikkrad r = mal;
        r.felt = felt;
        r.fra = fra;
        r.til = til;
        ut.append(r);
    };
    if (endringer.contains("journalpost"_L1) || endringer.contains("dokumenter"_L1)) {
        // The journal: the document's number and title, and how it was avskrevet.
        QStringList numre;
        for (const QJsonValue &v : endringer.value("dokumenter"_L1).toArray())
            numre.append(v.toString());
        QString til = endringer.contains("dokumenter"_L1)
            ? numre.join(u", "_s)
            : u"%1 %2"_s.arg(endringer.value("dokumentnummer"_L1).toString(), endringer.value("tittel"_L1).toString());
        if (endringer.contains("avskrivningsmaate"_L1))
            til += u": "_s + endringer.value("avskrivningsmaate"_L1).toString();
        if (endringer.contains("merknad"_L1))
            til += u" ("_s + endringer.value("merknad"_L1).toString() + u')';
        legg(u"journal"_s, {}, til.trimmed());
        return ut;
    }
    if (endringer.contains("utkast"_L1) && (endringer.contains("noekkel"_L1) || endringer.contains("steg"_L1))) {
        // A letter draft saved, or a step of its approval flow: one row, the letter type or the
        // person it went to and the comment (Dokumentflyt::lagreVersjon, leggTilSteg).
        QString til = endringer.contains("steg"_L1) ? endringer.value("til"_L1).toString()
                                                    : endringer.value("type"_L1).toString();
        const QString merknad = endringer.value("merknad"_L1).toString();
        if (!merknad.isEmpty())
            til += u" ("_s + merknad + u')';
        legg(u"brevutkast"_s, {}, til.trimmed());
        return ut;
    }
    if (endringer.contains("brev"_L1) && endringer.contains("sha256"_L1)) {
        legg(u"brev"_s, {}, endringer.value("tittel"_L1).toString());
        return ut;
    }
    if (endringer.size() == 1 && endringer.value("import"_L1).isObject()) {
        // A case created by an import: the file's line is its first state (JsonlImport::skriv).
        const QJsonObject i = endringer.value("import"_L1).toObject();
        legg(u"import"_s, {}, u"%1:%2 (SHA-256 %3)"_s.arg(i.value("fil"_L1).toString())
                                  .arg(i.value("linje"_L1).toInteger())
                                  .arg(i.value("sha256"_L1).toString()));
        ut.last().kilde = Historikkrad::Kilde::Import;
        return ut;
    }
    if (endringer.size() == 1 && endringer.contains("til"_L1) && endringer.value("til"_L1).isObject()) {
        const QJsonObject ny = endringer.value("til"_L1).toObject();
        for (auto it = ny.begin(); it != ny.end(); ++it) {
            const QString verdi = somTekst(it.value());
            if (!verdi.isEmpty() && verdi != u"[]")
                legg(it.key(), {}, verdi);
        }
        return ut;
    }
    for (auto it = endringer.begin(); it != endringer.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (it.value().isObject() && (o.contains("fra"_L1) || o.contains("til"_L1)))
            legg(it.key(), somTekst(o.value("fra"_L1)), somTekst(o.value("til"_L1)));
        else
            legg(it.key(), {}, somTekst(it.value()));
    }
    if (ut.isEmpty())
        legg({}, {}, {});
    return ut;
}

HistorikkModell::HistorikkModell(QObject *parent) : QAbstractTableModel(parent) {}

HistorikkModell::~HistorikkModell() = default;

void HistorikkModell::last(const QSqlDatabase &db, const QString &sakId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT tidspunkt, bruker, handling, endringer FROM audit WHERE sak_id = ? ORDER BY id DESC"_s);
    q.addBindValue(sakId);
    kjoer(q, "kan ikke lese sakens historikk");
    QList<Historikkrad> rader;
    while (q.next()) {
        const QDateTime t = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        rader.append(historikkrader(t, q.value(1).toString(), q.value(2).toString(),
                                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()));
    }
    const Personnavn personer(db);
    for (Historikkrad &r : rader)
        r.navn = personer.navn(r.bruker);
    vis(std::move(rader));
}

void HistorikkModell::settFeltnavn(std::function<QString(const QString &)> feltnavn)
{
    beginResetModel();
    m_feltnavn = std::move(feltnavn);
    endResetModel();
}

void HistorikkModell::vis(QList<Historikkrad> rader)
{
    beginResetModel();
    m_rader = std::move(rader);
    endResetModel();
}

QStringList HistorikkModell::felter() const
{
    QSet<QString> s;
    for (const Historikkrad &r : m_rader)
        if (!r.felt.isEmpty())
            s.insert(r.felt);
    QStringList ut(s.cbegin(), s.cend());
    ut.sort();
    return ut;
}

QStringList HistorikkModell::brukere() const
{
    QSet<QString> s;
    for (const Historikkrad &r : m_rader)
        s.insert(r.bruker);
    QStringList ut(s.cbegin(), s.cend());
    ut.sort();
    return ut;
}

QString HistorikkModell::navn(const QString &bruker) const
{
    for (const Historikkrad &r : m_rader)
        if (r.bruker == bruker && !r.navn.isEmpty())
            return r.navn;
    return bruker;
}

QString HistorikkModell::kildenavn(Historikkrad::Kilde k)
{
    switch (k) {
    case Historikkrad::Kilde::Lokal:
        return tr("here");
    case Historikkrad::Kilde::Synk:
        return tr("sync");
    case Historikkrad::Kilde::Konflikt:
        return tr("resolved conflict");
    case Historikkrad::Kilde::Import:
        return tr("import");
    }
    return {};
}

int HistorikkModell::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rader.size());
}

int HistorikkModell::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistorikkModell::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Historikkrad &r = m_rader.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Tidspunkt:
            return r.tidspunkt;
        case Kilde:
            return int(r.kilde);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Tidspunkt:
        return QLocale().toString(r.tidspunkt.toLocalTime(), u"dd.MM.yyyy HH:mm"_s);
    case Bruker:
        return role == RawValueRole || r.navn.isEmpty() ? r.bruker : r.navn;
    case Kilde:
        return kildenavn(r.kilde);
    case Felt:
        return role == RawValueRole || !m_feltnavn ? r.felt : m_feltnavn(r.felt);
    case Fra:
        return role == RawValueRole ? r.fra : role == Qt::DisplayRole ? visTekst(r.felt, r.fra).left(200) : visTekst(r.felt, r.fra);
    case Til:
        return role == RawValueRole ? r.til : role == Qt::DisplayRole ? visTekst(r.felt, r.til).left(200) : visTekst(r.felt, r.til);
    case Handling:
        return role == RawValueRole ? r.handling : handlingsnavn(r.handling);
    default:
        return {};
    }
}

QVariant HistorikkModell::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tidspunkt:
        return tr("When");
    case Bruker:
        return tr("Who");
    case Kilde:
        return tr("How");
    case Felt:
        return tr("Field");
    case Fra:
        return tr("From");
    case Til:
        return tr("To");
    case Handling:
        return tr("Action");
    default:
        return {};
    }
}

} // namespace tilsyn
