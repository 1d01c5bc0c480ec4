#pragma once

#include "entra/GraphTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <qcorotask.h>

namespace insightly::entra {

class GraphClient;

// Graph's paging (https://learn.microsoft.com/graph/paging): follows @odata.nextLink verbatim — it already
// holds every query option and the $skiptoken — page after page, each page one GraphClient::send() (with its
// retries). The client must outlive the call.
class GraphPager
{
public:
    // Called with each page's JSON; returns false to stop.
    using PageHandler = std::function<bool(const QJsonObject &page)>;

    // Calls `onPage` with each page; stops when there is no next link, when `onPage` returns false, on error
    // or on cancel. Returns the last page's result (or the error).
    static QCoro::Task<GraphResult> forEachPage(GraphClient &graph, GraphRequest first, PageHandler onPage);
    // Every item of every page ("value" arrays), up to maxItems (-1 = all). On error `result` holds it.
    static QCoro::Task<QJsonArray> getAll(GraphClient &graph, GraphRequest first,
                                          GraphResult *result = nullptr, int maxItems = -1);
};

} // namespace insightly::entra
