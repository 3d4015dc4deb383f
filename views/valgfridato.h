#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace tilsyn {

/// A date that may be unset (oversendt, møte, avsluttet …): a check box that enables a date field.
class ValgfriDato final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValgfriDato)

public:
    explicit ValgfriDato(QWidget *parent = nullptr);
    ~ValgfriDato() override;

    QDate dato() const;
    /// Shows `dato` (invalid: unset) without emitting datoEndret.
    void visDato(const QDate &dato, const QDate &forslag);
    void settTekst(const QString &tekst);

signals:
    void datoEndret(const QDate &dato);

private:
    QCheckBox *m_satt;
    QDateEdit *m_dato;
};

} // namespace tilsyn
