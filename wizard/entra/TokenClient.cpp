#include "entra/TokenClient.h"

#include "core/SecretRedaction.h"
#include "entra/SignInErrors.h"

#include <QCoro/QCoroNetworkReply>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSignIn, "insightly.entra.signin")

namespace insightly::entra {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString normalizedPath(const QUrl &url)
{
    QString path = url.path();
    if (path.isEmpty())
        path = QStringLiteral("/");
    return path;
}

QUrlQuery queryOrFragment(const QUrl &url)
{
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error")) &&
        url.hasFragment())
        query = QUrlQuery(url.fragment(QUrl::FullyEncoded));
    return query;
}

QString item(const QUrlQuery &query, const char *name)
{
    // Form encoding uses '+' for spaces (Entra's error_description does).
    QString value = query.queryItemValue(QLatin1String(name), QUrl::FullyEncoded);
    value.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(value.toUtf8());
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, CloudEndpoints endpoints, ClientRegistration client,
                         QString tenant, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_client(std::move(client))
    , m_tenant(std::move(tenant))
{
}

QStringList TokenClient::scopesOrDefault(const QStringList &scopes) const
{
    if (!scopes.isEmpty())
        return scopes;
    return m_scopes.isEmpty() ? wizardScopes(m_endpoints) : m_scopes;
}

QUrl TokenClient::authorizeUrl(const SignInAttempt &attempt, const AuthorizeOptions &options) const
{
    QUrlQuery query;
    const auto add = [&query](const char *name, const QString &value) {
        query.addQueryItem(QLatin1String(name), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add("client_id", m_client.clientId);
    add("response_type", QStringLiteral("code"));
    add("redirect_uri", m_client.redirectUri.toString(QUrl::FullyEncoded));
    add("response_mode", QStringLiteral("query"));
    add("scope", scopesOrDefault(options.scopes).join(u' '));
    add("state", QString::fromLatin1(attempt.state));
    add("nonce", QString::fromLatin1(attempt.nonce));
    add("code_challenge", QString::fromLatin1(attempt.pkce.challenge));
    add("code_challenge_method", QStringLiteral("S256"));
    if (!options.prompt.isEmpty())
        add("prompt", options.prompt);
    if (!options.loginHint.isEmpty())
        add("login_hint", options.loginHint);
    if (!options.domainHint.isEmpty())
        add("domain_hint", options.domainHint);
    QUrl url = m_endpoints.authorizeUrl(m_tenant);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

UserMessage TokenClient::describe(const TokenError &error) const
{
    SignInErrors::Context context;
    context.tenant = m_tenant;
    context.clientId = m_client.clientId;
    context.redirectUri = m_client.redirectUri.toString();
    context.adminConsentUrl = m_endpoints.adminConsentUrl(m_tenant, m_client.clientId);
    return SignInErrors::explain(error, context);
}

bool TokenClient::isRedirectFor(const QUrl &url) const
{
    const QUrl &expected = m_client.redirectUri;
    if (!url.isValid() || url.scheme().compare(expected.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (url.host().compare(expected.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (normalizedPath(url) != normalizedPath(expected))
        return false;
    if (isLoopbackHost(expected.host()))
        return true;
    const int defaultPort = expected.scheme() == QLatin1String("https") ? 443 : 80;
    return url.port(defaultPort) == expected.port(defaultPort);
}

RedirectResult TokenClient::parseRedirect(const QUrl &url) const
{
    RedirectResult result;
    result.matched = isRedirectFor(url);
    if (!result.matched)
        return result;
    const QUrlQuery query = queryOrFragment(url);
    result.code = item(query, "code");
    registerSecret(result.code);
    result.state = item(query, "state");
    result.error = item(query, "error");
    result.errorDescription = item(query, "error_description");
    return result;
}

QCoro::Task<TokenResponse> TokenClient::completeSignIn(SignInAttempt attempt, QUrl redirect,
                                                       QStringList scopes)
{
    const RedirectResult back = parseRedirect(redirect);
    TokenResponse failed;
    if (!back.matched) {
        failed.error.error = QStringLiteral("invalid_redirect");
        co_return failed;
    }
    if (!back.error.isEmpty()) {
        failed.error = TokenError::fromRedirect(back.error, back.errorDescription);
        co_return failed;
    }
    if (back.state != QString::fromLatin1(attempt.state) || back.code.isEmpty()) {
        // A different sign-in's answer (or a forged one): never redeem it.
        failed.error.error = QStringLiteral("state_mismatch");
        co_return failed;
    }
    co_return co_await redeemCode(back.code, attempt.pkce.verifier, scopes);
}

QCoro::Task<TokenResponse> TokenClient::redeemCode(QString code, QByteArray verifier, QStringList scopes)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_client.redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    form.addQueryItem(QStringLiteral("scope"), scopesOrDefault(scopes).join(u' '));
    co_return co_await requestToken(form);
}

QCoro::Task<TokenResponse> TokenClient::refresh(QString refreshToken, QStringList scopes)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), scopesOrDefault(scopes).join(u' '));
    co_return co_await requestToken(form);
}

namespace {

QByteArray formBody(const QUrlQuery &form)
{
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

struct FormReply {
    int status = 0;
    QByteArray body;
    TokenError transportError; // empty when an HTTP answer came back
};

QCoro::Task<FormReply> postForm(QPointer<QNetworkAccessManager> network, QUrl url, QByteArray body,
                                int timeoutMs, QPointer<CancelToken> cancel)
{
    FormReply result;
    if (!network || isCancelled(cancel)) {
        result.transportError.cancelled = true;
        co_return result;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = network->post(request, body);
    bool cancelledByUs = false;
    QMetaObject::Connection onCancel;
    if (cancel)
        onCancel = QObject::connect(cancel, &CancelToken::cancelled, reply, [reply, &cancelledByUs] {
            cancelledByUs = true;
            reply->abort();
        });
    co_await reply;
    QObject::disconnect(onCancel);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && int(reply->error()) < 200)
        result.status = 0; // a transport failure, even if an answer had started
    result.body = reply->readAll();
    if (result.status == 0) {
        result.transportError.cancelled = cancelledByUs;
        result.transportError.timedOut =
            !cancelledByUs && reply->error() == QNetworkReply::OperationCanceledError;
        if (reply->error() == QNetworkReply::TimeoutError)
            result.transportError.timedOut = true;
        result.transportError.networkError = reply->errorString();
    }
    qCInfo(lcSignIn).nospace() << "POST " << url.path() << " -> " << result.status << " ("
                               << elapsed.elapsed() << " ms)";
    reply->deleteLater();
    co_return result;
}

} // namespace

QCoro::Task<TokenResponse> TokenClient::requestToken(QUrlQuery form, QPointer<CancelToken> cancel)
{
    form.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    const FormReply reply =
        co_await postForm(m_network, m_endpoints.tokenUrl(m_tenant), formBody(form), m_timeoutMs, cancel);
    TokenResponse response;
    if (!reply.transportError.isEmpty()) {
        response.error = reply.transportError;
        co_return response;
    }
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    if (reply.status != 200 || json.value(QLatin1String("access_token")).toString().isEmpty()) {
        response.error = TokenError::fromJson(reply.status, reply.body);
        co_return response;
    }
    response.accessToken = json.value(QLatin1String("access_token")).toString();
    response.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    response.idToken = json.value(QLatin1String("id_token")).toString();
    for (const QString &secret : {response.accessToken, response.refreshToken, response.idToken})
        registerSecret(secret);
    response.scope = json.value(QLatin1String("scope")).toString();
    // expires_in is a number on Entra but a string on some older endpoints.
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    const qint64 seconds =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger(3599);
    response.expiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
    co_return response;
}

QCoro::Task<DeviceCode> TokenClient::startDeviceCode(QStringList scopes)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    form.addQueryItem(QStringLiteral("scope"), scopesOrDefault(scopes).join(u' '));
    const FormReply reply =
        co_await postForm(m_network, m_endpoints.deviceCodeUrl(m_tenant), formBody(form), m_timeoutMs, {});
    DeviceCode code;
    if (!reply.transportError.isEmpty()) {
        code.error = reply.transportError;
        co_return code;
    }
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    if (reply.status != 200 || json.value(QLatin1String("device_code")).toString().isEmpty()) {
        code.error = TokenError::fromJson(reply.status, reply.body);
        co_return code;
    }
    code.deviceCode = json.value(QLatin1String("device_code")).toString();
    registerSecret(code.deviceCode);
    code.userCode = json.value(QLatin1String("user_code")).toString();
    code.verificationUri = json.value(QLatin1String("verification_uri")).toString();
    code.message = json.value(QLatin1String("message")).toString();
    code.intervalS = std::max(1, json.value(QLatin1String("interval")).toInt(5));
    code.expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(json.value(QLatin1String("expires_in")).toInt(900));
    co_return code;
}

QCoro::Task<TokenResponse> TokenClient::pollDeviceCode(DeviceCode code, QPointer<CancelToken> cancel)
{
    int intervalS = code.intervalS;
    for (;;) {
        if (!co_await sleepUnlessCancelled(std::chrono::seconds(intervalS), cancel)) {
            TokenResponse cancelled;
            cancelled.error.cancelled = true;
            co_return cancelled;
        }
        if (code.expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= code.expiresAt) {
            TokenResponse expired;
            expired.error.error = QStringLiteral("expired_token");
            co_return expired;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"),
                          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        form.addQueryItem(QStringLiteral("device_code"), code.deviceCode);
        TokenResponse response = co_await requestToken(form, cancel);
        if (response.error.error == QLatin1String("authorization_pending"))
            continue;
        if (response.error.error == QLatin1String("slow_down")) {
            intervalS += 5; // "slow_down": https://www.rfc-editor.org/rfc/rfc8628#section-3.5
            continue;
        }
        co_return response;
    }
}

} // namespace insightly::entra
