#pragma once

#include "SimServer.h"

#include <QString>

namespace sim {

class InsightlyModule;
class ScimService;

// Insightly's System Settings > Security > SAML and SCIM page: the certificate upload, Enforce SAML Login,
// Enable SCIM Provisioning and the SCIM token, for the instance's administrators.
class InsightlySettingsPage final
{
public:
    InsightlySettingsPage(SimServer &server, InsightlyModule &site, const ScimService &scim)
        : m_server(server)
        , m_site(site)
        , m_scim(scim)
    {
    }
    Response settingsPage(const Request &request, const QString &error);
    Response handleCertificateUpload(const Request &request);
    Response handleSaveSettings(const Request &request);
    Response handleRegenerateToken(const Request &request);

private:
    InsightlyState &state() { return m_server.world().insightly; }
    InsightlyUser *settingsAdmin(const Request &request, Response *refusal);
    QString newScimToken();

    SimServer &m_server;
    InsightlyModule &m_site;
    const ScimService &m_scim;
};

} // namespace sim
