#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <QString>

class QThread;
class QTimer;

namespace tilsyn {

class Fremdrift;
class SynkMotor;

/// Runs the sync engine for the desktop: on its own worker thread (with its own connections), on
/// request ("Synkroniser nå"), on start and every few minutes, and again after a failure with a
/// growing pause (backoff). Reports a short status text for the status bar. Without a central
/// connection configured the client simply works offline.
class SynkStyring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynkStyring)

public:
    static constexpr int kIntervallMs = 5 * 60 * 1000; ///< poll when idle
    static constexpr int kStoersteVentetidMs = 15 * 60 * 1000;
    /// A burst of change notifications from the server becomes one sync after this pause.
    static constexpr int kVarselPauseMs = 1500;

    SynkStyring(const QString &dbSti, const QString &bruker, QObject *parent = nullptr);
    ~SynkStyring() override;

    /// The libpq connection string (no password: PGPASSWORD, ~/.pgpass); empty: offline.
    void settConninfo(const QString &conninfo);
    QString conninfo() const { return m_conninfo; }
    bool kjoerer() const { return m_kjoerer; }
    /// The pause before the next automatic attempt (grows after each failure).
    int nesteForsoekMs() const;

public slots:
    void synkroniserNaa();
    /// Stops a running sync after the page or batch in hand (what was committed stays; the next
    /// sync continues from there) and waits the normal interval before the next one.
    void avbryt();

signals:
    void status(const QString &tekst);
    /// Emitted after each status(): the technical detail behind it (the central store's or
    /// libpq's message after a failure, for a tooltip), empty when there is none.
    void statusForklaring(const QString &detalj);
    /// A sync finished and may have changed local cases: lists should re-read.
    /// `andre`: assignments, approval steps, journal posts and letters pulled (SynkMotor::ferdig).
    void oppdatert(int pushet, int hentet, int konflikter, int avvist, int andre);
    /// A sync started (true) or ended (false): the status bar's progress and Cancel.
    void arbeider(bool paa);
    /// Internal: runs the engine on its thread.
    void kjoer();

protected:
    /// Says the last status again in the new language when the application's language changes.
    bool eventFilter(QObject *objekt, QEvent *hendelse) override;

private:
    /// Emits status(tekst()) and keeps @p tekst to say it again after a language change.
    void meld(std::function<QString()> tekst, const QString &forklaring = {});
    void lagMotor();
    void planleggNeste();
    void varselFrist();

    std::function<QString()> m_status; ///< the last status, in the current language
    QString m_dbSti;
    QString m_bruker;
    QString m_conninfo;
    QThread *m_traad;
    SynkMotor *m_motor = nullptr;
    QTimer *m_timer;
    bool m_kjoerer = false;
    int m_feilPaaRad = 0;
    QTimer *m_varsel;      ///< debounces change notifications (LISTEN tilsyn_endret)
    bool m_igjen = false;  ///< a notification came while a sync was running: sync once more
    std::unique_ptr<Fremdrift> m_fremdrift; ///< the motors' cancel flag, reset before each run
    bool m_avbrytes = false;
    int m_ventende = -2; ///< set by SynkMotor::utilgjengelig before feilet(); -2: not unreachable
};

} // namespace tilsyn
