#pragma once

#include "journal/journalpost.h"
#include "journal/journalrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tilsyn {

class Datofelt;

/// Registers an incoming document (date, sender, title, optional file, screening) or a note.
class RegistreringDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistreringDialog)

public:
    /// `type`: "I" (incoming) or "N" (note). `forslag` fills the fields (e.g. the henvendelse).
    RegistreringDialog(const QString &type, const NyJournalpost &forslag, QWidget *parent = nullptr);
    ~RegistreringDialog() override;

    /// What was entered; the file's bytes are read when the dialog is accepted.
    NyJournalpost post() const;
    /// Sets the file (what the file dialog does); false with the reason if it cannot be read.
    bool settFil(const QString &sti);

private:
    void velgFil();
    /// OK: only with a readable document date (else the field says why and keeps the focus).
    void godkjenn();

    QString m_type;
    Datofelt *m_dato; ///< the document's date: typed as in every form, not after today
    QLineEdit *m_avsender;
    QLineEdit *m_tittel;
    QLineEdit *m_offentligTittel;
    QCheckBox *m_unntatt;
    QLineEdit *m_hjemmel;
    QLabel *m_fil;
    QByteArray m_bytes;
    QString m_filnavn;
};

/// Avskriver an incoming document: how (Noark 5 avskrivningsmåte), by which letter, or why.
class AvskrivDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvskrivDialog)

public:
    /// `brev`: the case's outgoing posts (id, shown as "2024/4711-3 title").
    AvskrivDialog(const QList<std::pair<QString, QString>> &brev, QWidget *parent = nullptr);
    ~AvskrivDialog() override;

    QString maate() const;
    QString brevpost() const; ///< the chosen letter's post id ("Besvart med brev"), else empty
    QString merknad() const;

private:
    void oppdater();

    QComboBox *m_maate;
    QComboBox *m_brev;
    QLineEdit *m_merknad;
};

} // namespace tilsyn
