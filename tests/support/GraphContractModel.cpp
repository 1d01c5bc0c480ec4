#include "GraphContractModel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace testsupport::contract {

namespace {

const QStringList moduleFiles{QStringLiteral("Applications.json"), QStringLiteral("Users.json"),
                              QStringLiteral("Groups.json"), QStringLiteral("DirectoryObjects.json"),
                              QStringLiteral("Identity.DirectoryManagement.json")};
const QStringList httpMethods{QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
                              QStringLiteral("patch"), QStringLiteral("delete")};
const QString namespacePrefix = QStringLiteral("microsoft.graph.");

QString refName(const QString &ref)
{
    return ref.mid(ref.lastIndexOf(u'/') + 1);
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}') && segment.count(u'{') == 1;
}

// `applications(appId='{appId}')` -> a regular expression in which each `{x}` stands for any text.
QRegularExpression segmentPattern(const QString &segment)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    QString pattern;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(segment); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern +=
            QRegularExpression::escape(segment.mid(from, m.capturedStart() - from)) + QStringLiteral("[^/]*");
        from = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(segment.mid(from));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::CaseInsensitiveOption);
}

// The spellings Graph accepts for the last segment of a bound action or function: with or without the
// namespace, and for a function without parameters also without its empty parentheses.
QStringList boundOperationSpellings(const QString &segment)
{
    QStringList names{segment};
    if (segment.startsWith(namespacePrefix))
        names << segment.mid(namespacePrefix.size());
    const QStringList withParentheses = names;
    for (const QString &name : withParentheses)
        if (name.endsWith(QLatin1String("()")))
            names << name.chopped(2);
    return names;
}

} // namespace

bool ContractModel::load(const QString &folder, QString *error)
{
    for (const QString &file : moduleFiles)
        if (!loadModule(QDir(folder).filePath(file), error))
            return false;
    return true;
}

bool ContractModel::loadModule(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
        return false;
    }
    QJsonParseError parseError;
    // Only the compiled index outlives this function: the parsed document is dropped at its end.
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object: %2").arg(file, parseError.errorString());
        return false;
    }
    const QJsonObject components = doc.object().value(QStringLiteral("components")).toObject();
    const QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
    declareSchemas(schemas);
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        fillType(m_typeByName.value(it.key()), it.value().toObject());

    const QJsonObject paths = doc.object().value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString pathTemplate = it.key();
        const QJsonObject pathItem = it.value().toObject();
        QStringList segments = pathTemplate.split(u'/');
        segments.removeFirst(); // before the leading '/'
        ++m_pathCount;
        bool bound = false;
        for (const QString &method : httpMethods) {
            const QString kind = pathItem.value(method)
                                     .toObject()
                                     .value(QStringLiteral("x-ms-docs-operation-type"))
                                     .toString();
            bound = bound || kind == QLatin1String("action") || kind == QLatin1String("function");
            m_operationCount += pathItem.contains(method) ? 1 : 0;
        }
        if (!bound) {
            addPath(pathTemplate, segments, pathItem, components);
            continue;
        }
        for (const QString &spelling : boundOperationSpellings(segments.last())) {
            segments.last() = spelling;
            addPath(pathTemplate, segments, pathItem, components);
        }
    }
    return true;
}

void ContractModel::declareSchemas(const QJsonObject &schemas)
{
    for (auto it = schemas.begin(); it != schemas.end(); ++it) {
        if (m_typeByName.contains(it.key()))
            continue; // the modules repeat shared types; fillType() merges their properties
        m_typeByName.insert(it.key(), int(m_types.size()));
        m_types.push_back(ObjectType{it.key(), {}, {}, false});
    }
}

void ContractModel::fillType(int index, const QJsonObject &schema)
{
    if (schema.contains(QStringLiteral("allOf"))) {
        for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray()) {
            const QJsonObject partObject = part.toObject();
            if (partObject.contains(QStringLiteral("$ref"))) {
                const int base = typeByName(refName(partObject.value(QStringLiteral("$ref")).toString()));
                if (base >= 0 && base != index && !m_types[index].bases.contains(base))
                    m_types[index].bases.append(base);
            } else {
                fillType(index, partObject);
            }
        }
        return;
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (m_types[index].properties.contains(it.key()))
            continue;
        const int propertyType = compileSchema(it.value().toObject(), m_types[index].name + u'.' + it.key());
        m_types[index].properties.insert(it.key(), propertyType);
    }
    const QString jsonType = schema.value(QStringLiteral("type")).toString();
    if (properties.isEmpty() && m_types[index].bases.isEmpty() && m_types[index].properties.isEmpty() &&
        jsonType != QLatin1String("object"))
        m_types[index].scalar = true;
    for (const QJsonValue &member : schema.value(QStringLiteral("enum")).toArray())
        if (member.isString())
            m_types[index].enumValues.insert(member.toString().toLower());
    if (schema.value(QStringLiteral("x-ms-enum-flags")).toObject().value(QStringLiteral("isFlags")).toBool())
        m_types[index].flags = true;
}

int ContractModel::compileSchema(const QJsonObject &schema, const QString &where)
{
    if (schema.contains(QStringLiteral("$ref")))
        return typeByName(refName(schema.value(QStringLiteral("$ref")).toString()));
    if (schema.value(QStringLiteral("type")).toString() == QLatin1String("array"))
        return compileSchema(schema.value(QStringLiteral("items")).toObject(), where);
    if (!schema.contains(QStringLiteral("properties")) && !schema.contains(QStringLiteral("allOf")) &&
        !schema.contains(QStringLiteral("enum")))
        return -1; // a primitive, or an object the description leaves open
    const int index = int(m_types.size());
    m_types.push_back(ObjectType{where, {}, {}, false});
    fillType(index, schema);
    return index;
}

void ContractModel::addPath(const QString &pathTemplate, const QStringList &segments,
                            const QJsonObject &pathItem, const QJsonObject &components)
{
    int node = 0;
    for (const QString &segment : segments)
        node = childFor(node, segment);
    m_nodes[node].pathTemplate = pathTemplate;
    const QJsonObject sharedParameters = components.value(QStringLiteral("parameters")).toObject();
    for (const QString &method : httpMethods) {
        if (!pathItem.contains(method))
            continue;
        const QJsonObject json = pathItem.value(method).toObject();
        Operation op;
        op.method = method.toUpper();
        op.pathTemplate = pathTemplate;
        const QString kind = json.value(QStringLiteral("x-ms-docs-operation-type")).toString();
        op.boundOperation = kind == QLatin1String("action") || kind == QLatin1String("function");
        for (const QJsonValue &p : json.value(QStringLiteral("parameters")).toArray()) {
            QJsonObject parameter = p.toObject();
            if (parameter.contains(QStringLiteral("$ref")))
                parameter =
                    sharedParameters.value(refName(parameter.value(QStringLiteral("$ref")).toString()))
                        .toObject();
            if (parameter.value(QStringLiteral("in")).toString() == QLatin1String("query"))
                op.queryOptions.insert(parameter.value(QStringLiteral("name")).toString().toLower());
        }
        if (json.contains(QStringLiteral("requestBody"))) {
            op.hasBody = true;
            QJsonObject body = json.value(QStringLiteral("requestBody")).toObject();
            if (body.contains(QStringLiteral("$ref")))
                body = components.value(QStringLiteral("requestBodies"))
                           .toObject()
                           .value(refName(body.value(QStringLiteral("$ref")).toString()))
                           .toObject();
            const QJsonObject jsonContent = body.value(QStringLiteral("content"))
                                                .toObject()
                                                .value(QStringLiteral("application/json"))
                                                .toObject();
            if (!jsonContent.isEmpty())
                op.bodyType = compileSchema(jsonContent.value(QStringLiteral("schema")).toObject(),
                                            QStringLiteral("body of %1 %2").arg(op.method, pathTemplate));
        }
        m_nodes[node].operations.insert(op.method, op);
    }
}

int ContractModel::childFor(int node, const QString &segment)
{
    if (isPlaceholder(segment)) {
        if (m_nodes[node].wildcard < 0) {
            m_nodes[node].wildcard = int(m_nodes.size());
            m_nodes.emplace_back();
        }
        return m_nodes[node].wildcard;
    }
    if (segment.contains(u'{')) {
        const QRegularExpression pattern = segmentPattern(segment);
        for (const auto &[existing, child] : std::as_const(m_nodes[node].patterns))
            if (existing.pattern() == pattern.pattern())
                return child;
        const int child = int(m_nodes.size());
        m_nodes.emplace_back();
        m_nodes[node].patterns.append({pattern, child});
        return child;
    }
    const QString key = segment.toLower();
    if (const auto it = m_nodes[node].literals.constFind(key); it != m_nodes[node].literals.cend())
        return it.value();
    const int child = int(m_nodes.size());
    m_nodes.emplace_back();
    m_nodes[node].literals.insert(key, child);
    return child;
}

QList<int> ContractModel::match(const QStringList &segments) const
{
    QList<int> out;
    matchFrom(0, segments, 0, &out);
    return out;
}

void ContractModel::matchFrom(int node, const QStringList &segments, int at, QList<int> *out) const
{
    const PathNode &n = m_nodes[node];
    if (at == segments.size()) {
        if (!n.operations.isEmpty())
            out->append(node);
        return;
    }
    const QString &segment = segments[at];
    if (const auto it = n.literals.constFind(segment.toLower()); it != n.literals.cend())
        matchFrom(it.value(), segments, at + 1, out);
    for (const auto &[pattern, child] : n.patterns)
        if (pattern.match(segment).hasMatch())
            matchFrom(child, segments, at + 1, out);
    if (n.wildcard >= 0 && !segment.isEmpty())
        matchFrom(n.wildcard, segments, at + 1, out);
}

bool ContractModel::findProperty(int type, const QString &property, int *propertyType) const
{
    QList<int> pending{type};
    QSet<int> seen;
    while (!pending.isEmpty()) {
        const int current = pending.takeFirst();
        if (current < 0 || seen.contains(current))
            continue;
        seen.insert(current);
        const ObjectType &t = m_types[current];
        if (const auto it = t.properties.constFind(property); it != t.properties.cend()) {
            *propertyType = it.value();
            return true;
        }
        pending += t.bases;
    }
    return false;
}

} // namespace testsupport::contract
