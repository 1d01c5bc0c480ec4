#include "flows/GraphAuditRecorder.h"

#include "core/SecretRedaction.h"
#include "entra/GraphClient.h"
#include "flows/FlowLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace insightly {

namespace {

bool secretName(const QString &name)
{
    static const QRegularExpression secret(
        QStringLiteral("secret|password|token|credential|privatekey|^key$|apikey"),
        QRegularExpression::CaseInsensitiveOption);
    if (name.endsWith(QLatin1String("Thumbprint"), Qt::CaseInsensitive))
        return false;
    return secret.match(name).hasMatch();
}

QString pathOf(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("https://")) || pathOrUrl.startsWith(QLatin1String("http://")))
        return QUrl(pathOrUrl).path();
    return pathOrUrl.section(u'?', 0, 0);
}

AuditEntry entryFor(const QString &method, const QString &path, const QJsonObject &body, bool hasBody,
                    int status, const QJsonObject &answer, const QString &requestId)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.system = QStringLiteral("entra");
    e.method = method.toUpper();
    e.object = pathOf(path);
    if (hasBody && !body.isEmpty()) {
        e.property = body.keys().join(QStringLiteral(", "));
        e.newValue = QString::fromUtf8(
            QJsonDocument(GraphAuditRecorder::maskSecrets(body).toObject()).toJson(QJsonDocument::Compact));
    }
    e.status = status;
    e.requestId = requestId;
    if (e.method == QLatin1String("POST") && status >= 200 && status < 300)
        e.createdId = answer.value(QLatin1String("id")).toString();
    return e;
}

} // namespace

GraphAuditRecorder::GraphAuditRecorder(entra::GraphClient *graph, AuditJournal journal,
                                       std::function<QString()> tenant, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_journal(std::move(journal))
    , m_tenant(std::move(tenant))
{
    if (graph)
        connect(graph, &entra::GraphClient::writeFinished, this, &GraphAuditRecorder::record);
}

QJsonValue GraphAuditRecorder::maskSecrets(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(maskSecrets(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    // A synchronization secret: {"key": "SecretToken", "value": "…"}; only the SCIM base address is not
    // secret.
    const bool keyValuePair =
        object.contains(QLatin1String("key")) && object.contains(QLatin1String("value"));
    const bool publicPair = object.value(QLatin1String("key")).toString() == QLatin1String("BaseAddress");
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (keyValuePair && it.key() == QLatin1String("key"))
            continue; // the secret's name ("SecretToken") says what changed; it is not the secret
        if ((keyValuePair && !publicPair && it.key() == QLatin1String("value")) || secretName(it.key()))
            it.value() = redactionMarker();
        else
            it.value() = maskSecrets(it.value());
    }
    return object;
}

QList<AuditEntry> GraphAuditRecorder::entriesFor(const entra::GraphRequest &request,
                                                 const entra::GraphResult &result)
{
    if (pathOf(request.path) != QLatin1String("/$batch"))
        return {entryFor(QString::fromLatin1(request.method), request.path, request.body, request.hasBody,
                         result.status, result.json, result.requestId)};
    QHash<QString, QJsonObject> answers;
    for (const QJsonValue &answer : result.json.value(QLatin1String("responses")).toArray())
        answers.insert(answer.toObject().value(QLatin1String("id")).toString(), answer.toObject());
    QList<AuditEntry> entries;
    for (const QJsonValue &value : request.body.value(QLatin1String("requests")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject answer = answers.value(item.value(QLatin1String("id")).toString());
        const QString method = item.value(QLatin1String("method")).toString();
        if (method.compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0)
            continue;
        QString url = item.value(QLatin1String("url")).toString();
        if (!url.startsWith(u'/'))
            url.prepend(u'/');
        entries.append(entryFor(method, url, item.value(QLatin1String("body")).toObject(),
                                item.contains(QLatin1String("body")),
                                answer.isEmpty() ? 0 : answer.value(QLatin1String("status")).toInt(),
                                answer.value(QLatin1String("body")).toObject(), result.requestId));
    }
    return entries;
}

void GraphAuditRecorder::record(const entra::GraphRequest &request, const entra::GraphResult &result)
{
    const QString tenant = m_tenant ? m_tenant() : QString();
    for (const AuditEntry &entry : entriesFor(request, result))
        if (!m_journal.append(tenant, entry))
            qCWarning(lcFlows) << "the audit journal could not be written:" << m_journal.filePath(tenant);
}

} // namespace insightly
