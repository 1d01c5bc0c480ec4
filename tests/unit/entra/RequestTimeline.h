#pragma once

// The Graph requests a QNetworkAccessManager sends, with when each started and answered, and each one's depth
// in the chain of sequential round trips (a request that started after another had answered is one deeper;
// requests in flight together share a depth). Used by bench_setup_path and tst_setup_round_trips.
#include <QChildEvent>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <algorithm>
#include <utility>

namespace insightlytest {

// Watches one QNetworkAccessManager: a reply is its child from the moment the request is created (ChildAdded)
// until it is deleted, and the manager's finished() says when it answered.
class RequestTimeline : public QObject
{
public:
    struct Entry {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString method;
        QString path;
        int status = 0;
        int depth = 0;
    };

    explicit RequestTimeline(QNetworkAccessManager *manager)
        : m_manager(manager)
    {
        m_clock.start();
        manager->installEventFilter(this);
        connect(manager, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            const auto it = m_started.find(reply);
            if (it == m_started.end())
                return;
            const QUrl url = reply->url();
            if (url.path().startsWith(QLatin1String("/v1.0/"))) {
                Entry e;
                e.startMs = it.value();
                e.endMs = m_clock.elapsed();
                e.method = QString::fromLatin1(
                    reply->operation() == QNetworkAccessManager::GetOperation      ? "GET"
                    : reply->operation() == QNetworkAccessManager::PostOperation   ? "POST"
                    : reply->operation() == QNetworkAccessManager::PutOperation    ? "PUT"
                    : reply->operation() == QNetworkAccessManager::DeleteOperation ? "DELETE"
                                                                                   : "CUSTOM");
                if (reply->operation() == QNetworkAccessManager::CustomOperation)
                    e.method = QString::fromLatin1(
                        reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
                e.path = url.path();
                e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                m_entries.append(e);
            }
            m_started.erase(it);
        });
    }

    // Takes the requests answered since the last call, each with its depth in the chain.
    QList<Entry> take()
    {
        QList<Entry> entries = std::exchange(m_entries, {});
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.startMs < b.startMs; });
        for (qsizetype i = 0; i < entries.size(); ++i) {
            int depth = 0;
            for (qsizetype j = 0; j < entries.size(); ++j)
                if (j != i && entries[j].endMs <= entries[i].startMs)
                    depth = qMax(depth, entries[j].depth);
            entries[i].depth = depth + 1;
        }
        return entries;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_manager && event->type() == QEvent::ChildAdded)
            m_started.insert(static_cast<QChildEvent *>(event)->child(), m_clock.elapsed());
        return QObject::eventFilter(watched, event);
    }

private:
    QNetworkAccessManager *m_manager;
    QElapsedTimer m_clock;
    QHash<QObject *, qint64> m_started;
    QList<Entry> m_entries;
};

// The longest chain in `entries` (their depths as take() computed them).
inline int sequentialRoundTrips(const QList<RequestTimeline::Entry> &entries)
{
    int deepest = 0;
    for (const auto &e : entries)
        deepest = std::max(deepest, e.depth);
    return deepest;
}

} // namespace insightlytest
