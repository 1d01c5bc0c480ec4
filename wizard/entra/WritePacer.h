#pragma once

#include "entra/CancelToken.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <qcorotask.h>

namespace insightly::entra {

// Spreads Graph writes so that a bulk run stays under the tenant's write quota (3,000 writes per 150 s per
// app and tenant: https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits)
// instead of running into 429s. A sliding window like Graph's: never more than the limit of writes started
// in any `window`. A write is counted from the moment it is really sent (sent()), not from when its turn was
// reserved: a write that waited for a free connection would otherwise let the next window's writes start
// early and meet a 429.
//
// Adaptive: a 429 pauses every writer for its Retry-After and lowers the limit by a quarter (at most once a
// second, so a burst of 429s counts once); the limit then grows back to the quota in a straight line over
// one window — a quota shared with another client costs a few 429s, not a slow run.
//
// The clock is injectable so that the adaptation is tested without waiting.
class WritePacer
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    WritePacer(int quota, std::chrono::milliseconds window, Clock clock = {});

    // Reserves `count` writes, waiting as long as needed; `times` (when given) receives the reserved start
    // times for sent(). Returns false when cancelled.
    QCoro::Task<bool> acquire(int count = 1, QPointer<CancelToken> first = {},
                              QPointer<CancelToken> second = {}, QList<qint64> *times = nullptr);
    // Reserves `count` writes without waiting: how long the caller must wait before sending (0 = now), and
    // the reserved start times in `times`.
    qint64 reserve(int count, QList<qint64> *times = nullptr);
    // Gives reserved times back (a cancelled wait).
    void release(const QList<qint64> &times);
    // The writes reserved at `times` are being sent now: they count from now on.
    void sent(const QList<qint64> &times);
    void onThrottled(std::chrono::milliseconds retryAfter);

    int quota() const { return m_quota; }
    // The limit in force now (the quota, or less for a while after a 429).
    double currentLimit() const;

private:
    qint64 nowMs() const { return m_clock ? m_clock() : m_timer.elapsed(); }
    void forgetOld(qint64 now);

    int m_quota;
    qint64 m_windowMs;
    double m_shrunkLimit; // the limit right after the last 429
    qint64 m_blockedUntilMs = 0;
    qint64 m_lastShrinkMs;
    std::deque<qint64>
        m_slots; // start times of the writes in the current window (reserved or sent), ascending
    Clock m_clock;
    QElapsedTimer m_timer;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // waits that outlive us must not touch members
};

} // namespace insightly::entra
