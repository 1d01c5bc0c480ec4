#pragma once

// Validates `--check --json` output against docs/check.schema.json: the subset of JSON Schema that file uses
// (type, required, properties, items, enum, const, minLength). Returns what does not match; empty = valid.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace checkschema {

inline QJsonObject load()
{
    QFile file(QStringLiteral(INSIGHTLY_SOURCE_DIR "/docs/check.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    return true;
}

inline void validate(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                     QStringList *problems)
{
    if (schema.contains(QLatin1String("type")) &&
        !hasType(value, schema.value(QLatin1String("type")).toString())) {
        problems->append(where + QStringLiteral(": not a ") + schema.value(QLatin1String("type")).toString());
        return;
    }
    if (schema.contains(QLatin1String("const")) && value != schema.value(QLatin1String("const")))
        problems->append(where + QStringLiteral(": not the constant"));
    if (schema.contains(QLatin1String("enum")) &&
        !schema.value(QLatin1String("enum")).toArray().contains(value))
        problems->append(where + QStringLiteral(": not one of the enumeration: ") +
                         value.toVariant().toString());
    if (schema.contains(QLatin1String("minLength")) &&
        value.toString().size() < schema.value(QLatin1String("minLength")).toInt())
        problems->append(where + QStringLiteral(": too short"));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &key : schema.value(QLatin1String("required")).toArray())
            if (!object.contains(key.toString()))
                problems->append(where + QStringLiteral(": missing ") + key.toString());
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (object.contains(it.key()))
                validate(object.value(it.key()), it.value().toObject(), where + u'.' + it.key(), problems);
    }
    if (value.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(array.at(i), schema.value(QLatin1String("items")).toObject(),
                     where + QStringLiteral("[%1]").arg(i), problems);
    }
}

inline QStringList violations(const QJsonObject &output)
{
    const QJsonObject schema = load();
    if (schema.isEmpty())
        return {QStringLiteral("docs/check.schema.json could not be read")};
    QStringList problems;
    validate(output, schema, QStringLiteral("$"), &problems);
    return problems;
}

} // namespace checkschema
