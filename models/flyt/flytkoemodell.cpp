#include "flytkoemodell.h"

#include "letters/brevtype.h"

#include <QLocale>

namespace tilsyn {

using namespace Qt::StringLiterals;

FlytkoeModell::FlytkoeModell(Dokumentflyt &flyt, Utvalg utvalg, QString meg, QObject *parent)
    : QAbstractTableModel(parent), m_flyt(flyt), m_utvalg(utvalg), m_meg(std::move(meg))
{
}

void FlytkoeModell::oppdater()
{
    QList<Flytpost> nye = m_utvalg == Utvalg::TilGodkjenning ? m_flyt.tilGodkjenning(m_meg)
                        : m_utvalg == Utvalg::Tilbakesendt ? m_flyt.tilbakesendt(m_meg)
                                                           : m_flyt.venterPaaGodkjenning(m_meg);
    beginResetModel();
    m_poster = std::move(nye);
    endResetModel();
}

int FlytkoeModell::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_poster.size());
}

int FlytkoeModell::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AntallKolonner;
}

QVariant FlytkoeModell::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flytpost &p = m_poster.at(index.row());
    if (role == VersjonRolle)
        return p.versjon.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SaksnummerKolonne: return p.saksnummer;
    case TypeKolonne: {
        const Brevtype *t = brevtype(p.versjon.utkast.type);
        if (!t)
            return p.versjon.utkast.type;
        return t->navnPaa(uiMaalform());
    }
    case MottakerKolonne: return p.versjon.utkast.mottaker.navn;
    case FraKolonne:
        if (m_utvalg == Utvalg::Venter) {
            if (p.steg.til.isEmpty())
                return tr("The office's leaders");
            return role == Qt::ToolTipRole ? p.steg.til : p.tilNavn; // the name; the login as the tool tip
        }
        return role == Qt::ToolTipRole ? p.steg.fra : p.fraNavn; // the name; the login as the tool tip
    case SendtKolonne: return QLocale().toString(p.steg.sendt.toLocalTime(), u"dd.MM.yyyy HH:mm"_s);
    case MerknadKolonne: return p.steg.merknad;
    default: return {};
    }
}

QVariant FlytkoeModell::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SaksnummerKolonne: return tr("Case no.");
    case TypeKolonne: return tr("Letter");
    case MottakerKolonne: return tr("Recipient");
    case FraKolonne:
        return m_utvalg == Utvalg::TilGodkjenning ? tr("From") : m_utvalg == Utvalg::Venter ? tr("Sent to") : tr("Returned by");
    case SendtKolonne: return tr("Sent");
    case MerknadKolonne: return m_utvalg == Utvalg::Tilbakesendt ? tr("Comment") : tr("Note");
    default: return {};
    }
}

} // namespace tilsyn
