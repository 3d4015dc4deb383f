#include "saklistemodel.h"

#include "domain/katalog.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QColor>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kKolonner = "id, saksnummer, mottatt, sektor, objekt_navn, behandlingsmaate, "
                                  "saksbehandler, avsluttet, frist_dato, milepel_dato, alvorlig, embete";

// The ORDER BY keys of each column; each matches an index (006_saksliste.sql, 008). Ties break on
// rowid, which every single-column index carries, so paging is stable.
QStringList sorteringsnoekler(int kolonne)
{
    switch (kolonne) {
    case SakListeModel::SaksnummerColumn:
        return {u"saksnummer IS NULL"_s, u"CAST(substr(saksnummer, 1, 4) AS INTEGER)"_s,
                u"CAST(substr(saksnummer, 6) AS INTEGER)"_s};
    case SakListeModel::MottattColumn: return {u"mottatt"_s};
    case SakListeModel::EmbeteColumn: return {u"embete"_s}; // index tilsynssak_liste_embete (011)
    case SakListeModel::SektorColumn: return {u"sektor"_s};
    case SakListeModel::TilsynsobjektColumn: return {u"objekt_navn_sortering"_s}; // Norwegian order (008)
    case SakListeModel::BehandlingsmaateColumn: return {u"behandlingsmaate"_s};
    case SakListeModel::SaksbehandlerColumn: return {u"saksbehandler_sortering"_s};
    case SakListeModel::StatusColumn: return {u"avsluttet IS NULL"_s};
    case SakListeModel::FristColumn: return {u"frist_dato"_s};
    case SakListeModel::AlvorligColumn: return {u"alvorlig"_s};
    default: return {u"mottatt"_s};
    }
}

// Catalogue names in the UI's målform (the default locale follows the language setting).
Maalform uiMaalform()
{
    return QLocale().language() == QLocale::NorwegianNynorsk ? Maalform::Nynorsk : Maalform::Bokmaal;
}

QDate isoDato(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString norskDato(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString();
}

QVariant isoVerdi(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

SakListeModel::SakListeModel(Store &store, const Katalog &katalog, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_katalog(katalog), m_idag(QDate::currentDate())
{
    m_antall = tell();
}

SakListeModel::~SakListeModel() = default;

int SakListeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_antall;
}

int SakListeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SakListeModel::sql(const QString &kolonner, const QString &hale) const
{
    const SakFilter::Sql f = m_filter.tilSql(m_idag);
    return u"SELECT %1 FROM tilsynssak %2 %3"_s.arg(kolonner, f.where, hale);
}

int SakListeModel::tell() const
{
    try {
        return tellEllerKast();
    } catch (const StoreError &e) {
        qWarning("case list: %s", e.what()); // shown as an empty list, never a crash in a slot
        return 0;
    }
}

int SakListeModel::tellEllerKast() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.prepare(sql(u"count(*)"_s, QString())))
        throw StoreError::fraSql(q.lastError(), u"kan ikke telle saker"_s);
    for (const QVariant &v : m_filter.tilSql(m_idag).verdier)
        q.addBindValue(v);
    kjoer(q, "kan ikke telle saker");
    return q.next() ? q.value(0).toInt() : 0;
}

SakListeModel::Rad SakListeModel::radFraSpoerring(const QSqlQuery &q)
{
    Rad r;
    r.id = q.value(0).toString();
    if (!q.value(1).isNull())
        r.saksnummer = q.value(1).toString();
    r.mottatt = isoDato(q.value(2));
    r.sektor = q.value(3).toString();
    r.objektNavn = q.value(4).toString();
    if (!q.value(5).isNull())
        r.behandlingsmaate = q.value(5).toInt();
    r.saksbehandler = q.value(6).toString();
    r.avsluttet = isoDato(q.value(7));
    r.fristDato = isoDato(q.value(8));
    r.milepel = isoDato(q.value(9));
    r.alvorlig = q.value(10).toBool();
    r.embete = q.value(11).toString();
    return r;
}

QList<SakListeModel::Rad> SakListeModel::lesSide(int side) const
{
    const QString retning = m_rekkefoelge == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList orden;
    for (const QString &n : sorteringsnoekler(m_kolonne))
        orden.append(n + retning);
    orden.append(u"rowid"_s + retning);
    if (m_filter.alvorligFoerst())
        orden.prepend(u"alvorlig DESC"_s);
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.prepare(sql(QString::fromLatin1(kKolonner), u"ORDER BY %1 LIMIT ? OFFSET ?"_s.arg(orden.join(u", "_s)))))
        throw StoreError::fraSql(q.lastError(), u"kan ikke lese saksliste"_s);
    for (const QVariant &v : m_filter.tilSql(m_idag).verdier)
        q.addBindValue(v);
    q.addBindValue(kSideStoerrelse);
    q.addBindValue(side * kSideStoerrelse);
    kjoer(q, "kan ikke lese saksliste");
    QList<Rad> rader;
    rader.reserve(kSideStoerrelse);
    while (q.next())
        rader.append(radFraSpoerring(q));
    return rader;
}

const SakListeModel::Rad *SakListeModel::rad(int r) const
{
    if (r < 0 || r >= m_antall)
        return nullptr;
    const int side = r / kSideStoerrelse;
    auto it = m_sider.find(side);
    if (it == m_sider.end()) {
        if (m_sider.size() >= kMaksSider)
            m_sider.remove(m_brukt.takeFirst());
        // Called while painting: a store failure must not unwind through the event loop.
        try {
            it = m_sider.insert(side, lesSide(side));
        } catch (const StoreError &e) {
            qWarning("case list: %s", e.what());
            return nullptr;
        }
    } else {
        m_brukt.removeOne(side);
    }
    m_brukt.append(side);
    const qsizetype i = r % kSideStoerrelse;
    return i < it->size() ? &it->at(i) : nullptr;
}

bool SakListeModel::forfalt(const Rad &r) const
{
    return r.fristDato.isValid() && !r.milepel.isValid() && r.fristDato < m_idag;
}

QVariant SakListeModel::visning(const Rad &r, int kolonne) const
{
    switch (kolonne) {
    case SaksnummerColumn: return r.saksnummer ? *r.saksnummer : tr("Draft");
    case MottattColumn: return norskDato(r.mottatt);
    case SektorColumn: return m_katalog.navn(Katalog::Liste::Sektor, r.sektor, uiMaalform());
    case EmbeteColumn: { // "Innlandet", not "Statsforvalteren i Innlandet" (the full name is the tooltip)
        const KatalogPost *p = m_katalog.post(Katalog::Liste::Embete, r.embete);
        return !p ? r.embete : p->kort.isEmpty() ? p->navnPaa(uiMaalform()) : p->kort;
    }
    case TilsynsobjektColumn: return r.objektNavn;
    case BehandlingsmaateColumn: {
        if (!r.behandlingsmaate)
            return tr("Not chosen");
        const Fristregel *regel = m_katalog.behandlingsmaate(*r.behandlingsmaate);
        if (!regel)
            return QString::number(*r.behandlingsmaate);
        const bool nn = uiMaalform() == Maalform::Nynorsk && !regel->navnNn.isEmpty();
        return u"%1 – %2"_s.arg(*r.behandlingsmaate).arg(nn ? regel->navnNn : regel->navn);
    }
    case SaksbehandlerColumn: return r.saksbehandler;
    case StatusColumn: return r.avsluttet.isValid() ? tr("Closed %1").arg(norskDato(r.avsluttet)) : tr("Open");
    case FristColumn: {
        if (!r.fristDato.isValid())
            return QString();
        if (r.milepel.isValid())
            return r.milepel <= r.fristDato ? tr("%1 (met)").arg(norskDato(r.fristDato))
                                            : tr("%1 (met late)").arg(norskDato(r.fristDato));
        const qint64 dager = m_idag.daysTo(r.fristDato);
        if (dager < 0)
            return tr("%1 (%n day(s) overdue)", nullptr, int(-dager)).arg(norskDato(r.fristDato));
        return tr("%1 (%n day(s) left)", nullptr, int(dager)).arg(norskDato(r.fristDato));
    }
    case AlvorligColumn: return r.alvorlig ? tr("Serious") : QString();
    default: return {};
    }
}

QVariant SakListeModel::raaverdi(const Rad &r, int kolonne) const
{
    switch (kolonne) {
    case SaksnummerColumn: return r.saksnummer ? QVariant(*r.saksnummer) : QVariant();
    case MottattColumn: return isoVerdi(r.mottatt);
    case SektorColumn: return r.sektor;
    case EmbeteColumn: return r.embete;
    case TilsynsobjektColumn: return r.objektNavn;
    case BehandlingsmaateColumn: return r.behandlingsmaate ? QVariant(*r.behandlingsmaate) : QVariant();
    case SaksbehandlerColumn: return r.saksbehandler;
    case StatusColumn: return isoVerdi(r.avsluttet);
    case FristColumn: return isoVerdi(r.fristDato);
    case AlvorligColumn: return r.alvorlig;
    default: return {};
    }
}

QVariant SakListeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rad *r = rad(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return visning(*r, index.column());
    case RawValueRole: return raaverdi(*r, index.column());
    case IdRole: return r->id;
    case ForfaltRole: return forfalt(*r);
    case Qt::ToolTipRole:
        if (index.column() == FristColumn && forfalt(*r))
            return tr("The deadline has passed and the milestone is not reached");
        if (index.column() == EmbeteColumn)
            return m_katalog.navn(Katalog::Liste::Embete, r->embete, uiMaalform());
        return {};
    case Qt::ForegroundRole:
        // A calm brick red: clear on white and on the selection, without shouting.
        if ((index.column() == FristColumn && forfalt(*r)) || (index.column() == AlvorligColumn && r->alvorlig))
            return QColor(0xa3, 0x3b, 0x20);
        if (index.column() == SaksnummerColumn && !r->saksnummer)
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    default: return {};
    }
}

QVariant SakListeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SaksnummerColumn: return tr("Case no.");
    case EmbeteColumn: return tr("Office");
    case MottattColumn: return tr("Received");
    case SektorColumn: return tr("Sector");
    case TilsynsobjektColumn: return tr("Subject of supervision");
    case BehandlingsmaateColumn: return tr("Handling");
    case SaksbehandlerColumn: return tr("Case officer");
    case StatusColumn: return tr("Status");
    case FristColumn: return tr("Deadline");
    case AlvorligColumn: return tr("Serious");
    default: return {};
    }
}

void SakListeModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_kolonne && order == m_rekkefoelge))
        return;
    // Rows move to places known only by re-reading the store: a reset, not a layout change.
    beginResetModel();
    m_kolonne = column;
    m_rekkefoelge = order;
    m_sider.clear();
    m_brukt.clear();
    endResetModel();
}

void SakListeModel::settFilter(const SakFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_sider.clear();
    m_brukt.clear();
    m_antall = tell();
    endResetModel();
    emit antallEndret(m_antall);
}

void SakListeModel::settIdag(const QDate &idag)
{
    if (idag == m_idag)
        return;
    beginResetModel();
    m_idag = idag;
    m_sider.clear();
    m_brukt.clear();
    m_antall = tell();
    endResetModel();
    emit antallEndret(m_antall);
}

void SakListeModel::lesPaaNytt()
{
    beginResetModel();
    m_sider.clear();
    m_brukt.clear();
    m_antall = tell();
    endResetModel();
    emit antallEndret(m_antall);
}

QString SakListeModel::id(int r) const
{
    const Rad *x = rad(r);
    return x ? x->id : QString();
}

int SakListeModel::radForId(const QString &id) const
{
    for (auto it = m_sider.cbegin(); it != m_sider.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * kSideStoerrelse + int(i);
        }
    }
    return -1;
}

void SakListeModel::sakLagret(const QString &id)
{
    const int r = radForId(id);
    if (r < 0) {
        lesPaaNytt();
        return;
    }
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM tilsynssak WHERE id = ?"_s.arg(QString::fromLatin1(kKolonner)));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        qWarning("case list: cannot re-read case %s", qPrintable(id));
        return;
    }
    m_sider[r / kSideStoerrelse][r % kSideStoerrelse] = radFraSpoerring(q);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

qint64 SakListeModel::antallIAlt() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(u"SELECT count(*) FROM tilsynssak"_s) || !q.next()) {
        qWarning("case list: cannot count cases");
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace tilsyn
