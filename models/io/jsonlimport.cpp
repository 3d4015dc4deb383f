#include "jsonlimport.h"

#include "domain/katalog.h"
#include "domain/validering.h"
#include "drift/fremdrift.h"
#include "io/jsonlexport.h"
#include "io/sakjson.h"
#include "io/strengjson.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QHash>
#include <QJsonValue>

#include <algorithm>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Problems on fields that already failed to decode are not repeated by the rule checks.
bool alleredeMeldt(const Problemer &meldte, const QString &felt)
{
    for (const Problem &p : meldte) {
        if (felt == p.felt || felt.startsWith(p.felt + u'.') || felt.startsWith(p.felt + u'['))
            return true;
    }
    return false;
}

// Text the local store cannot keep exactly: SQLite turns U+FFFE and U+FFFF into U+FFFD when it
// hands text back, and takes a U+FEFF (or U+FFFE) at the start of a string for a byte-order
// mark. Such text is refused, never changed.
void ikkeLagringsbar(const QJsonValue &v, const QString &sti, Problemer *p)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith(QChar(0xFEFF)))
            p->append({sti, u"teksten begynner med U+FEFF (byte-rekkefølgemerke), som lageret ikke kan "
                            u"bevare uendret; fjern tegnet"_s});
        for (const QChar c : s) {
            if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
                p->append({sti, u"teksten inneholder U+%1, et ikke-tegn (noncharacter) i Unicode som lageret "
                                u"ikke kan bevare uendret; fjern tegnet"_s.arg(QString::number(c.unicode(), 16).toUpper())});
                break;
            }
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            ikkeLagringsbar(a[i], u"%1[%2]"_s.arg(sti).arg(i), p);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            ikkeLagringsbar(it.value(), sti.isEmpty() ? it.key() : sti + u'.' + it.key(), p);
    }
}

} // namespace

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

JsonlImport::Lest JsonlImport::les(const QByteArray &innhold, const QString &filnavn, Fremdrift *fremdrift) const
{
    Lest ut;
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
    QHash<QString, qsizetype> ider;            // id -> line
    QHash<QString, qsizetype> saksnumre;       // "embete\nsaksnummer" -> line
    const Valideringsvalg valg{.tillatHistoriskBm = true};

    qsizetype start = innhold.startsWith("\xEF\xBB\xBF") ? 3 : 0; // tolerate a UTF-8 BOM
    qsizetype linjenr = 0;
    bool noenLinje = false;
    while (start < innhold.size()) {
        Fremdrift::steg(fremdrift, start, innhold.size());
        ++linjenr;
        qsizetype slutt = innhold.indexOf('\n', start);
        if (slutt < 0)
            slutt = innhold.size();
        const QByteArrayView linje(innhold.constData() + start, slutt - start);
        start = slutt + 1;
        if (linje.trimmed().isEmpty())
            continue;
        noenLinje = true;
        if (linje.size() > kMaksLinje) {
            meld(linjenr, u"-"_s, u"linjen er %1 byte lang; største tillatte er %2 byte"_s
                                    .arg(linje.size()).arg(kMaksLinje));
            continue;
        }
        QJsonValue verdi;
        Problemer tekstfeil = StrengJson::les(linje, &verdi);
        if (tekstfeil.isEmpty())
            ikkeLagringsbar(verdi, QString(), &tekstfeil);
        if (!tekstfeil.isEmpty()) {
            for (const Problem &p : tekstfeil)
                meld(linjenr, p.felt, p.melding);
            continue;
        }
        if (!verdi.isObject()) {
            meld(linjenr, u"-"_s, u"linjen skal være ett JSON-objekt (én sak)"_s);
            continue;
        }
        Problemer problemer;
        Tilsynssak sak = sakFraJson(verdi.toObject(), &problemer);
        for (const Problem &p : valider(sak, m_katalog, valg)) {
            if (!alleredeMeldt(problemer, p.felt))
                problemer.append(p);
        }
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
        if (problemer.isEmpty()) {
            const qsizetype lengde = eksportLinje(sak).size();
            if (lengde > kMaksLinje)
                problemer.append({u"-"_s, u"saken blir %1 byte lang når den eksporteres (alle felt skrives); "
                                          u"største tillatte linje er %2 byte"_s.arg(lengde).arg(kMaksLinje)});
        }
        for (const Problem &p : std::as_const(problemer))
            meld(linjenr, p.felt, p.melding);
        if (!problemer.isEmpty())
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
    if (!noenLinje)
        meld(1, u"-"_s, u"filen inneholder ingen saker"_s);
    if (!ut.ok())
        ut.poster.clear();
    return ut;
}

qsizetype JsonlImport::skriv(const Lest &lest, const Endringskontekst &hvem, bool erstatt, Fremdrift *fremdrift)
{
    Endringskontekst kontekst = hvem;
    Transaksjon t(m_store.db());
    m_store.registrerKatalog(m_katalog);
    qsizetype skrevet = 0;
    qsizetype gjort = 0;
    for (const Post &p : lest.poster) {
        Fremdrift::steg(fremdrift, gjort++, lest.poster.size()); // cancelled: nothing committed
        // The comparison was made outside this transaction: the store must still hold what
        // was compared, or the person's decision was made on something else.
        if (m_repo.versjon(p.sak.id) != p.lagretVersjon)
            throw StoreError(u"saken %1 ble endret i lageret etter at filen ble lest; ingenting ble importert"_s
                                 .arg(p.sak.id), StoreError::Art::Konflikt);
        if (p.status == Status::Uendret)
            continue;
        if (p.status == Status::Endret && !erstatt)
            throw StoreError(u"saken %1 finnes med annet innhold; ingenting ble importert"_s.arg(p.sak.id),
                             StoreError::Art::Avvist);
        kontekst.handling = p.status == Status::Endret ? u"erstattet ved import"_s : u"importert"_s;
        m_repo.skriv(p.sak, kontekst);
        ++skrevet;
    }
    Fremdrift::steg(fremdrift, gjort, lest.poster.size());
    t.commit();
    return skrevet;
}

} // namespace tilsyn
