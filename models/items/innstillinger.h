#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include "domain/frist.h"

namespace tilsyn {

/// One typed QSettings key with its default, declared once (see Innstillinger).
template<typename T>
class Setting final
{
public:
    Setting(const char *noekkel, T standard) : m_noekkel(QString::fromLatin1(noekkel)), m_standard(std::move(standard)) {}

    T verdi() const
    {
        const QVariant v = QSettings().value(m_noekkel);
        return v.isValid() ? v.template value<T>() : m_standard;
    }
    void sett(const T &verdi) const { QSettings().setValue(m_noekkel, QVariant::fromValue(verdi)); }
    bool erSatt() const { return QSettings().contains(m_noekkel); }
    const QString &noekkel() const { return m_noekkel; }

private:
    QString m_noekkel;
    T m_standard;
};

/// Every setting of the desktop application, with a version key for stepwise migration. The user
/// profile is what letters put under the signature. Lives in models/ so letters can read it.
struct Innstillinger
{
    static constexpr int kVersjon = 5;
    static void migrer(); ///< brings older settings up to kVersjon

    static const Setting<int> versjon;
    // Profile (asked once on first start).
    static const Setting<bool> profilSpurt;
    static const Setting<QString> navn;
    static const Setting<QString> tittel;
    static const Setting<QString> embete;
    static const Setting<QString> telefon;   ///< direct phone number
    static const Setting<QString> godkjenner;       ///< the leader who normally approves (full name)
    static const Setting<QString> godkjennerTittel; ///< that leader's title
    /// True when name, title, phone, embete and approver are all filled in (an empty profile is not accepted).
    static bool profilKomplett();
    // UI.
    static const Setting<QString> spraak; ///< "nb", "nn", "en" or empty: follow the system
    static const Setting<QByteArray> vindusgeometri;
    static const Setting<QByteArray> vindustilstand;
    static const Setting<QByteArray> listekolonner;
    static const Setting<QByteArray> splitter;
    /// The filter of the example store's window, kept while its sample cases are (MainWindow).
    static const Setting<QVariantMap> eksempelfilter;
    // Deadlines (office practice).
    static const Setting<int> dagerTilValgAvBm;   ///< soft target for choosing a behandlingsmåte
    static const Setting<int> forfallerSnartDager; ///< window of "Forfaller snart"
    static Fristvalg fristvalg();
};

} // namespace tilsyn
