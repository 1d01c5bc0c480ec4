#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace sim {

struct SigningKeyMaterial;

// The per-application federation metadata Entra serves at
// /{tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=…, structured like a real Entra app's
// (https://learn.microsoft.com/entra/identity-platform/federation-metadata): EntityDescriptor entityID
// https://sts.windows.net/{tenant}/, the two WS-Federation RoleDescriptors and the IDPSSODescriptor, each
// listing every published signing certificate, the whole document signed (enveloped) by `signer`. `loginBase`
// is the identity platform's base URL (the SAML endpoints are <loginBase>/{tenantId}/saml2).
QByteArray federationMetadata(const QString &tenantId, const QString &loginBase,
                              const QVector<const SigningKeyMaterial *> &certificates,
                              const SigningKeyMaterial &signer, const QString &documentId, QString *error);

} // namespace sim
