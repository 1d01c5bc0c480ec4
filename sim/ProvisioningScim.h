#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <functional>

namespace sim::sync {

// Where and how the provisioning service talks SCIM: the saved (or offered) BaseAddress and SecretToken.
struct ScimTarget {
    QString baseAddress;
    QString secretToken;
    bool isComplete() const { return !baseAddress.isEmpty() && !secretToken.isEmpty(); }
};

struct ScimReply {
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    QString networkError; // set when status is 0
    QString url;          // the resource that was asked, for error messages
    QJsonObject json() const;
};

// The SCIM client of the simulated provisioning service: asynchronous, 10 s per request, Bearer token, as
// Entra's service sends (Accept/Content-Type application/scim+json).
class ScimClient : public QObject
{
    Q_OBJECT
public:
    explicit ScimClient(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    // `path` is appended to BaseAddress ("/Users"); `query` is added as the query string (already encoded).
    void send(const ScimTarget &target, const QByteArray &method, const QString &path,
              const QByteArray &query, const QJsonObject &body, std::function<void(const ScimReply &)> done);
    // "/Users?filter=userName eq \"<value>\"" with the value escaped as SCIM requires.
    static QByteArray userNameFilter(const QString &userName);
    // "Unauthorized (401)" style text for messages.
    static QString statusText(int status);
    // How requests leave the simulator (SimServer::proxyFor / outgoingSslConfiguration): through its own
    // proxy, trusting its own CA, whatever application proxy the process has.
    void setTransport(std::function<QNetworkProxy(const QUrl &)> proxyFor,
                      std::function<QSslConfiguration()> sslConfiguration);

private:
    QNetworkAccessManager m_network;
    std::function<QSslConfiguration()> m_sslConfiguration;
};

} // namespace sim::sync
