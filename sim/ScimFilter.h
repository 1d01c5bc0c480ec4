#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>

namespace sim::scim {

// An attribute path of RFC 7644 §3.10: [schemaUrn:]attribute[[valueFilter]][.subAttribute].
struct AttributePath {
    QString schema;       // an extension schema URN; empty for the core schema
    QString attribute;    // empty when the path names a whole extension schema
    QString valueFilter;  // the text inside [...]; empty when none
    QString subAttribute; // empty when none
};

// Parses `text`; false with *error set when it is not an attribute path.
bool parseAttributePath(const QString &text, AttributePath *path, QString *error);

// The value of `name` in `object`, matching the key case-insensitively (SCIM attribute names are). Sets *key
// to the key as stored, or to `name` when absent.
QJsonValue attributeValue(const QJsonObject &object, const QString &name, QString *key = nullptr);

// Whether values of the attribute compare case-sensitively (RFC 7643 caseExact).
bool isCaseExact(const QString &attribute);

// A filter of RFC 7644 §3.4.2.2 as far as Entra uses it: comparisons (`eq`, `ne`, `co`, `sw`, `ew`, `pr`)
// joined with `and`. `or`, `not` and grouping are refused as invalidFilter, so that a client relying on them
// learns it.
class Filter
{
public:
    struct Comparison {
        AttributePath path;
        QString op;       // lower case
        QJsonValue value; // undefined for `pr`
    };

    // Parses `text`; false with *error set (the SCIM error detail) when it is not a supported filter.
    bool parse(const QString &text, QString *error);
    bool matches(const QJsonObject &resource) const;
    const QList<Comparison> &comparisons() const { return m_comparisons; }

private:
    QList<Comparison> m_comparisons;
};

// The values an attribute path selects in a resource (multi-valued attributes flattened), for filtering.
QList<QJsonValue> selectValues(const QJsonObject &resource, const AttributePath &path);

} // namespace sim::scim
