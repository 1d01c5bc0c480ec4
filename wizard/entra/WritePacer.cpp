#include "entra/WritePacer.h"

#include <algorithm>

namespace insightly::entra {

WritePacer::WritePacer(int quota, std::chrono::milliseconds window, Clock clock)
    : m_quota(std::max(1, quota))
    , m_windowMs(std::max<qint64>(1, window.count()))
    , m_shrunkLimit(m_quota)
    , m_clock(std::move(clock))
{
    m_timer.start();
    m_lastShrinkMs = nowMs() - 2 * m_windowMs;
}

double WritePacer::currentLimit() const
{
    const qint64 since = nowMs() - m_lastShrinkMs;
    if (since >= m_windowMs)
        return m_quota;
    return m_shrunkLimit +
           (m_quota - m_shrunkLimit) * double(std::max<qint64>(0, since)) / double(m_windowMs);
}

void WritePacer::forgetOld(qint64 now)
{
    while (!m_slots.empty() && m_slots.front() <= now - m_windowMs)
        m_slots.pop_front();
}

qint64 WritePacer::reserve(int count, QList<qint64> *times)
{
    const qint64 now = nowMs();
    forgetOld(now);
    // Start times are reserved now, so that concurrent writers queue behind each other without a queue.
    const auto limit = std::max<std::size_t>(1, std::size_t(currentLimit()));
    qint64 start = std::max(now, m_blockedUntilMs);
    for (int i = 0; i < count; ++i) {
        if (m_slots.size() >= limit)
            start = std::max(start, m_slots[m_slots.size() - limit] + m_windowMs);
        m_slots.insert(std::upper_bound(m_slots.begin(), m_slots.end(), start), start);
        if (times)
            times->append(start);
    }
    return std::max<qint64>(0, start - now);
}

void WritePacer::release(const QList<qint64> &times)
{
    for (qint64 slot : times) {
        const auto it = std::lower_bound(m_slots.begin(), m_slots.end(), slot);
        if (it != m_slots.end() && *it == slot)
            m_slots.erase(it);
    }
}

void WritePacer::sent(const QList<qint64> &times)
{
    const qint64 now = nowMs();
    for (qint64 slot : times) {
        if (slot >= now)
            continue;
        const auto it = std::lower_bound(m_slots.begin(), m_slots.end(), slot);
        if (it == m_slots.end() || *it != slot)
            continue; // already out of the window
        m_slots.erase(it);
        m_slots.insert(std::upper_bound(m_slots.begin(), m_slots.end(), now), now);
    }
}

QCoro::Task<bool> WritePacer::acquire(int count, QPointer<CancelToken> first, QPointer<CancelToken> second,
                                      QList<qint64> *times)
{
    QList<qint64> reserved;
    const qint64 waitMs = reserve(count, &reserved);
    if (times)
        *times = reserved;
    if (waitMs <= 0)
        co_return true;
    const std::weak_ptr<int> alive = m_alive;
    const bool slept = co_await sleepUnlessCancelled(std::chrono::milliseconds(waitMs), first, second);
    if (alive.expired())
        co_return false;
    if (!slept) {
        release(reserved);
        co_return false;
    }
    co_return true;
}

void WritePacer::onThrottled(std::chrono::milliseconds retryAfter)
{
    const qint64 now = nowMs();
    m_blockedUntilMs = std::max(m_blockedUntilMs, now + retryAfter.count());
    if (now - m_lastShrinkMs >= 1000) {
        m_shrunkLimit = std::max(1.0, currentLimit() * 0.75);
        m_lastShrinkMs = now;
    }
}

} // namespace insightly::entra
