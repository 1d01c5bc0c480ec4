#include "BatchHandler.h"

#include "SimServer.h"

#include <QJsonArray>
#include <QSet>

namespace sim {

namespace {

constexpr int maxBatchRequests = 20;

struct BatchItem {
    QString id;
    QJsonObject json;
    QStringList dependsOn;
};

QJsonObject itemResponse(const QString &id, const Response &response)
{
    QJsonObject headers;
    for (const auto &h : response.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
    if (!response.contentType.isEmpty())
        headers.insert(QStringLiteral("Content-Type"), QString::fromLatin1(response.contentType));
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("status"), response.status},
                    {QStringLiteral("headers"), headers}};
    if (!response.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            out.insert(QStringLiteral("body"), doc.object());
        else if (error.error == QJsonParseError::NoError && doc.isArray())
            out.insert(QStringLiteral("body"), doc.array());
        else
            out.insert(QStringLiteral("body"), QString::fromUtf8(response.body));
    }
    return out;
}

// Builds the inner request of a batch item: its method, URL relative to /v1.0, headers and body, plus the
// outer request's Authorization and Host (so that nextLinks point back at this server).
Request innerRequest(const Request &outer, const QJsonObject &item)
{
    Request r;
    r.method = item.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    QString url = item.value(QStringLiteral("url")).toString();
    if (!url.startsWith(u'/'))
        url.prepend(u'/');
    url.prepend(QStringLiteral("/v1.0"));
    const qsizetype q = url.indexOf(u'?');
    r.url.setPath(q < 0 ? url : url.left(q), QUrl::TolerantMode);
    if (q >= 0)
        r.url.setQuery(url.mid(q + 1), QUrl::TolerantMode);
    const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toLatin1());
    if (!outer.header("authorization").isEmpty())
        r.headers.insert("authorization", outer.header("authorization"));
    r.headers.insert("host", outer.header("host"));
    const QJsonValue body = item.value(QStringLiteral("body"));
    if (body.isObject())
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        r.body = body.toString().toUtf8();
    r.remoteAddress = outer.remoteAddress;
    r.tlsHost = outer.tlsHost;
    r.viaBatch = true;
    return r;
}

Response runBatch(SimServer &server, const Request &request)
{
    auto bad = [&](const QString &message) {
        return server.graphError(400, QStringLiteral("BadRequest"), message, request);
    };
    Response failure;
    if (!server.graphCaller(request, &failure))
        return failure;
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok || !body.value(QStringLiteral("requests")).isArray())
        return bad(QStringLiteral("Invalid batch payload format."));
    const QJsonArray requests = body.value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return bad(QStringLiteral("Invalid batch payload format."));
    if (requests.size() > maxBatchRequests)
        return bad(QStringLiteral("The number of requests in the batch exceeds the limit of %1.")
                       .arg(maxBatchRequests));

    QVector<BatchItem> items;
    QSet<QString> ids;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        // Graph wants the id as a JSON string ("1"), not a number.
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || o.value(QStringLiteral("method")).toString().isEmpty() ||
            o.value(QStringLiteral("url")).toString().isEmpty())
            return bad(QStringLiteral("Invalid batch payload format."));
        if (ids.contains(id))
            return bad(
                QStringLiteral("Batch request ids must be unique. Id '%1' is used more than once.").arg(id));
        if (o.value(QStringLiteral("url")).toString().startsWith(QLatin1String("http")))
            return bad(
                QStringLiteral("Request id '%1': the url must be relative to the service version.").arg(id));
        if (o.contains(QStringLiteral("body")) &&
            o.value(QStringLiteral("headers"))
                .toObject()
                .value(QStringLiteral("Content-Type"))
                .isUndefined() &&
            o.value(QStringLiteral("headers")).toObject().value(QStringLiteral("content-type")).isUndefined())
            return bad(QStringLiteral("Write request id : %1 does not contain Content-Type header or body.")
                           .arg(id));
        ids.insert(id);
        QStringList dependsOn;
        for (const QJsonValue &d : o.value(QStringLiteral("dependsOn")).toArray())
            dependsOn << d.toString();
        items.append({id, o, dependsOn});
    }
    for (const BatchItem &item : items)
        for (const QString &dependency : item.dependsOn)
            if (!ids.contains(dependency) || dependency == item.id)
                return bad(QStringLiteral("Request id '%1' depends on an unknown request '%2'.")
                               .arg(item.id, dependency));

    // Runs items whose dependencies have answered, in request order, until all have run.
    QHash<QString, int> statusById;
    QJsonArray responses;
    while (statusById.size() < items.size()) {
        bool progressed = false;
        for (const BatchItem &item : items) {
            if (statusById.contains(item.id))
                continue;
            bool ready = true, dependencyFailed = false;
            for (const QString &dependency : item.dependsOn) {
                if (!statusById.contains(dependency))
                    ready = false;
                else if (statusById.value(dependency) / 100 != 2)
                    dependencyFailed = true;
            }
            if (!ready)
                continue;
            progressed = true;
            const Request inner = innerRequest(request, item.json);
            Response response;
            if (dependencyFailed)
                response = server.graphError(
                    424, QStringLiteral("FailedDependency"),
                    QStringLiteral("The request could not be processed because a request it "
                                   "depends on failed."),
                    inner);
            else if (inner.path().endsWith(QLatin1String("/$batch")))
                response =
                    server.graphError(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("Nested batch requests are not supported."), inner);
            else
                response = server.dispatch(inner);
            server.appendRequestLog(inner, response);
            statusById.insert(item.id, response.status);
            responses.append(itemResponse(item.id, response));
        }
        if (!progressed)
            return bad(QStringLiteral("The dependsOn references of the batch form a cycle."));
    }
    return Response::json(200, QJsonObject{{QStringLiteral("responses"), responses}});
}

} // namespace

void registerBatchRoute(SimServer &server)
{
    server.route("POST", QStringLiteral("/v1.0/\\$batch"),
                 [&server](const Request &request) { return runBatch(server, request); });
}

} // namespace sim
