#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;

namespace tilsyn {

class Datofelt;

/// A date that may be unset (oversendt, møte, avsluttet …): a check box that enables a date
/// field. Ticking it proposes the date given to visDato() (today, for events that happen now).
class ValgfriDato final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValgfriDato)

public:
    explicit ValgfriDato(QWidget *parent = nullptr);
    ~ValgfriDato() override;

    QDate dato() const;
    /// Shows `dato` (invalid: unset) without emitting datoEndret; `forslag` is what ticking the
    /// box proposes.
    void visDato(const QDate &dato, const QDate &forslag);
    void settTekst(const QString &tekst);
    QCheckBox *avkrysning() const { return m_satt; }
    Datofelt *datofelt() const { return m_dato; }

signals:
    void datoEndret(const QDate &dato);

private:
    QCheckBox *m_satt;
    Datofelt *m_dato;
    QDate m_forslag;
};

} // namespace tilsyn
