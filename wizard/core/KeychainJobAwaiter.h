#pragma once

#include <QObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <coroutine>

namespace insightly {

// `co_await KeychainJobAwaiter(job, timeout)` starts `job` and resumes with true when it finished, or with
// false when it did not within `timeout` (the job then keeps running: QtKeychain jobs cannot be cancelled).
//
// Why not qCoro(job, &Job::finished, timeout): the finish must be seen the moment it is emitted, so that a
// timeout firing while the resumption is still queued is not taken for a hang (and the job leaked). The
// coroutine is always resumed from the event loop, never from inside the job's signal, so the caller may
// delete the job and start the next one.
class KeychainJobAwaiter
{
public:
    KeychainJobAwaiter(QKeychain::Job *job, std::chrono::milliseconds timeout)
        : m_job(job)
        , m_timeout(timeout)
    {
    }
    // Movable only before it is awaited (QCoro's await_transform may move it into the coroutine frame).
    KeychainJobAwaiter(KeychainJobAwaiter &&other) noexcept
        : m_job(other.m_job)
        , m_timeout(other.m_timeout)
    {
        Q_ASSERT(!other.m_guard);
    }
    KeychainJobAwaiter &operator=(KeychainJobAwaiter &&) = delete;
    ~KeychainJobAwaiter() { detach(); }

    bool await_ready() const noexcept { return false; }

    void await_suspend(std::coroutine_handle<> awaiting)
    {
        m_awaiting = awaiting;
        m_guard = new QObject;
        QObject::connect(
            m_job, &QKeychain::Job::finished, m_guard,
            [this] {
                m_finished = true;
                m_timer->stop();
                QMetaObject::invokeMethod(
                    m_guard, [this] { m_awaiting.resume(); }, Qt::QueuedConnection);
            },
            Qt::DirectConnection);
        m_timer = new QTimer(m_guard);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, m_guard, [this] {
            if (!m_finished)
                m_awaiting.resume();
        });
        m_timer->start(m_timeout);
        m_job->start();
    }

    bool await_resume()
    {
        detach();
        return m_finished;
    }

private:
    // Nothing may call back into this awaiter once it resumed: the guard (the context of every connection)
    // goes, and with it any queued call. deleteLater, because we may be inside one of the guard's slots.
    void detach()
    {
        if (!m_guard)
            return;
        QObject::disconnect(m_job, nullptr, m_guard, nullptr);
        m_timer->stop();
        QObject::disconnect(m_timer, nullptr, m_guard, nullptr);
        m_guard->deleteLater();
        m_guard = nullptr;
    }

    QKeychain::Job *m_job;
    std::chrono::milliseconds m_timeout;
    std::coroutine_handle<> m_awaiting;
    QObject *m_guard = nullptr;
    QTimer *m_timer = nullptr;
    bool m_finished = false;
};

} // namespace insightly
