#include "pages/WizardContext.h"

#include "browser/PersistentProfiles.h"
#include "browser/UrlOpener.h"
#include "config.h"
#include "core/AuditJournal.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/CloudEndpoints.h"
#include "entra/KeychainRefreshTokenStore.h"
#include "entra/SignInSession.h"
#include "flows/GraphAuditRecorder.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace insightly {

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
    // No web engine object yet: profiles are made when a page first shows an Insightly view.
    m_browserProfiles = new PersistentProfiles(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/browser"), this);
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

QWebEngineProfile *WizardContext::insightlyProfile(const QString &host)
{
    return m_browserProfiles->profile(QStringLiteral("insightly-") + host.toLower());
}

QString WizardContext::browserProfileFolder() const
{
    return m_browserProfiles->folder();
}

void WizardContext::setBrowserProfileFolder(const QString &folder)
{
    if (folder == m_browserProfiles->folder())
        return;
    Q_ASSERT_X(m_browserProfiles->count() == 0, "WizardContext", "set the folder before the first profile");
    delete m_browserProfiles;
    m_browserProfiles = new PersistentProfiles(folder, this);
}

entra::CloudEndpoints WizardContext::endpoints() const
{
    return endpointsFor(m_config.cloud);
}

entra::CloudEndpoints WizardContext::endpointsFor(Cloud cloud)
{
    switch (cloud) {
    case Cloud::UsGov:
        return entra::CloudEndpoints::forCloud(entra::Cloud::UsGovernment);
    case Cloud::China:
        return entra::CloudEndpoints::forCloud(entra::Cloud::China);
    case Cloud::Global:
        break;
    }
    return entra::CloudEndpoints::forCloud(entra::Cloud::Global);
}

entra::ClientRegistration WizardContext::clientRegistration() const
{
    return entra::ClientRegistration::forClientId(m_config.clientId);
}

entra::SignInSession &WizardContext::startSession(const QString &tenant)
{
    m_session = std::make_unique<entra::SignInSession>(m_network.get(), endpoints(), clientRegistration(),
                                                       tenant, m_refreshTokens.get());
    // Every change the wizard makes in Entra goes to the setup's audit journal (core/AuditJournal): the
    // tenant's and Insightly instance's, as SetupStateStore keeps them apart.
    QPointer<WizardContext> self(this);
    new GraphAuditRecorder(
        m_session->graph(), m_setup->journal(),
        [self] {
            if (!self)
                return QString();
            const SetupKey setup = self->setup().currentKey();
            return setup.isEmpty() ? self->flowContext().tenant() : setup.id();
        },
        m_session.get());
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
