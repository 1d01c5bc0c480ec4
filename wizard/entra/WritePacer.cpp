#include "entra/WritePacer.h"

#include <algorithm>

namespace insightly::entra {

WritePacer::WritePacer(int quota, std::chrono::milliseconds window)
    : m_quota(std::max(1, quota))
    , m_windowMs(std::max<qint64>(1, window.count()))
    , m_limit(m_quota)
{
    m_clock.start();
}

QCoro::Task<bool> WritePacer::acquire(int count, QPointer<CancelToken> first, QPointer<CancelToken> second)
{
    const qint64 now = nowMs();
    while (!m_slots.empty() && m_slots.front() <= now - m_windowMs)
        m_slots.pop_front();
    // Reserve start times now, so that concurrent writers queue behind each other without a separate queue.
    const auto limit = std::max<std::size_t>(1, std::size_t(m_limit));
    qint64 start = std::max(now, m_blockedUntilMs);
    QList<qint64> reserved;
    for (int i = 0; i < count; ++i) {
        if (m_slots.size() >= limit)
            start = std::max(start, m_slots[m_slots.size() - limit] + m_windowMs);
        const auto at = std::upper_bound(m_slots.begin(), m_slots.end(), start);
        m_slots.insert(at, start);
        reserved << start;
    }
    const qint64 waitMs = start - now;
    if (waitMs <= 0)
        co_return true;
    const std::weak_ptr<int> alive = m_alive;
    const bool slept = co_await sleepUnlessCancelled(std::chrono::milliseconds(waitMs), first, second);
    if (alive.expired())
        co_return false;
    if (!slept) {
        for (qint64 slot : reserved) {
            const auto it = std::find(m_slots.begin(), m_slots.end(), slot);
            if (it != m_slots.end())
                m_slots.erase(it);
        }
        co_return false;
    }
    co_return true;
}

void WritePacer::onThrottled(std::chrono::milliseconds retryAfter)
{
    const qint64 now = nowMs();
    m_blockedUntilMs = std::max(m_blockedUntilMs, now + retryAfter.count());
    if (now - m_lastShrinkMs >= 1000) {
        m_lastShrinkMs = now;
        m_limit = std::max(1.0, m_limit * 0.75);
    }
}

void WritePacer::onSuccess()
{
    m_limit = std::min(double(m_quota), m_limit + m_quota * 0.01);
}

} // namespace insightly::entra
