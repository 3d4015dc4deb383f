#include "katalogkombo.h"

#include <QComboBox>
#include <QEvent>
#include <QLocale>

namespace tilsyn {

namespace {

void navngi(QComboBox *k, const Katalog &katalog, Katalog::Liste liste)
{
    const Maalform mf = uiMaalform();
    for (int i = 0; i < k->count(); ++i) {
        const KatalogPost *p = katalog.post(liste, k->itemData(i).toString());
        if (!p)
            continue;
        const bool kort = liste == Katalog::Liste::Embete && !p->kort.isEmpty();
        k->setItemText(i, kort ? p->kort : p->navnPaa(mf));
        if (kort)
            k->setItemData(i, p->navnPaa(mf), Qt::ToolTipRole);
    }
}

class Katalognavn final : public QObject
{
public:
    Katalognavn(QComboBox *k, const Katalog &katalog, Katalog::Liste liste)
        : QObject(k), m_kombo(k), m_katalog(katalog), m_liste(liste)
    {
        k->installEventFilter(this);
    }

    bool eventFilter(QObject *mottaker, QEvent *e) override
    {
        if (mottaker == m_kombo && (e->type() == QEvent::LanguageChange || e->type() == QEvent::LocaleChange))
            navngi(m_kombo, m_katalog, m_liste);
        return false;
    }

private:
    QComboBox *m_kombo;
    const Katalog &m_katalog;
    Katalog::Liste m_liste;
};

} // namespace

void katalogKombo(QComboBox *kombo, const Katalog &katalog, Katalog::Liste liste)
{
    if (!kombo->property("tilsynKatalognavn").toBool()) { // (no qobject_cast: Katalognavn has no meta-object)
        kombo->setProperty("tilsynKatalognavn", true);
        new Katalognavn(kombo, katalog, liste);
    }
    navngi(kombo, katalog, liste);
}

} // namespace tilsyn
