#pragma once

#include <QString>
#include <QTranslator>

namespace tilsyn {

/// The UI language: the program's own translations and Qt's (dialogs, buttons, context menus).
/// Qt ships no bokmål, so bokmål gets the project's own i18n/qt/qtbase_nb.ts for the Qt texts the
/// program shows; nynorsk uses the system's qtbase_nn.
class Oversettelser final
{
public:
    Oversettelser() = default;
    ~Oversettelser();
    Q_DISABLE_COPY_MOVE(Oversettelser)

    /// The language setting, else the system locale; bokmål by default.
    static QString valgtSpraak();
    /// Installs the translations of `spraak` ("nb", "nn" or "en"), replacing earlier ones, and
    /// sets the default locale. Returns false if a translation could not be loaded.
    bool last(const QString &spraak);
    /// last(valgtSpraak()).
    bool last() { return last(valgtSpraak()); }
    QString spraak() const { return m_spraak; }

private:
    void fjern();

    QString m_spraak;
    QTranslator m_program;
    QTranslator m_qt;
    QTranslator m_qtTillegg; ///< nynorsk: Qt's texts the system's qtbase_nn lacks
    bool m_installert = false;
};

} // namespace tilsyn
