#pragma once

#include "AppsAssignments.h"
#include "AppsCredentials.h"
#include "AppsSaml.h"
#include "AppsServicePrincipals.h"
#include "AppsState.h"
#include "SimServer.h"

namespace sim {

// The enterprise-application half of simulated Microsoft Graph: the gallery (applicationTemplates,
// instantiate), applications, service principals, SAML signing certificates, app role assignments, plus the
// two Entra endpoints that serve an app's SAML side: federation metadata and IdP-initiated sign-in.
// It registers every route and answers the gallery and applications itself; service principals, their signing
// certificates, app role assignments and the SAML side are answered by the route classes it owns.
class AppsModule : public SimModule
{
public:
    explicit AppsModule(SimServer &server)
        : SimModule(server)
        , m_servicePrincipals(server, *this)
        , m_signingCertificates(server)
        , m_assignments(server)
        , m_saml(server)
    {
    }
    void registerRoutes() override;

    // Shared with the service principal routes (AppsServicePrincipalRoutes).
    // Whether a list query shows an object created at `createdAtMs` (a lagging replica may or may not).
    bool listed(qint64 createdAtMs);
    // Removes a service principal with its app role assignments, synchronization jobs and secrets.
    void removeServicePrincipalData(const QString &spId);

private:
    Response listTemplates(const Request &request);
    Response getTemplate(const Request &request);
    Response instantiate(const Request &request);
    Response listApplications(const Request &request);
    Response getApplication(const Request &request);
    Response patchApplication(const Request &request);
    Response deleteApplication(const Request &request);
    QString checkIdentifierUris(const ApplicationObject &app, const QJsonArray &uris) const;

    AppsServicePrincipalRoutes m_servicePrincipals;     // AppsServicePrincipals.cpp
    AppsSigningCertificateRoutes m_signingCertificates; // AppsCredentials.cpp
    AppsAssignmentRoutes m_assignments;                 // AppsAssignments.cpp
    AppsSamlRoutes m_saml;                              // AppsSaml.cpp
};

} // namespace sim
