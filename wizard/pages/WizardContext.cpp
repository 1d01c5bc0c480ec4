#include "pages/WizardContext.h"

#include "browser/UrlOpener.h"
#include "config.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/CloudEndpoints.h"
#include "entra/KeychainRefreshTokenStore.h"
#include "entra/SignInSession.h"

#include <QNetworkAccessManager>

namespace insightly {

namespace {
entra::Cloud toEntraCloud(Cloud cloud)
{
    switch (cloud) {
    case Cloud::UsGov:
        return entra::Cloud::UsGovernment;
    case Cloud::China:
        return entra::Cloud::China;
    case Cloud::Global:
        break;
    }
    return entra::Cloud::Global;
}
} // namespace

WizardContext::WizardContext(const AppConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_secrets(std::make_unique<SecretStore>(QStringLiteral(INSIGHTLY_PRODUCT_NAME)))
    , m_setup(std::make_unique<SetupStateStore>())
    , m_urlOpener(std::make_unique<UrlOpener>())
{
    // Redirects are followed only within the same scheme: an https request never continues over http.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    m_refreshTokens = std::make_unique<entra::KeychainRefreshTokenStore>(m_secrets.get());
}

WizardContext::~WizardContext()
{
    m_session.reset(); // before the stores and the network manager it uses
}

void WizardContext::setMode(WizardMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void WizardContext::setUrlOpener(UrlOpener *opener)
{
    m_urlOpener.reset(opener);
}

entra::CloudEndpoints WizardContext::endpoints() const
{
    return entra::CloudEndpoints::forCloud(toEntraCloud(m_config.cloud));
}

entra::ClientRegistration WizardContext::clientRegistration() const
{
    return m_config.clientId.isEmpty() ? entra::ClientRegistration::defaultClient()
                                       : entra::ClientRegistration::ownClient(m_config.clientId);
}

entra::SignInSession &WizardContext::startSession(const QString &tenant)
{
    m_session = std::make_unique<entra::SignInSession>(m_network.get(), endpoints(), clientRegistration(),
                                                       tenant, m_refreshTokens.get());
    emit sessionChanged();
    return *m_session;
}

FlowContext WizardContext::flowContext()
{
    FlowContext flows;
    flows.network = m_network.get();
    flows.secrets = m_secrets.get();
    flows.setup = m_setup.get();
    QPointer<WizardContext> self(this);
    flows.session = [self]() -> entra::SignInSession * { return self ? self->session() : nullptr; };
    flows.namedTenant = [self] { return self ? self->tenant() : QString(); };
    return flows;
}

} // namespace insightly
