#include "DemoWorld.h"

#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

QString DemoWorld::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

QString DemoWorld::stateFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("INSIGHTLY_DEMO_STATE_DIR");
    return fromEnvironment.isEmpty() ? dataFolder() + QStringLiteral("/world") : fromEnvironment;
}

QString DemoWorld::browserProfileFolder()
{
    return dataFolder() + QStringLiteral("/browser");
}

QString DemoWorld::savedTenantId()
{
    // The simulator's state file (sim/README.md, --state-dir): {"directory": {"tenant": {"id": …}}, …}.
    QFile file(QDir(stateFolder()).filePath(QStringLiteral("sim-state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QString &key : root.keys()) {
        const QString id = root.value(key)
                               .toObject()
                               .value(QStringLiteral("tenant"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        if (!id.isEmpty())
            return id;
    }
    return root.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString();
}

bool DemoWorld::start(AppConfig *config, QString *error, bool reset)
{
#ifdef INSIGHTLY_HAVE_SIM
    sim::SimOptions options;
    options.seedUsers = 200;
    options.seedGroups = 8;
    options.caDir = dataFolder();
    options.stateDir = stateFolder();
    if (reset) {
        QDir(options.stateDir).removeRecursively();
        QDir(browserProfileFolder()).removeRecursively();
    }
    // Owner-only: the world holds the demo's refresh tokens and its CA key.
    makePrivateFolder(options.caDir);
    makePrivateFolder(options.stateDir);
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
    Q_UNUSED(reset);
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
