#include "ProvisioningScim.h"

#include <QJsonDocument>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sim::sync {

namespace {

class CallbackProxyFactory : public QNetworkProxyFactory
{
public:
    explicit CallbackProxyFactory(std::function<QNetworkProxy(const QUrl &)> proxyFor)
        : m_proxyFor(std::move(proxyFor))
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return {m_proxyFor(query.url())};
    }

private:
    std::function<QNetworkProxy(const QUrl &)> m_proxyFor;
};

} // namespace

void ScimClient::setTransport(std::function<QNetworkProxy(const QUrl &)> proxyFor,
                              std::function<QSslConfiguration()> sslConfiguration)
{
    m_network.setProxyFactory(new CallbackProxyFactory(std::move(proxyFor))); // the manager owns it
    m_sslConfiguration = std::move(sslConfiguration);
}

QJsonObject ScimReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void ScimClient::send(const ScimTarget &target, const QByteArray &method, const QString &path,
                      const QByteArray &query, const QJsonObject &body,
                      std::function<void(const ScimReply &)> done)
{
    QString base = target.baseAddress;
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    ScimReply failed;
    failed.url = url.toString();
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        failed.networkError = QStringLiteral("The Tenant URL '%1' is not a valid absolute http(s) URL.")
                                  .arg(target.baseAddress);
        done(failed);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (m_sslConfiguration && url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + target.secretToken.toUtf8());
    request.setRawHeader("Accept", "application/scim+json");
    request.setRawHeader("User-Agent", "Microsoft.Identity.Provisioning.Simulator");
    QByteArray payload;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), url] {
        ScimReply result;
        result.url = url.toString();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0)
            result.networkError = reply->errorString();
        reply->deleteLater();
        done(result);
    });
}

QByteArray ScimClient::userNameFilter(const QString &userName)
{
    QString escaped = userName;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return "filter=" + QUrl::toPercentEncoding(QStringLiteral("userName eq \"%1\"").arg(escaped));
}

QString ScimClient::statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest (400)");
    case 401:
        return QStringLiteral("Unauthorized (401)");
    case 403:
        return QStringLiteral("Forbidden (403)");
    case 404:
        return QStringLiteral("NotFound (404)");
    case 409:
        return QStringLiteral("Conflict (409)");
    case 429:
        return QStringLiteral("TooManyRequests (429)");
    case 500:
        return QStringLiteral("InternalServerError (500)");
    case 502:
        return QStringLiteral("BadGateway (502)");
    case 503:
        return QStringLiteral("ServiceUnavailable (503)");
    default:
        return QStringLiteral("HTTP %1").arg(status);
    }
}

} // namespace sim::sync
