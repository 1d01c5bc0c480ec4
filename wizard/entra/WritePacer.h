#pragma once

#include "entra/CancelToken.h"

#include <QElapsedTimer>
#include <QPointer>
#include <chrono>
#include <deque>
#include <memory>
#include <qcorotask.h>

namespace insightly::entra {

// Spreads Graph writes so that a bulk run stays under the tenant's write quota (3,000 per 150 s per app and
// tenant, §B11) instead of running into 429s. A token bucket of `quota` tokens in which each spent token
// comes back one `window` after it was spent — i.e. never more than `quota` writes in any window, which is
// how Graph counts. Adaptive: a 429 pauses all writers for its Retry-After and shrinks the bucket by a
// quarter (at most once per second, so a burst of 429s counts once); each success gives back 1 % of the
// quota.
class WritePacer
{
public:
    WritePacer(int quota, std::chrono::milliseconds window);

    // Reserves `count` writes, waiting as long as needed. Returns false when cancelled.
    QCoro::Task<bool> acquire(int count = 1, QPointer<CancelToken> first = {},
                              QPointer<CancelToken> second = {});
    void onThrottled(std::chrono::milliseconds retryAfter);
    void onSuccess();

    int quota() const { return m_quota; }
    double currentLimit() const { return m_limit; }

private:
    qint64 nowMs() const { return m_clock.elapsed(); }

    int m_quota;
    qint64 m_windowMs;
    double m_limit;
    qint64 m_blockedUntilMs = 0;
    qint64 m_lastShrinkMs = -1000000;
    std::deque<qint64>
        m_slots; // start times of the writes in the current window (reserved or done), ascending
    QElapsedTimer m_clock;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // waits that outlive us must not touch members
};

} // namespace insightly::entra
