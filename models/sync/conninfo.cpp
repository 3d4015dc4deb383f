#include "conninfo.h"

#include <QStringList>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

std::optional<QList<Conninfo::Par>> Conninfo::les(const QString &s, QString *feil)
{
    QList<Par> ut;
    QString f;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (true) {
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n)
            return ut;
        const qsizetype start = i;
        while (i < n && s[i] != u'=' && !s[i].isSpace())
            ++i;
        const QString noekkel = s.mid(start, i - start);
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n || s[i] != u'=' || noekkel.isEmpty()) {
            f = u"«%1» er ikke på formen nøkkel=verdi"_s.arg(noekkel);
            break;
        }
        ++i;
        while (i < n && s[i].isSpace())
            ++i;
        QString verdi;
        if (i < n && s[i] == u'\'') {
            ++i;
            while (i < n && s[i] != u'\'') {
                if (s[i] == u'\\' && i + 1 < n)
                    ++i;
                verdi += s[i++];
            }
            if (i >= n) {
                f = u"verdien av %1 mangler avsluttende '"_s.arg(noekkel);
                break;
            }
            ++i;
        } else {
            while (i < n && !s[i].isSpace())
                verdi += s[i++];
        }
        ut.append({noekkel, verdi});
    }
    if (feil)
        *feil = f;
    return std::nullopt;
}

QString Conninfo::skriv(const QList<Par> &par)
{
    QStringList deler;
    for (const auto &[noekkel, verdi] : par) {
        if (verdi.isEmpty())
            continue;
        const bool sitat = std::any_of(verdi.cbegin(), verdi.cend(), [](QChar c) {
            return c.isSpace() || c == u'\'' || c == u'\\';
        });
        if (!sitat) {
            deler.append(noekkel + u'=' + verdi);
            continue;
        }
        QString v = verdi;
        v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        deler.append(noekkel + u"='"_s + v + u'\'');
    }
    return deler.join(u' ');
}

QString Conninfo::verdi(const QList<Par> &par, const QString &noekkel)
{
    QString ut;
    for (const auto &[n, v] : par) {
        if (n == noekkel)
            ut = v;
    }
    return ut;
}

} // namespace tilsyn
