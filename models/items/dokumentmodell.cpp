#include "dokumentmodell.h"

#include "items/personnavn.h"
#include "letters/brevtype.h"
#include "store/store.h"

#include <QLocale>

namespace tilsyn {

using namespace Qt::StringLiterals;

DokumentModell::DokumentModell(const BrevRepository &brev, QObject *parent)
    : QAbstractTableModel(parent), m_arkiv(brev)
{
}

DokumentModell::~DokumentModell() = default;

void DokumentModell::visSak(const QString &sakId)
{
    beginResetModel();
    m_sakId = sakId;
    m_brev = sakId.isEmpty() ? QList<FerdigBrev>() : m_arkiv.forSak(sakId);
    m_av.clear(); // a name learnt by a sync since
    navngi();
    endResetModel();
}

// Who finalised each letter, by name (a letter from another client stores the login).
void DokumentModell::navngi()
{
    const Personnavn personer(m_arkiv.store().db());
    for (const FerdigBrev &b : std::as_const(m_brev))
        if (!m_av.contains(b.ferdigstiltAv))
            m_av.insert(b.ferdigstiltAv, personer.navn(b.ferdigstiltAv));
}

void DokumentModell::lesPaaNytt()
{
    if (m_sakId.isEmpty())
        return;
    const QList<FerdigBrev> alle = m_arkiv.forSak(m_sakId);
    if (alle.size() <= m_brev.size())
        return;
    beginInsertRows({}, int(m_brev.size()), int(alle.size()) - 1);
    m_brev.append(alle.mid(m_brev.size()));
    navngi();
    endInsertRows();
}

int DokumentModell::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_brev.size());
}

int DokumentModell::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DokumentModell::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FerdigBrev &b = m_brev.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Dato: return QLocale().toString(b.dato, u"dd.MM.yyyy"_s);
        case Type: {
            const Brevtype *t = brevtype(b.type);
            // In the UI's language (a bokmål letter's type reads "Avgjerd i tilsynssak" in the nynorsk UI).
            const bool nn = uiMaalform() == Maalform::Nynorsk;
            return t ? t->navnPaa(nn ? tilsyn::Maalform::Nynorsk : tilsyn::Maalform::Bokmaal) : b.type;
        }
        case Mottaker: return b.mottaker;
        case Maalform: return b.maalform == u"nn" ? tr("Nynorsk") : tr("Bokmål");
        case FerdigstiltAv: return m_av.value(b.ferdigstiltAv, b.ferdigstiltAv);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Finalised %1 by %2\nSHA-256 %3")
            .arg(QLocale().toString(b.ferdigstilt.toLocalTime(), u"dd.MM.yyyy HH:mm"_s),
                 m_av.value(b.ferdigstiltAv, b.ferdigstiltAv), b.sha256);
    case RawValueRole:
        switch (index.column()) {
        case Dato: return b.dato;
        case Type: return b.type;
        case Mottaker: return b.mottaker;
        case Maalform: return b.maalform;
        case FerdigstiltAv: return b.ferdigstiltAv;
        }
        return {};
    case BrevIdRole:
        return b.id;
    }
    return {};
}

QVariant DokumentModell::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Dato: return tr("Date");
    case Type: return tr("Type");
    case Mottaker: return tr("Recipient");
    case Maalform: return tr("Written form");
    case FerdigstiltAv: return tr("Finalised by");
    }
    return {};
}

} // namespace tilsyn
