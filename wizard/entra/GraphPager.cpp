#include "entra/GraphPager.h"

#include "entra/GraphClient.h"

namespace insightly::entra {

QCoro::Task<GraphResult> GraphPager::forEachPage(GraphClient &graph, GraphRequest first, PageHandler onPage)
{
    GraphRequest request = std::move(first);
    for (;;) {
        GraphResult page = co_await graph.send(request);
        if (!page.ok())
            co_return page;
        if (!onPage(page.json))
            co_return page;
        // Graph's next link already holds every query option (and $skiptoken): follow it exactly as given.
        const QString next = page.json.value(QLatin1String("@odata.nextLink")).toString();
        if (next.isEmpty())
            co_return page;
        if (isCancelled(request.cancel)) {
            page.cancelled = true;
            co_return page;
        }
        request.path = next;
        request.query.clear();
    }
}

QCoro::Task<QJsonArray> GraphPager::getAll(GraphClient &graph, GraphRequest first, GraphResult *result,
                                           int maxItems)
{
    QJsonArray items;
    GraphResult last =
        co_await forEachPage(graph, std::move(first), [&items, maxItems](const QJsonObject &page) {
            for (const QJsonValue &item : page.value(QLatin1String("value")).toArray()) {
                if (maxItems >= 0 && items.size() >= maxItems)
                    return false;
                items.append(item);
            }
            return maxItems < 0 || items.size() < maxItems;
        });
    if (result)
        *result = std::move(last);
    co_return items;
}

} // namespace insightly::entra
