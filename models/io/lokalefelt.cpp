#include "lokalefelt.h"

#include "domain/tilsynssak.h"
#include "io/sakjson.h"

#include <QJsonArray>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

void settHvisSatt(QJsonObject &o, const QDate &deresDato, const QString &deresRef, const QString &autorisasjon = {})
{
    if (deresDato.isValid())
        o.insert("deres_dato"_L1, deresDato.toString(Qt::ISODate));
    if (!deresRef.isEmpty())
        o.insert("deres_ref"_L1, deresRef);
    if (!autorisasjon.isEmpty())
        o.insert("autorisasjon"_L1, autorisasjon);
}

struct Felt
{
    QDate deresDato;
    QString deresRef;
    QString autorisasjon;
};

// Takes the local fields out of one object; problems get `sti` as prefix.
Felt taUt(QJsonObject &o, const QString &sti, Problemer *problemer)
{
    Felt f;
    auto tekst = [&](QLatin1StringView navn) {
        const QJsonValue v = o.take(navn);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            problemer->append({sti + navn, u"skal være en tekst"_s});
        return v.toString();
    };
    const QString dato = tekst("deres_dato"_L1);
    if (!dato.isEmpty()) {
        f.deresDato = QDate::fromString(dato, Qt::ISODate);
        if (!f.deresDato.isValid() || dato.size() != 10)
            problemer->append({sti + u"deres_dato"_s, u"«%1» er ikke en dato ÅÅÅÅ-MM-DD"_s.arg(dato)});
    }
    f.deresRef = tekst("deres_ref"_L1);
    f.autorisasjon = tekst("autorisasjon"_L1);
    return f;
}

} // namespace

QJsonObject medLokaleFelt(QJsonObject o, const Tilsynssak &sak)
{
    if (sak.innsender && o.value("innsender"_L1).isObject()) {
        QJsonObject inn = o.value("innsender"_L1).toObject();
        settHvisSatt(inn, sak.innsender->deresDato, sak.innsender->deresRef);
        o.insert("innsender"_L1, inn);
    }
    QJsonArray objekter = o.value("tilsynsobjekter"_L1).toArray();
    for (qsizetype i = 0; i < objekter.size() && i < sak.tilsynsobjekter.size(); ++i) {
        const Tilsynsobjekt &t = sak.tilsynsobjekter[i];
        QJsonObject e = objekter[i].toObject();
        settHvisSatt(e, t.deresDato, t.deresRef, t.autorisasjon);
        objekter[i] = e;
    }
    if (!sak.tilsynsobjekter.isEmpty())
        o.insert("tilsynsobjekter"_L1, objekter);
    return o;
}

Tilsynssak sakFraJsonMedLokaleFelt(QJsonObject o, Problemer *problemer)
{
    Felt innsender;
    QList<Felt> objekter;
    if (o.value("innsender"_L1).isObject()) {
        QJsonObject inn = o.value("innsender"_L1).toObject();
        innsender = taUt(inn, u"innsender."_s, problemer);
        o.insert("innsender"_L1, inn);
    }
    if (o.value("tilsynsobjekter"_L1).isArray()) {
        QJsonArray a = o.value("tilsynsobjekter"_L1).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonObject e = a[i].toObject();
            objekter.append(taUt(e, u"tilsynsobjekter[%1]."_s.arg(i), problemer));
            if (a[i].isObject())
                a[i] = e;
        }
        o.insert("tilsynsobjekter"_L1, a);
    }
    Tilsynssak sak = sakFraJson(o, problemer);
    if (sak.innsender) {
        sak.innsender->deresDato = innsender.deresDato;
        sak.innsender->deresRef = innsender.deresRef;
    }
    for (qsizetype i = 0; i < sak.tilsynsobjekter.size() && i < objekter.size(); ++i) {
        sak.tilsynsobjekter[i].deresDato = objekter[i].deresDato;
        sak.tilsynsobjekter[i].deresRef = objekter[i].deresRef;
        sak.tilsynsobjekter[i].autorisasjon = objekter[i].autorisasjon;
    }
    return sak;
}

QJsonObject synkdokument(const Tilsynssak &sak)
{
    QJsonObject o = medLokaleFelt(sakTilJson(sak), sak);
    o.insert("rapport_mottatt"_L1, sak.rapportMottatt.isValid() ? QJsonValue(sak.rapportMottatt.toString(Qt::ISODate))
                                                                : QJsonValue());
    return o;
}

std::optional<Tilsynssak> sakFraSynkdokument(QJsonObject o, QString *feil)
{
    const QString rapport = o.take("rapport_mottatt"_L1).toString();
    Problemer problemer;
    Tilsynssak s = sakFraJsonMedLokaleFelt(std::move(o), &problemer);
    if (!problemer.isEmpty()) {
        *feil = problemer.constFirst().felt + u": "_s + problemer.constFirst().melding;
        return std::nullopt;
    }
    s.rapportMottatt = QDate::fromString(rapport, Qt::ISODate);
    return s;
}

} // namespace tilsyn
