#pragma once

#include <QJsonObject>
#include <QString>

namespace sim::scim {

// Applies the Operations of a SCIM PatchOp (RFC 7644 §3.5.2) to `resource`, with what Entra's provisioning
// service actually sends on top of the RFC: capitalised ops (`Replace`, `Add`, `Remove`), `"value":"False"`
// strings for booleans, path-less value objects whose keys are attribute paths (`"name.givenName"`), and
// `emails[type eq "work"].value` that creates the work e-mail when the user has none.
// Returns false with the SCIM error type (*scimType: invalidSyntax, invalidPath, noTarget, invalidValue) and
// detail set; `resource` is then unchanged.
bool applyPatch(QJsonObject &resource, const QJsonObject &patchRequest, QString *scimType, QString *detail);

} // namespace sim::scim
