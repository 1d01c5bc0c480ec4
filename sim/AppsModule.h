#pragma once

#include "AppsState.h"
#include "SimServer.h"

namespace sim {

// The enterprise-application half of simulated Microsoft Graph: the gallery (applicationTemplates,
// instantiate), applications, service principals, SAML signing certificates, app role assignments, plus the
// two Entra endpoints that serve an app's SAML side: federation metadata and IdP-initiated sign-in.
// Its handlers are spread over AppsModule.cpp, AppsCredentials.cpp, AppsAssignments.cpp and AppsSaml.cpp.
class AppsModule : public SimModule {
public:
    explicit AppsModule(SimServer &server)
        : SimModule(server) {}
    void registerRoutes() override;

private:
    // AppsModule.cpp
    Response listTemplates(const Request &request);
    Response getTemplate(const Request &request);
    Response instantiate(const Request &request);
    Response listApplications(const Request &request);
    Response getApplication(const Request &request);
    Response patchApplication(const Request &request);
    Response deleteApplication(const Request &request);
    Response listServicePrincipals(const Request &request);
    Response getServicePrincipal(const Request &request);
    Response patchServicePrincipal(const Request &request);
    Response deleteServicePrincipal(const Request &request);
    QString checkIdentifierUris(const ApplicationObject &app, const QJsonArray &uris) const;
    // Whether a list query shows an object created at `createdAtMs` (a lagging replica may or may not).
    bool listed(qint64 createdAtMs);
    void removeServicePrincipalData(const QString &spId);

    // AppsCredentials.cpp
    Response addTokenSigningCertificate(const Request &request);

    // AppsAssignments.cpp
    Response listAssignments(const Request &request);
    Response addAssignment(const Request &request);
    Response getAssignment(const Request &request);
    Response deleteAssignment(const Request &request);

    // AppsSaml.cpp
    Response federationMetadata(const Request &request);
    Response samlSignIn(const Request &request);
};

} // namespace sim
