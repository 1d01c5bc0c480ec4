#include "entra/AsyncWaitQueue.h"

#include <QTimer>

namespace insightly::entra {

AsyncWaitQueue::~AsyncWaitQueue()
{
    // Parked coroutines belong to objects being torn down with us; they are not resumed into freed state.
    m_waiters.clear();
}

void AsyncWaitQueue::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_waiter.handle = handle;
    m_queue->m_waiters.push_back(&m_waiter);
    if (m_cancel) {
        AsyncWaitQueue *queue = m_queue;
        Waiter *waiter = &m_waiter;
        m_onCancel = QObject::connect(m_cancel, &CancelToken::cancelled, queue, [queue, waiter] {
            queue->remove(waiter);
            queue->resumeLater(waiter, false);
        });
    }
}

bool AsyncWaitQueue::Awaiter::await_resume()
{
    QObject::disconnect(m_onCancel);
    return m_waiter.woken;
}

void AsyncWaitQueue::remove(Waiter *waiter)
{
    m_waiters.remove(waiter);
}

void AsyncWaitQueue::resumeLater(Waiter *waiter, bool woken)
{
    if (waiter->scheduled)
        return;
    waiter->scheduled = true;
    waiter->woken = woken;
    const std::coroutine_handle<> handle = waiter->handle;
    QTimer::singleShot(0, this, [handle] { handle.resume(); });
}

bool AsyncWaitQueue::wakeOne()
{
    if (m_waiters.empty())
        return false;
    Waiter *waiter = m_waiters.front();
    m_waiters.pop_front();
    resumeLater(waiter, true);
    return true;
}

void AsyncWaitQueue::wakeAll()
{
    while (wakeOne()) {
    }
}

void AsyncWaitQueue::cancelAll()
{
    std::list<Waiter *> waiters;
    waiters.swap(m_waiters);
    for (Waiter *waiter : waiters)
        resumeLater(waiter, false);
}

QCoro::Task<bool> AsyncSemaphore::acquire(QPointer<CancelToken> first, QPointer<CancelToken> second)
{
    for (;;) {
        if (isCancelled(first) || isCancelled(second))
            co_return false;
        if (m_inUse < m_limit && m_queue.isEmpty()) {
            ++m_inUse;
            co_return true;
        }
        // The second token is watched by waking everyone with "cancelled"; those not cancelled queue again.
        QMetaObject::Connection onSecond;
        if (second)
            onSecond =
                QObject::connect(second, &CancelToken::cancelled, &m_queue, [this] { m_queue.cancelAll(); });
        const bool woken = co_await m_queue.wait(first);
        QObject::disconnect(onSecond);
        if (woken) {
            // release() handed its slot over without freeing it, so nobody could overtake us.
            if (isCancelled(first) || isCancelled(second)) {
                release();
                co_return false;
            }
            co_return true;
        }
    }
}

void AsyncSemaphore::release()
{
    if (!m_queue.wakeOne())
        --m_inUse;
}

} // namespace insightly::entra
