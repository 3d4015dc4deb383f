#include "jsonlimport.h"

#include "domain/katalog.h"
#include "domain/validering.h"
#include "drift/fremdrift.h"
#include "io/jsonlexport.h"
#include "io/sakjson.h"
#include "io/jsonllinje.h"
#include "io/strengjson.h"
#include "store/bulkskriver.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <vector>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <openssl/evp.h>

namespace tilsyn {

Q_DECLARE_LOGGING_CATEGORY(lcBulk)

using namespace Qt::StringLiterals;


JsonlImport::JsonlImport(Store &store, SakRepository &repo, const Katalog &katalog)
    : m_store(store), m_repo(repo), m_katalog(katalog)
{
}

qsizetype JsonlImport::Lest::antall(Status s) const
{
    return std::count_if(poster.cbegin(), poster.cend(), [s](const Post &p) { return p.status == s; });
}

QStringList JsonlImport::Lest::konflikter(const QString &filnavn) const
{
    QStringList ut;
    for (const Post &p : poster) {
        if (p.status == Status::Endret)
            ut.append(u"%1:%2: id: saken %3 finnes allerede med annet innhold i %4 (bruk --replace for å erstatte den)"_s
                          .arg(filnavn).arg(p.linje).arg(p.sak.id, p.endredeFelt.join(u", "_s)));
    }
    return ut;
}

QStringList JsonlImport::ulikeFelt(const Tilsynssak &a, const Tilsynssak &b)
{
    const QJsonObject ja = sakTilJson(a);
    const QJsonObject jb = sakTilJson(b);
    QStringList ut;
    for (auto it = ja.begin(); it != ja.end(); ++it) {
        // Compared as the exported text, so a U+FFFF or a -0 is not lost in the comparison.
        QByteArray x, y;
        StrengJson::skriv(it.value(), x);
        StrengJson::skriv(jb.value(it.key()), y);
        if (x != y)
            ut.append(it.key());
    }
    return ut;
}

namespace {

// SHA-256 of the file as lowercase hex. OpenSSL's (SHA extensions or AVX2) hashes 81 MB in about
// 0.1 s where QCryptographicHash (Qt 6.4, portable C) took about 1.5 s of a 100 000-case import.
QString sha256Hex(const QByteArray &innhold)
{
    unsigned char sum[EVP_MAX_MD_SIZE];
    unsigned int lengde = 0;
    if (EVP_Digest(innhold.constData(), size_t(innhold.size()), sum, &lengde, EVP_sha256(), nullptr) != 1)
        throw StoreError(u"kan ikke beregne SHA-256 av filen"_s);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(sum), int(lengde)).toHex());
}

// The positions of `saker` in the order of their ids (as QString's operator<). A validated id is
// a UUID in lower case, whose text order is the order of its 128 bits: those are sorted as two
// integers beside the position, in one array, instead of comparing the strings through pointers
// into the cases (~1.7 million comparisons, each reading two cases' ids from far apart).
std::vector<qsizetype> iIdRekkefoelge(const QList<const Tilsynssak *> &saker)
{
    std::vector<qsizetype> ut(size_t(saker.size()));
    std::iota(ut.begin(), ut.end(), qsizetype(0));
    struct Noekkel
    {
        quint64 hoey, lav;
        qsizetype pos;
    };
    std::vector<Noekkel> noekler;
    noekler.reserve(size_t(saker.size()));
    for (qsizetype i = 0; i < saker.size(); ++i) {
        const QString &id = saker[i]->id;
        if (id.size() != 36)
            break;
        quint64 del[2] = {0, 0};
        int siffer = 0;
        for (qsizetype k = 0; k < 36; ++k) {
            const char16_t c = id[k].unicode();
            const bool bindestrek = k == 8 || k == 13 || k == 18 || k == 23;
            int v = -1;
            if (!bindestrek && c >= u'0' && c <= u'9')
                v = c - u'0';
            else if (!bindestrek && c >= u'a' && c <= u'f')
                v = c - u'a' + 10;
            else if (bindestrek && c == u'-')
                continue;
            if (v < 0)
                break;
            del[siffer / 16] = del[siffer / 16] << 4 | quint64(v);
            ++siffer;
        }
        if (siffer != 32)
            break;
        noekler.push_back({del[0], del[1], i});
    }
    if (qsizetype(noekler.size()) != saker.size()) {
        std::sort(ut.begin(), ut.end(), [&saker](qsizetype a, qsizetype b) { return saker[a]->id < saker[b]->id; });
        return ut;
    }
    std::sort(noekler.begin(), noekler.end(), [](const Noekkel &a, const Noekkel &b) {
        return a.hoey != b.hoey ? a.hoey < b.hoey : a.lav != b.lav ? a.lav < b.lav : a.pos < b.pos;
    });
    for (size_t i = 0; i < noekler.size(); ++i)
        ut[i] = noekler[i].pos;
    return ut;
}

} // namespace

JsonlImport::Lest JsonlImport::les(const QByteArray &innhold, const QString &filnavn, Fremdrift *fremdrift) const
{
    Lest ut;
    ut.filnavn = filnavn;
    ut.sha256 = sha256Hex(innhold);
    auto meld = [&](qsizetype linje, const QString &felt, const QString &melding) {
        ut.problemer.append(u"%1:%2: %3: %4"_s.arg(filnavn).arg(linje).arg(felt, melding));
    };

    // Saksnumre already held in the store, per embete, so an import cannot take one over.
    QHash<QString, QString> lagretSaksnummer; // "embete\nsaksnummer" -> id
    {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        kjoer(q, u"SELECT embete, saksnummer, id FROM tilsynssak WHERE saksnummer IS NOT NULL"_s,
              "kan ikke lese saksnumre");
        while (q.next())
            lagretSaksnummer.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), q.value(2).toString());
    }

    // The stored edit counter of every case, read once: most imported ids are new.
    QHash<QString, int> lagretVersjon;
    {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        kjoer(q, u"SELECT id, versjon FROM tilsynssak"_s, "kan ikke lese sakene i lageret");
        while (q.next())
            lagretVersjon.insert(q.value(0).toString(), q.value(1).toInt());
    }

    // Each line is decoded and checked on its own, in chunks on every core (jsonllinje.h); what
    // needs the other lines (a repeated id or saksnummer) is checked after, in line order, so the
    // messages come in the same order as from one pass.
    std::vector<LestLinje> linjer = lesLinjer(innhold, m_katalog);
    if (linjer.empty())
        meld(1, u"-"_s, u"filen inneholder ingen saker"_s);

    QHash<QString, qsizetype> ider;            // id -> line
    QHash<QString, qsizetype> saksnumre;       // "embete\nsaksnummer" -> line
    ider.reserve(qsizetype(linjer.size()));
    saksnumre.reserve(qsizetype(linjer.size()));
    ut.poster.reserve(qsizetype(linjer.size())); // no copy of a case when the list grows
    for (LestLinje &l : linjer) {
        Fremdrift::steg(fremdrift, qint64(&l - linjer.data()), qint64(linjer.size()));
        const qsizetype linjenr = l.linje;
        if (!l.sak) {
            for (const Problem &p : std::as_const(l.problemer))
                meld(linjenr, p.felt, p.melding);
            continue;
        }
        Tilsynssak &sak = *l.sak;
        Problemer &problemer = l.problemer;
        if (!sak.id.isEmpty()) {
            if (const auto tidligere = ider.constFind(sak.id); tidligere != ider.cend())
                problemer.append({u"id"_s, u"id %1 finnes også på linje %2"_s.arg(sak.id).arg(*tidligere)});
            else
                ider.insert(sak.id, linjenr);
        }
        if (sak.saksnummer) {
            const QString noekkel = sak.embete + u'\n' + *sak.saksnummer;
            if (const auto tidligere = saksnumre.constFind(noekkel); tidligere != saksnumre.cend()) {
                problemer.append({u"saksnummer"_s, u"saksnummer %1 i embetet finnes også på linje %2"_s
                                                       .arg(*sak.saksnummer).arg(*tidligere)});
            } else {
                saksnumre.insert(noekkel, linjenr);
                const auto eier = lagretSaksnummer.constFind(noekkel);
                if (eier != lagretSaksnummer.cend() && *eier != sak.id)
                    problemer.append({u"saksnummer"_s, u"saksnummer %1 er allerede brukt av sak %2 i lageret"_s
                                                           .arg(*sak.saksnummer, *eier)});
            }
        }
        // What import accepts, export must write within the same limit (the line as export
        // writes it: every field present, so it may be longer than the line read).
        if (problemer.isEmpty() && l.eksportLengde > kMaksLinje)
            problemer.append({u"-"_s, u"saken blir %1 byte lang når den eksporteres (alle felt skrives); "
                                      u"største tillatte linje er %2 byte"_s.arg(l.eksportLengde).arg(kMaksLinje)});
        for (const Problem &p : std::as_const(problemer))
            meld(linjenr, p.felt, p.melding);
        if (!problemer.isEmpty() || !ut.ok())
            continue;
        Post post;
        post.sak = std::move(sak);
        post.linje = linjenr;
        post.lagretVersjon = lagretVersjon.value(post.sak.id, 0);
        if (post.lagretVersjon > 0) {
            const std::optional<Tilsynssak> lagret = m_repo.hent(post.sak.id);
            post.endredeFelt = lagret ? ulikeFelt(*lagret, post.sak) : QStringList{};
            post.status = post.endredeFelt.isEmpty() ? Status::Uendret : Status::Endret;
        }
        ut.poster.append(std::move(post));
    }
    if (!ut.ok())
        ut.poster.clear();
    return ut;
}

qsizetype JsonlImport::skriv(const Lest &lest, const Endringskontekst &hvem, bool erstatt, Fremdrift *fremdrift)
{
    Endringskontekst kontekst = hvem;
    qsizetype antallNye = 0;
    for (const Post &p : lest.poster)
        antallNye += p.status == Status::Ny;
    // Before the transaction: a large load into a store this process has to itself is written once.
    const UtenWal utenWal(m_store, BulkSkriver::lonnerGjenoppbygging(antallNye, m_repo.antall()));
    Transaksjon t(m_store.db());
    m_store.registrerKatalog(m_katalog);
    qsizetype skrevet = 0;
    QList<const Tilsynssak *> nye;
    QList<QByteArray> revisjoner;
    const QByteArray fil = QJsonDocument(QJsonArray{QFileInfo(lest.filnavn).fileName()})
                               .toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const QByteArray forLinje = "{\"import\":{\"fil\":" + fil + ",\"sha256\":\"" + lest.sha256.toLatin1() + "\",\"linje\":";
    qsizetype gjort = 0;
    for (const Post &p : lest.poster) {
        Fremdrift::steg(fremdrift, gjort++, lest.poster.size()); // cancelled: nothing committed
        // A new case is checked by its insert: it must still not exist (BulkSkriver).
        if (p.status == Status::Ny) {
            nye.append(&p.sak);
            revisjoner.append(forLinje + QByteArray::number(p.linje) + "}}");
            continue;
        }
        // The comparison was made outside this transaction: the store must still hold what
        // was compared, or the person's decision was made on something else.
        if (m_repo.versjon(p.sak.id) != p.lagretVersjon)
            throw StoreError(u"saken %1 ble endret i lageret etter at filen ble lest; ingenting ble importert"_s
                                 .arg(p.sak.id), StoreError::Art::Konflikt);
        if (p.status == Status::Uendret)
            continue;
        if (!erstatt)
            throw StoreError(u"saken %1 finnes med annet innhold; ingenting ble importert"_s.arg(p.sak.id),
                             StoreError::Art::Avvist);
        kontekst.handling = u"erstattet ved import"_s;
        m_repo.skriv(p.sak, kontekst);
        ++skrevet;
    }
    kontekst.handling = u"importert"_s;
    // A large file's new cases in the order of their ids, as the first sync writes a page: the
    // children's tables and the id index are keyed by the id, so each b-tree page is then filled
    // in one visit instead of at random places (sqlite3 on 100 000 generated cases: the four
    // child tables 1.33 -> 0.45 s CPU). The audit rows name each case's line. A small file keeps
    // its order (ties in the case list break on the row order).
    if (nye.size() >= BulkSkriver::kMinstForGjenoppbygging) {
        const std::vector<qsizetype> rekkefoelge = iIdRekkefoelge(nye);
        QList<const Tilsynssak *> sortert;
        QList<QByteArray> sortertRevisjon;
        sortert.reserve(nye.size());
        sortertRevisjon.reserve(nye.size());
        for (const qsizetype i : rekkefoelge) {
            sortert.append(nye[i]);
            sortertRevisjon.append(std::move(revisjoner[i]));
        }
        nye = std::move(sortert);
        revisjoner = std::move(sortertRevisjon);
    }
    BulkSkriver bulk(m_store, m_katalog);
    bulk.settFremdrift(fremdrift, gjort - nye.size(), lest.poster.size());
    if (!nye.isEmpty()) {
        bulk.begynn(BulkSkriver::lonnerGjenoppbygging(nye.size(), m_repo.antall()));
        bulk.skriv(nye, kontekst, {}, revisjoner);
        bulk.fullfoer();
    }
    skrevet += nye.size();
    Fremdrift::steg(fremdrift, lest.poster.size(), lest.poster.size());
    QElapsedTimer tid;
    tid.start();
    const std::clock_t cpu = std::clock();
    t.commit();
    qCInfo(lcBulk, "commit %lld ms (CPU %lld ms)", qint64(tid.elapsed()), qint64((std::clock() - cpu) / (CLOCKS_PER_SEC / 1000)));
    return skrevet;
}

} // namespace tilsyn
