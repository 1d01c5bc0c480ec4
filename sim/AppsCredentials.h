#pragma once

#include "AppsState.h"
#include "SimServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sim {

// Graph's POST /servicePrincipals/{id}/addTokenSigningCertificate.
class AppsSigningCertificateRoutes final
{
public:
    explicit AppsSigningCertificateRoutes(SimServer &server)
        : m_server(server)
    {
    }
    Response addTokenSigningCertificate(const Request &request);

private:
    SimServer &m_server;
};

} // namespace sim

namespace sim::apps {

// SAML signing certificates of a service principal: what addTokenSigningCertificate adds, which one Entra
// signs with, and the only changes a PATCH may make to the credentials.

// Generates a certificate and adds the Sign + Verify key credentials and the password credential Entra adds.
// Returns the selfSignedCertificate answer.
QJsonObject addSigningCertificate(SimServer &server, ServicePrincipalObject &sp, const QString &displayName,
                                  const QDateTime &endDateTime);

// The certificate Entra signs with: the one named by preferredTokenSigningKeyThumbprint while valid, else the
// newest valid one. nullptr when there is none.
const SigningKeyMaterial *activeSigningKey(const ServicePrincipalObject &sp, qint64 nowMs);
// Every valid signing certificate, the active one first (as federation metadata lists them).
QVector<const SigningKeyMaterial *> publishedSigningKeys(const ServicePrincipalObject &sp, qint64 nowMs);

// The servicePrincipal as a GET answers it: credentials not yet replicated left out, `key` only `withKeys`.
QJsonObject servicePrincipalView(const SimServer &server, const ServicePrincipalObject &sp, bool withKeys);

// Checks and applies keyCredentials / passwordCredentials / preferredTokenSigningKeyThumbprint of a PATCH
// body to `sp` (nothing else). Returns Graph's error message, or an empty string when applied.
QString applyCredentialPatch(const SimServer &server, ServicePrincipalObject &sp, const QJsonObject &body);

} // namespace sim::apps
