#pragma once

#include <QObject>
#include <QPointer>
#include <chrono>
#include <qcorotask.h>

namespace insightly::entra {

// Handed to long-running calls so that Cancel (or closing the wizard) stops them: in-flight replies are
// aborted, waits end early. Cancelling is final; make a new token for the next attempt.
class CancelToken : public QObject
{
    Q_OBJECT
public:
    explicit CancelToken(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    bool isCancelled() const { return m_cancelled; }
    void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT cancelled();
    }

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

inline bool isCancelled(const QPointer<CancelToken> &token)
{
    return token && token->isCancelled();
}

// Waits `delay` unless one of the tokens is cancelled (or deleted) first. Returns false when cancelled.
QCoro::Task<bool> sleepUnlessCancelled(std::chrono::milliseconds delay, QPointer<CancelToken> first,
                                       QPointer<CancelToken> second = {});

} // namespace insightly::entra
