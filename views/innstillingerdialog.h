#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tilsyn {

class Katalog;

/// The user's profile (name, title, embete, phone: used by letters), the UI language and the
/// office's deadline practice (days to choose a behandlingsmåte, the "Due soon" window).
/// Shown once on first start and from Edit ▸ Settings; writes the typed settings on accept.
class InnstillingerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InnstillingerDialog)

public:
    explicit InnstillingerDialog(const Katalog &katalog, QWidget *parent = nullptr);
    ~InnstillingerDialog() override;

    void accept() override;

private:
    QLineEdit *m_navn;
    QLineEdit *m_tittel;
    QComboBox *m_embete;
    QLineEdit *m_telefon;
    QComboBox *m_spraak;
    QSpinBox *m_dagerTilValg;
    QSpinBox *m_forfallerSnart;
};

} // namespace tilsyn
