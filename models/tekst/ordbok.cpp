#include "ordbok.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <hunspell.hxx>

namespace tilsyn {

using namespace Qt::StringLiterals;

Ordbok::Ordbok(Maalform maalform, const QString &mappe, bool medProsjektord) : m_maalform(maalform)
{
    const QString navn = maalform == Maalform::Nynorsk ? u"nn_NO"_s : u"nb_NO"_s;
    const QString aff = mappe + u'/' + navn + u".aff"_s, dic = mappe + u'/' + navn + u".dic"_s;
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
        return;
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    const QString koding = QString::fromStdString(m_hunspell->get_dict_encoding()).toUpper().remove(u'-');
    m_latin1 = koding != u"UTF8"_s;
    for (const QString &ord : medProsjektord ? prosjektord(maalform) : QStringList()) {
        bool ok = false;
        const std::string kodet = koder(ord, &ok);
        if (ok)
            m_hunspell->add(kodet);
    }
}

QStringList Ordbok::prosjektord(Maalform maalform)
{
    QFile f(maalform == Maalform::Nynorsk ? u":/ordliste/nn.txt"_s : u":/ordliste/nb.txt"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList ut;
    for (const QString &linje : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString ord = linje.trimmed();
        if (!ord.isEmpty() && !ord.startsWith(u'#'))
            ut.append(ord);
    }
    return ut;
}

Ordbok::~Ordbok() = default;

QString Ordbok::standardMappe()
{
    const QString fraMiljo = qEnvironmentVariable("TILSYN_HUNSPELL_DIR");
    if (!fraMiljo.isEmpty())
        return fraMiljo;
    // Debian's hunspell-no puts them in <data>/hunspell (/usr/share/hunspell); elsewhere (Windows)
    // they are shipped beside the program.
    const QString funnet = QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"hunspell"_s,
                                                  QStandardPaths::LocateDirectory);
    return funnet.isEmpty() ? QCoreApplication::applicationDirPath() + u"/hunspell"_s : funnet;
}

std::string Ordbok::koder(const QString &ord, bool *ok) const
{
    *ok = true;
    if (!m_latin1)
        return ord.toStdString();
    for (QChar c : ord) {
        if (c.unicode() > 0xff) {
            *ok = false; // a letter the dictionary cannot hold: not checked
            return {};
        }
    }
    return ord.toLatin1().toStdString();
}

bool Ordbok::kjenner(const QString &ord) const
{
    if (!m_hunspell || ord.isEmpty())
        return true;
    bool harSmaa = false;
    for (QChar c : ord) {
        if (c.isDigit())
            return true;
        harSmaa = harSmaa || c.isLower();
    }
    if (!harSmaa && ord.size() > 1)
        return true; // an abbreviation in capitals
    bool ok = false;
    const std::string kodet = koder(ord, &ok);
    return !ok || m_hunspell->spell(kodet);
}

QStringList Ordbok::forslag(const QString &ord, int antall) const
{
    QStringList ut;
    bool ok = false;
    const std::string kodet = koder(ord, &ok);
    if (!m_hunspell || !ok)
        return ut;
    for (const std::string &s : m_hunspell->suggest(kodet)) {
        if (ut.size() >= antall)
            break;
        ut.append(m_latin1 ? QString::fromLatin1(s.data(), qsizetype(s.size())) : QString::fromStdString(s));
    }
    return ut;
}

QList<std::pair<qsizetype, qsizetype>> Ordbok::ord(const QString &tekst)
{
    static const QRegularExpression bokstaver(u"[\\p{L}\\d]+"_s);
    QList<std::pair<qsizetype, qsizetype>> ut;
    for (auto it = bokstaver.globalMatch(tekst); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ut.append({m.capturedStart(), m.capturedLength()});
    }
    return ut;
}

QStringList Ordbok::ukjenteOrd(const QString &tekst) const
{
    QStringList ut;
    QSet<QString> sett;
    for (const auto &[start, lengde] : ord(tekst)) {
        const QString o = tekst.mid(start, lengde);
        if (!sett.contains(o) && !kjenner(o)) {
            sett.insert(o);
            ut.append(o);
        }
    }
    return ut;
}

} // namespace tilsyn
