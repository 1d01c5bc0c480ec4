#pragma once

#include "ScimService.h"
#include "SimServer.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace sim {

// The simulated Insightly instance: its own sign-in, System Settings > Security > SAML and SCIM, the SAML
// assertion consumer service (IdP-initiated only, as Insightly), SCIM 2.0 (ScimService) and REST v3.1 Users.
class InsightlyModule : public SimModule {
public:
    explicit InsightlyModule(SimServer &server);

    void seed() override;
    void registerRoutes() override;

private:
    InsightlyState &state() { return m_server.world().insightly; }
    // The value Insightly shows as "Sign-in page URL" and expects as Audience and Destination.
    // https://crm.<pod>.insightly.com/user/saml?instanceId=<id> (through the proxy; the loopback base URL when
    // the request came directly).
    QString signInPageUrl(const Request &request) const;

    // Insightly's own browser session (cookie), not Entra's.
    InsightlyUser *sessionUser(const Request &request);
    Response startSession(const Request &request, const InsightlyUser &user, const QString &target,
                          int status = 302);
    Response loginRedirect(const Request &request) const;

    // The page around `body`. Element ids are opaque and new for every render (labels tie inputs to their
    // captions): nothing outside the page may rely on them, as with the real Insightly.
    QString page(const QString &title, const QString &body, const InsightlyUser *user) const;
    Response loginPage(const QString &returnUrl, const QString &email, const QString &error);
    Response handleLogin(const Request &request);
    Response handleLogout(const Request &request);
    Response dashboard(const Request &request);

    // InsightlySettingsPage.cpp
    Response settingsPage(const Request &request, const QString &error);
    Response handleCertificateUpload(const Request &request);
    Response handleSaveSettings(const Request &request);
    Response handleRegenerateToken(const Request &request);
    InsightlyUser *settingsAdmin(const Request &request, Response *refusal);
    QString newScimToken();

    // InsightlyAcs.cpp
    Response handleAcs(const Request &request);
    Response samlError(int status, const QString &check, const QString &message);

    // InsightlyRest.cpp
    Response restUsers(const Request &request);
    Response restMe(const Request &request);
    Response restUser(const Request &request);
    bool restAuthorized(const Request &request, InsightlyUser **caller);

    QHash<QString, qint64> m_sessions; // cookie value -> USER_ID (sessions die with the process)
    QHash<QString, qint64> m_usedAssertions; // Assertion ID -> its NotOnOrAfter (ms): replays are refused
    ScimService m_scim;
};

} // namespace sim
