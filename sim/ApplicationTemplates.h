#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace sim {
class SimServer;
}

namespace sim::apps {

// The Entra application gallery as the simulator knows it: a small catalogue of real gallery names, the
// "Insightly SAML" entry (SAML + SCIM provisioning), the older linked-SSO "Insightly" entry, and the
// non-gallery ("Custom") template. Items are microsoft.graph.applicationTemplate JSON.
const QVector<QJsonObject> &applicationTemplates();
std::optional<QJsonObject> applicationTemplateById(const QString &id);

// Ids the rest of the simulator refers to. The Insightly SAML id is the simulator's own: the real one is not
// published, so clients look it up by name (https://learn.microsoft.com/graph/api/applicationtemplate-list).
QString insightlySamlTemplateId();
QString nonGalleryTemplateId(); // documented: 8adf8e6e-67b2-4cf2-a259-e3dc5476c621

struct InstantiatedApplication {
    QJsonObject application;      // microsoft.graph.application
    QJsonObject servicePrincipal; // microsoft.graph.servicePrincipal
};

// The application and service principal that POST /applicationTemplates/{id}/instantiate creates, shaped
// as Graph returns them (fresh SP: preferredSingleSignOnMode null, no credentials, assignment required,
// appRoles User + msiam_access).
InstantiatedApplication instantiateTemplate(SimServer &server, const QJsonObject &applicationTemplate,
                                            const QString &displayName);

} // namespace sim::apps
