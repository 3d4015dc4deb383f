#include "stoettelogg.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

struct Tilstand
{
    QMutex mutex;
    QString fil;
    QStringList sisteFeil;
    QtMessageHandler forrige = nullptr;
};

Tilstand &tilstand()
{
    static Tilstand t;
    return t;
}

constexpr int kSisteFeil = 20;

void roter(const QString &fil)
{
    if (QFileInfo(fil).size() < Stoettelogg::kMaksStoerrelse)
        return;
    QFile::remove(u"%1.%2"_s.arg(fil).arg(Stoettelogg::kGamleFiler));
    for (int i = Stoettelogg::kGamleFiler - 1; i >= 1; --i)
        QFile::rename(u"%1.%2"_s.arg(fil).arg(i), u"%1.%2"_s.arg(fil).arg(i + 1));
    QFile::rename(fil, fil + u".1"_s);
}

void skriv(const char *niva, const QString &tekst)
{
    Tilstand &t = tilstand();
    const QString linje = u"%1 %2 %3"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                            QLatin1StringView(niva), Stoettelogg::vask(tekst));
    QMutexLocker laas(&t.mutex);
    if (qstrcmp(niva, "INFO") != 0) {
        t.sisteFeil.append(linje);
        if (t.sisteFeil.size() > kSisteFeil)
            t.sisteFeil.removeFirst();
    }
    if (t.fil.isEmpty())
        return;
    QDir().mkpath(QFileInfo(t.fil).absolutePath());
    roter(t.fil);
    QFile f(t.fil);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        f.write((linje + u'\n').toUtf8()); // a log line lost on a full disk is not worth failing for
}

void behandler(QtMsgType type, const QMessageLogContext &kontekst, const QString &melding)
{
    const char *niva = nullptr;
    switch (type) {
    case QtWarningMsg: niva = "WARN"; break;
    case QtCriticalMsg: niva = "ERROR"; break;
    case QtFatalMsg: niva = "FATAL"; break;
    case QtDebugMsg:
    case QtInfoMsg: break;
    }
    if (niva) {
        const QString kategori = kontekst.category && qstrcmp(kontekst.category, "default") != 0
                                     ? QString::fromLatin1(kontekst.category) + u": "_s
                                     : QString();
        skriv(niva, kategori + melding);
    }
    if (QtMessageHandler forrige = tilstand().forrige)
        forrige(type, kontekst, melding);
}

} // namespace

void Stoettelogg::installer(const QString &mappe)
{
    {
        QMutexLocker laas(&tilstand().mutex);
        tilstand().fil = QDir(mappe).filePath(u"tilsynsklient.log"_s);
    }
    QtMessageHandler forrige = qInstallMessageHandler(behandler);
    if (forrige != behandler)
        tilstand().forrige = forrige;
}

void Stoettelogg::hendelse(const QString &tekst)
{
    skriv("INFO", tekst);
}

void Stoettelogg::feil(const QString &tekst)
{
    skriv("ERROR", tekst);
}

QString Stoettelogg::filsti()
{
    QMutexLocker laas(&tilstand().mutex);
    return tilstand().fil;
}

QStringList Stoettelogg::sisteFeil()
{
    QMutexLocker laas(&tilstand().mutex);
    return tilstand().sisteFeil;
}

QString Stoettelogg::vask(const QString &tekst)
{
    static const QRegularExpression passord(
        u"(pass(word|ord)?|pgpassword|secret|token)(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|\\S+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sitat(u"«[^»]*»|\"[^\"]*\"|'[^']*'|“[^”]*”"_s);
    static const QRegularExpression fnr(u"\\b\\d{6}\\s?\\d{5}\\b"_s);
    static const QRegularExpression epost(u"[\\w.+-]+@[\\w-]+\\.[\\w.-]+"_s);
    QString s = tekst;
    s.replace(u'\n', u" | "_s);
    s.replace(passord, u"\\1\\3***"_s);
    s.replace(sitat, u"«…»"_s);
    s.replace(fnr, u"***"_s);
    s.replace(epost, u"***@***"_s);
    if (s.size() > 400)
        s = s.left(400) + u"…"_s;
    return s;
}

} // namespace tilsyn
