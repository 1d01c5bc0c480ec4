#include "InsightlyRest.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace sim {

namespace {

QString restDate(qint64 ms)
{
    // REST v3.1 dates are UTC without an offset, "yyyy-MM-dd HH:mm:ss".
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject restUserJson(const InsightlyUser &u)
{
    return QJsonObject{{QStringLiteral("USER_ID"), u.userId},
                       {QStringLiteral("CONTACT_ID"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("FIRST_NAME"), u.firstName},
                       {QStringLiteral("LAST_NAME"), u.lastName},
                       {QStringLiteral("TIMEZONE_ID"), u.timezoneId},
                       {QStringLiteral("EMAIL_ADDRESS"), u.email},
                       {QStringLiteral("EMAIL_DROPBOX_IDENTIFIER"), QString::number(u.userId, 36)},
                       {QStringLiteral("ADMINISTRATOR"), u.administrator},
                       {QStringLiteral("ACCOUNT_OWNER"), u.accountOwner},
                       {QStringLiteral("ACTIVE"), u.active},
                       {QStringLiteral("DATE_CREATED_UTC"), restDate(u.createdAtMs)},
                       {QStringLiteral("DATE_UPDATED_UTC"), restDate(u.updatedAtMs)},
                       {QStringLiteral("USER_CURRENCY"), QStringLiteral("USD")}};
}

Response restMessage(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{QStringLiteral("Message"), message}});
}

} // namespace

bool InsightlyRestApi::restAuthorized(const Request &request, InsightlyUser **caller)
{
    // HTTP Basic with the API key as user name and an empty password (a key alone, without ':', is
    // tolerated).
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const QString key =
        QString::fromUtf8(decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')));
    if (key.isEmpty() || key != state().apiKey)
        return false;
    InsightlyUser *owner = state().userByEmail(state().adminEmail);
    if (!owner || !owner->active)
        return false;
    *caller = owner;
    return true;
}

Response InsightlyRestApi::restUsers(const Request &request)
{
    InsightlyUser *caller = nullptr;
    if (!restAuthorized(request, &caller))
        return restMessage(401, QStringLiteral("Authorization has been denied for this request."));
    bool ok = true;
    int top = 100;
    if (request.hasQueryItem(QStringLiteral("top")))
        top = request.queryItem(QStringLiteral("top")).toInt(&ok);
    // Insightly documents at most 500 records per page; the simulator refuses more so that clients learn it.
    if (!ok || top < 1 || top > 500)
        return restMessage(400, QStringLiteral("The request is invalid. 'top' must be between 1 and 500."));
    int skip = 0;
    if (request.hasQueryItem(QStringLiteral("skip")))
        skip = request.queryItem(QStringLiteral("skip")).toInt(&ok);
    if (!ok || skip < 0)
        return restMessage(400, QStringLiteral("The request is invalid. 'skip' must be zero or more."));
    QVector<InsightlyUser> users = state().users;
    std::sort(users.begin(), users.end(),
              [](const InsightlyUser &a, const InsightlyUser &b) { return a.userId < b.userId; });
    QJsonArray page;
    for (qsizetype i = skip; i < users.size() && page.size() < top; ++i)
        page.append(restUserJson(users[i]));
    Response r = Response::json(200, page);
    if (request.queryItem(QStringLiteral("count_total"))
            .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        r.header("X-Total-Count", QByteArray::number(users.size()));
    return r;
}

Response InsightlyRestApi::restMe(const Request &request)
{
    InsightlyUser *caller = nullptr;
    if (!restAuthorized(request, &caller))
        return restMessage(401, QStringLiteral("Authorization has been denied for this request."));
    return Response::json(200, restUserJson(*caller));
}

Response InsightlyRestApi::restUser(const Request &request)
{
    InsightlyUser *caller = nullptr;
    if (!restAuthorized(request, &caller))
        return restMessage(401, QStringLiteral("Authorization has been denied for this request."));
    const InsightlyUser *user = state().userById(request.captures.value(0).toLongLong());
    if (!user)
        return restMessage(404, QStringLiteral("User not found"));
    return Response::json(200, restUserJson(*user));
}

} // namespace sim
