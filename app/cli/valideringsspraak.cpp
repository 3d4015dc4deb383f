#include "valideringsspraak.h"

#include <QCoreApplication>

#include <cstring>

namespace tilsyn::cli {

using namespace Qt::StringLiterals;

Valideringsspraak::Valideringsspraak(QObject *parent) : QTranslator(parent) {}

Valideringsspraak::~Valideringsspraak() = default;

bool Valideringsspraak::installer()
{
    return load(u":/i18n/tilsynsklient_nb.qm"_s) && QCoreApplication::installTranslator(this);
}

QString Valideringsspraak::translate(const char *context, const char *kilde, const char *skille, int n) const
{
    if (!context || std::strcmp(context, "tilsyn::Validering") != 0)
        return {};
    return QTranslator::translate(context, kilde, skille, n);
}

} // namespace tilsyn::cli
