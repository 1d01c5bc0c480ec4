#pragma once

#include "DirectoryState.h"
#include "GraphQuery.h"

#include <QVector>
#include <optional>

namespace sim {

class SimServer;

// Runs Graph's OData rules for the directory's big collections (users, groups, group members) over the
// directory's own structs: validation of $select / $filter / $orderby / $search against what Graph supports
// for the type, then a lean scan that yields the indices of the matching objects.
class DirectoryQuery
{
public:
    enum class Kind { Users, Groups };

    // Parses and validates the request's query. On failure returns nullopt and *failure holds Graph's 400.
    static std::optional<DirectoryQuery> prepare(const SimServer &server, const Request &request, Kind kind,
                                                 Response *failure);

    // Indices (into users or groups) of the matching, replicated objects, in Graph's order. `candidates`
    // narrows the scan (e.g. a group's members); nullptr considers the whole collection, or the part of it
    // the directory's index says can match.
    QVector<int> scan(const SimServer &server, const QVector<int> *candidates = nullptr) const;

    const ODataQuery &query() const { return m_query; }

private:
    // The objects that can match, from the directory's sorted views (DirectoryIndex); nullopt when neither
    // $search nor $filter says anything those can answer, and every object must be looked at.
    std::optional<QVector<int>> indexedCandidates(const DirectoryState &dir) const;

    Kind m_kind = Kind::Users;
    ODataQuery m_query;
    std::shared_ptr<ODataFilter> m_filter;
    std::optional<ODataSearch> m_search;
};

} // namespace sim
