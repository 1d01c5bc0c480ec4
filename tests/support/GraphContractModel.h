#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace testsupport::contract {

// One schema of the description reduced to what a request-body check needs: property names and, for each,
// the type its value must have (an index into ContractModel::types, or -1 when the value is not checked).
struct ObjectType {
    QString name;     // "microsoft.graph.application", or where an inline schema was found
    QList<int> bases; // allOf parents (inheritance: microsoft.graph.entity, directoryObject, …)
    QHash<QString, int> properties; // declared here, not inherited
    bool scalar = false;            // enum or primitive: a JSON value, never an object with properties
    QSet<QString> enumValues;       // lower case; empty = any value
    bool flags = false;             // an enum whose value may combine members: "Watermark,Escrows"
    bool open() const { return !scalar && properties.isEmpty() && bases.isEmpty(); }
};

struct Operation {
    QString method;              // upper case
    QString pathTemplate;        // as written in the description
    QSet<QString> queryOptions;  // names listed for the operation, lower case ("$select", "@id", …)
    bool hasBody = false;        // the operation declares a request body
    int bodyType = -1;           // its JSON schema, -1 = not JSON or not checkable
    bool boundOperation = false; // an action or function
};

// The union of the Graph modules' paths as a tree of segments, with their operations.
class ContractModel
{
public:
    bool load(const QString &folder, QString *error);

    // Nodes whose template matches the segments, most specific first (literal before pattern before `{x}`).
    QList<int> match(const QStringList &segments) const;
    const QHash<QString, Operation> &operations(int node) const { return m_nodes[node].operations; }
    const QString &pathTemplate(int node) const { return m_nodes[node].pathTemplate; }

    int typeByName(const QString &name) const { return m_typeByName.value(name, -1); }
    const ObjectType &type(int index) const { return m_types[index]; }
    // The type of `property` on `type` or one of its bases; false when the property is not declared.
    bool findProperty(int type, const QString &property, int *propertyType) const;

    int pathCount() const { return m_pathCount; }
    int operationCount() const { return m_operationCount; }

private:
    struct PathNode {
        QHash<QString, int> literals; // lower-cased segment -> node
        QList<QPair<QRegularExpression, int>> patterns;
        int wildcard = -1;
        QString pathTemplate;
        QHash<QString, Operation> operations; // by method
    };

    bool loadModule(const QString &file, QString *error);
    void declareSchemas(const QJsonObject &schemas);
    void fillType(int index, const QJsonObject &schema);
    int compileSchema(const QJsonObject &schema, const QString &where);
    void addPath(const QString &pathTemplate, const QStringList &segments, const QJsonObject &pathItem,
                 const QJsonObject &components);
    int childFor(int node, const QString &segment);
    void matchFrom(int node, const QStringList &segments, int at, QList<int> *out) const;

    std::vector<ObjectType> m_types;
    QHash<QString, int> m_typeByName;
    std::vector<PathNode> m_nodes{PathNode{}};
    int m_pathCount = 0;
    int m_operationCount = 0;
};

} // namespace testsupport::contract
