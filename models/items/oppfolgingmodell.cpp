#include "oppfolgingmodell.h"

#include "store/oppfolgingrepository.h"
#include "store/sakrepository.h"

#include <QColor>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QString norskDato(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd.MM.yyyy"_s) : QString();
}

QVariant isoVerdi(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

OppfolgingModell::OppfolgingModell(const OppfolgingRepository &oppfolging, const SakRepository &saker,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_oppfolging(oppfolging), m_saker(saker)
{
    lesPaaNytt();
}

int OppfolgingModell::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rader.size());
}

int OppfolgingModell::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OppfolgingModell::lesPaaNytt()
{
    beginResetModel();
    m_rader.clear();
    for (const Oppfolging &o : m_oppfolging.aapne(m_visAvsluttede)) {
        const std::optional<Tilsynssak> sak = m_saker.hent(o.sakId);
        // The subjects whose breaches are followed up, not every subject of the case.
        QStringList objekter;
        if (sak)
            for (const Tilsynsobjekt &t : sak->tilsynsobjekter)
                if (std::any_of(o.lovbrudd.cbegin(), o.lovbrudd.cend(),
                                [&t](const Lovbruddoppfolging &l) { return l.objekt == t.id; }))
                    objekter.append(t.navn);
        m_rader.append({o, sak && sak->saksnummer ? *sak->saksnummer : QString(), objekter});
    }
    endResetModel();
}

void OppfolgingModell::settVisAvsluttede(bool vis)
{
    if (vis == m_visAvsluttede)
        return;
    m_visAvsluttede = vis;
    lesPaaNytt();
}

void OppfolgingModell::settIdag(const QDate &idag)
{
    if (idag == m_idag)
        return;
    beginResetModel();
    m_idag = idag;
    endResetModel();
}

QString OppfolgingModell::id(int rad) const
{
    return rad >= 0 && rad < m_rader.size() ? m_rader[rad].oppfolging.sakId : QString();
}

int OppfolgingModell::radForId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rader.size(); ++i) {
        if (m_rader[i].oppfolging.sakId == id)
            return int(i);
    }
    return -1;
}

const Oppfolging *OppfolgingModell::oppfolging(int rad) const
{
    return rad >= 0 && rad < m_rader.size() ? &m_rader[rad].oppfolging : nullptr;
}

bool OppfolgingModell::forfalt(const Rad &r) const
{
    if (r.oppfolging.erAvsluttet())
        return false;
    const QList<Lovbruddoppfolging> &l = r.oppfolging.lovbrudd;
    return std::any_of(l.cbegin(), l.cend(), [this](const Lovbruddoppfolging &x) { return x.forfalt(m_idag); });
}

QDate OppfolgingModell::nesteFrist(const Rad &r) const
{
    QDate neste;
    for (const Lovbruddoppfolging &l : r.oppfolging.lovbrudd) {
        const QDate d = l.erRettet() ? QDate() : l.nesteFrist(m_idag);
        if (d.isValid() && (!neste.isValid() || d < neste))
            neste = d;
    }
    return neste;
}

int OppfolgingModell::antallRettet(const Rad &r) const
{
    const QList<Lovbruddoppfolging> &l = r.oppfolging.lovbrudd;
    return int(std::count_if(l.cbegin(), l.cend(), [](const Lovbruddoppfolging &x) { return x.erRettet(); }));
}

QVariant OppfolgingModell::visning(const Rad &r, int kolonne) const
{
    switch (kolonne) {
    case SaksnummerColumn: return r.saksnummer;
    case TilsynsobjektColumn: return r.objekter.join(u", "_s);
    case LovbruddColumn:
        return tr("%1 of %2 corrected").arg(antallRettet(r)).arg(r.oppfolging.lovbrudd.size());
    case NesteFristColumn: return r.oppfolging.erAvsluttet() ? QString() : norskDato(nesteFrist(r));
    case StatusColumn: {
        if (r.oppfolging.erAvsluttet())
            return tr("Closed %1").arg(norskDato(r.oppfolging.avsluttet));
        if (forfalt(r))
            return tr("Overdue");
        const bool utenKrav = std::any_of(r.oppfolging.lovbrudd.cbegin(), r.oppfolging.lovbrudd.cend(),
                                          [](const Lovbruddoppfolging &l) { return !l.erRettet() && !l.frist.isValid(); });
        if (utenKrav)
            return tr("Requirement not set");
        if (antallRettet(r) == r.oppfolging.lovbrudd.size())
            return tr("Ready to close");
        // The service has sent documentation: the statsforvalter is to assess it.
        if (std::any_of(r.oppfolging.lovbrudd.cbegin(), r.oppfolging.lovbrudd.cend(),
                        [](const Lovbruddoppfolging &l) { return l.tilVurdering(); }))
            return tr("Documentation received – to assess");
        return tr("Waiting for the service");
    }
    default: return {};
    }
}

QVariant OppfolgingModell::raaverdi(const Rad &r, int kolonne) const
{
    switch (kolonne) {
    case SaksnummerColumn: return r.saksnummer;
    case TilsynsobjektColumn: return r.objekter;
    case LovbruddColumn: return antallRettet(r);
    case NesteFristColumn: return isoVerdi(nesteFrist(r));
    case StatusColumn: return forfalt(r);
    default: return {};
    }
}

QVariant OppfolgingModell::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rad &r = m_rader[index.row()];
    switch (role) {
    case Qt::DisplayRole: return visning(r, index.column());
    case Qt::ToolTipRole: // a long name is cut in its column
        return index.column() == TilsynsobjektColumn ? visning(r, index.column()) : QVariant();
    case RawValueRole: return raaverdi(r, index.column());
    case IdRole: return r.oppfolging.sakId;
    case ForfaltRole: return forfalt(r);
    case Qt::ForegroundRole:
        // The same calm brick red as the case list uses for a passed frist.
        if ((index.column() == StatusColumn || index.column() == NesteFristColumn) && forfalt(r))
            return QColor(0xa3, 0x3b, 0x20);
        return {};
    default: return {};
    }
}

QVariant OppfolgingModell::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SaksnummerColumn: return tr("Case no.");
    case TilsynsobjektColumn: return tr("Breach by");
    case LovbruddColumn: return tr("Breaches");
    case NesteFristColumn: return tr("Next deadline");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace tilsyn
