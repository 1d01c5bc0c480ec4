#include "insightly/InsightlyRestClient.h"

#include "core/RetryAfter.h"
#include "core/SecretRedaction.h"
#include "core/TlsProblem.h"

#include <QCoro/QCoroNetworkReply>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcInsightlyRest, "insightly.insightly.rest")

namespace insightly {

namespace {

InsightlyUser userFromJson(const QJsonObject &o)
{
    InsightlyUser u;
    u.userId = qint64(o.value(QStringLiteral("USER_ID")).toDouble());
    u.firstName = o.value(QStringLiteral("FIRST_NAME")).toString();
    u.lastName = o.value(QStringLiteral("LAST_NAME")).toString();
    u.email = o.value(QStringLiteral("EMAIL_ADDRESS")).toString();
    u.administrator = o.value(QStringLiteral("ADMINISTRATOR")).toBool();
    u.accountOwner = o.value(QStringLiteral("ACCOUNT_OWNER")).toBool();
    u.active = o.value(QStringLiteral("ACTIVE")).toBool();
    return u;
}

} // namespace

struct InsightlyRestClient::Answer {
    int status = 0;
    QByteArray body;
    UserMessage error; // empty for a 2xx answer
};

InsightlyRestClient::InsightlyRestClient(QNetworkAccessManager *network, const InsightlyInstance &instance,
                                         const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(instance.restBaseUrl())
    , m_authorization("Basic " + (apiKey.trimmed().toUtf8() + ':').toBase64())
{
    registerSecret(apiKey.trimmed());
}

void InsightlyRestClient::cancel()
{
    Q_EMIT cancelRequested();
}

UserMessage InsightlyRestClient::administratorRequirement(const InsightlyUser &user)
{
    const QString who = QStringLiteral("%1 %2 (%3)").arg(user.firstName, user.lastName, user.email).trimmed();
    if (!user.active)
        return makeUserMessage(
            InsightlyRestCode::Inactive,
            tr("The API key belongs to %1, who is deactivated in Insightly.").arg(who),
            tr("A deactivated user's key cannot be used for the setup."),
            tr("Sign in to Insightly as an active administrator and copy that user's key from User "
               "Settings › API."));
    if (!user.administrator)
        return makeUserMessage(
            InsightlyRestCode::NotAdministrator,
            tr("The API key belongs to %1, who is not an Insightly administrator.").arg(who),
            tr("Only administrators can set up SAML single sign-on and SCIM provisioning in "
               "Insightly."),
            tr("Sign in to Insightly as an administrator and copy that user's key from User Settings › "
               "API."));
    return {};
}

QCoro::Task<InsightlyRestClient::Answer> InsightlyRestClient::get(QUrl url)
{
    Answer answer;
    if (!m_network) {
        answer.error =
            makeUserMessage(InsightlyRestCode::Cancelled, tr("The request was cancelled."), {}, {});
        co_return answer;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_timeout.count()));
    // A redirect would carry the key to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        m_network->get(request), [](QNetworkReply *r) { r->deleteLater(); });
    // Recorded, never ignored: the handshake then fails and the key is not sent.
    QList<QSslError> tlsErrors;
    connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
            [&tlsErrors](const QList<QSslError> &errors) { tlsErrors = errors; });
    bool cancelled = false;
    const QMetaObject::Connection onCancel =
        connect(this, &InsightlyRestClient::cancelRequested, reply.get(), [&cancelled, r = reply.get()] {
            cancelled = true;
            r->abort();
        });
    co_await reply.get();
    disconnect(onCancel);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    const QString host = url.host();
    const QString details =
        QStringLiteral("GET %1: %2").arg(url.toString(QUrl::RemoveUserInfo), reply->errorString());
    qCDebug(lcInsightlyRest) << "GET" << url.path() << "->" << answer.status << reply->error();

    if (cancelled) {
        answer.error =
            makeUserMessage(InsightlyRestCode::Cancelled, tr("The request was cancelled."), {}, {});
    } else if (answer.status == 401) {
        answer.error = makeUserMessage(
            InsightlyRestCode::KeyRefused,
            tr("Insightly refused the API key: copy it again from User Settings › API."),
            tr("The key was mistyped, belongs to another Insightly instance or pod, or was reset."),
            tr("In Insightly open User Settings › API, copy the API key, and paste it again."), details);
    } else if (answer.status == 403) {
        answer.error =
            makeUserMessage(InsightlyRestCode::AccessDenied, tr("Insightly denied API access for this key."),
                            tr("An administrator can switch API access off per user, and some plans have no "
                               "API access."),
                            tr("Ask an Insightly administrator to allow API access for your user, or use an "
                               "administrator's key."),
                            details);
    } else if (answer.status == 429) {
        const QByteArray limit = reply->rawHeader("X-RateLimit-Limit");
        const QByteArray remaining = reply->rawHeader("X-RateLimit-Remaining");
        const int retryAfter =
            int(parseRetryAfter(reply->rawHeader("Retry-After")).value_or(std::chrono::seconds(0)).count());
        QString why = tr("Insightly limits how many API requests a plan may make.");
        if (!limit.isEmpty())
            why +=
                u' ' + tr("Limit: %1 requests; remaining: %2.")
                           .arg(QString::fromLatin1(limit),
                                remaining.isEmpty() ? QStringLiteral("0") : QString::fromLatin1(remaining));
        answer.error = makeUserMessage(
            InsightlyRestCode::RateLimited, tr("Insightly is limiting API requests (HTTP 429)."), why,
            retryAfter > 0 ? tr("Wait %n second(s) and try again.", nullptr, retryAfter)
                           : tr("Wait a while (the daily limit resets at midnight UTC) and try "
                                "again."),
            details);
    } else if (answer.status >= 500) {
        answer.error = makeUserMessage(
            InsightlyRestCode::ServerError, tr("Insightly's API had a problem (HTTP %1).").arg(answer.status),
            tr("An error on Insightly's side."),
            tr("Try again in a few minutes; if it persists, contact Insightly support."), details);
    } else if (answer.status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            answer.error = makeUserMessage(
                InsightlyRestCode::Timeout,
                tr("Insightly's API did not answer within %1 s.").arg(m_timeout.count() / 1000),
                tr("The service is slow or a proxy holds the connection."),
                tr("Check your network and try again."), details);
        else if (error == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty())
            answer.error = makeUserMessage(
                InsightlyRestCode::Tls,
                tr("The wizard could not establish a trusted connection to %1.").arg(host),
                tlsErrors.isEmpty()
                    ? tr("Its certificate is not trusted by this computer, or a proxy inspects "
                         "HTTPS traffic.")
                    : TlsProblem::describe(host, tlsErrors),
                TlsProblem::advice(), details);
        else
            answer.error = makeUserMessage(
                InsightlyRestCode::Network, tr("The wizard could not reach %1.").arg(host),
                tr("The connection failed (%1).").arg(reply->errorString()),
                tr("Check the pod of your Insightly instance, your network and proxy settings, "
                   "then try again."),
                details);
    } else if (answer.status < 200 || answer.status >= 300) {
        answer.error = makeUserMessage(
            InsightlyRestCode::UnexpectedAnswer, tr("Insightly's API answered HTTP %1.").arg(answer.status),
            tr("The API address may be wrong for this instance."),
            tr("Check the pod shown in Insightly's User Settings › API."), details);
    }
    co_return answer;
}

QCoro::Task<InsightlyMeResult> InsightlyRestClient::me()
{
    InsightlyMeResult result;
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("Users/Me"));
    const Answer answer = co_await get(url);
    if (!answer.error.isEmpty()) {
        result.error = answer.error;
        co_return result;
    }
    const QJsonObject me = QJsonDocument::fromJson(answer.body).object();
    if (!me.contains(QStringLiteral("USER_ID")) || !me.contains(QStringLiteral("EMAIL_ADDRESS"))) {
        result.error = makeUserMessage(InsightlyRestCode::UnexpectedAnswer,
                                       tr("The address did not answer like Insightly's API."),
                                       tr("The answer to Users/Me has no user in it."),
                                       tr("Check the pod shown in Insightly's User Settings › API."));
        co_return result;
    }
    result.user = userFromJson(me);
    co_return result;
}

QCoro::Task<InsightlyUsersResult> InsightlyRestClient::allUsers()
{
    InsightlyUsersResult result;
    for (int page = 0; page < kMaxPages; ++page) {
        QUrl url = m_base;
        url.setPath(m_base.path() + QStringLiteral("Users"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("top"), QString::number(kPageSize));
        query.addQueryItem(QStringLiteral("skip"), QString::number(qint64(page) * kPageSize));
        url.setQuery(query);
        const Answer answer = co_await get(url);
        if (!answer.error.isEmpty()) {
            result.error = answer.error;
            co_return result;
        }
        const QJsonDocument document = QJsonDocument::fromJson(answer.body);
        if (!document.isArray()) {
            result.error = makeUserMessage(InsightlyRestCode::UnexpectedAnswer,
                                           tr("The address did not answer like Insightly's API."),
                                           tr("The list of users is not a JSON array."),
                                           tr("Check the pod shown in Insightly's User Settings › API."));
            co_return result;
        }
        const QJsonArray users = document.array();
        for (const QJsonValue &v : users)
            result.users << userFromJson(v.toObject());
        if (users.size() < kPageSize)
            co_return result;
    }
    result.truncated = true;
    result.error = makeUserMessage(
        InsightlyRestCode::TooManyUsers,
        tr("Insightly listed more than %1 users; the wizard stopped reading there.")
            .arg(qint64(kMaxPages) * kPageSize),
        tr("A safety limit against lists that never end."), tr("Check the users in Insightly directly."));
    co_return result;
}

} // namespace insightly
