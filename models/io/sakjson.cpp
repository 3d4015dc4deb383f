#include "sakjson.h"

#include "domain/tilsynssak.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

QJsonValue valgfri(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonValue dato(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString typenavn(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"sann/usann"_s;
    case QJsonValue::Double: return u"et tall"_s;
    case QJsonValue::String: return u"en tekst"_s;
    case QJsonValue::Array: return u"en liste"_s;
    case QJsonValue::Object: return u"et objekt"_s;
    case QJsonValue::Undefined: break;
    }
    return u"ingenting"_s;
}

// Reads one JSON object's fields with their path prefix, collecting problems.
class Leser
{
public:
    Leser(const QJsonObject &o, QString prefiks, Problemer *p)
        : m_o(o), m_prefiks(std::move(prefiks)), m_p(p) {}

    QString sti(const QString &felt) const { return m_prefiks + felt; }
    void feil(const QString &felt, const QString &melding) { m_p->append({sti(felt), melding}); }

    void bareKjente(std::initializer_list<QLatin1StringView> kjente)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            bool ok = false;
            for (QLatin1StringView k : kjente)
                ok = ok || it.key() == k;
            if (!ok)
                feil(it.key(), u"ukjent felt «%1»"_s.arg(it.key()));
        }
    }

    bool finnes(const QString &felt, bool paakrevd)
    {
        if (m_o.contains(felt))
            return true;
        if (paakrevd)
            feil(felt, u"feltet mangler"_s);
        return false;
    }

    QString tekst(const QString &felt, bool paakrevd)
    {
        if (!finnes(felt, paakrevd))
            return {};
        const QJsonValue v = m_o.value(felt);
        if (!v.isString()) {
            feil(felt, u"skal være en tekst, ikke %1"_s.arg(typenavn(v)));
            return {};
        }
        return v.toString();
    }

    std::optional<QString> tekstEllerNull(const QString &felt)
    {
        if (!finnes(felt, false) || m_o.value(felt).isNull())
            return std::nullopt;
        const QJsonValue v = m_o.value(felt);
        if (!v.isString()) {
            feil(felt, u"skal være en tekst eller null, ikke %1"_s.arg(typenavn(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    bool sannhet(const QString &felt, bool standard)
    {
        if (!finnes(felt, false))
            return standard;
        const QJsonValue v = m_o.value(felt);
        if (!v.isBool()) {
            feil(felt, u"skal være true eller false, ikke %1"_s.arg(typenavn(v)));
            return standard;
        }
        return v.toBool();
    }

    QDate datoFelt(const QString &felt, bool paakrevd)
    {
        if (!finnes(felt, paakrevd))
            return {};
        const QJsonValue v = m_o.value(felt);
        if (v.isNull() && !paakrevd)
            return {};
        static const QRegularExpression form(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
        const QString s = v.toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!v.isString() || !form.match(s).hasMatch()) {
            feil(felt, u"skal være en dato ÅÅÅÅ-MM-DD%1, ikke %2"_s.arg(
                           paakrevd ? QString() : u" eller null"_s,
                           v.isString() ? u"«%1»"_s.arg(s) : typenavn(v)));
        } else if (!d.isValid()) {
            feil(felt, u"«%1» er ikke en gyldig kalenderdato"_s.arg(s));
        }
        return d;
    }

    QStringList tekstliste(const QString &felt)
    {
        QStringList ut;
        if (!finnes(felt, false))
            return ut;
        const QJsonValue v = m_o.value(felt);
        if (!v.isArray()) {
            feil(felt, u"skal være en liste med koder, ikke %1"_s.arg(typenavn(v)));
            return ut;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                feil(u"%1[%2]"_s.arg(felt).arg(i), u"skal være en kode (tekst), ikke %1"_s.arg(typenavn(a[i])));
            else
                ut.append(a[i].toString());
        }
        return ut;
    }

    // An object-valued field: nullopt when absent or null; sets *ugyldig if the type is wrong.
    std::optional<QJsonObject> objekt(const QString &felt)
    {
        if (!finnes(felt, false) || m_o.value(felt).isNull())
            return std::nullopt;
        const QJsonValue v = m_o.value(felt);
        if (!v.isObject()) {
            feil(felt, u"skal være et objekt eller null, ikke %1"_s.arg(typenavn(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    QJsonArray objektliste(const QString &felt, bool paakrevd)
    {
        if (!finnes(felt, paakrevd))
            return {};
        const QJsonValue v = m_o.value(felt);
        if (!v.isArray()) {
            feil(felt, u"skal være en liste, ikke %1"_s.arg(typenavn(v)));
            return {};
        }
        return v.toArray();
    }

    std::optional<int> heltallEllerNull(const QString &felt, int min, int max)
    {
        if (!finnes(felt, false) || m_o.value(felt).isNull())
            return std::nullopt;
        const QJsonValue v = m_o.value(felt);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            feil(felt, u"skal være et heltall fra %1 til %2 eller null, ikke %3"_s.arg(min).arg(max).arg(
                           v.isDouble() ? QString::number(d) : typenavn(v)));
            return std::nullopt;
        }
        return int(d);
    }

private:
    const QJsonObject &m_o;
    QString m_prefiks;
    Problemer *m_p;
};

Tilsynsobjekt objektFraJson(const QJsonValue &v, const QString &prefiks, Problemer *p)
{
    Tilsynsobjekt t;
    if (!v.isObject()) {
        p->append({prefiks, u"skal være et objekt, ikke %1"_s.arg(typenavn(v))});
        return t;
    }
    const QJsonObject o = v.toObject();
    Leser l(o, prefiks + u'.', p);
    l.bareKjente({"id"_L1, "type"_L1, "navn"_L1, "tjenesteniva"_L1, "orgnr"_L1, "hpr"_L1,
                  "adresse"_L1, "maalform"_L1});
    t.id = l.tekst(u"id"_s, true);
    t.type = l.tekst(u"type"_s, true);
    t.navn = l.tekst(u"navn"_s, true);
    t.tjenesteniva = l.tekstEllerNull(u"tjenesteniva"_s);
    t.orgnr = l.tekstEllerNull(u"orgnr"_s);
    t.hpr = l.tekstEllerNull(u"hpr"_s);
    t.adresse = l.tekstEllerNull(u"adresse"_s);
    t.maalform = l.tekstEllerNull(u"maalform"_s);
    return t;
}

Vurdering vurderingFraJson(const QJsonValue &v, const QString &prefiks, Problemer *p)
{
    Vurdering vu;
    if (!v.isObject()) {
        p->append({prefiks, u"skal være et objekt, ikke %1"_s.arg(typenavn(v))});
        return vu;
    }
    const QJsonObject o = v.toObject();
    Leser l(o, prefiks + u'.', p);
    l.bareKjente({"bestemmelse"_L1, "objekt"_L1, "konklusjon"_L1, "begrunnelse"_L1});
    vu.bestemmelse = l.tekst(u"bestemmelse"_s, true);
    vu.objekt = l.tekst(u"objekt"_s, true);
    vu.konklusjon = l.tekst(u"konklusjon"_s, true);
    vu.begrunnelse = l.tekstEllerNull(u"begrunnelse"_s).value_or(QString());
    return vu;
}

} // namespace

QJsonObject sakTilJson(const Tilsynssak &sak)
{
    QJsonObject o;
    o.insert("id"_L1, sak.id);
    o.insert("saksnummer"_L1, valgfri(sak.saksnummer));
    o.insert("embete"_L1, sak.embete);
    o.insert("sektor"_L1, sak.sektor);
    o.insert("mottatt"_L1, dato(sak.mottatt));
    o.insert("saksbehandler"_L1, valgfri(sak.saksbehandler));
    o.insert("alvorlig"_L1, sak.alvorlig);
    o.insert("kilder"_L1, QJsonArray::fromStringList(sak.kilder));
    o.insert("temaer"_L1, QJsonArray::fromStringList(sak.temaer));
    if (sak.brukerinvolvering) {
        o.insert("brukerinvolvering"_L1, QJsonObject{
                     {"vurdert"_L1, sak.brukerinvolvering->vurdert},
                     {"tilbudt_mote"_L1, sak.brukerinvolvering->tilbudtMote},
                     {"merknad"_L1, sak.brukerinvolvering->merknad}});
    } else {
        o.insert("brukerinvolvering"_L1, QJsonValue::Null);
    }
    o.insert("sammendrag"_L1, valgfri(sak.sammendrag));
    if (sak.innsender) {
        o.insert("innsender"_L1, QJsonObject{{"navn"_L1, sak.innsender->navn},
                                             {"adresse"_L1, sak.innsender->adresse},
                                             {"maalform"_L1, valgfri(sak.innsender->maalform)}});
    } else {
        o.insert("innsender"_L1, QJsonValue::Null);
    }
    o.insert("behandlingsmaate"_L1,
             sak.behandlingsmaate ? QJsonValue(*sak.behandlingsmaate) : QJsonValue(QJsonValue::Null));
    o.insert("oversendt"_L1, dato(sak.oversendt));
    o.insert("mote"_L1, dato(sak.mote));
    o.insert("avsluttet"_L1, dato(sak.avsluttet));
    o.insert("utfall"_L1, valgfri(sak.utfall));
    QJsonArray objekter;
    for (const Tilsynsobjekt &t : sak.tilsynsobjekter) {
        objekter.append(QJsonObject{{"id"_L1, t.id},
                                    {"type"_L1, t.type},
                                    {"navn"_L1, t.navn},
                                    {"tjenesteniva"_L1, valgfri(t.tjenesteniva)},
                                    {"orgnr"_L1, valgfri(t.orgnr)},
                                    {"hpr"_L1, valgfri(t.hpr)},
                                    {"adresse"_L1, valgfri(t.adresse)},
                                    {"maalform"_L1, valgfri(t.maalform)}});
    }
    o.insert("tilsynsobjekter"_L1, objekter);
    QJsonArray vurderinger;
    for (const Vurdering &v : sak.vurderinger) {
        vurderinger.append(QJsonObject{{"bestemmelse"_L1, v.bestemmelse},
                                       {"objekt"_L1, v.objekt},
                                       {"konklusjon"_L1, v.konklusjon},
                                       {"begrunnelse"_L1, v.begrunnelse}});
    }
    o.insert("vurderinger"_L1, vurderinger);
    return o;
}

Tilsynssak sakFraJson(const QJsonObject &o, Problemer *p)
{
    Tilsynssak sak;
    Leser l(o, QString(), p);
    l.bareKjente({"id"_L1, "saksnummer"_L1, "embete"_L1, "sektor"_L1, "mottatt"_L1,
                  "saksbehandler"_L1, "alvorlig"_L1, "kilder"_L1, "temaer"_L1,
                  "brukerinvolvering"_L1, "sammendrag"_L1, "innsender"_L1, "behandlingsmaate"_L1,
                  "oversendt"_L1, "mote"_L1, "avsluttet"_L1, "utfall"_L1, "tilsynsobjekter"_L1,
                  "vurderinger"_L1});
    sak.id = l.tekst(u"id"_s, true);
    sak.saksnummer = l.tekstEllerNull(u"saksnummer"_s);
    sak.embete = l.tekst(u"embete"_s, true);
    sak.sektor = l.tekst(u"sektor"_s, true);
    sak.mottatt = l.datoFelt(u"mottatt"_s, true);
    sak.saksbehandler = l.tekstEllerNull(u"saksbehandler"_s);
    sak.alvorlig = l.sannhet(u"alvorlig"_s, false);
    sak.kilder = l.tekstliste(u"kilder"_s);
    sak.temaer = l.tekstliste(u"temaer"_s);
    if (const auto bi = l.objekt(u"brukerinvolvering"_s)) {
        Leser b(*bi, u"brukerinvolvering."_s, p);
        b.bareKjente({"vurdert"_L1, "tilbudt_mote"_L1, "merknad"_L1});
        Brukerinvolvering verdi;
        verdi.vurdert = b.sannhet(u"vurdert"_s, false);
        verdi.tilbudtMote = b.sannhet(u"tilbudt_mote"_s, false);
        verdi.merknad = b.tekstEllerNull(u"merknad"_s).value_or(QString());
        sak.brukerinvolvering = verdi;
    }
    sak.sammendrag = l.tekstEllerNull(u"sammendrag"_s);
    if (const auto inn = l.objekt(u"innsender"_s)) {
        Leser b(*inn, u"innsender."_s, p);
        b.bareKjente({"navn"_L1, "adresse"_L1, "maalform"_L1});
        Innsender verdi;
        verdi.navn = b.tekst(u"navn"_s, true);
        verdi.adresse = b.tekstEllerNull(u"adresse"_s).value_or(QString());
        verdi.maalform = b.tekstEllerNull(u"maalform"_s);
        sak.innsender = verdi;
    }
    sak.behandlingsmaate = l.heltallEllerNull(u"behandlingsmaate"_s, 0, 5);
    sak.oversendt = l.datoFelt(u"oversendt"_s, false);
    sak.mote = l.datoFelt(u"mote"_s, false);
    sak.avsluttet = l.datoFelt(u"avsluttet"_s, false);
    sak.utfall = l.tekstEllerNull(u"utfall"_s);
    const QJsonArray objekter = l.objektliste(u"tilsynsobjekter"_s, true);
    for (qsizetype i = 0; i < objekter.size(); ++i)
        sak.tilsynsobjekter.append(objektFraJson(objekter[i], u"tilsynsobjekter[%1]"_s.arg(i), p));
    const QJsonArray vurderinger = l.objektliste(u"vurderinger"_s, false);
    for (qsizetype i = 0; i < vurderinger.size(); ++i)
        sak.vurderinger.append(vurderingFraJson(vurderinger[i], u"vurderinger[%1]"_s.arg(i), p));
    return sak;
}

} // namespace tilsyn
