#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

namespace tilsyn {

/// The one date field of every form. The caseworker types the date as she would write it
/// ("21.12.2026", "21122026", "21.12.26"; see tolkDato()) or opens a calendar with F4 or
/// Alt+Down (or the button). What cannot be read as a date is refused with a message under the
/// field, the stored date stays as it was and the text stays for correcting: never a guess.
class Datofelt final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Datofelt)

public:
    explicit Datofelt(QWidget *parent = nullptr);
    ~Datofelt() override;

    /// The last date accepted (invalid: none).
    QDate dato() const { return m_dato; }
    /// Shows `dato` without emitting datoEndret; clears a shown problem.
    void settDato(const QDate &dato);
    /// The message of the last refused input, empty when the text is a date.
    QString feil() const;
    QLineEdit *tekstfelt() const { return m_tekst; }
    /// Reads what is typed now (as leaving the field does): true when it is a date.
    bool bekreft();
    /// Dates after `senest` are refused with a message (and not offered in the calendar), e.g.
    /// today for a document's date. Invalid (the default): no limit.
    void settSenesteDato(const QDate &senest);
    /// Opens the calendar on the current date (or today).
    void visKalender();

signals:
    /// The person chose another date (typed and confirmed, or picked in the calendar).
    void datoEndret(const QDate &dato);

protected:
    bool eventFilter(QObject *objekt, QEvent *hendelse) override;
    void changeEvent(QEvent *e) override;

private:
    void oversett();
    void godta(const QDate &dato);
    void visFeil(const QString &melding);

    QLineEdit *m_tekst;
    QToolButton *m_knapp;
    QLabel *m_feil;
    QWidget *m_popup = nullptr;
    QCalendarWidget *m_kalender = nullptr;
    QDate m_dato;
    QDate m_senest;
};

} // namespace tilsyn
