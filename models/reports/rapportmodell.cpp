#include "rapportmodell.h"

#include "domain/katalog.h"

#include <QHash>

namespace tilsyn {

using namespace Qt::StringLiterals;
using Liste = Katalog::Liste;

RapportModell::RapportModell(const Katalog &katalog, QObject *parent) : QAbstractTableModel(parent), m_katalog(katalog) {}

void RapportModell::settTabell(const Rapporttabell &tabell)
{
    // A new selection replaces every row and may change the columns (bm0): a reset is exact here.
    beginResetModel();
    m_tabell = tabell;
    endResetModel();
}

void RapportModell::spraakEndret()
{
    if (!m_tabell.kolonner.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_tabell.kolonner.size()) - 1);
    if (!m_tabell.rader.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
}

int RapportModell::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tabell.rader.size());
}

int RapportModell::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tabell.kolonner.size());
}

QString RapportModell::kolonnetittel(const QString &noekkel)
{
    static const QHash<QString, const char *> titler{
        {u"embete"_s, QT_TR_NOOP("Office")}, {u"i_alt"_s, QT_TR_NOOP("Total")},
        {u"bestemmelse"_s, QT_TR_NOOP("Provision")}, {u"tekst"_s, QT_TR_NOOP("Text")},
        {u"vurdert"_s, QT_TR_NOOP("Assessed")}, {u"lovbrudd"_s, QT_TR_NOOP("Breach")},
        {u"behandlingsmaate"_s, QT_TR_NOOP("Handling")}, {u"frist"_s, QT_TR_NOOP("Deadline")},
        {u"antall"_s, QT_TR_NOOP("Cases")}, {u"innen_frist"_s, QT_TR_NOOP("Within deadline")},
        {u"andel"_s, QT_TR_NOOP("Share %")}, {u"tema"_s, QT_TR_NOOP("Theme")}, {u"kilde"_s, QT_TR_NOOP("Source")},
        {u"saker"_s, QT_TR_NOOP("Cases")}, {u"inngaaende"_s, QT_TR_NOOP("Open at start")},
        {u"mottatt"_s, QT_TR_NOOP("Received")}, {u"avsluttet"_s, QT_TR_NOOP("Closed")},
        {u"utgaaende"_s, QT_TR_NOOP("Open at end")}, {u"over_frist"_s, QT_TR_NOOP("Past deadline")},
        {u"median_dager"_s, QT_TR_NOOP("Median days")}, {u"dager_0_30"_s, QT_TR_NOOP("0–30 days")},
        {u"dager_31_90"_s, QT_TR_NOOP("31–90 days")}, {u"dager_91_182"_s, QT_TR_NOOP("91–182 days")},
        {u"dager_183_365"_s, QT_TR_NOOP("183–365 days")}, {u"over_365"_s, QT_TR_NOOP("Over 365 days")}};
    if (const char *t = titler.value(noekkel, nullptr))
        return tr(t);
    if (noekkel.size() == 3 && noekkel.startsWith(u"bm"_s))
        return tr("BM %1").arg(noekkel.back());
    return noekkel;
}

QString RapportModell::visningstekst(int rad, int kolonne) const
{
    const QVariant &celle = m_tabell.rader[rad][kolonne];
    if (celle.isNull())
        return {};
    if (celle.typeId() == QMetaType::Double)
        return m_locale.toString(celle.toDouble(), 'f', 1);
    if (celle.typeId() == QMetaType::LongLong || celle.typeId() == QMetaType::Int)
        return m_locale.toString(celle.toLongLong());
    const QString tekst = celle.toString();
    const QString noekkel = m_tabell.kolonner.value(0);
    // A provision by its law and paragraph ("helsepersonelloven § 10") and its name, in the UI's
    // målform, never its code ("hpl-10"); the export keeps the codes.
    const Maalform mf = uiMaalform();
    if (noekkel == u"bestemmelse" && kolonne <= 1) {
        if (const KatalogPost *p = m_katalog.post(Liste::Bestemmelse, m_tabell.rader[rad].value(0).toString()))
            return kolonne == 0 ? (p->paragrafPaa(mf).isEmpty() ? p->henvisning : p->paragrafPaa(mf)) : p->navnPaa(mf);
    }
    // A source's or theme's name (the "tekst" column beside its code) in the UI's målform too.
    if (kolonne == 1 && m_tabell.kolonner.value(1) == u"tekst" && (noekkel == u"kilde" || noekkel == u"tema")) {
        const Liste liste = noekkel == u"kilde" ? Liste::Kilde : Liste::Tema;
        if (const KatalogPost *p = m_katalog.post(liste, m_tabell.rader[rad].value(0).toString()))
            return p->navnPaa(mf);
    }
    if (kolonne != 0)
        return tekst;
    if (noekkel == u"embete" && m_katalog.har(Liste::Embete, tekst))
        return m_katalog.post(Liste::Embete, tekst)->kort;
    if (noekkel == u"kilde" && m_katalog.har(Liste::Kilde, tekst))
        return m_katalog.navn(Liste::Kilde, tekst, mf);
    if (tekst == u"landet")
        return tr("Whole country");
    if (tekst == u"sum")
        return tr("Sum");
    if (tekst == u"saker")
        return tr("Cases");
    if (tekst == u"alle" || tekst == u"alle_saker")
        return tr("All");
    return tekst;
}

QVariant RapportModell::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &celle = m_tabell.rader[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < m_tabell.rader[index.row()].size() ? visningstekst(index.row(), index.column())
                                                                   : QString();
    case Qt::TextAlignmentRole:
        return celle.typeId() == QMetaType::QString ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == 0 ? celle.toString() : QVariant();
    case RawValueRole:
        return celle;
    default:
        return {};
    }
}

QVariant RapportModell::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_tabell.kolonner.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return kolonnetittel(m_tabell.kolonner[section]);
}

} // namespace tilsyn
