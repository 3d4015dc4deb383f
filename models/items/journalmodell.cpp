#include "journalmodell.h"

#include "journal/journalrepository.h"

#include <QLocale>

namespace tilsyn {

using namespace Qt::StringLiterals;

JournalModell::JournalModell(const JournalRepository &journal, QObject *parent)
    : QAbstractTableModel(parent), m_journal(journal)
{
}

JournalModell::~JournalModell() = default;

void JournalModell::visSak(const QString &sakId)
{
    beginResetModel();
    m_sakId = sakId;
    m_saksnummer = sakId.isEmpty() ? QString() : m_journal.lagretSaksnummer(sakId);
    m_poster = sakId.isEmpty() ? QList<Journalpost>() : m_journal.forSak(sakId);
    endResetModel();
}

void JournalModell::lesPaaNytt()
{
    if (m_sakId.isEmpty())
        return;
    const QList<Journalpost> nye = m_journal.forSak(m_sakId);
    // The number is read from the store, not from a snapshot of the case: it may have been given
    // (typed and saved, or settled by the central store) since the journal was first shown.
    m_saksnummer = m_journal.lagretSaksnummer(m_sakId);
    // Posts are never removed; numbers and avskrivning may change: update rows in place and
    // append the new ones (exact notification, no reset).
    const qsizetype felles = std::min(nye.size(), m_poster.size());
    bool sammeRekkefolge = true;
    for (qsizetype i = 0; i < felles; ++i)
        sammeRekkefolge = sammeRekkefolge && nye.at(i).id == m_poster.at(i).id;
    if (!sammeRekkefolge || nye.size() < m_poster.size()) {
        visSak(m_sakId);
        return;
    }
    if (felles > 0) { // a new saksnummer changes every row's number and answered-by reference
        m_poster = nye.mid(0, felles) + m_poster.mid(felles);
        Q_EMIT dataChanged(index(0, 0), index(int(felles) - 1, ColumnCount - 1));
    }
    if (nye.size() > felles) {
        beginInsertRows({}, int(felles), int(nye.size()) - 1);
        m_poster = nye;
        endInsertRows();
    }
}

int JournalModell::radFor(const QString &id) const
{
    for (qsizetype i = 0; i < m_poster.size(); ++i)
        if (m_poster.at(i).id == id)
            return int(i);
    return -1;
}

QString JournalModell::typenavn(const QString &type)
{
    if (type == u"I")
        return tr("Incoming");
    if (type == u"U")
        return tr("Outgoing");
    if (type == u"N")
        return tr("Internal note (follow-up)");
    return tr("Internal note");
}

QString JournalModell::maatenavn(const QString &maate)
{
    if (maate == u"Besvart med brev")
        return tr("Answered by letter");
    if (maate == u"Besvart med e-post")
        return tr("Answered by e-mail");
    if (maate == u"Besvart på telefon")
        return tr("Answered by telephone");
    if (maate == u"Tatt til etterretning")
        return tr("Taken into account");
    if (maate == u"Tatt til orientering")
        return tr("Noted for information");
    return maate;
}

QString JournalModell::visningsreferanse(int nummer) const
{
    if (m_saksnummer.trimmed().isEmpty())
        return tr("No saksnummer yet (document %1)").arg(nummer);
    return dokumentreferanse(m_saksnummer, nummer);
}

QString JournalModell::referanse(const Journalpost &p) const
{
    const QString ref = visningsreferanse(p.dokumentnummer());
    return p.erFastsatt() ? ref : tr("%1 (provisional)").arg(ref);
}

int JournalModell::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_poster.size());
}

int JournalModell::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModell::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Journalpost &p = m_poster.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == UbesvartRole)
        return p.erUbesvart();
    if (role == RawValueRole) {
        switch (index.column()) {
        case Nummer:
            return p.dokumentnummer();
        case Type:
            return p.type;
        case Dato:
            return p.dokumentdato;
        case Skjerming:
            return p.unntattOffentlighet;
        case Avskrivning:
            return p.avskrevetDato;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Nummer:
        return referanse(p);
    case Type:
        return typenavn(p.type);
    case Dato:
        return QLocale().toString(p.dokumentdato, u"dd.MM.yyyy"_s);
    case Tittel:
        return p.filnavn.isEmpty() ? p.tittel : tr("%1 (file: %2)").arg(p.tittel, p.filnavn);
    case Parter: {
        QStringList navn;
        for (const Korrespondent &k : p.parter)
            navn.append(k.navn);
        return navn.join(u", "_s);
    }
    case Skjerming:
        if (role == Qt::ToolTipRole)
            return p.hjemmel;
        return p.unntattOffentlighet ? tr("Exempt") : tr("Public");
    case Status:
        return p.synk == u"avvist" ? tr("%1 – refused by the central store: %2").arg(p.status, p.synkFeil) : p.status;
    case Avskrivning:
        if (p.type != u"I")
            return {};
        if (p.erUbesvart())
            return tr("Not answered");
        if (!p.avskrevetMed.isEmpty()) {
            const int rad = radFor(p.avskrevetMed);
            return tr("%1: %2").arg(maatenavn(p.avskrivningsmaate),
                                      rad >= 0 ? visningsreferanse(m_poster.at(rad).dokumentnummer())
                                               : p.avskrevetMed);
        }
        return p.avskrivningMerknad.isEmpty() ? maatenavn(p.avskrivningsmaate)
                                              : u"%1: %2"_s.arg(maatenavn(p.avskrivningsmaate), p.avskrivningMerknad);
    default:
        return {};
    }
}

QVariant JournalModell::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Nummer:
        return tr("Document no.");
    case Type:
        return tr("Type");
    case Dato:
        return tr("Dated");
    case Tittel:
        return tr("Title");
    case Parter:
        return tr("Sender / recipient");
    case Skjerming:
        return tr("Screening");
    case Status:
        return tr("Status");
    case Avskrivning:
        return tr("Answered");
    default:
        return {};
    }
}

} // namespace tilsyn
