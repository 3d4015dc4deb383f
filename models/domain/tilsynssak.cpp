#include "tilsynssak.h"

#include <QUuid>

namespace tilsyn {

const Tilsynsobjekt *Tilsynssak::objekt(const QString &objektId) const
{
    for (const Tilsynsobjekt &o : tilsynsobjekter) {
        if (o.id == objektId)
            return &o;
    }
    return nullptr;
}

QString nyId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tilsyn
