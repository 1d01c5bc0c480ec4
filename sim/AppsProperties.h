#pragma once

#include "AppsGraph.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sim::apps {

// The properties of microsoft.graph.application and microsoft.graph.servicePrincipal (Graph v1.0:
// https://learn.microsoft.com/graph/api/resources/application,
// https://learn.microsoft.com/graph/api/resources/serviceprincipal), with what a PATCH may set. Graph refuses
// unknown and read-only properties and values of the wrong JSON type; so does the simulator.
enum class GraphType { Application, ServicePrincipal };

QString graphTypeName(GraphType type);            // "microsoft.graph.application"
QStringList selectableProperties(GraphType type); // structural properties ($select)

// Checks a PATCH body's property names and value types. Returns an empty string when acceptable, else
// Graph's Request_BadRequest message.
QString validatePatch(GraphType type, const QJsonObject &body);

// What the collections /applications and /servicePrincipals accept in their query options.
CollectionRules applicationRules();
CollectionRules servicePrincipalRules();

// PATCH semantics of Graph: a complex property given in the body is merged one level deep, anything else
// replaced.
void mergePatch(QJsonObject &target, const QJsonObject &body);

} // namespace sim::apps
