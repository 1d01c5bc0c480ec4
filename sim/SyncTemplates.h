#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sim {
class SimServer;
}

namespace sim::sync {

// What the synchronization (provisioning) API offers for a service principal, shaped like Graph's
// synchronizationTemplate / synchronizationSchema / synchronizationJob.

inline const QString kScimUserObject = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");

// The templates for a service principal made from `applicationTemplateId` (empty when the app has no
// provisioning): "insightlySaml" for Insightly SAML, "scim" for the non-gallery template.
QVector<QJsonObject> templatesFor(const QString &applicationTemplateId, const QString &appId);

// The id of the Entra-to-app user rule in a template's schema (what provisionOnDemand needs as ruleId).
QString userRuleId(const QJsonObject &synchronizationTemplate);

// A new job from `synchronizationTemplate`: id "<factoryTag>.<32 hex>.<tenant id>", schedule Disabled, status
// NotConfigured (or NotRun when credentials are already saved).
QJsonObject newJob(SimServer &server, const QJsonObject &synchronizationTemplate, bool credentialsSaved);

// The initial synchronizationStatus.
QJsonObject initialStatus(bool credentialsSaved);

// The synchronizationSecret names Graph accepts (enum), and which of them GET masks as "*".
bool isKnownSecretKey(const QString &key);
bool isSensitiveSecretKey(const QString &key);

} // namespace sim::sync
