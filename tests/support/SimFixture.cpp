#include "SimFixture.h"

#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace testsupport {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

namespace {
sim::SimOptions withRunCa(sim::SimOptions options)
{
    // One CA for the whole test run (scripts/with-headless-session.sh makes it and has Chromium trust it).
    if (options.caDir.isEmpty())
        options.caDir = qEnvironmentVariable("INSIGHTLY_SIM_CA_DIR");
    return options;
}
} // namespace

SimFixture::SimFixture(const sim::SimOptions &options)
    : m_server(std::make_unique<sim::SimServer>(withRunCa(options)))
{
    // The fixture's own calls go straight to the loopback base URL, never through the proxy.
    m_loopback.setProxy(QNetworkProxy::NoProxy);
}

SimFixture::~SimFixture()
{
    if (m_proxySet && QNetworkProxy::applicationProxy().port() == m_server->proxyUrl().port())
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

bool SimFixture::start(QString *error)
{
    if (!m_server->start(error))
        return false;
    // The corporate network, as test code (never wizard/) sets it up: the simulator's proxy as the
    // application proxy, and its CA trusted by Qt Network. Chromium trusts it through the NSS database.
    const QUrl proxy = m_server->proxyUrl();
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port())));
    m_proxySet = true;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QSslCertificate ca = m_server->caCertificate();
    if (!ssl.caCertificates().contains(ca)) {
        ssl.addCaCertificate(ca);
        QSslConfiguration::setDefaultConfiguration(ssl);
    }
    return true;
}

void SimFixture::forgetCookies()
{
    m_network.setCookieJar(new QNetworkCookieJar);
    m_loopback.setCookieJar(new QNetworkCookieJar);
}

HttpReply SimFixture::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QUrl url = baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(timeoutMs);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_loopback.sendCustomRequest(req, method, body);
    HttpReply out;
    // Woken by the reply itself: QTest::qWaitFor polls in 10 ms slices, which added ~30 ms to every request.
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = reply->isFinished() || finished.wait(timeoutMs + 5000);
    if (!done) {
        reply->abort();
        out.networkError = QStringLiteral("timed out");
    } else {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &h : reply->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        if (out.status == 0)
            out.networkError = reply->errorString();
    }
    reply->deleteLater();
    return out;
}

HttpReply SimFixture::graph(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &token, const QHash<QByteArray, QByteArray> &headers)
{
    QHash<QByteArray, QByteArray> h = headers;
    if (!token.isEmpty())
        h.insert("Authorization", "Bearer " + token.toLatin1());
    QByteArray payload;
    if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT") {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        h.insert("Content-Type", "application/json");
    }
    return request(method, path.startsWith(QLatin1String("/v1.0")) ? path : QStringLiteral("/v1.0") + path, payload, h);
}

QString SimFixture::token(const QString &upn, const QString &scopes)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    form.addQueryItem(QStringLiteral("username"), upn);
    form.addQueryItem(QStringLiteral("password"), m_server->options().password);
    form.addQueryItem(QStringLiteral("scope"), scopes);
    const HttpReply r = request("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(tenantId()),
                                form.toString(QUrl::FullyEncoded).toUtf8(),
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    return r.json().value(QStringLiteral("access_token")).toString();
}

} // namespace testsupport
