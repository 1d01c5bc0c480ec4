#include "ScimFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sim::scim {

namespace {

const QString coreUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString coreGroupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
const QString enterpriseUserSchema =
    QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

// Reads a JSON string literal starting at text[*pos] == '"'.
bool readQuoted(const QString &text, qsizetype *pos, QJsonValue *value)
{
    qsizetype i = *pos + 1;
    while (i < text.size() && text[i] != u'"') {
        if (text[i] == u'\\')
            ++i;
        ++i;
    }
    if (i >= text.size())
        return false;
    const QString literal = text.mid(*pos, i - *pos + 1);
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(literal).toUtf8());
    if (!doc.isArray() || doc.array().size() != 1)
        return false;
    *value = doc.array().first();
    *pos = i + 1;
    return true;
}

QString readWord(const QString &text, qsizetype *pos)
{
    const qsizetype start = *pos;
    while (*pos < text.size() && !isSpace(text[*pos]))
        ++*pos;
    return text.mid(start, *pos - start);
}

// An attribute path may hold a bracketed value filter with spaces and quotes.
QString readAttributePathToken(const QString &text, qsizetype *pos)
{
    const qsizetype start = *pos;
    int depth = 0;
    bool quoted = false;
    while (*pos < text.size()) {
        const QChar c = text[*pos];
        if (quoted) {
            if (c == u'\\')
                ++*pos;
            else if (c == u'"')
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            --depth;
        } else if (depth == 0 && isSpace(c)) {
            break;
        }
        ++*pos;
    }
    return text.mid(start, *pos - start);
}

void skipSpaces(const QString &text, qsizetype *pos)
{
    while (*pos < text.size() && isSpace(text[*pos]))
        ++*pos;
}

bool valuesEqual(const QJsonValue &actual, const QJsonValue &wanted, bool caseExact)
{
    if (wanted.isBool()) {
        if (actual.isBool())
            return actual.toBool() == wanted.toBool();
        if (actual.isString())
            return actual.toString().compare(wanted.toBool() ? QLatin1String("true") : QLatin1String("false"),
                                             Qt::CaseInsensitive) == 0;
        return false;
    }
    if (wanted.isDouble())
        return actual.isDouble() && actual.toDouble() == wanted.toDouble();
    if (wanted.isNull())
        return actual.isNull() || actual.isUndefined();
    if (!actual.isString())
        return false;
    return actual.toString().compare(wanted.toString(),
                                     caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

} // namespace

bool parseAttributePath(const QString &text, AttributePath *path, QString *error)
{
    *path = AttributePath();
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        QString schema;
        for (const QString &known : {coreUserSchema, coreGroupSchema, enterpriseUserSchema}) {
            if (rest.compare(known, Qt::CaseInsensitive) == 0) {
                schema = known;
                rest.clear();
                break;
            }
            if (rest.startsWith(known + u':', Qt::CaseInsensitive)) {
                schema = known;
                rest = rest.mid(known.size() + 1);
                break;
            }
        }
        if (schema.isEmpty()) {
            const qsizetype colon = rest.lastIndexOf(u':');
            schema = rest.left(colon);
            rest = rest.mid(colon + 1);
        }
        if (schema != coreUserSchema && schema != coreGroupSchema)
            path->schema = schema;
        if (rest.isEmpty()) {
            if (path->schema.isEmpty()) {
                if (error)
                    *error = QStringLiteral("The attribute path '%1' names no attribute.").arg(text);
                return false;
            }
            return true;
        }
    }
    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z][A-Za-z0-9_$-]*)(?:\\[(.*)\\])?(?:\\.([A-Za-z][A-Za-z0-9_$-]*))?$"));
    const QRegularExpressionMatch match = shape.match(rest);
    if (!match.hasMatch()) {
        if (error)
            *error = QStringLiteral("The attribute path '%1' is not valid.").arg(text);
        return false;
    }
    path->attribute = match.captured(1);
    path->valueFilter = match.captured(2);
    path->subAttribute = match.captured(3);
    return true;
}

QJsonValue attributeValue(const QJsonObject &object, const QString &name, QString *key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            if (key)
                *key = it.key();
            return it.value();
        }
    }
    if (key)
        *key = name;
    return QJsonValue(QJsonValue::Undefined);
}

bool isCaseExact(const QString &attribute)
{
    // RFC 7643 §4: id and externalId are caseExact; userName, emails, displayName are not. Members are ids.
    return attribute.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0 ||
           attribute.compare(QLatin1String("externalId"), Qt::CaseInsensitive) == 0 ||
           attribute.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0;
}

QList<QJsonValue> selectValues(const QJsonObject &resource, const AttributePath &path)
{
    const QJsonObject container =
        path.schema.isEmpty() ? resource : attributeValue(resource, path.schema).toObject();
    if (path.attribute.isEmpty())
        return {container};
    const QJsonValue value = attributeValue(container, path.attribute);
    QList<QJsonValue> candidates;
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            candidates.append(element);
    } else if (!value.isUndefined() && !value.isNull()) {
        candidates.append(value);
    }
    if (!path.valueFilter.isEmpty()) {
        Filter elementFilter;
        if (!elementFilter.parse(path.valueFilter, nullptr))
            return {};
        QList<QJsonValue> kept;
        for (const QJsonValue &c : candidates)
            if (c.isObject() && elementFilter.matches(c.toObject()))
                kept.append(c);
        candidates = kept;
    }
    if (path.subAttribute.isEmpty())
        return candidates;
    QList<QJsonValue> values;
    for (const QJsonValue &c : candidates) {
        const QJsonValue sub = attributeValue(c.toObject(), path.subAttribute);
        if (sub.isArray()) {
            for (const QJsonValue &element : sub.toArray())
                values.append(element);
        } else if (!sub.isUndefined() && !sub.isNull()) {
            values.append(sub);
        }
    }
    return values;
}

bool Filter::parse(const QString &text, QString *error)
{
    m_comparisons.clear();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    qsizetype pos = 0;
    skipSpaces(text, &pos);
    if (pos >= text.size())
        return fail(QStringLiteral("The filter is empty."));
    while (true) {
        skipSpaces(text, &pos);
        if (pos < text.size() && text[pos] == u'(')
            return fail(QStringLiteral("Grouping with parentheses is not supported in filters."));
        Comparison comparison;
        const QString pathText = readAttributePathToken(text, &pos);
        if (pathText.compare(QLatin1String("not"), Qt::CaseInsensitive) == 0)
            return fail(QStringLiteral("The filter operator 'not' is not supported."));
        QString pathError;
        if (!parseAttributePath(pathText, &comparison.path, &pathError))
            return fail(pathError);
        if (!comparison.path.valueFilter.isEmpty()) {
            Filter inner;
            QString innerError;
            if (!inner.parse(comparison.path.valueFilter, &innerError))
                return fail(innerError);
        }
        skipSpaces(text, &pos);
        comparison.op = readWord(text, &pos).toLower();
        static const QStringList supported{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("co"),
                                           QStringLiteral("sw"), QStringLiteral("ew"), QStringLiteral("pr")};
        if (comparison.op.isEmpty())
            return fail(QStringLiteral("The filter '%1' has no operator.").arg(text));
        if (!supported.contains(comparison.op))
            return fail(QStringLiteral("The filter operator '%1' is not supported.").arg(comparison.op));
        if (comparison.op != QLatin1String("pr")) {
            skipSpaces(text, &pos);
            if (pos >= text.size())
                return fail(QStringLiteral("The filter '%1' has no comparison value.").arg(text));
            if (text[pos] == u'"') {
                if (!readQuoted(text, &pos, &comparison.value))
                    return fail(QStringLiteral("The filter '%1' has an unterminated string.").arg(text));
            } else {
                const QString word = readWord(text, &pos);
                bool isNumber = false;
                const double number = word.toDouble(&isNumber);
                if (word == QLatin1String("true") || word == QLatin1String("false"))
                    comparison.value = word == QLatin1String("true");
                else if (word == QLatin1String("null"))
                    comparison.value = QJsonValue(QJsonValue::Null);
                else if (isNumber)
                    comparison.value = number;
                else
                    return fail(QStringLiteral("The comparison value '%1' must be quoted.").arg(word));
            }
        }
        m_comparisons.append(comparison);
        skipSpaces(text, &pos);
        if (pos >= text.size())
            return true;
        const QString logical = readWord(text, &pos).toLower();
        if (logical != QLatin1String("and"))
            return fail(QStringLiteral("The filter operator '%1' is not supported.").arg(logical));
    }
}

bool Filter::matches(const QJsonObject &resource) const
{
    for (const Comparison &c : m_comparisons) {
        const QList<QJsonValue> values = selectValues(resource, c.path);
        const bool caseExact =
            isCaseExact(c.path.attribute) &&
            (c.path.subAttribute.isEmpty() || c.path.subAttribute == QLatin1String("value"));
        bool any = false;
        for (const QJsonValue &v : values) {
            if (c.op == QLatin1String("pr")) {
                any = !(v.isString() && v.toString().isEmpty());
            } else if (c.op == QLatin1String("eq")) {
                any = valuesEqual(v, c.value, caseExact);
            } else if (c.op == QLatin1String("ne")) {
                any = !valuesEqual(v, c.value, caseExact);
            } else if (v.isString() && c.value.isString()) {
                const Qt::CaseSensitivity cs = caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
                const QString s = v.toString(), w = c.value.toString();
                any = c.op == QLatin1String("co")   ? s.contains(w, cs)
                      : c.op == QLatin1String("sw") ? s.startsWith(w, cs)
                                                    : s.endsWith(w, cs);
            }
            if (any)
                break;
        }
        // `ne` also holds when the attribute has no value at all.
        if (!any && !(c.op == QLatin1String("ne") && values.isEmpty()))
            return false;
    }
    return true;
}

} // namespace sim::scim
