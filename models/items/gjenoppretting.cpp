#include "gjenoppretting.h"

#include "store/store.h"

#include "domain/validering.h"
#include "io/lokalefelt.h"
#include "io/sakjson.h"
#include "io/utfil.h"
#include "items/sakutkast.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kLaasEndelse = u".lock";

// A session lock is stale only when its process is gone, never by age.
std::unique_ptr<QLockFile> sesjonslaas(const QString &sesjonsmappe)
{
    auto l = std::make_unique<QLockFile>(sesjonsmappe + kLaasEndelse);
    l->setStaleLockTime(0);
    return l;
}

} // namespace

Gjenoppretting::Gjenoppretting(SakUtkast &utkast, QString mappe, QObject *parent)
    : QObject(parent)
    , m_utkast(utkast)
    , m_mappe(QDir(mappe).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_laas(sesjonslaas(m_mappe))
    , m_timer(new QTimer(this))
{
    // Lock first, then the folder: a folder without a held lock is always an orphan.
    if (QDir().mkpath(mappe))
        m_laas->tryLock(0);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kVentetidMs);
    connect(m_timer, &QTimer::timeout, this, &Gjenoppretting::skrivNaa);
    connect(&m_utkast, &SakUtkast::endret, this, &Gjenoppretting::endret);
}

Gjenoppretting::~Gjenoppretting()
{
    QDir().rmdir(m_mappe); // only when empty: unsaved copies stay for the next start
}

QString Gjenoppretting::mappeFor(const QString &lagerSti)
{
    const QFileInfo f(lagerSti);
    const QString kanonisk = f.canonicalFilePath().isEmpty() ? QDir::cleanPath(f.absoluteFilePath()) : f.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(kanonisk.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(Store::dataMappe()).filePath(u"recovery/"_s + QString::fromLatin1(hash));
}

QString Gjenoppretting::fil(const QString &id) const
{
    return QDir(m_mappe).filePath(id + u".json"_s);
}

void Gjenoppretting::endret()
{
    if (m_utkast.sak().id.isEmpty())
        return;
    if (!m_utkast.erEndret() || m_utkast.undoStack()->count() == 0) {
        // Saved (or freshly opened): nothing to recover. A new, untouched draft is not worth a copy.
        m_timer->stop();
        if (!m_utkast.erEndret())
            fjern(m_utkast.sak().id);
        return;
    }
    // A copy within a few seconds of the first unsaved change, not postponed by continued typing.
    if (!m_timer->isActive())
        m_timer->start();
}

bool Gjenoppretting::skrivNaa()
{
    m_timer->stop();
    const Tilsynssak &sak = m_utkast.sak();
    if (sak.id.isEmpty())
        return false;
    const QString sti = fil(sak.id);
    const QString rot = QFileInfo(m_mappe).absolutePath();
    // The session lock is taken again if the folder could not be made at start (it may be writable now).
    if (!m_laas->isLocked() && !(QDir().mkpath(rot) && m_laas->tryLock(0)))
        return mislyktes(u"%1: kan ikke skrive filen: kan ikke låse økten i mappen %2"_s.arg(sti, rot));
    if (!QDir().mkpath(m_mappe))
        return mislyktes(u"%1: kan ikke skrive filen: kan ikke opprette mappen %2"_s.arg(sti, m_mappe));
    QJsonObject s = medLokaleFelt(sakTilJson(sak), sak);
    s.insert(u"rapport_mottatt"_s, sak.rapportMottatt.isValid() ? QJsonValue(sak.rapportMottatt.toString(Qt::ISODate)) : QJsonValue());
    const QJsonObject o{{u"format"_s, 1}, {u"versjon"_s, m_utkast.versjon()},
                        {u"skrevet"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, {u"sak"_s, s}};
    Utfil f(sti); // whole or not at all: every write, the flush and the rename checked
    if (!f.aapne() || !f.skriv(QJsonDocument(o).toJson(QJsonDocument::Compact)) || !f.fullfoer())
        return mislyktes(f.feil());
    m_feil.clear();
    return true;
}

bool Gjenoppretting::mislyktes(const QString &feil)
{
    // Said once, not on every later edit: again only after a copy was written in between.
    const bool ny = m_feil.isEmpty();
    m_feil = feil;
    if (ny)
        emit skrivefeil(feil);
    return false;
}

void Gjenoppretting::fjern(const QString &id)
{
    QFile::remove(fil(id));
}

void Gjenoppretting::forkast(const Kopi &kopi)
{
    QFile::remove(kopi.fil);
    const QString sesjon = QFileInfo(kopi.fil).absolutePath();
    auto laas = sesjonslaas(sesjon);
    if (laas->tryLock(0) && QDir().rmdir(sesjon))
        laas->unlock(); // removes the lock file too
}

QList<Gjenoppretting::Kopi> Gjenoppretting::finn(const QString &mappe)
{
    QList<Kopi> ut;
    const QDir rot(mappe);
    for (const QString &sesjon : rot.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto laas = sesjonslaas(rot.filePath(sesjon));
        if (!laas->tryLock(0))
            continue; // its process is still running: not ours to offer
        laas->unlock();
        ut.append(finnISesjon(rot.filePath(sesjon)));
    }
    std::sort(ut.begin(), ut.end(), [](const Kopi &a, const Kopi &b) { return a.skrevet > b.skrevet; });
    return ut;
}

QList<Gjenoppretting::Kopi> Gjenoppretting::finnISesjon(const QString &sesjon)
{
    QList<Kopi> ut;
    const QDir d(sesjon);
    for (const QString &navn : d.entryList({u"*.json"_s}, QDir::Files)) {
        QFile f(d.filePath(navn));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject s = o.value(u"sak"_s).toObject();
        if (o.value(u"format"_s).toInt() != 1 || s.isEmpty())
            continue;
        const QString rapport = s.take(u"rapport_mottatt"_s).toString();
        Problemer problemer;
        Kopi k;
        k.fil = f.fileName();
        k.sak = sakFraJsonMedLokaleFelt(s, &problemer);
        k.sak.rapportMottatt = QDate::fromString(rapport, Qt::ISODate);
        k.versjon = o.value(u"versjon"_s).toInt();
        k.skrevet = QDateTime::fromString(o.value(u"skrevet"_s).toString(), Qt::ISODateWithMs);
        if (!k.sak.id.isEmpty())
            ut.append(k);
    }
    return ut;
}

} // namespace tilsyn
