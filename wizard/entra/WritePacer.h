#pragma once

#include "entra/CancelToken.h"

#include <QElapsedTimer>
#include <QPointer>
#include <chrono>
#include <qcorotask.h>

namespace insightly::entra {

// Spreads Graph writes so that a bulk run stays under the tenant's write quota (3,000 per 150 s per app and
// tenant, §B11) instead of running into 429s: a token bucket holding `quota` writes, refilled at quota/window.
// Adaptive: a 429 empties the bucket, pauses all writers for the Retry-After and halves the rate; each success
// then restores 5 % of the nominal rate.
class WritePacer
{
public:
    WritePacer(int quota, std::chrono::milliseconds window, int burst = -1 /* = quota */);

    // Reserves `count` writes, waiting as long as needed. Returns false when cancelled (nothing reserved then).
    QCoro::Task<bool> acquire(int count = 1, QPointer<CancelToken> first = {}, QPointer<CancelToken> second = {});
    void onThrottled(std::chrono::milliseconds retryAfter);
    void onSuccess();

    double nominalRatePerSecond() const { return m_nominalRate; }
    double currentRatePerSecond() const { return m_rate; }

private:
    void refill();
    double nowSeconds() const { return m_clock.nsecsElapsed() / 1e9; }

    double m_nominalRate;
    double m_rate;
    double m_capacity;
    double m_tokens;
    double m_lastRefill = 0;
    double m_blockedUntil = 0;
    QElapsedTimer m_clock;
};

} // namespace insightly::entra
