#pragma once

#include "flyt/tildeling.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace tilsyn {

/// "Send for approval…": choose a leader of the office (or all its leaders) and write a note.
class SendTilGodkjenningDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTilGodkjenningDialog)

public:
    /// `ledere`: the office's users as the last sync reported them (only leaders are offered).
    SendTilGodkjenningDialog(const QList<Kontorbruker> &brukere, QWidget *parent = nullptr);

    /// The chosen leader's login; empty: all leaders of the office.
    QString til() const;
    QString merknad() const;
    /// Selects a leader by login (tests, screenshots); false if not offered.
    bool velg(const QString &bruker);
    void settMerknad(const QString &tekst);

private:
    QComboBox *m_til;
    QPlainTextEdit *m_merknad;
};

} // namespace tilsyn
