#include "SimWorld.h"

namespace sim {

QJsonObject SimWorld::toJson() const
{
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("directory"), directory.toJson()},
                       {QStringLiteral("apps"), apps.toJson()},
                       {QStringLiteral("insightly"), insightly.toJson()}};
}

void SimWorld::fromJson(const QJsonObject &json)
{
    directory.fromJson(json.value(QStringLiteral("directory")).toObject());
    apps.fromJson(json.value(QStringLiteral("apps")).toObject());
    insightly.fromJson(json.value(QStringLiteral("insightly")).toObject());
}

} // namespace sim
