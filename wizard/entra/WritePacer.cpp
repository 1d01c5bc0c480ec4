#include "entra/WritePacer.h"

#include <algorithm>
#include <cmath>

namespace insightly::entra {

WritePacer::WritePacer(int quota, std::chrono::milliseconds window, int burst)
    : m_nominalRate(std::max(1, quota) / std::max(0.001, window.count() / 1000.0))
    , m_rate(m_nominalRate)
    , m_capacity(burst > 0 ? burst : std::max(1, quota))
    , m_tokens(m_capacity)
{
    m_clock.start();
}

void WritePacer::refill()
{
    const double now = nowSeconds();
    m_tokens = std::min(m_capacity, m_tokens + (now - m_lastRefill) * m_rate);
    m_lastRefill = now;
}

QCoro::Task<bool> WritePacer::acquire(int count, QPointer<CancelToken> first, QPointer<CancelToken> second)
{
    if (count <= 0)
        co_return true;
    refill();
    // Reservations may drive the balance negative: each caller waits for its own share of the refill,
    // which serves callers in arrival order without a queue.
    m_tokens -= count;
    const double waitForTokens = m_tokens < 0 ? -m_tokens / m_rate : 0;
    const double waitForBlock = std::max(0.0, m_blockedUntil - nowSeconds());
    const double waitS = std::max(waitForTokens, waitForBlock);
    if (waitS <= 0)
        co_return true;
    const auto delay = std::chrono::milliseconds(qint64(std::ceil(waitS * 1000)));
    if (!co_await sleepUnlessCancelled(delay, first, second)) {
        m_tokens += count;
        co_return false;
    }
    co_return true;
}

void WritePacer::onThrottled(std::chrono::milliseconds retryAfter)
{
    refill();
    m_tokens = std::min(m_tokens, 0.0);
    m_rate = std::max(m_nominalRate / 16, m_rate / 2);
    m_blockedUntil = std::max(m_blockedUntil, nowSeconds() + retryAfter.count() / 1000.0);
}

void WritePacer::onSuccess()
{
    if (m_rate < m_nominalRate) {
        refill();
        m_rate = std::min(m_nominalRate, m_rate + m_nominalRate * 0.05);
    }
}

} // namespace insightly::entra
