#pragma once

#include "entra/CancelToken.h"

#include <QObject>
#include <QPointer>
#include <coroutine>
#include <list>

namespace insightly::entra {

// Coroutines park here until woken (or until their cancel token fires). Waking resumes them from the event
// loop, never from inside the caller of wake, so no coroutine runs re-entrantly inside another's code.
class AsyncWaitQueue : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AsyncWaitQueue() override;

    struct Waiter {
        std::coroutine_handle<> handle;
        bool woken = false;     // false after resume = cancelled
        bool scheduled = false; // a resume is already queued
    };

    class Awaiter
    {
    public:
        Awaiter(AsyncWaitQueue *queue, QPointer<CancelToken> cancel)
            : m_queue(queue)
            , m_cancel(cancel)
        {
        }
        bool await_ready() const { return isCancelled(m_cancel); }
        void await_suspend(std::coroutine_handle<> handle);
        bool await_resume(); // true when woken, false when cancelled

    private:
        AsyncWaitQueue *m_queue;
        QPointer<CancelToken> m_cancel;
        Waiter m_waiter;
        QMetaObject::Connection m_onCancel;
    };

    Awaiter wait(QPointer<CancelToken> cancel = {}) { return Awaiter(this, cancel); }
    bool wakeOne();
    void wakeAll();
    void cancelAll(); // resumes every waiter with "cancelled"
    bool isEmpty() const { return m_waiters.empty(); }

private:
    void resumeLater(Waiter *waiter, bool woken);
    void remove(Waiter *waiter);

    std::list<Waiter *> m_waiters;
};

// At most `limit` holders at a time; the rest wait in arrival order.
class AsyncSemaphore
{
public:
    explicit AsyncSemaphore(int limit)
        : m_limit(std::max(1, limit))
    {
    }

    // Use as `if (!co_await semaphore.acquire(cancel)) …cancelled…`; pair each success with release().
    QCoro::Task<bool> acquire(QPointer<CancelToken> first = {}, QPointer<CancelToken> second = {});
    void release();
    void cancelWaiters() { m_queue.cancelAll(); }
    int inUse() const { return m_inUse; }
    void setLimit(int limit) { m_limit = std::max(1, limit); }

private:
    int m_limit;
    int m_inUse = 0;
    AsyncWaitQueue m_queue;
};

} // namespace insightly::entra
