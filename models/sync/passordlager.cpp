#include "passordlager.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <memory>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

const QString kTjeneste = u"tilsynsklient"_s;

enum class Jobb { Les, Lagre, Glem };

struct Resultat
{
    QSemaphore ferdig;
    QKeychain::Error feil = QKeychain::NoError;
    QString feiltekst;
    QString passord;
};

// The keychain thread: started on first use, stopped when the application object goes away.
QObject *nokkelringTraad()
{
    static QMutex laas;
    static QThread *traad = nullptr;
    static QObject *kontekst = nullptr;
    const QMutexLocker l(&laas);
    if (!traad) {
        traad = new QThread;
        traad->setObjectName(u"nokkelring"_s);
        kontekst = new QObject;
        kontekst->moveToThread(traad);
        traad->start();
        qAddPostRoutine([] {
            traad->quit();
            traad->wait();
            delete kontekst;
            kontekst = nullptr;
            delete traad;
            traad = nullptr;
        });
    }
    return kontekst;
}

QString forklar(QKeychain::Error feil, const QString &tekst)
{
    switch (feil) {
    case QKeychain::NoBackendAvailable:
        return u"ingen nøkkelring tilgjengelig (ingen Secret Service på D-Bus): %1"_s.arg(tekst);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return u"nøkkelringen nektet tilgang: %1"_s.arg(tekst);
    default: // libsecret reports a missing session bus or Secret Service as a plain error
        return u"nøkkelringen kan ikke brukes (er en Secret Service som gnome-keyring i gang på D-Bus?): %1"_s.arg(tekst);
    }
}

std::shared_ptr<Resultat> kjoer(Jobb art, const QString &noekkel, const QString &passord, int ventMs, QString *tidsavbrudd)
{
    auto r = std::make_shared<Resultat>();
    if (!QCoreApplication::instance()) {
        *tidsavbrudd = u"nøkkelringen kan ikke brukes uten et programobjekt"_s;
        return nullptr;
    }
    QMetaObject::invokeMethod(nokkelringTraad(), [r, art, noekkel, passord] {
        QKeychain::Job *jobb = nullptr;
        if (art == Jobb::Les) {
            jobb = new QKeychain::ReadPasswordJob(kTjeneste);
        } else if (art == Jobb::Lagre) {
            auto *j = new QKeychain::WritePasswordJob(kTjeneste);
            j->setTextData(passord);
            jobb = j;
        } else {
            jobb = new QKeychain::DeletePasswordJob(kTjeneste);
        }
        jobb->setInsecureFallback(false);
        jobb->setAutoDelete(true);
        jobb->setKey(noekkel);
        QObject::connect(jobb, &QKeychain::Job::finished, jobb, [r, art](QKeychain::Job *j) {
            r->feil = j->error();
            r->feiltekst = j->errorString();
            if (art == Jobb::Les && j->error() == QKeychain::NoError)
                r->passord = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            r->ferdig.release();
        });
        jobb->start();
    });
    if (!r->ferdig.tryAcquire(1, ventMs)) {
        *tidsavbrudd = u"nøkkelringen svarte ikke innen %1 s"_s.arg(ventMs / 1000.0);
        return nullptr;
    }
    return r;
}

} // namespace

QString PassordLager::noekkel(const QString &bruker, const QString &vert, const QString &dbnavn)
{
    return bruker + u'@' + vert + u'/' + dbnavn;
}

PassordLager::Svar PassordLager::les(const QString &noekkel, int ventMs)
{
    Svar s;
    const auto r = kjoer(Jobb::Les, noekkel, {}, ventMs, &s.feil);
    if (!r)
        return s;
    if (r->feil == QKeychain::NoError) {
        s.ok = true;
        s.finnes = true;
        s.passord = r->passord;
    } else if (r->feil == QKeychain::EntryNotFound) {
        s.ok = true;
    } else {
        s.feil = forklar(r->feil, r->feiltekst);
    }
    return s;
}

QString PassordLager::lagre(const QString &noekkel, const QString &passord, int ventMs)
{
    QString feil;
    const auto r = kjoer(Jobb::Lagre, noekkel, passord, ventMs, &feil);
    if (r && r->feil != QKeychain::NoError)
        feil = forklar(r->feil, r->feiltekst);
    return feil;
}

QString PassordLager::glem(const QString &noekkel, int ventMs)
{
    QString feil;
    const auto r = kjoer(Jobb::Glem, noekkel, {}, ventMs, &feil);
    if (r && r->feil != QKeychain::NoError && r->feil != QKeychain::EntryNotFound)
        feil = forklar(r->feil, r->feiltekst);
    return feil;
}

} // namespace tilsyn
