#include "ScimPatch.h"

#include "ScimFilter.h"

#include <QJsonArray>

namespace sim::scim {

namespace {

const QString patchOpSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");

struct PatchError {
    QString scimType;
    QString detail;
};

// Entra sends booleans as "True"/"False" strings unless the aadOptscim062020 flag is set.
QJsonValue normalized(const QString &attribute, const QJsonValue &value)
{
    static const QStringList booleans{QStringLiteral("active"), QStringLiteral("primary")};
    if (value.isString() && booleans.contains(attribute, Qt::CaseInsensitive)) {
        const QString text = value.toString();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return value;
}

QJsonObject merged(QJsonObject base, const QJsonObject &update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        QString key;
        attributeValue(base, it.key(), &key);
        base.insert(key, normalized(it.key(), it.value()));
    }
    return base;
}

// Whether two elements of a multi-valued attribute are the same (members by value, others by whole value).
bool sameElement(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject()) {
        const QJsonValue va = attributeValue(a.toObject(), QStringLiteral("value"));
        const QJsonValue vb = attributeValue(b.toObject(), QStringLiteral("value"));
        if (!va.isUndefined() && !vb.isUndefined())
            return va == vb;
    }
    return a == b;
}

// The element an add/replace creates when a value filter matched nothing: the filter's `eq` comparisons.
bool elementFromFilter(const QString &filterText, QJsonObject *element)
{
    Filter filter;
    if (!filter.parse(filterText, nullptr))
        return false;
    for (const Filter::Comparison &c : filter.comparisons()) {
        if (c.op != QLatin1String("eq") || !c.path.valueFilter.isEmpty() || !c.path.subAttribute.isEmpty())
            return false;
        element->insert(c.path.attribute, c.value);
    }
    return true;
}

bool applyToContainer(QJsonObject &container, const QString &op, const AttributePath &path,
                      const QJsonValue &rawValue, PatchError *error)
{
    QString key;
    const QJsonValue current = attributeValue(container, path.attribute, &key);
    const QJsonValue value =
        normalized(path.subAttribute.isEmpty() ? path.attribute : path.subAttribute, rawValue);

    if (!path.valueFilter.isEmpty()) {
        Filter filter;
        QString filterError;
        if (!filter.parse(path.valueFilter, &filterError)) {
            *error = {QStringLiteral("invalidFilter"), filterError};
            return false;
        }
        QJsonArray elements = current.toArray();
        bool matched = false;
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (!elements[i].isObject() || !filter.matches(elements[i].toObject()))
                continue;
            matched = true;
            QJsonObject element = elements[i].toObject();
            if (op == QLatin1String("remove")) {
                if (path.subAttribute.isEmpty()) {
                    elements.removeAt(i--);
                    continue;
                }
                QString subKey;
                attributeValue(element, path.subAttribute, &subKey);
                element.remove(subKey);
            } else if (path.subAttribute.isEmpty()) {
                if (!value.isObject()) {
                    *error = {QStringLiteral("invalidValue"),
                              QStringLiteral("The value for '%1[%2]' must be an object.")
                                  .arg(path.attribute, path.valueFilter)};
                    return false;
                }
                element = merged(element, value.toObject());
            } else {
                QString subKey;
                attributeValue(element, path.subAttribute, &subKey);
                element.insert(subKey, value);
            }
            elements[i] = element;
        }
        if (!matched) {
            if (op == QLatin1String("remove"))
                return true; // removing what is not there leaves the resource as wanted
            QJsonObject element;
            if (!elementFromFilter(path.valueFilter, &element)) {
                *error = {
                    QStringLiteral("noTarget"),
                    QStringLiteral("No value of '%1' matches '%2'.").arg(path.attribute, path.valueFilter)};
                return false;
            }
            if (path.subAttribute.isEmpty())
                element = merged(element, value.toObject());
            else
                element.insert(path.subAttribute, value);
            elements.append(element);
        }
        container.insert(key, elements);
        return true;
    }

    if (!path.subAttribute.isEmpty()) {
        if (current.isArray()) {
            *error = {
                QStringLiteral("invalidPath"),
                QStringLiteral("'%1' is multi-valued; select a value with a filter.").arg(path.attribute)};
            return false;
        }
        QJsonObject complex = current.toObject();
        QString subKey;
        attributeValue(complex, path.subAttribute, &subKey);
        if (op == QLatin1String("remove"))
            complex.remove(subKey);
        else
            complex.insert(subKey, value);
        container.insert(key, complex);
        return true;
    }

    if (op == QLatin1String("remove")) {
        // Entra removes members as {"op":"Remove","path":"members","value":[{"value":"<id>"}]}.
        if (current.isArray() && rawValue.isArray()) {
            QJsonArray kept;
            for (const QJsonValue &element : current.toArray()) {
                bool drop = false;
                for (const QJsonValue &gone : rawValue.toArray())
                    drop = drop || sameElement(element, gone);
                if (!drop)
                    kept.append(element);
            }
            container.insert(key, kept);
        } else {
            container.remove(key);
        }
        return true;
    }
    if (current.isArray() || (value.isArray() && op == QLatin1String("add"))) {
        if (op == QLatin1String("replace")) {
            container.insert(key, value.isArray() ? value : QJsonArray{value});
            return true;
        }
        QJsonArray elements = current.toArray();
        for (const QJsonValue &added : value.isArray() ? value.toArray() : QJsonArray{value}) {
            bool present = false;
            for (const QJsonValue &existing : elements)
                present = present || sameElement(existing, added);
            if (!present)
                elements.append(added);
        }
        container.insert(key, elements);
        return true;
    }
    if (current.isObject() && value.isObject())
        container.insert(key, merged(current.toObject(), value.toObject()));
    else
        container.insert(key, value);
    return true;
}

bool applyOperation(QJsonObject &resource, const QString &op, const QString &pathText,
                    const QJsonValue &value, PatchError *error)
{
    AttributePath path;
    QString pathError;
    if (!parseAttributePath(pathText, &path, &pathError)) {
        *error = {QStringLiteral("invalidPath"), pathError};
        return false;
    }
    if (path.attribute.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0 ||
        path.attribute.compare(QLatin1String("meta"), Qt::CaseInsensitive) == 0) {
        *error = {QStringLiteral("mutability"),
                  QStringLiteral("The attribute '%1' is read-only.").arg(path.attribute)};
        return false;
    }
    if (path.schema.isEmpty())
        return applyToContainer(resource, op, path, value, error);

    QString schemaKey;
    QJsonObject extension = attributeValue(resource, path.schema, &schemaKey).toObject();
    if (path.attribute.isEmpty()) {
        if (op == QLatin1String("remove"))
            resource.remove(schemaKey);
        else
            resource.insert(schemaKey, merged(extension, value.toObject()));
    } else {
        if (!applyToContainer(extension, op, path, value, error))
            return false;
        resource.insert(schemaKey, extension);
    }
    QJsonArray schemas = resource.value(QStringLiteral("schemas")).toArray();
    if (op != QLatin1String("remove") && !schemas.contains(path.schema)) {
        schemas.append(path.schema);
        resource.insert(QStringLiteral("schemas"), schemas);
    }
    return true;
}

} // namespace

bool applyPatch(QJsonObject &resource, const QJsonObject &patchRequest, QString *scimType, QString *detail)
{
    auto fail = [&](const PatchError &e) {
        *scimType = e.scimType;
        *detail = e.detail;
        return false;
    };
    if (!patchRequest.value(QStringLiteral("schemas")).toArray().contains(patchOpSchema))
        return fail({QStringLiteral("invalidSyntax"),
                     QStringLiteral("The request must use the schema %1.").arg(patchOpSchema)});
    const QJsonValue operations = attributeValue(patchRequest, QStringLiteral("Operations"));
    if (!operations.isArray() || operations.toArray().isEmpty())
        return fail({QStringLiteral("invalidSyntax"), QStringLiteral("The request has no Operations.")});

    QJsonObject working = resource;
    for (const QJsonValue &entry : operations.toArray()) {
        const QJsonObject operation = entry.toObject();
        const QString op = attributeValue(operation, QStringLiteral("op")).toString().toLower();
        const QString path = attributeValue(operation, QStringLiteral("path")).toString();
        const QJsonValue value = attributeValue(operation, QStringLiteral("value"));
        if (op != QLatin1String("add") && op != QLatin1String("replace") && op != QLatin1String("remove"))
            return fail({QStringLiteral("invalidSyntax"),
                         QStringLiteral("The operation '%1' is not add, replace or remove.")
                             .arg(attributeValue(operation, QStringLiteral("op")).toString())});
        PatchError error;
        if (path.isEmpty()) {
            if (op == QLatin1String("remove"))
                return fail({QStringLiteral("noTarget"), QStringLiteral("A remove operation needs a path.")});
            if (!value.isObject())
                return fail({QStringLiteral("invalidSyntax"),
                             QStringLiteral("An operation without a path needs an object value.")});
            const QJsonObject attributes = value.toObject();
            for (auto it = attributes.begin(); it != attributes.end(); ++it)
                if (!applyOperation(working, op, it.key(), it.value(), &error))
                    return fail(error);
        } else {
            if (op != QLatin1String("remove") && value.isUndefined())
                return fail({QStringLiteral("invalidSyntax"),
                             QStringLiteral("The operation on '%1' has no value.").arg(path)});
            if (!applyOperation(working, op, path, value, &error))
                return fail(error);
        }
    }
    resource = working;
    return true;
}

} // namespace sim::scim
