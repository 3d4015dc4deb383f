// Which of a letter's texts the caseworker typed, for the målform warning (issue 11).

#include "letters/maalformkontroll.h"

#include "letters/brevmal.h"
#include "letters/brevutkast.h"
#include "tekst/ordbok.h"

#include "domain/tilsynssak.h"

#include <QMutex>
#include <QSet>
#include <QTextBoundaryFinder>

#include <memory>
#include <QVariantHash>
#include <QVariantList>

namespace tilsyn {

using namespace Qt::StringLiterals;

namespace {

// Placeholders whose value is typed text. "grunn" is both a free-text section and, inside a
// vurdering, the innsender's short reason (the begrunnelse's first sentence, or a fixed
// sentence in the letter's målform, which the dictionary knows).
const QSet<QString> &typedeFelt()
{
    static const QSet<QString> felt = [] {
        QSet<QString> s{u"sammendrag"_s, u"begrunnelse"_s, u"autorisasjon"_s, u"objekt_autorisasjon"_s,
                        u"saksbehandler_tittel"_s, u"godkjenner_tittel"_s};
        for (const QString &f : fritekstfelt())
            s.insert(f);
        return s;
    }();
    return felt;
}

void samle(const QVariantHash &data, const QSet<QString> &brukte, QStringList &ut, QSet<QString> &sett)
{
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantList) {
            if (!brukte.contains(it.key()))
                continue;
            for (const QVariant &v : it.value().toList())
                samle(v.toHash(), brukte, ut, sett);
        } else if (it.value().typeId() == QMetaType::QString && typedeFelt().contains(it.key())
                   && brukte.contains(it.key())) {
            const QString t = it.value().toString().trimmed();
            if (!t.isEmpty() && !sett.contains(t)) {
                sett.insert(t);
                ut.append(t);
            }
        }
    }
}

// The two dictionaries for deciding a text's målform, shared by every thread under one lock
// (Hunspell is not thread-safe; a summary is checked in microseconds).
QMutex &ordboklaas()
{
    static QMutex laas;
    return laas;
}

const Ordbok &ordbokFor(Maalform m)
{
    static const std::unique_ptr<Ordbok> nb = std::make_unique<Ordbok>(Maalform::Bokmaal);
    static const std::unique_ptr<Ordbok> nn = std::make_unique<Ordbok>(Maalform::Nynorsk);
    return m == Maalform::Nynorsk ? *nn : *nb;
}

} // namespace

bool paaAnnenMaalform(const QString &tekst, Maalform m)
{
    if (tekst.trimmed().isEmpty())
        return false;
    const QMutexLocker laas(&ordboklaas());
    const Ordbok &egen = ordbokFor(m);
    const Ordbok &annen = ordbokFor(m == Maalform::Nynorsk ? Maalform::Bokmaal : Maalform::Nynorsk);
    if (!egen.erLastet() || !annen.erLastet())
        return false;
    int bareAnnen = 0, bareEgen = 0;
    for (const auto &[start, lengde] : Ordbok::ord(tekst)) {
        const QString o = tekst.mid(start, lengde);
        const bool e = egen.kjenner(o), a = annen.kjenner(o);
        bareAnnen += a && !e;
        bareEgen += e && !a;
    }
    return bareAnnen > bareEgen;
}

namespace {

// The words of `tekster` each dictionary does not know, counted per occurrence (under the lock).
std::pair<int, int> ukjenteNbNn(const QStringList &tekster)
{
    const Ordbok &nb = ordbokFor(Maalform::Bokmaal);
    const Ordbok &nn = ordbokFor(Maalform::Nynorsk);
    int ukjentNb = 0, ukjentNn = 0;
    for (const QString &tekst : tekster) {
        for (const auto &[start, lengde] : Ordbok::ord(tekst)) {
            const QString o = tekst.mid(start, lengde);
            ukjentNb += !nb.kjenner(o);
            ukjentNn += !nn.kjenner(o);
        }
    }
    return {ukjentNb, ukjentNn};
}

std::optional<Maalform> flestKjente(std::pair<int, int> ukjente)
{
    if (ukjente.first == ukjente.second)
        return std::nullopt;
    return ukjente.first < ukjente.second ? Maalform::Bokmaal : Maalform::Nynorsk;
}

} // namespace

Maalformforslag maalformForslag(const Tilsynssak &sak, const QString &objektId)
{
    QStringList begrunnelser;
    for (const Vurdering &v : sak.vurderinger)
        if ((objektId.isEmpty() || v.objekt == objektId) && !v.begrunnelse.trimmed().isEmpty())
            begrunnelser.append(v.begrunnelse);
    const QString sammendrag = sak.sammendrag.value_or(QString()).trimmed();
    const QMutexLocker laas(&ordboklaas());
    if (!ordbokFor(Maalform::Bokmaal).erLastet() || !ordbokFor(Maalform::Nynorsk).erLastet())
        return {};
    const auto iB = ukjenteNbNn(begrunnelser);
    const auto iS = ukjenteNbNn(sammendrag.isEmpty() ? QStringList() : QStringList{sammendrag});
    const auto samlet = flestKjente({iB.first + iS.first, iB.second + iS.second});
    if (!samlet)
        return {};
    const bool avB = flestKjente(iB) == samlet, avS = flestKjente(iS) == samlet;
    return {*samlet, avB && avS ? Maalformgrunnlag::BegrunnelserOgSammendrag
                         : avB  ? Maalformgrunnlag::Begrunnelser
                         : avS  ? Maalformgrunnlag::Sammendrag
                                : Maalformgrunnlag::Tekstene};
}

QString forslagPaa(const QString &tekst, Maalform m)
{
    return paaAnnenMaalform(tekst, m) ? QString() : tekst;
}

QString maalformMarkor(Maalformtekst hva, Maalform m)
{
    const bool nn = m == Maalform::Nynorsk;
    if (hva == Maalformtekst::Grunn)
        return nn ? u"[Grunngivinga skal skrivast her på nynorsk. Grunngivinga i vurderinga er skriven på bokmål og er ikkje teken med.]"_s
                  : u"[Begrunnelsen skal skrives her på bokmål. Begrunnelsen i vurderingen er skrevet på nynorsk og er ikke tatt med.]"_s;
    return nn ? u"[Saksforholdet skal skrivast her på nynorsk. Samandraget i saka er skrive på bokmål og er ikkje teke med.]"_s
              : u"[Saksforholdet skal skrives her på bokmål. Sammendraget i saken er skrevet på nynorsk og er ikke tatt med.]"_s;
}

QString saksforholdMarkor(Maalform m)
{
    return maalformMarkor(Maalformtekst::Saksforhold, m);
}

QString grunnfelt(const Vurdering &v)
{
    return u"grunn:%1/%2"_s.arg(v.objekt, v.bestemmelse);
}

QString begrunnelsefelt(const Vurdering &v)
{
    return u"begrunnelse:%1/%2"_s.arg(v.objekt, v.bestemmelse);
}

QString bekreftetfelt(const Vurdering &v)
{
    return u"bekreftet:%1/%2"_s.arg(v.objekt, v.bestemmelse);
}

namespace {

// The first sentence of a text by Unicode's sentence rules, under which "12. februar" and "nr. 1"
// end no sentence.
QString forsteSetning(const QString &tekst)
{
    const QString t = tekst.trimmed();
    QTextBoundaryFinder grense(QTextBoundaryFinder::Sentence, t);
    const qsizetype slutt = grense.toNextBoundary();
    return (slutt > 0 ? t.left(slutt) : t).trimmed();
}

} // namespace

QString grunnTilInnsender(const Vurdering &v, bool innsyn, Maalform m, const QHash<QString, QString> &fritekst)
{
    if (const QString skrevet = fritekst.value(grunnfelt(v)).trimmed(); !skrevet.isEmpty())
        return skrevet;
    if (innsyn && !v.begrunnelse.trimmed().isEmpty()) {
        const QString setning = forsteSetning(v.begrunnelse);
        return paaAnnenMaalform(setning, m) ? maalformMarkor(Maalformtekst::Grunn, m) : setning;
    }
    const bool nn = m == Maalform::Nynorsk;
    if (v.konklusjon == u"lovbrudd")
        return nn ? u"Opplysningane i saka viser at kravet ikkje var oppfylt."_s
                  : u"Opplysningene i saken viser at kravet ikke var oppfylt."_s;
    if (v.konklusjon == u"oversendt-htil")
        return u"Statens helsetilsyn vurderer dette spørsmålet."_s;
    return nn ? u"Opplysningane i saka viser ikkje at kravet vart brote."_s
              : u"Opplysningene i saken viser ikke at kravet ble brutt."_s;
}

QList<Maalformavsnitt> avsnittPaaAnnenMaalform(const Tilsynssak &sak, const Katalog &katalog,
                                               const Brevutkast &utkast, const Brevmal &mal)
{
    const Maalform m = utkast.maalform;
    QList<Maalformavsnitt> ut;
    if (mal.navn().contains(u"sammendrag"_s) && sak.sammendrag && paaAnnenMaalform(*sak.sammendrag, m))
        ut.append({Maalformtekst::Saksforhold, u"saksforhold"_s, {}, {}, *sak.sammendrag,
                   utkast.fritekst.value(u"saksforhold"_s).trimmed().isEmpty()});
    if (mal.navn().contains(u"begrunnelse"_s)) {
        // The begrunnelser go word for word into the letter: each in the other målform is a
        // section of its own, prefilled with the assessment's text (issue 10: a bokmål
        // begrunnelse in a nynorsk avgjerd was only warned about).
        const QStringList med = objekterIBrev(sak, utkast);
        QSet<QString> sett;
        for (const Vurdering &v : sak.vurderinger) {
            if (!med.contains(v.objekt) || sett.contains(begrunnelsefelt(v)) || !paaAnnenMaalform(v.begrunnelse, m))
                continue;
            sett.insert(begrunnelsefelt(v));
            const Tilsynsobjekt *o = sak.objekt(v.objekt);
            const KatalogPost *b = katalog.post(Katalog::Liste::Bestemmelse, v.bestemmelse);
            const QString paragraf = b ? (b->paragrafPaa(m).isEmpty() ? b->navnPaa(m) : b->paragrafPaa(m)) : v.bestemmelse;
            const QString skrevet = utkast.fritekst.value(begrunnelsefelt(v)).trimmed();
            const bool bekreftet = !utkast.fritekst.value(bekreftetfelt(v)).isEmpty();
            ut.append({Maalformtekst::Begrunnelse, begrunnelsefelt(v), o ? o->navn : v.objekt, paragraf,
                       v.begrunnelse, !bekreftet && paaAnnenMaalform(skrevet.isEmpty() ? v.begrunnelse : skrevet, m)});
        }
    }
    if (!innsenderHarInnsyn(sak) || !mal.navn().contains(u"grunn"_s))
        return ut;
    // Does the letter print the reasons? Filled without what was written for them, its text
    // holds the Grunn marker exactly when it prints a reason in the other målform.
    Brevutkast uten = utkast;
    for (auto it = uten.fritekst.begin(); it != uten.fritekst.end();)
        it = it.key().startsWith(u"grunn:"_s) ? uten.fritekst.erase(it) : std::next(it);
    if (!mal.fyll(brevdata(sak, katalog, uten)).contains(escapeTekst(maalformMarkor(Maalformtekst::Grunn, m))))
        return ut;
    QSet<QString> sett;
    for (const Vurdering &v : sak.vurderinger) {
        if (grunnTilInnsender(v, true, m, {}) != maalformMarkor(Maalformtekst::Grunn, m) || sett.contains(grunnfelt(v)))
            continue;
        sett.insert(grunnfelt(v));
        const Tilsynsobjekt *o = sak.objekt(v.objekt);
        const KatalogPost *b = katalog.post(Katalog::Liste::Bestemmelse, v.bestemmelse);
        const QString paragraf = b ? (b->paragrafPaa(m).isEmpty() ? b->navnPaa(m) : b->paragrafPaa(m)) : v.bestemmelse;
        ut.append({Maalformtekst::Grunn, grunnfelt(v), o ? o->navn : v.objekt, paragraf,
                   forsteSetning(v.begrunnelse), utkast.fritekst.value(grunnfelt(v)).trimmed().isEmpty()});
    }
    return ut;
}

QList<Maalformavsnitt> maalformmarkorer(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast,
                                        const Brevmal &mal)
{
    QList<Maalformavsnitt> ut = avsnittPaaAnnenMaalform(sak, katalog, utkast, mal);
    ut.removeIf([](const Maalformavsnitt &a) { return !a.mangler; });
    return ut;
}

bool saksforholdMangler(const Tilsynssak &sak, const Brevutkast &utkast)
{
    return utkast.fritekst.value(u"saksforhold"_s).trimmed().isEmpty() && sak.sammendrag
        && paaAnnenMaalform(*sak.sammendrag, utkast.maalform);
}

QStringList friteksterIBrev(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast, const Brevmal &mal)
{
    const QStringList navn = mal.navn();
    const QSet<QString> brukte(navn.cbegin(), navn.cend());
    QVariantHash data = brevdata(sak, katalog, utkast);
    // The summary stands in for an empty "saksforhold" ({{saksforhold}}{{^saksforhold}}{{sammendrag}}…);
    // the marker that replaces a summary in the other målform is fixed text.
    if (!data.value(u"saksforhold"_s).toString().trimmed().isEmpty() || saksforholdMangler(sak, utkast))
        data.remove(u"sammendrag"_s);
    QStringList ut;
    QSet<QString> sett;
    samle(data, brukte, ut, sett);
    ut.sort(); // a hash has no order; the warning lists words in a stable one
    return ut;
}

QStringList ukjenteOrdIBrev(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast,
                            const Brevmal &mal, const Ordbok &ordbok)
{
    return ordbok.ukjenteOrd(friteksterIBrev(sak, katalog, utkast, mal).join(u'\n'));
}

} // namespace tilsyn
