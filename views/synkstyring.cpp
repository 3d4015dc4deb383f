#include "synkstyring.h"

#include "drift/fremdrift.h"
#include "drift/stoettelogg.h"
#include "sync/synkmotor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QThread>
#include <QTime>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace tilsyn {

using namespace Qt::StringLiterals;

SynkStyring::SynkStyring(const QString &dbSti, const QString &bruker, QObject *parent)
    : QObject(parent), m_dbSti(dbSti), m_bruker(bruker), m_traad(new QThread(this)), m_timer(new QTimer(this)),
      m_varsel(new QTimer(this)), m_fremdrift(std::make_unique<Fremdrift>())
{
    m_traad->setObjectName(QStringLiteral("synk"));
    QCoreApplication::instance()->installEventFilter(this); // LanguageChange: meld() again
    m_traad->start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SynkStyring::synkroniserNaa);
    m_varsel->setSingleShot(true);
    m_varsel->setInterval(kVarselPauseMs);
    connect(m_varsel, &QTimer::timeout, this, &SynkStyring::varselFrist);
}

SynkStyring::~SynkStyring()
{
    if (m_motor)
        m_motor->deleteLater(); // on its own thread, before the thread ends
    m_traad->quit();
    m_traad->wait();
}

void SynkStyring::settConninfo(const QString &conninfo)
{
    if (conninfo.isEmpty() && m_conninfo.isEmpty()) {
        meld([] { return tr("Offline (no central store set up)"); }); // say so from the start
        return;
    }
    if (conninfo == m_conninfo)
        return;
    m_conninfo = conninfo;
    if (m_motor) {
        m_motor->deleteLater();
        m_motor = nullptr;
    }
    m_varsel->stop();
    m_igjen = false;
    m_feilPaaRad = 0;
    if (m_conninfo.isEmpty()) {
        m_timer->stop();
        meld([] { return tr("Offline (no central store set up)"); });
        return;
    }
    lagMotor();
    synkroniserNaa();
}

void SynkStyring::lagMotor()
{
    m_motor = new SynkMotor(m_dbSti, m_conninfo, m_bruker);
    m_motor->settLytting(true);
    m_motor->settFremdrift(m_fremdrift.get());
    m_motor->moveToThread(m_traad);
    // The server's NOTIFY: another client changed something newer than what we have. The first
    // hint starts the pause and later ones join it (a steady stream cannot postpone the sync).
    connect(m_motor, &SynkMotor::endringVarslet, m_varsel, [this] {
        if (!m_varsel->isActive())
            m_varsel->start();
    });
    connect(this, &SynkStyring::kjoer, m_motor, &SynkMotor::synkroniserNaa);
    connect(m_motor, &SynkMotor::fremdrift, this, [this](const QString &fase, qint64 gjort) {
        meld([fase, gjort] {
            return fase == u"push"   ? tr("Syncing: sent %L1").arg(gjort)
                 : fase == u"brev" ? tr("Syncing: archived %Ln letter(s)", nullptr, int(gjort))
                                   : tr("Syncing: received %L1").arg(gjort);
        });
    });
    connect(m_motor, &SynkMotor::ferdig, this, [this](int pushet, int hentet, int konflikter, int avvist, int andre) {
        m_kjoerer = false;
        m_avbrytes = false;
        emit arbeider(false);
        m_feilPaaRad = 0;
        meld([naa = QTime::currentTime(), konflikter, avvist] {
            QString tekst = tr("Up to date %1").arg(QLocale().toString(naa, QStringLiteral("HH:mm")));
            if (konflikter > 0)
                tekst += tr(" – %Ln conflict(s)", nullptr, konflikter);
            if (avvist > 0)
                tekst += tr(" – %Ln rejected", nullptr, avvist);
            return tekst;
        });
        emit oppdatert(pushet, hentet, konflikter, avvist, andre);
        planleggNeste();
        if (std::exchange(m_igjen, false))
            m_varsel->start();
    });
    connect(m_motor, &SynkMotor::utilgjengelig, this, [this](int ventende) { m_ventende = ventende; });
    connect(m_motor, &SynkMotor::feilet, this, [this](const QString &melding) {
        m_kjoerer = false;
        emit arbeider(false);
        if (std::exchange(m_avbrytes, false)) { // cancelled by the person: not a failure
            meld([] { return tr("Sync cancelled – next sync in %Ln minute(s)", nullptr, kIntervallMs / 60000); });
            planleggNeste();
            return;
        }
        ++m_feilPaaRad;
        if (const int ventende = std::exchange(m_ventende, -2); ventende > -2) {
            // Unreachable (issue 10, a26): a short translated status that fits the status bar —
            // how many changes wait and when the next try is; libpq's own words (English, long)
            // go to the tooltip and the support log.
            const QString klokke = QLocale().toString(QTime::currentTime().addMSecs(nesteForsoekMs()), u"HH:mm"_s);
            Stoettelogg::hendelse(u"synk: "_s + melding.section(u'\n', 0, 0));
            meld([klokke, ventende] {
                return ventende > 0
                    ? tr("Offline: central store unreachable – %Ln change(s) waiting – next try at %1", nullptr, ventende)
                          .arg(klokke)
                    : tr("Offline: central store unreachable – next try at %1").arg(klokke);
            }, melding.trimmed());
        } else {
            meld([minutter = std::max(1, nesteForsoekMs() / 60000), grunn = melding.section(u'\n', 0, 0)] {
                return tr("Offline – next try in %Ln minute(s): %1", nullptr, minutter).arg(grunn);
            }, melding.trimmed());
        }
        planleggNeste();
    });
}

int SynkStyring::nesteForsoekMs() const
{
    if (m_feilPaaRad == 0)
        return kIntervallMs;
    // 30 s, 1 min, 2 min, … up to 15 min after repeated failures.
    const qint64 ms = 30000LL << std::min(m_feilPaaRad - 1, 10);
    return int(std::min<qint64>(ms, kStoersteVentetidMs));
}

void SynkStyring::planleggNeste()
{
    m_timer->start(nesteForsoekMs());
}

void SynkStyring::varselFrist()
{
    if (m_kjoerer)
        m_igjen = true;
    else
        synkroniserNaa();
}

void SynkStyring::synkroniserNaa()
{
    if (!m_motor || m_kjoerer)
        return;
    m_kjoerer = true;
    m_avbrytes = false;
    m_fremdrift->nullstill(); // the motor is idle: it reads the flag only while it runs
    m_timer->stop();
    meld([] { return tr("Syncing…"); });
    emit arbeider(true);
    emit kjoer();
}

void SynkStyring::avbryt()
{
    if (!m_kjoerer || m_avbrytes)
        return;
    m_avbrytes = true;
    m_fremdrift->avbryt();
    meld([] { return tr("Cancelling the sync…"); });
}

void SynkStyring::meld(std::function<QString()> tekst, const QString &forklaring)
{
    m_status = std::move(tekst);
    emit status(m_status());
    emit statusForklaring(forklaring);
}

bool SynkStyring::eventFilter(QObject *objekt, QEvent *hendelse)
{
    if (objekt == QCoreApplication::instance() && hendelse->type() == QEvent::LanguageChange && m_status)
        emit status(m_status());
    return QObject::eventFilter(objekt, hendelse);
}

} // namespace tilsyn
