// Which of a letter's texts the caseworker typed, for the målform warning (issue 11).

#include "letters/maalformkontroll.h"

#include "letters/brevmal.h"
#include "letters/brevutkast.h"
#include "tekst/ordbok.h"

#include <QSet>
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

} // namespace

QStringList friteksterIBrev(const Tilsynssak &sak, const Katalog &katalog, const Brevutkast &utkast, const Brevmal &mal)
{
    const QStringList navn = mal.navn();
    const QSet<QString> brukte(navn.cbegin(), navn.cend());
    QVariantHash data = brevdata(sak, katalog, utkast);
    // The summary stands in for an empty "saksforhold" ({{saksforhold}}{{^saksforhold}}{{sammendrag}}…).
    if (!data.value(u"saksforhold"_s).toString().trimmed().isEmpty())
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
