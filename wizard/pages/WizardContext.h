#pragma once

#include "browser/BrowserPage.h"
#include "core/AppConfig.h"
#include "flows/FlowContext.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;
class QWebEngineProfile;

namespace insightly {

class PersistentProfiles;
class SecretStore;
class SetupStateStore;
class UrlOpener;

namespace entra {
class RefreshTokenStore;
class SignInSession;
struct CloudEndpoints;
struct ClientRegistration;
} // namespace entra

// What the admin wants from this run (Welcome page).
enum class WizardMode { NewSetup, RotateCertificate, CheckStatus, RotateScimToken };

// Shared by every page: the start-up configuration and the services the pages call into
// (one typed state object, one network manager owned at the top and passed down). Constructed the same way by
// main() and by the end-to-end tests, so that the tests drive the real wizard.
class WizardContext : public QObject
{
    Q_OBJECT
public:
    explicit WizardContext(const AppConfig &config, QObject *parent = nullptr);
    ~WizardContext() override;

    const AppConfig &config() const { return m_config; }
    // What every embedded browser of the wizard does with a certificate error: none (the default) rejects
    // them all. Only the application's start-up code sets one, before the first page is shown.
    const CertificateTrust &certificateTrust() const { return m_certificateTrust; }
    void setCertificateTrust(CertificateTrust trust) { m_certificateTrust = std::move(trust); }

    WizardMode mode() const { return m_mode; }
    void setMode(WizardMode mode);
    // The tenant the admin named (Welcome page or --tenant); after sign-in, the tenant id.
    QString tenant() const { return m_tenant.isEmpty() ? m_config.tenant : m_tenant; }
    void setTenant(const QString &tenant) { m_tenant = tenant; }

    QNetworkAccessManager &network() const { return *m_network; }
    SecretStore &secrets() const { return *m_secrets; }
    SetupStateStore &setup() const { return *m_setup; }
    UrlOpener &urlOpener() const { return *m_urlOpener; }
    // Tests replace the system-browser opener (a seam for modal UI). The context takes ownership.
    void setUrlOpener(UrlOpener *opener);

    // The persistent web profile of the Insightly instance at `host` (e.g. crm.na1.insightly.com), created on
    // first use: one Insightly session shared by every embedded Insightly view (EmbeddedBrowser::
    // setSharedProfile) and kept between runs, so the admin signs in to Insightly once. Never used for
    // Microsoft's sign-in pages, which keep their private, off-the-record profiles.
    QWebEngineProfile *insightlyProfile(const QString &host);
    // Where the persistent web profiles live: <AppDataLocation>/browser unless the start-up code chose
    // another folder before the first profile was made.
    QString browserProfileFolder() const;
    void setBrowserProfileFolder(const QString &folder);

    entra::CloudEndpoints endpoints() const;
    // Where sign-in and Graph live for the cloud named on the command line (also used by --check).
    static entra::CloudEndpoints endpointsFor(Cloud cloud);
    entra::ClientRegistration clientRegistration() const;

    // The signed-in session (Graph client included); null before sign-in. A new session replaces the old one.
    entra::SignInSession *session() const { return m_session.get(); }
    entra::SignInSession &startSession(const QString &tenant);
    // The same services for the widget-free flows (the session and the tenant looked up when used).
    FlowContext flowContext();

signals:
    void modeChanged(insightly::WizardMode mode);
    void sessionChanged();

private:
    AppConfig m_config;
    CertificateTrust m_certificateTrust;
    WizardMode m_mode = WizardMode::NewSetup;
    QString m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SetupStateStore> m_setup;
    std::unique_ptr<UrlOpener> m_urlOpener;
    std::unique_ptr<entra::RefreshTokenStore> m_refreshTokens;
    std::unique_ptr<entra::SignInSession> m_session;
    PersistentProfiles *m_browserProfiles = nullptr; // a child: reachable for tests that count web objects
};

} // namespace insightly
