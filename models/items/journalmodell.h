#pragma once

#include "journal/journalpost.h"

#include <QAbstractTableModel>
#include <QList>

namespace tilsyn {

class JournalRepository;

/// The journal of one case: every document with its number (saksnummer-N; provisional ones
/// marked until the central store settles them), type, dates, title, korrespondanseparter,
/// skjerming, status and avskrivning, in number order.
class JournalModell final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModell)

public:
    enum Column { Nummer, Type, Dato, Tittel, Parter, Skjerming, Status, Avskrivning, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole, UbesvartRole };

    explicit JournalModell(const JournalRepository &journal, QObject *parent = nullptr);
    ~JournalModell() override;

    /// Shows the journal of `sakId` with the saksnummer stored for it now (empty: none). Two
    /// queries.
    void visSak(const QString &sakId);
    /// Reads the journal and the case's stored saksnummer again (after a registration, an
    /// avskrivning, a finalised letter, a saved case or a sync): a saksnummer given since shows
    /// in every row's document number at once.
    void lesPaaNytt();
    const QString &saksnummer() const { return m_saksnummer; }
    const QString &sakId() const { return m_sakId; }
    const Journalpost &post(int rad) const { return m_poster.at(rad); }
    int radFor(const QString &id) const;

    /// "Inngående" etc. in the user's language.
    static QString typenavn(const QString &type);
    /// A Noark 5 avskrivningsmåte ("Besvart med brev", …) in the user's language.
    static QString maatenavn(const QString &maate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The document reference as the Dokumentnr column shows it: "2024/4711-5"; without a
    /// saksnummer a sentence saying so with the document's number ("No saksnummer yet
    /// (document 5)"), never "-5".
    QString visningsreferanse(int nummer) const;

private:
    QString referanse(const Journalpost &p) const;

    const JournalRepository &m_journal;
    QString m_sakId;
    QString m_saksnummer;
    QList<Journalpost> m_poster;
};

} // namespace tilsyn
