#pragma once

#include <QDialog>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tilsyn {

class Katalog;

/// The user's profile (full name, title, direct phone, embete and the leader who normally
/// approves: what letters, the audit trail and "My cases" use), the UI language and the office's
/// deadline practice. Shown on first start (and whenever the profile is incomplete) and from
/// Edit ▸ Settings. An incomplete profile is refused, naming the empty field; nothing is written.
class InnstillingerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InnstillingerDialog)

public:
    explicit InnstillingerDialog(const Katalog &katalog, QWidget *parent = nullptr);
    ~InnstillingerDialog() override;

    /// The first-run variant: titled "Your profile", explaining why it is asked.
    void settFoersteGang();
    void accept() override;
    /// On first run (Escape, Cancel, closing) it asks first, saying why the profile is needed:
    /// without it the program cannot start. Otherwise as QDialog.
    void reject() override;

private:
    /// The first empty profile field and its name, in form order (null: all filled in).
    std::pair<QWidget *, QString> foersteTomme() const;
    /// The message names the first empty field, or goes once none is (as you type).
    void oppdaterMelding();

    bool m_foersteGang = false;
    QLineEdit *m_navn;
    QLineEdit *m_tittel;
    QLineEdit *m_telefon;
    QComboBox *m_embete;
    QLineEdit *m_godkjenner;
    QLineEdit *m_godkjennerTittel;
    QComboBox *m_spraak;
    QSpinBox *m_dagerTilValg;
    QSpinBox *m_forfallerSnart;
    QLabel *m_forklaring;
    QLabel *m_melding;
};

} // namespace tilsyn
