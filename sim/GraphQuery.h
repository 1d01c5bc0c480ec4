#pragma once

#include "SimHttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sim {

// OData query options as Graph v1.0 accepts them on directory collections: $filter, $select, $search, $top,
// $count, $orderby, $skiptoken. Shared by every Graph module of the simulator.
struct ODataQuery {
    QString filter;
    QStringList select;
    QString search;              // raw $search value, e.g. "\"displayName:ann\" OR \"mail:ann\""
    int top = -1;                // -1 = the collection's default page size
    bool count = false;
    QString orderBy;
    QString skipToken;

    // Parses the query string. On a syntax error returns false and *error holds Graph's message.
    static bool parse(const Request &request, ODataQuery *out, QString *error);
};

// A compiled $filter expression: eq, ne, not, and, or, startswith(), contains() (where Graph allows it), any()
// on string collections; string, GUID, boolean and null literals.
class ODataFilter
{
public:
    static std::shared_ptr<ODataFilter> compile(const QString &expression, QString *error);
    virtual ~ODataFilter() = default;
    virtual bool matches(const QJsonObject &object) const = 0;
    // The properties the expression reads (so that a collection can refuse filtering on unsupported ones).
    virtual QStringList properties() const = 0;
};

// Keeps only the $select-ed properties (plus "id", as Graph does). An empty list returns the object unchanged.
QJsonObject applySelect(const QJsonObject &object, const QStringList &select);

// Builds a Graph collection answer for `items` (already filtered), one page of it: "@odata.context", "value",
// "@odata.count" (when asked), and "@odata.nextLink" pointing back at the request with a $skiptoken.
QJsonObject collectionPage(const Request &request, const ODataQuery &query, const QString &context,
                           const QVector<QJsonObject> &items, int defaultPageSize = 100, int maxPageSize = 999);

} // namespace sim
