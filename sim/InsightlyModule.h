#pragma once

#include "InsightlyAcs.h"
#include "InsightlyRest.h"
#include "InsightlySettingsPage.h"
#include "ScimService.h"
#include "SimServer.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace sim {

// The simulated Insightly instance: its own sign-in, System Settings > Security > SAML and SCIM, the SAML
// assertion consumer service (IdP-initiated only, as Insightly), SCIM 2.0 (ScimService) and REST v3.1 Users.
// It keeps the site (sign-in, session, page frame); the settings page (InsightlySettingsPage), the ACS
// (InsightlyAcs) and REST (InsightlyRestApi) are the route classes it owns.
class InsightlyModule : public SimModule
{
public:
    explicit InsightlyModule(SimServer &server);

    void seed() override;
    void registerRoutes() override;

    // The instance's site, which the settings page (InsightlySettingsPage) and the ACS (InsightlyAcs) share.
    // The value Insightly shows as "Sign-in page URL" and expects as Audience and Destination.
    // https://crm.<pod>.insightly.com/user/saml?instanceId=<id> (through the proxy; the loopback base URL
    // when the request came directly).
    QString signInPageUrl(const Request &request) const;

    // Insightly's own browser session (cookie), not Entra's.
    InsightlyUser *sessionUser(const Request &request);
    Response startSession(const Request &request, const InsightlyUser &user, const QString &target,
                          int status = 302);
    Response loginRedirect(const Request &request) const;

    // The page around `body`. Element ids are opaque and new for every render (labels tie inputs to their
    // captions): nothing outside the page may rely on them, as with the real Insightly.
    QString page(const QString &title, const QString &body, const InsightlyUser *user) const;

private:
    InsightlyState &state() { return m_server.world().insightly; }
    Response loginPage(const QString &returnUrl, const QString &email, const QString &error);
    Response handleLogin(const Request &request);
    Response handleLogout(const Request &request);
    Response dashboard(const Request &request);

    QHash<QString, qint64> m_sessions; // cookie value -> USER_ID (sessions die with the process)
    ScimService m_scim;
    InsightlySettingsPage m_settings;
    InsightlyAcs m_acs;
    InsightlyRestApi m_rest;
};

} // namespace sim
