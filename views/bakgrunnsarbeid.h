#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace tilsyn {

class Fremdrift;

/// Long work (import, export, workbooks, batches of letters) on a worker thread of its own, with
/// a modal progress dialog and Cancel. The GUI thread is never blocked: it runs a local event loop (as
/// QDialog::exec() does) until the worker has ended, so timers, repaints and the dialog go on.
/// Input to the windows is held back until the dialog shows (after kVisEtterMs), then the
/// dialog's modality keeps the person from starting other work meanwhile.
/// The work must open its own store connection (a QSqlDatabase belongs to its thread).
class Bakgrunnsarbeid final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Bakgrunnsarbeid)

public:
    static constexpr int kVisEtterMs = 400;

    enum class Utfall { Ferdig, Avbrutt, Feilet };

    /// `tittel`: the dialog's window title; `tekst`: what is being done ("Importing cases…").
    Bakgrunnsarbeid(const QString &tittel, const QString &tekst, QWidget *forelder);
    ~Bakgrunnsarbeid() override;

    /// Runs `arbeid` on a new thread and returns when it has ended. Avbrutt (the person pressed
    /// Cancel) gives Utfall::Avbrutt; StoreError, SentralFeil, BrevmalFeil or another exception
    /// Feilet, with its message in feil().
    Utfall kjoer(const std::function<void(Fremdrift &)> &arbeid);
    QString feil() const { return m_feil; }

    QProgressDialog *dialog() const { return m_dialog; }

private:
    void vis(qint64 gjort, qint64 totalt);

    QProgressDialog *m_dialog;
    QString m_feil;
};

} // namespace tilsyn
