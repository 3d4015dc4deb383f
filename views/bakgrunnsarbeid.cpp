#include "bakgrunnsarbeid.h"

#include "drift/fremdrift.h"
#include "letters/brevmal.h"
#include "store/storeerror.h"
#include "sync/sentralfeil.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <memory>

namespace tilsyn {

using namespace Qt::StringLiterals;

Bakgrunnsarbeid::Bakgrunnsarbeid(const QString &tittel, const QString &tekst, QWidget *forelder)
    : QObject(forelder), m_dialog(new QProgressDialog(forelder))
{
    m_dialog->setObjectName(u"fremdriftsdialog"_s);
    m_dialog->setWindowTitle(tittel);
    m_dialog->setLabelText(tekst);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setMinimumDuration(0x7fffffff); // shown by kjoer(), not by QProgressDialog's own timer
    m_dialog->setRange(0, 0);
    m_dialog->setMinimumWidth(420);
    auto *avbryt = new QPushButton(tr("Cancel"), m_dialog);
    avbryt->setObjectName(u"fremdriftAvbryt"_s);
    m_dialog->setCancelButton(avbryt);
    m_dialog->hide();
}

Bakgrunnsarbeid::~Bakgrunnsarbeid()
{
    delete m_dialog;
}

void Bakgrunnsarbeid::vis(qint64 gjort, qint64 totalt)
{
    if (totalt <= 0) {
        m_dialog->setRange(0, 0); // unknown: a busy indicator
        return;
    }
    // Per mille, so a file of more than 2 GiB still fits the bar's int range.
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(int(std::min<qint64>(1000, gjort * 1000 / totalt)));
}

Bakgrunnsarbeid::Utfall Bakgrunnsarbeid::kjoer(const std::function<void(Fremdrift &)> &arbeid)
{
    m_feil.clear();
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
    // Reports are queued to this object (dropped with it); the worker ends before kjoer() returns.
    Fremdrift fremdrift([this](qint64 gjort, qint64 totalt) {
        QMetaObject::invokeMethod(this, [this, gjort, totalt] { vis(gjort, totalt); }, Qt::QueuedConnection);
    }, 50);
    Utfall utfall = Utfall::Ferdig;
    QString feil;
    std::unique_ptr<QThread> traad(QThread::create([&] {
        try {
            arbeid(fremdrift);
        } catch (const Avbrutt &) {
            utfall = Utfall::Avbrutt;
        } catch (const StoreError &e) {
            utfall = Utfall::Feilet;
            feil = e.melding();
        } catch (const SentralFeil &e) {
            utfall = Utfall::Feilet;
            feil = e.melding();
        } catch (const BrevmalFeil &e) {
            utfall = Utfall::Feilet;
            feil = e.melding();
        } catch (const std::exception &e) {
            utfall = Utfall::Feilet;
            feil = QString::fromLocal8Bit(e.what());
        }
    }));
    traad->setObjectName(u"bakgrunnsarbeid"_s);

    QEventLoop loekke;
    bool ferdig = false; // set on this thread by the same event that ends the loop
    connect(traad.get(), &QThread::finished, &loekke, [&] {
        ferdig = true;
        loekke.quit();
    });
    const auto avbryt = connect(m_dialog, &QProgressDialog::canceled, &loekke, [&] {
        fremdrift.avbryt();
        loekke.quit();
    });
    traad->start();
    // Short work ends before the dialog would flash; until then input waits (timers run).
    QTimer::singleShot(kVisEtterMs, &loekke, &QEventLoop::quit);
    loekke.exec(QEventLoop::ExcludeUserInputEvents);
    if (!ferdig) {
        m_dialog->show();
        loekke.exec();
    }
    disconnect(avbryt);
    if (!ferdig) // cancelled: the dialog is gone; input waits until the work has rolled back
        loekke.exec(QEventLoop::ExcludeUserInputEvents);
    traad->wait(); // finished() was emitted: it is returning
    m_dialog->hide();
    m_feil = feil;
    return utfall;
}

} // namespace tilsyn
