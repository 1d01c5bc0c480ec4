#include "GraphContract.h"

#include "GraphContractModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace testsupport {

namespace {

constexpr int maxBatchRequests = 20; // https://learn.microsoft.com/graph/json-batching

const QSet<QString> batchItemKeys{QStringLiteral("id"),   QStringLiteral("method"),
                                  QStringLiteral("url"),  QStringLiteral("headers"),
                                  QStringLiteral("body"), QStringLiteral("dependsOn")};
const QSet<QString> batchMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                 QStringLiteral("PATCH"), QStringLiteral("DELETE")};

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Graph writes these into the nextLink / deltaLink it returns, so a client that follows links sends them even
// though no operation lists them.
bool isServerPagingOption(const QString &name)
{
    return name == QLatin1String("$skiptoken") || name == QLatin1String("$deltatoken");
}

bool hasBody(const QJsonValue &body)
{
    switch (body.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::Object:
        return !body.toObject().isEmpty(); // clients send "{}" with body-less POSTs; Graph ignores it
    case QJsonValue::Array:
        return !body.toArray().isEmpty();
    case QJsonValue::String:
        return !body.toString().isEmpty();
    default:
        return true;
    }
}

QString allowedMethods(const QHash<QString, contract::Operation> &operations)
{
    QStringList methods = operations.keys();
    methods.sort();
    return methods.join(QStringLiteral(", "));
}

} // namespace

GraphContract::GraphContract()
    : m_model(std::make_unique<contract::ContractModel>())
{
}

GraphContract::~GraphContract() = default;

bool GraphContract::load(const QString &folder, QString *error)
{
    m_model = std::make_unique<contract::ContractModel>();
    m_loaded = m_model->load(folder, error);
    return m_loaded;
}

int GraphContract::pathCount() const
{
    return m_model->pathCount();
}

int GraphContract::operationCount() const
{
    return m_model->operationCount();
}

QList<ContractProblem> GraphContract::check(const QString &method, const QString &url,
                                            const QJsonValue &body) const
{
    QString relative = url;
    if (relative.startsWith(QLatin1String("https://")) || relative.startsWith(QLatin1String("http://"))) {
        const QUrl absolute(url);
        relative = absolute.path(QUrl::FullyEncoded);
        if (absolute.hasQuery())
            relative += u'?' + absolute.query(QUrl::FullyEncoded);
    }
    if (relative == QLatin1String("/v1.0") || relative.startsWith(QLatin1String("/v1.0/")) ||
        relative.startsWith(QLatin1String("/v1.0?")))
        relative = relative.mid(5);
    return checkRequest(method.toUpper(), relative, body, false);
}

QList<ContractProblem> GraphContract::checkRequest(const QString &method, const QString &relativeUrl,
                                                   const QJsonValue &body, bool insideBatch) const
{
    QList<ContractProblem> problems;
    const qsizetype q = relativeUrl.indexOf(u'?');
    QString path = q < 0 ? relativeUrl : relativeUrl.left(q);
    const QString query = q < 0 ? QString() : relativeUrl.mid(q + 1);
    if (!path.startsWith(u'/'))
        path.prepend(u'/'); // batch items may leave the slash out
    QStringList segments = path.mid(1).split(u'/');
    for (QString &segment : segments)
        segment = decoded(segment);

    if (segments == QStringList{QStringLiteral("$batch")}) {
        if (insideBatch)
            problems.append(
                {ContractProblem::InvalidBatch, QStringLiteral("a $batch cannot contain a $batch"), {}});
        else
            checkBatch(method, query, body, &problems);
        return problems;
    }
    if (segments.first().compare(QLatin1String("me"), Qt::CaseInsensitive) == 0) {
        segments.first() = QStringLiteral("users"); // /me is Graph's alias of /users/{signed-in user}
        segments.insert(1, QStringLiteral("me"));
    }

    const QList<int> candidates = m_model->match(segments);
    if (candidates.isEmpty()) {
        problems.append({ContractProblem::UnknownPath,
                         QStringLiteral("%1 %2: no path of the description matches").arg(method, path),
                         {}});
        return problems;
    }
    const contract::Operation *op = nullptr;
    for (int node : candidates) {
        if (const auto it = m_model->operations(node).constFind(method);
            it != m_model->operations(node).cend()) {
            op = &it.value();
            break;
        }
    }
    if (!op) {
        problems.append({ContractProblem::MethodNotAllowed,
                         QStringLiteral("%1 %2: %3 allows only %4")
                             .arg(method, path, m_model->pathTemplate(candidates.first()),
                                  allowedMethods(m_model->operations(candidates.first()))),
                         {}});
        return problems;
    }

    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString name = decoded(pair.left(pair.indexOf(u'='))).toLower();
        if (op->queryOptions.contains(name) || (method == QLatin1String("GET") && isServerPagingOption(name)))
            continue;
        QStringList listed = op->queryOptions.values();
        listed.sort();
        problems.append(
            {ContractProblem::UnknownQueryOption,
             QStringLiteral("%1 %2 does not list the query option '%3' (it lists: %4)")
                 .arg(method, op->pathTemplate, name,
                      listed.isEmpty() ? QStringLiteral("none") : listed.join(QStringLiteral(", "))),
             {}});
    }

    if (!op->hasBody && hasBody(body))
        problems.append({ContractProblem::BodyNotAllowed,
                         QStringLiteral("%1 %2 takes no request body").arg(method, op->pathTemplate),
                         {}});
    else if (op->bodyType >= 0)
        checkBody(op->bodyType, body, QString(), &problems);
    return problems;
}

void GraphContract::checkBody(int type, const QJsonValue &value, const QString &where,
                              QList<ContractProblem> *problems) const
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            checkBody(type, items.at(i), where + QStringLiteral("[%1]").arg(i), problems);
        return;
    }
    if (type >= 0 && value.isString() && !m_model->type(type).enumValues.isEmpty()) {
        const contract::ObjectType &enumType = m_model->type(type);
        const QStringList members =
            enumType.flags ? value.toString().split(u',') : QStringList{value.toString()};
        for (const QString &member : members)
            if (!enumType.enumValues.contains(member.trimmed().toLower()))
                problems->append({ContractProblem::UnknownEnumValue,
                                  QStringLiteral("'%1' = '%2' is not a member of %3")
                                      .arg(where, member.trimmed(), enumType.name),
                                  {}});
        return;
    }
    if (type < 0 || !value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString prefix = where.isEmpty() ? QString() : where + u'.';
    if (object.contains(QStringLiteral("@odata.type"))) {
        // A derived type named by the client (e.g. a #microsoft.graph.user among directoryObjects).
        const QString derived = object.value(QStringLiteral("@odata.type")).toString().remove(u'#');
        type = m_model->typeByName(derived);
        if (type < 0) {
            problems->append({ContractProblem::UnknownBodyProperty,
                              QStringLiteral("'%1@odata.type' names %2, a type the description does not know")
                                  .arg(prefix, derived),
                              {}});
            return;
        }
    }
    const contract::ObjectType &declared = m_model->type(type);
    if (declared.scalar || declared.open())
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u'@'))
            continue; // instance annotations: @odata.type, @odata.id, …
        const qsizetype at = key.indexOf(u'@');
        const QString property = at < 0 ? key : key.left(at); // members@odata.bind annotates "members"
        int propertyType = -1;
        if (!m_model->findProperty(type, property, &propertyType)) {
            problems->append(
                {ContractProblem::UnknownBodyProperty,
                 QStringLiteral("'%1%2' is not a property of %3").arg(prefix, property, declared.name),
                 {}});
            continue;
        }
        if (at < 0)
            checkBody(propertyType, it.value(), prefix + property, problems);
    }
}

void GraphContract::checkBatch(const QString &method, const QString &query, const QJsonValue &body,
                               QList<ContractProblem> *problems) const
{
    auto invalid = [problems](const QString &detail, const QString &itemId = {}) {
        problems->append({ContractProblem::InvalidBatch, detail, itemId});
    };
    if (method != QLatin1String("POST")) {
        problems->append({ContractProblem::MethodNotAllowed,
                          QStringLiteral("%1 /$batch: JSON batching takes POST only").arg(method),
                          {}});
        return;
    }
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts))
        problems->append({ContractProblem::UnknownQueryOption,
                          QStringLiteral("POST /$batch takes no query option ('%1')")
                              .arg(decoded(pair.left(pair.indexOf(u'=')))),
                          {}});
    const QJsonObject envelope = body.toObject();
    for (auto it = envelope.begin(); it != envelope.end(); ++it)
        if (it.key() != QLatin1String("requests"))
            invalid(QStringLiteral("the batch envelope has an unknown member '%1'").arg(it.key()));
    if (!envelope.value(QStringLiteral("requests")).isArray()) {
        invalid(QStringLiteral("the batch body must be a JSON object with a 'requests' array"));
        return;
    }
    const QJsonArray requests = envelope.value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        invalid(QStringLiteral("the batch has no requests"));
    if (requests.size() > maxBatchRequests)
        invalid(QStringLiteral("the batch has %1 requests; Graph takes at most %2")
                    .arg(requests.size())
                    .arg(maxBatchRequests));

    QStringList ids;
    for (const QJsonValue &v : requests)
        ids << (v.toObject().value(QStringLiteral("id")).isString()
                    ? v.toObject().value(QStringLiteral("id")).toString()
                    : QString());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject item = requests.at(i).toObject();
        const QString id = ids.at(i).isEmpty() ? QStringLiteral("#%1").arg(i + 1) : ids.at(i);
        if (!requests.at(i).isObject()) {
            invalid(QStringLiteral("request %1 is not a JSON object").arg(i + 1), id);
            continue;
        }
        for (auto it = item.begin(); it != item.end(); ++it)
            if (!batchItemKeys.contains(it.key()))
                invalid(QStringLiteral("request '%1' has an unknown member '%2'").arg(id, it.key()), id);
        if (ids.at(i).isEmpty())
            invalid(QStringLiteral("request %1 has no 'id' string").arg(i + 1), id);
        else if (ids.count(ids.at(i)) > 1 && ids.indexOf(ids.at(i)) == i)
            invalid(QStringLiteral("the id '%1' is used more than once").arg(id), id);
        const QString itemMethod = item.value(QStringLiteral("method")).toString();
        const QString itemUrl = item.value(QStringLiteral("url")).toString();
        if (!batchMethods.contains(itemMethod))
            invalid(QStringLiteral("request '%1' has no valid 'method' (GET, POST, PUT, PATCH or DELETE)")
                        .arg(id),
                    id);
        if (itemUrl.isEmpty())
            invalid(QStringLiteral("request '%1' has no 'url'").arg(id), id);
        else if (itemUrl.startsWith(QLatin1String("http")))
            invalid(
                QStringLiteral("request '%1': the url must be relative to /v1.0, not %2").arg(id, itemUrl),
                id);
        const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
        if (item.contains(QStringLiteral("headers")) && !item.value(QStringLiteral("headers")).isObject())
            invalid(QStringLiteral("request '%1': 'headers' must be an object").arg(id), id);
        bool hasContentType = false;
        for (auto it = headers.begin(); it != headers.end(); ++it)
            hasContentType =
                hasContentType || it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        if (item.contains(QStringLiteral("body")) && !hasContentType)
            invalid(QStringLiteral("request '%1' has a body but no Content-Type header").arg(id), id);
        if (item.contains(QStringLiteral("dependsOn"))) {
            for (const QJsonValue &dependency : item.value(QStringLiteral("dependsOn")).toArray())
                if (!dependency.isString() || !ids.contains(dependency.toString()) ||
                    dependency.toString() == id)
                    invalid(QStringLiteral("request '%1' depends on '%2', not another request of the batch")
                                .arg(id, dependency.toVariant().toString()),
                            id);
        }
        if (itemUrl.isEmpty() || itemUrl.startsWith(QLatin1String("http")) ||
            !batchMethods.contains(itemMethod))
            continue;
        for (ContractProblem problem :
             checkRequest(itemMethod, itemUrl, item.value(QStringLiteral("body")), true)) {
            problem.detail = QStringLiteral("batch request '%1': %2").arg(id, problem.detail);
            problem.batchItemId = id;
            problems->append(problem);
        }
    }
}

} // namespace testsupport
