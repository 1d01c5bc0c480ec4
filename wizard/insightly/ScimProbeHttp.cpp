// The two HTTP checks of ScimProbe: what Entra reads when the admin saves provisioning, and its Test
// Connection.
#include "insightly/ScimProbeHttp.h"

#include "insightly/ScimProbe.h"
#include "insightly/ScimProbeMessages.h"

#include <QCoro/QCoroNetworkReply>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

namespace insightly {

using namespace scimprobe;

namespace {

const QString kListResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");

QUrl resourceUrl(const QUrl &base, const QString &resource) {
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + resource);
    return url;
}

// One GET with the Bearer token: never follows a redirect (it would carry the token elsewhere), times out
// after `timeout`, ends at once when `probe` is cancelled.
QCoro::Task<HttpAnswer> bearerGet(QNetworkAccessManager *network, const ScimProbe *probe, QUrl url,
                                  QString token, std::chrono::milliseconds timeout) {
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/scim+json, application/json");
    request.setTransferTimeout(int(timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        network->get(request), [](QNetworkReply *r) { r->deleteLater(); });
    HttpAnswer answer;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&answer](const QList<QSslError> &errors) { answer.sslErrors = errors; });
    const QMetaObject::Connection onCancel =
        QObject::connect(probe, &ScimProbe::cancelRequested, reply.get(), [&answer, r = reply.get()] {
            answer.cancelled = true;
            r->abort();
        });
    co_await reply.get();
    QObject::disconnect(onCancel); // the reply outlives this frame until deleteLater
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.redirectTarget =
        url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    // A transfer timeout ends the reply with OperationCanceledError, as an abort does; only ours is a cancel.
    answer.timedOut = !answer.cancelled && answer.error == QNetworkReply::OperationCanceledError;
    if (reply->isOpen())
        answer.body = reply->read(1024 * 1024);
    co_return answer;
}

QJsonObject jsonObject(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

} // namespace

ScimProbeHttp::ScimProbeHttp(QNetworkAccessManager *network, const ScimProbe *probe,
                             std::chrono::milliseconds checkTimeout)
    : m_network(network)
    , m_probe(probe)
    , m_checkTimeout(checkTimeout)
{
}

QCoro::Task<bool> ScimProbeHttp::getServiceProviderConfig(QUrl base, QString token, ScimCheck &row) const
{
    const QUrl url = resourceUrl(base, QStringLiteral("ServiceProviderConfig"));
    const HttpAnswer answer = co_await bearerGet(m_network, m_probe, url, token, m_checkTimeout);
    row.elapsedMs = answer.elapsedMs;
    if (answer.cancelled)
        co_return false;
    row.seen = answer.answered() ? describeAnswer(answer) : answer.errorString;
    const QJsonObject config = jsonObject(answer.body);
    if (answer.status == 200 && answer.isJson() && !config.isEmpty()) {
        row.outcome = ScimCheckOutcome::Passed;
        const bool bulk =
            config.value(QStringLiteral("bulk")).toObject().value(QStringLiteral("supported")).toBool();
        const bool filter =
            config.value(QStringLiteral("filter")).toObject().value(QStringLiteral("supported")).toBool();
        row.seen += ScimProbe::tr("; filter %1, bulk %2")
                        .arg(filter ? ScimProbe::tr("supported") : ScimProbe::tr("not announced"),
                             bulk ? ScimProbe::tr("supported") : ScimProbe::tr("no"));
        co_return true;
    }
    row.outcome = ScimCheckOutcome::Failed;
    row.failure = answer.status == 200 ? notScim(answer) : httpFailure(answer, url, m_checkTimeout.count());
    co_return answer.answered();
}

QCoro::Task<void> ScimProbeHttp::lookUpUser(QUrl base, QString token, ScimCheck &row) const
{
    // Entra's Test Connection looks up a user that cannot exist, by userName, with a random GUID, and expects
    // 200 with an empty ListResponse:
    // https://learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups
    QUrl url = resourceUrl(base, QStringLiteral("Users"));
    QUrlQuery query(base);
    query.addQueryItem(
        QStringLiteral("filter"),
        QStringLiteral("userName eq \"%1\"").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    url.setQuery(query);
    const HttpAnswer answer = co_await bearerGet(m_network, m_probe, url, token, m_checkTimeout);
    row.elapsedMs = answer.elapsedMs;
    if (answer.cancelled)
        co_return;
    row.seen = answer.answered() ? describeAnswer(answer) : answer.errorString;
    row.outcome = ScimCheckOutcome::Failed;
    if (answer.status != 200) {
        row.failure = httpFailure(answer, url, m_checkTimeout.count());
        co_return;
    }
    const QJsonObject list = jsonObject(answer.body);
    const QJsonArray schemas = list.value(QStringLiteral("schemas")).toArray();
    if (!answer.isJson() || !schemas.contains(kListResponse)) {
        row.failure = notScim(answer);
        co_return;
    }
    const int total = list.value(QStringLiteral("totalResults")).toInt(-1);
    const QJsonArray resources = list.value(QStringLiteral("Resources")).toArray();
    if (total != 0 || !resources.isEmpty()) {
        row.seen += ScimProbe::tr("; %n user(s) found", nullptr, qMax(total, int(resources.size())));
        row.failure = unexpectedUsers(qMax(total, int(resources.size())));
        co_return;
    }
    row.outcome = ScimCheckOutcome::Passed;
    row.seen += ScimProbe::tr("; empty ListResponse, as Entra expects");
    if (!answer.contentType.startsWith("application/scim+json"))
        row.seen += ScimProbe::tr(" (Entra prefers the content type application/scim+json)");
}

} // namespace insightly
