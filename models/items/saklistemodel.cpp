#include "saklistemodel.h"

#include "domain/frist.h"
#include "domain/katalog.h"
#include "domain/tilsynssak.h"
#include "items/innstillinger.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QColor>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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

// The columns a row reads: the case's own and its report deadline (SakFilter::rapportfristSql).
QString kolonner()
{
    return QString::fromLatin1(kKolonner) + u", "_s + SakFilter::rapportfristSql();
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

// Runs one of the list's queries. The worker's are stopped by SQLite when a newer search
// supersedes them (SQLITE_INTERRUPT, avbrytUtdatert): that throws too, but without looking up
// the store's file among every connection, which only their own threads may touch.
void SakListeModel::kjoerListe(QSqlQuery &q, const QSqlDatabase &db, const char *hva)
{
    if (q.exec())
        return;
    if (q.lastError().nativeErrorCode() == QString::number(SQLITE_INTERRUPT))
        throw StoreError(u"%1: avbrutt av et nyere søk"_s.arg(QString::fromUtf8(hva)));
    throw StoreError::fraSql(q.lastError(), QString::fromUtf8(hva), db.databaseName());
}

SakListeModel::SakListeModel(Store &store, const Katalog &katalog, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_katalog(katalog), m_idag(QDate::currentDate()),
      m_fristvalg(Innstillinger::fristvalg())
{
    // One thread that never expires, so the worker's connection stays open between keystrokes.
    m_arbeider.setMaxThreadCount(1);
    m_arbeider.setExpiryTimeout(-1);
    m_antall = tell();
}

SakListeModel::~SakListeModel()
{
    m_generasjon.fetchAndAddOrdered(1);
    m_arbeider.clear();
    // The worker's connection is closed on the thread that opened it.
    m_arbeider.start([this] { m_arbeiderStore.reset(); });
    m_arbeider.waitForDone();
}

int SakListeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_antall;
}

int SakListeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SakListeModel::Soek SakListeModel::gjeldende() const
{
    Soek s;
    s.filter = m_filter;
    s.idag = m_idag;
    s.kolonne = m_kolonne;
    s.rekkefoelge = m_rekkefoelge;
    return s;
}

int SakListeModel::tell() const
{
    try {
        return tellEllerKast(m_store.db(), gjeldende());
    } catch (const StoreError &e) {
        qWarning("case list: %s", e.what()); // shown as an empty list, never a crash in a slot
        return 0;
    }
}

int SakListeModel::tellEllerKast(const QSqlDatabase &db, const Soek &s)
{
    const SakFilter::Sql f = s.filter.tilSql(s.idag);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT count(*) FROM tilsynssak "_s + f.where))
        throw StoreError::fraSql(q.lastError(), u"kan ikke telle saker"_s);
    for (const QVariant &v : f.verdier)
        q.addBindValue(v);
    kjoerListe(q, db, "kan ikke telle saker");
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
    r.rapportfrist = isoDato(q.value(12));
    return r;
}

QList<SakListeModel::Rad> SakListeModel::lesSide(int side) const
{
    return lesSide(m_store.db(), gjeldende(), side);
}

QString SakListeModel::ordenSql(const Soek &s)
{
    const QString retning = s.rekkefoelge == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QStringList orden;
    for (const QString &n : sorteringsnoekler(s.kolonne))
        orden.append(n + retning);
    orden.append(u"rowid"_s + retning);
    if (s.filter.alvorligFoerst())
        orden.prepend(u"alvorlig DESC"_s);
    return orden.join(u", "_s);
}

QList<SakListeModel::Rad> SakListeModel::lesSide(const QSqlDatabase &db, const Soek &s, int side)
{
    const SakFilter::Sql f = s.filter.tilSql(s.idag);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM tilsynssak %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(kolonner(), f.where, ordenSql(s))))
        throw StoreError::fraSql(q.lastError(), u"kan ikke lese saksliste"_s);
    for (const QVariant &v : f.verdier)
        q.addBindValue(v);
    q.addBindValue(kSideStoerrelse);
    q.addBindValue(side * kSideStoerrelse);
    kjoerListe(q, db, "kan ikke lese saksliste");
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

GjeldendeFrist SakListeModel::gjeldende(const Rad &r) const
{
    return gjeldendeFrist({.mottatt = r.mottatt, .behandlingsmaate = r.behandlingsmaate, .avsluttet = r.avsluttet,
                           .fristDato = r.fristDato, .milepel = r.milepel, .rapportMottatt = {}, .rapportfrist = r.rapportfrist},
                          m_fristvalg);
}

bool SakListeModel::forfalt(const Rad &r) const
{
    return gjeldende(r).over(m_idag);
}

bool SakListeModel::venterPaaBm(const Rad &r) const
{
    return !r.behandlingsmaate && !r.avsluttet.isValid();
}

QDate SakListeModel::valgfrist(const Rad &r) const
{
    Tilsynssak s;
    s.mottatt = r.mottatt;
    return tilsyn::valgfrist(s, m_fristvalg);
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
        return u"%1 – %2"_s.arg(*r.behandlingsmaate).arg(regel->navnPaa(uiMaalform()));
    }
    case SaksbehandlerColumn: return r.saksbehandler;
    // The day closed is the tooltip: "Avsluttet 12.03.2026" made the column too wide for the list
    // beside the open case at 1366 px (session 15).
    case StatusColumn: return r.avsluttet.isValid() ? tr("Closed") : tr("Open");
    case FristColumn: {
        if (!r.fristDato.isValid() && venterPaaBm(r)) {
            // No deadline runs before a method is chosen (DOMAIN.md §2): the office's target for choosing one.
            const QDate valg = valgfrist(r);
            if (!valg.isValid())
                return tr("choose a method");
            const qint64 dager = m_idag.daysTo(valg);
            return dager < 0 ? tr("choose a method (%Ln day(s) late)", nullptr, int(-dager))
                             : tr("choose a method by %1").arg(norskDato(valg));
        }
        if (const GjeldendeFrist g = gjeldende(r); g.art == Fristart::Rapport) {
            // BM 3 after the request: the service's report is what the case waits for.
            const qint64 dager = m_idag.daysTo(g.dato);
            return dager < 0 ? tr("report %1 (%Ln day(s) overdue)", nullptr, int(-dager)).arg(norskDato(g.dato))
                             : tr("report %1 (%Ln day(s) left)", nullptr, int(dager)).arg(norskDato(g.dato));
        }
        if (!r.fristDato.isValid())
            return QString();
        if (r.milepel.isValid())
            return r.milepel <= r.fristDato ? tr("%1 (met)").arg(norskDato(r.fristDato))
                                            : tr("%1 (met late)").arg(norskDato(r.fristDato));
        const qint64 dager = m_idag.daysTo(r.fristDato);
        if (dager < 0)
            return tr("%1 (%Ln day(s) overdue)", nullptr, int(-dager)).arg(norskDato(r.fristDato));
        return tr("%1 (%Ln day(s) left)", nullptr, int(dager)).arg(norskDato(r.fristDato));
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
        if (index.column() == FristColumn && gjeldende(*r).art == Fristart::Rapport)
            return tr("The request was sent; the service's report is due by the date the request letter gave");
        if (index.column() == FristColumn && forfalt(*r) && !venterPaaBm(*r))
            return tr("The deadline has passed and the milestone is not reached");
        if (index.column() == FristColumn && venterPaaBm(*r))
            return tr("No deadline runs until a handling method is chosen; it then counts from the date received: "
                      "4 weeks (BM 1 and 2), 3 months (BM 3 and 4) or 6 months (BM 5). The office aims to choose "
                      "the method within %Ln day(s) (Edit → Settings).", nullptr, m_fristvalg.dagerTilValgAvBm);
        if (index.column() == StatusColumn && r->avsluttet.isValid())
            return tr("Closed %1").arg(norskDato(r->avsluttet));
        if (index.column() == EmbeteColumn)
            return m_katalog.navn(Katalog::Liste::Embete, r->embete, uiMaalform());
        // Whole, also where the list is too narrow for it and draws it elided ("Vangen sjukeheim, a…").
        if (index.column() == TilsynsobjektColumn && !r->objektNavn.isEmpty())
            return r->objektNavn;
        return {};
    case Qt::ForegroundRole:
        // A calm brick red: clear on white and on the selection, without shouting.
        if ((index.column() == FristColumn && forfalt(*r)) || (index.column() == AlvorligColumn && r->alvorlig))
            return QColor(0xa3, 0x3b, 0x20);
        if (index.column() == FristColumn && venterPaaBm(*r))
            return valgfrist(*r).isValid() && valgfrist(*r) < m_idag ? QColor(0xa3, 0x3b, 0x20) : QColor(0x6b, 0x6b, 0x6b);
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
    if (m_venter)
        startSoek(); // its first page was read in the old order
}

void SakListeModel::settFilter(const SakFilter &filter)
{
    if (m_venter) { // this filter supersedes the one still being searched for
        m_generasjon.fetchAndAddOrdered(1);
        m_venter = false;
    }
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
    m_fristvalg = Innstillinger::fristvalg();
    m_sider.clear();
    m_brukt.clear();
    m_antall = tell();
    endResetModel();
    emit antallEndret(m_antall);
    if (m_venter)
        startSoek(); // the overdue filters depend on the day
}

void SakListeModel::lesPaaNytt()
{
    beginResetModel();
    m_fristvalg = Innstillinger::fristvalg();
    m_sider.clear();
    m_brukt.clear();
    m_antall = tell();
    endResetModel();
    emit antallEndret(m_antall);
    if (m_venter)
        startSoek(); // a search started before the change may have read the old rows
}

void SakListeModel::lesPaaNyttIBakgrunnen()
{
    if (!m_venter)
        m_oensket = m_filter;
    startSoek();
}

void SakListeModel::settFilterIBakgrunnen(const SakFilter &filter)
{
    if (filter == (m_venter ? m_oensket : m_filter))
        return;
    if (filter == m_filter) { // back to what is shown (e.g. a letter typed and deleted)
        m_generasjon.fetchAndAddOrdered(1);
        m_venter = false;
        emit soekFerdig();
        return;
    }
    m_oensket = filter;
    startSoek();
}

void SakListeModel::startSoek()
{
    Soek s = gjeldende();
    s.filter = m_oensket;
    m_behold = m_beholdKilde ? m_beholdKilde() : QString();
    s.behold = m_behold;
    s.generasjon = m_generasjon.fetchAndAddOrdered(1) + 1;
    m_venter = true;
    m_arbeider.clear(); // a search not yet started is outdated now
    m_arbeider.start([this, s = std::move(s)]() mutable { soekPaaArbeider(std::move(s)); });
}

void SakListeModel::brukSoek(const Soek &s)
{
    if (s.generasjon != m_generasjon.loadAcquire())
        return;
    if (!s.feil.isEmpty())
        qWarning("case list: %s", qPrintable(s.feil)); // shown as an empty list, as settFilter does
    if (s.endelig && s.feil.isEmpty() && m_delvisGenerasjon == s.generasjon) {
        // The first page of this search is shown; the count adds (or, after a write between the
        // two reads, removes) the rows below it.
        m_venter = false;
        if (s.antall > m_antall) {
            beginInsertRows({}, m_antall, s.antall - 1);
            m_antall = s.antall;
            endInsertRows();
        } else if (s.antall < m_antall) {
            beginRemoveRows({}, s.antall, m_antall - 1);
            m_antall = s.antall;
            m_sider.clear();
            m_brukt.clear();
            endRemoveRows();
        }
        leggTilSider(s);
        emit antallEndret(m_antall);
        emit soekFerdig();
        return;
    }
    beginResetModel();
    m_filter = s.filter;
    m_fristvalg = Innstillinger::fristvalg();
    m_sider.clear();
    m_brukt.clear();
    m_antall = s.antall;
    if (s.feil.isEmpty() && s.idag == m_idag && s.kolonne == m_kolonne && s.rekkefoelge == m_rekkefoelge
        && !s.foersteSide.isEmpty()) {
        m_sider.insert(0, s.foersteSide);
        m_brukt.append(0);
    }
    leggTilSider(s);
    endResetModel();
    if (!s.endelig) {
        m_delvisGenerasjon = s.generasjon; // still searching: the count is on its way
        return;
    }
    m_venter = false;
    emit antallEndret(m_antall);
    emit soekFerdig();
}

// The pages the worker read around the kept case, in the cache as if read here (same order and day).
void SakListeModel::leggTilSider(const Soek &s)
{
    if (!s.feil.isEmpty() || s.idag != m_idag || s.kolonne != m_kolonne || s.rekkefoelge != m_rekkefoelge)
        return;
    for (auto it = s.beholdSider.cbegin(); it != s.beholdSider.cend(); ++it) {
        if (m_sider.contains(it.key()) || it.key() * kSideStoerrelse >= m_antall)
            continue;
        m_sider.insert(it.key(), it.value());
        m_brukt.append(it.key());
    }
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
    q.prepare(u"SELECT %1 FROM tilsynssak WHERE id = ?"_s.arg(kolonner()));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        qWarning("case list: cannot re-read case %s", qPrintable(id));
        return;
    }
    m_sider[r / kSideStoerrelse][r % kSideStoerrelse] = radFraSpoerring(q);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

bool SakListeModel::harSaker() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM tilsynssak)"_s) || !q.next()) {
        qWarning("case list: cannot look for cases");
        return false;
    }
    return q.value(0).toBool();
}

} // namespace tilsyn
