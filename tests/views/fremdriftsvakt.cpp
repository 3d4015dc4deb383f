#include "fremdriftsvakt.h"

#include "importforhaandsvisning.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include <ctime>

namespace tilsyn::test {

using namespace Qt::StringLiterals;

namespace {

// CPU time of the calling thread (POSIX; tests may use it, the program does not).
qint64 traadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

} // namespace

QProgressDialog *synligFremdrift(const QWidget &w)
{
    for (QProgressDialog *d : w.findChildren<QProgressDialog *>(u"fremdriftsdialog"_s)) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

Fremdriftsvakt::Fremdriftsvakt(QWidget &w, std::function<void(QProgressDialog &)> hver) : m_hver(std::move(hver))
{
    m_timer.setInterval(5);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, &w] {
        const qint64 cpu = traadCpuMs();
        if (m_siden.isValid()) {
            m_lengsteGapMs = std::max(m_lengsteGapMs, m_siden.elapsed());
            m_lengsteCpuMs = std::max(m_lengsteCpuMs, cpu - m_cpu);
        }
        m_siden.start();
        m_cpu = cpu;
        if (auto *f = qobject_cast<ImportForhaandsvisning *>(QApplication::activeModalWidget()))
            f->findChild<QPushButton *>(u"importBekreft"_s)->click();
        // A message would wait for a person: note it and close it, so the test fails, not hangs.
        if (auto *m = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_meldinger.append(m->text());
            m->reject();
        }
        if (QProgressDialog *d = synligFremdrift(w)) {
            m_saaDialog = true;
            if (m_hver)
                m_hver(*d);
        }
    });
    m_timer.start();
}

} // namespace tilsyn::test
