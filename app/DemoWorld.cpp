#include "DemoWorld.h"

#include <QDir>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QWebEngineCertificateError>

#ifdef INSIGHTLY_HAVE_SIM
#include "SimServer.h"
#endif

namespace insightly {

DemoWorld::DemoWorld() = default;
DemoWorld::~DemoWorld() = default;

bool DemoWorld::start(AppConfig *config, QString *error)
{
#ifdef INSIGHTLY_HAVE_SIM
    sim::SimOptions options;
    options.seedUsers = 200;
    options.seedGroups = 8;
    options.caDir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    options.stateDir = qEnvironmentVariable("INSIGHTLY_DEMO_STATE_DIR");
    QDir().mkpath(options.caDir);
    m_server = std::make_unique<sim::SimServer>(options);
    if (!m_server->start(error))
        return false;
    m_ca = m_server->caCertificate();
    if (m_ca.isNull()) {
        *error = QStringLiteral("the simulator has no CA certificate");
        return false;
    }
    const QUrl proxy = m_server->proxyUrl();
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port())));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(ssl);
    if (config->tenant.isEmpty())
        config->tenant = m_server->world().directory.tenant.id;
    return true;
#else
    Q_UNUSED(config);
    *error = QStringLiteral("this build has no simulator (INSIGHTLY_BUILD_SIM=OFF)");
    return false;
#endif
}

CertificateTrust DemoWorld::browserTrust() const
{
    const QSslCertificate ca = m_ca;
    return [ca](QWebEngineCertificateError &error) {
        if (ca.isNull() || !error.isOverridable())
            return false;
        const QList<QSslCertificate> chain = error.certificateChain();
        if (chain.isEmpty())
            return false;
        const QSslCertificate &leaf = chain.constFirst();
        // Issued by the pinned demo CA (same issuer name, and its signature checks out against it: the CA is
        // in the default configuration by now), valid today, for this very host.
        if (leaf.issuerDisplayName() != ca.subjectDisplayName() ||
            leaf.issuerInfo(QSslCertificate::CommonName) != ca.subjectInfo(QSslCertificate::CommonName))
            return false;
        if (!QSslCertificate::verify({leaf, ca}, error.url().host()).isEmpty())
            return false;
        error.acceptCertificate();
        return true;
    };
}

} // namespace insightly
