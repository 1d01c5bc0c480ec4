#pragma once

#include "SimHttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace sim {

// OData query options as Graph v1.0 accepts them on directory collections: $filter, $select, $search, $top,
// $count, $orderby, $skiptoken. Shared by every Graph module of the simulator.
struct ODataQuery {
    QString filter;
    QStringList select;
    QString search; // raw $search value, e.g. "\"displayName:ann\" OR \"mail:ann\""
    int top = -1;   // -1 = the collection's default page size
    bool count = false;
    QString orderBy;
    QString skipToken;
    QString expand; // raw $expand value; each collection decides whether it supports it
    // Parsed forms of the above.
    QString orderByProperty; // "" when no $orderby
    bool orderDescending = false;
    int skip = 0; // offset decoded from skipToken

    // Parses the query string. On a syntax error returns false and *error holds Graph's message
    // (and *errorCode Graph's error code, e.g. "BadRequest" or "Request_UnsupportedQuery").
    static bool parse(const Request &request, ODataQuery *out, QString *error, QString *errorCode = nullptr);
    // Whether the request carries `ConsistencyLevel: eventual` (needed for $search and $count on directory
    // objects).
    static bool hasEventualConsistency(const Request &request);
};

// Looks up a property (a path such as "displayName" or "identities/issuer") of the object being filtered.
// Lets big collections filter their own structs without building a JSON object per item.
using ODataValueLookup = std::function<QJsonValue(const QString &path)>;

// A condition every object a $filter accepts meets: at least one of `anyOf` holds, each "the property starts
// with (or equals) the value, ignoring case". A collection with sorted views of its properties looks at the
// objects those name instead of all of them; the filter itself still decides.
struct ODataNarrowing {
    struct Term {
        QString property;
        QString value;
        bool prefix = false; // startswith(); otherwise eq
    };
    QList<Term> anyOf;
};

// A compiled $filter expression: eq, ne, not, and, or, startswith(), contains() (where Graph allows it),
// any() on string collections; string, GUID, boolean and null literals.
class ODataFilter
{
public:
    static std::shared_ptr<ODataFilter> compile(const QString &expression, QString *error);
    virtual ~ODataFilter() = default;
    virtual bool matches(const QJsonObject &object) const = 0;
    virtual bool matches(const ODataValueLookup &lookup) const = 0;
    // The properties the expression reads (so that a collection can refuse filtering on unsupported ones).
    virtual QStringList properties() const = 0;
    // The functions the expression calls, lower-case ("startswith", "contains", "endswith", "any").
    virtual QStringList functions() const = 0;
    // A necessary condition in terms of startswith/eq on plain properties, when the expression has one
    // (e.g. `startswith(displayName,'an') or mail eq 'x'`); nullopt when only a scan can tell (ne, not, …).
    virtual std::optional<ODataNarrowing> narrowing() const = 0;
};

// A parsed $search value: "prop:term" clauses joined by AND / OR, as Graph accepts on directory objects.
class ODataSearch
{
public:
    struct Clause {
        QString property;
        QString term;
    };
    // Returns false with *error set when the value is not "prop:term" clauses in double quotes.
    static bool parse(const QString &value, ODataSearch *out, QString *error);
    // displayName and description are tokenized (a term matches the start of any word); every other
    // property matches when its value starts with the term. All comparisons ignore case.
    bool matches(const ODataValueLookup &lookup) const;
    static bool tokenStartsWith(const QString &text, const QString &term);
    // Whether a word of the tokenized `text` starts at position i (what tokenStartsWith tries).
    static bool isWordStart(QStringView text, qsizetype i);
    const QList<Clause> &clauses() const { return m_clauses; }
    bool isOr() const { return m_or; }

private:
    QList<Clause> m_clauses;
    bool m_or = false;
};

// Keeps only the $select-ed properties (plus "id", as Graph does). An empty list returns the object
// unchanged.
QJsonObject applySelect(const QJsonObject &object, const QStringList &select);

// Checks every $select-ed property against the properties of the type; on failure *error holds Graph's
// "Could not find a property named 'x' on type 'microsoft.graph.user'." message (code BadRequest).
bool validateSelect(const QStringList &select, const QStringList &known, const QString &typeName,
                    QString *error);

// Sorts `items` by query.orderByProperty (case-insensitive string order), a stable no-op without $orderby.
void sortItems(QVector<QJsonObject> &items, const ODataQuery &query);

// Builds a Graph collection answer for `items` (already filtered), one page of it: "@odata.context", "value",
// "@odata.count" (when asked), and "@odata.nextLink" pointing back at the request with a $skiptoken.
QJsonObject collectionPage(const Request &request, const ODataQuery &query, const QString &context,
                           const QVector<QJsonObject> &items, int defaultPageSize = 100,
                           int maxPageSize = 999);

// Same for a collection too big to turn into JSON whole: `makeItem(i)` builds item i of `total` (0-based);
// only the items of the page are built.
QJsonObject collectionPage(const Request &request, const ODataQuery &query, const QString &context, int total,
                           const std::function<QJsonObject(int)> &makeItem, int defaultPageSize = 100,
                           int maxPageSize = 999);

// The absolute URL a Graph answer refers to ("http://127.0.0.1:PORT/v1.0/…"), from the request's Host header.
QString graphBaseUrl(const Request &request);

// Opaque $skiptoken for an offset, and back (-1 when the token is not one of ours).
QString encodeSkipToken(int offset);
int decodeSkipToken(const QString &token);

} // namespace sim
