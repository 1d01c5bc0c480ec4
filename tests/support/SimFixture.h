#pragma once

#include "SimServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <memory>

namespace testsupport {

// An HTTP answer as a test sees it.
struct HttpReply {
    int status = 0;                          // 0 = no HTTP answer (connection error / timeout)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // names lower-cased
    QString networkError;                    // empty when the server answered

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// The simulated world started in-process on a free loopback port, with a plain HTTP client for tests.
// start() makes the simulator this process's network, as a company's is: its proxy becomes the application
// proxy and its CA is trusted by Qt Network, so the wizard's production URLs (https://login.microsoftonline.com,
// https://graph.microsoft.com, https://crm.na1.insightly.com, …) reach it. The fixture's own helper calls go
// to the loopback base URL without a proxy. Tests may spin the event loop (QTest::qWaitFor); production code
// never does.
class SimFixture
{
public:
    explicit SimFixture(const sim::SimOptions &options = {});
    ~SimFixture();

    bool start(QString *error = nullptr);
    sim::SimServer &server() { return *m_server; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    QUrl proxyUrl() const { return m_server->proxyUrl(); }
    // Where the seeded Insightly instance lives, as production code sees it.
    static QUrl insightlyCrm() { return QUrl(QStringLiteral("https://crm.na1.insightly.com")); }
    // The seeded instance's Sign-in page URL, as Insightly's settings page shows it.
    QUrl insightlySignInUrl() const
    {
        return QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=") +
                    m_server->world().insightly.instanceId);
    }
    QString tenantId() const { return m_server->world().directory.tenant.id; }

    // Sends a request and waits for the answer (timeout in ms). `path` may carry a query ("/v1.0/users?$top=5").
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 30000);
    // Same with a JSON body and a bearer token.
    HttpReply graph(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &token = {}, const QHash<QByteArray, QByteArray> &headers = {});
    // An access token from the resource-owner password grant (the sim's /token), for the given account.
    QString token(const QString &upn = QStringLiteral("admin@contoso.example"),
                  const QString &scopes = QStringLiteral(
                      "https://graph.microsoft.com/.default offline_access openid profile"));

    // A network manager as the wizard has one (application proxy, default SSL configuration), for code under
    // test.
    QNetworkAccessManager &network() { return m_network; }
    // Signs every session out: both clients (network() and request()'s loopback one) start with empty jars.
    void forgetCookies();

private:
    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_loopback; // request(): straight to the base URL, no proxy
    bool m_proxySet = false;
};

} // namespace testsupport
