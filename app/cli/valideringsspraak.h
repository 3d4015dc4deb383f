#pragma once

#include <QTranslator>

namespace tilsyn::cli {

/// The command line's language for the contract's validation messages (import, check): bokmål,
/// as it always printed them, whatever the locale. Translates only the context
/// "tilsyn::Validering" from the program's bokmål translation (:/i18n/tilsynsklient_nb.qm); every
/// other text of the command line stays as it is.
class Valideringsspraak final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Valideringsspraak)

public:
    explicit Valideringsspraak(QObject *parent = nullptr);
    ~Valideringsspraak() override;

    /// Loads the bokmål translation and installs this translator in the application. False if
    /// the translation is missing from the program.
    bool installer();

    QString translate(const char *context, const char *kilde, const char *skille = nullptr, int n = -1) const override;
};

} // namespace tilsyn::cli
