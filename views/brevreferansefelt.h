#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;

namespace tilsyn {

class ValgfriDato;

/// Deres dato and Deres ref of one party (the henvendelse's own date and reference), side by
/// side: an optional date (ValgfriDato) and a reference line. Letters to the party print them
/// in the header.
class Brevreferansefelt final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Brevreferansefelt)

public:
    explicit Brevreferansefelt(QWidget *parent = nullptr);
    ~Brevreferansefelt() override;

    QDate dato() const;
    QString referanse() const;
    /// Shows the values without emitting endret().
    void vis(const QDate &dato, const QString &referanse);

signals:
    /// The date or the reference was changed by the person.
    void endret();

protected:
    void changeEvent(QEvent *e) override;

private:
    void oversett();

    ValgfriDato *m_dato;
    QLineEdit *m_ref;
};

} // namespace tilsyn
