#include "jsonlimport.h"

#include "domain/katalog.h"
#include "domain/validering.h"
#include "io/sakjson.h"
#include "store/sakrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringDecoder>

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

} // namespace

JsonlImport::JsonlImport(Store &store, SakRepository &repo, const Katalog &katalog)
    : m_store(store), m_repo(repo), m_katalog(katalog)
{
}

JsonlImport::Lest JsonlImport::les(const QByteArray &innhold, const QString &filnavn) const
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

    QHash<QString, qsizetype> ider;            // id -> line
    QHash<QString, qsizetype> saksnumre;       // "embete\nsaksnummer" -> line
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const Valideringsvalg valg{.tillatHistoriskBm = true};

    qsizetype start = innhold.startsWith("\xEF\xBB\xBF") ? 3 : 0; // tolerate a UTF-8 BOM
    qsizetype linjenr = 0;
    bool noenLinje = false;
    while (start < innhold.size()) {
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
        const QString tekst = utf8(linje); // EncodedData is lazy: converting it runs the decoder
        if (utf8.hasError() || tekst.isNull()) {
            meld(linjenr, u"-"_s, u"linjen er ikke gyldig UTF-8 (filen må være lagret som UTF-8)"_s);
            utf8.resetState();
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(linje.toByteArray(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            meld(linjenr, u"-"_s, u"ugyldig JSON ved tegn %1: %2"_s.arg(pe.offset).arg(pe.errorString()));
            continue;
        }
        if (!doc.isObject()) {
            meld(linjenr, u"-"_s, u"linjen skal være ett JSON-objekt (én sak)"_s);
            continue;
        }
        Problemer problemer;
        Tilsynssak sak = sakFraJson(doc.object(), &problemer);
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
        for (const Problem &p : std::as_const(problemer))
            meld(linjenr, p.felt, p.melding);
        if (problemer.isEmpty())
            ut.saker.append(std::move(sak));
    }
    if (!noenLinje)
        meld(1, u"-"_s, u"filen inneholder ingen saker"_s);
    if (!ut.ok())
        ut.saker.clear();
    return ut;
}

void JsonlImport::skriv(const QList<Tilsynssak> &saker, const Endringskontekst &hvem)
{
    Endringskontekst kontekst = hvem;
    kontekst.handling = u"importert"_s;
    Transaksjon t(m_store.db());
    m_store.registrerKatalog(m_katalog);
    for (const Tilsynssak &sak : saker)
        m_repo.skriv(sak, kontekst);
    t.commit();
}

} // namespace tilsyn
