#include "flerrad.h"

#include "store/setning.h"
#include "store/storeerror.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// `rad` `antall` times, each copy's parameter numbers moved up by `parametre` times its index.
QByteArray rader(const char *rad, int parametre, int antall)
{
    const QByteArray mal(rad);
    QByteArray ut;
    for (int r = 0; r < antall; ++r) {
        if (r > 0)
            ut += ", ";
        for (qsizetype i = 0; i < mal.size(); ++i) {
            ut += mal[i];
            if (mal[i] != '?')
                continue;
            qsizetype j = i + 1;
            int nr = 0;
            while (j < mal.size() && mal[j] >= '0' && mal[j] <= '9')
                nr = nr * 10 + (mal[j++] - '0');
            ut += QByteArray::number(r * parametre + nr);
            i = j - 1;
        }
    }
    return ut;
}

sqlite3_stmt *forbered(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
        throw sqliteFeil(db, u"kan ikke forberede spørring"_s);
    return s;
}

} // namespace

Flerrad::Flerrad(sqlite3 *db, const char *start, const char *rad, int perSetning)
    : m_db(db), m_perSetning(std::max(1, perSetning))
{
    m_en = forbered(db, start + rader(rad, 0, 1));
    m_parametre = sqlite3_bind_parameter_count(m_en);
    if (m_perSetning > 1) {
        try {
            m_mange = forbered(db, start + rader(rad, m_parametre, m_perSetning));
        } catch (...) {
            sqlite3_finalize(m_en);
            throw;
        }
    }
    m_verdier.reserve(size_t(m_parametre) * size_t(m_perSetning) * 2);
    m_tekst.reserve(64 * 1024);
}

Flerrad::~Flerrad()
{
    sqlite3_finalize(m_mange);
    sqlite3_finalize(m_en);
}

void Flerrad::ny()
{
    m_verdier.resize(m_verdier.size() + size_t(m_parametre));
    ++m_rader;
}

void Flerrad::tekst(int i, const QString &s)
{
    if (s.isNull())
        return;
    Verdi &v = m_verdier[size_t((m_rader - 1) * m_parametre + i - 1)];
    v.art = Verdi::Tekst;
    v.heltall = m_tekst.size();
    // UTF-8 takes at most three bytes per UTF-16 unit.
    m_tekst.resize(m_tekst.size() + s.size() * 3);
    QStringEncoder tilUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char *slutt = tilUtf8.appendToBuffer(m_tekst.data() + v.heltall, s);
    v.lengde = int(slutt - (m_tekst.constData() + v.heltall));
    m_tekst.truncate(v.heltall + v.lengde);
}

void Flerrad::utf8(int i, QByteArrayView s, bool tomErNull)
{
    if (tomErNull && s.isEmpty())
        return;
    Verdi &v = m_verdier[size_t((m_rader - 1) * m_parametre + i - 1)];
    v.art = Verdi::Tekst;
    v.heltall = m_tekst.size();
    v.lengde = int(s.size());
    m_tekst.append(s.data(), s.size());
}

void Flerrad::utf8Varig(int i, const QByteArray &s)
{
    Verdi &v = m_verdier[size_t((m_rader - 1) * m_parametre + i - 1)];
    v.art = Verdi::Varig;
    v.varig = s.constData();
    v.lengde = int(s.size());
}

void Flerrad::heltall(int i, qint64 n)
{
    Verdi &v = m_verdier[size_t((m_rader - 1) * m_parametre + i - 1)];
    v.art = Verdi::Heltall;
    v.heltall = n;
}

void Flerrad::bind(sqlite3_stmt *s, int forste, int rad) const
{
    const Verdi *v = m_verdier.data() + qsizetype(rad) * m_parametre;
    for (int p = 1; p <= m_parametre; ++p, ++v) {
        switch (v->art) {
        case Verdi::Null:
            sqlite3_bind_null(s, forste + p);
            break;
        case Verdi::Heltall:
            sqlite3_bind_int64(s, forste + p, v->heltall);
            break;
        case Verdi::Tekst:
            sqlite3_bind_text(s, forste + p, v->lengde ? m_tekst.constData() + v->heltall : "", v->lengde, SQLITE_STATIC);
            break;
        case Verdi::Varig:
            sqlite3_bind_text(s, forste + p, v->lengde ? v->varig : "", v->lengde, SQLITE_STATIC);
            break;
        }
    }
}

int Flerrad::kjoer(const char *hva, bool tillatBrudd, bool heleSetninger)
{
    const int antall = heleSetninger ? m_rader - m_rader % m_perSetning : m_rader;
    int r = 0;
    if (m_mange) {
        for (; r + m_perSetning <= antall; r += m_perSetning) {
            for (int i = 0; i < m_perSetning; ++i)
                bind(m_mange, i * m_parametre, r + i);
            const int rc = sqlite3_step(m_mange);
            sqlite3_reset(m_mange);
            if (rc == SQLITE_DONE)
                continue;
            // Undone as one statement: the rows one by one below find the one that fails.
            if (!tillatBrudd || (rc & 0xff) != SQLITE_CONSTRAINT)
                throw sqliteFeil(m_db, QString::fromUtf8(hva));
            break;
        }
    }
    for (; r < antall; ++r) {
        bind(m_en, 0, r);
        const int rc = sqlite3_step(m_en);
        sqlite3_reset(m_en);
        if (rc == SQLITE_DONE)
            continue;
        if (tillatBrudd && (rc & 0xff) == SQLITE_CONSTRAINT)
            return r;
        throw sqliteFeil(m_db, QString::fromUtf8(hva));
    }
    // The rows not written (fewer than a statement's) to the front, their text with them.
    if (antall == m_rader) {
        m_verdier.clear();
        m_tekst.truncate(0);
    } else {
        QByteArray tekst;
        tekst.reserve(m_tekst.capacity());
        m_verdier.erase(m_verdier.begin(), m_verdier.begin() + qsizetype(antall) * m_parametre);
        for (Verdi &v : m_verdier) {
            if (v.art != Verdi::Tekst)
                continue;
            const qsizetype fra = v.heltall;
            v.heltall = tekst.size();
            tekst.append(m_tekst.constData() + fra, v.lengde);
        }
        m_tekst.swap(tekst);
    }
    m_rader -= antall;
    return -1;
}

} // namespace tilsyn
