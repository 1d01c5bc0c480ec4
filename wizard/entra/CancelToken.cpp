#include "entra/CancelToken.h"

#include <QCoro/QCoroTimer>
#include <QTimer>

namespace insightly::entra {

QCoro::Task<bool> sleepUnlessCancelled(std::chrono::milliseconds delay, QPointer<CancelToken> first,
                                       QPointer<CancelToken> second)
{
    if (isCancelled(first) || isCancelled(second))
        co_return false;
    // A token deleted during the wait was owned by something that went away (a page, the wizard): that
    // cancels the wait as surely as cancel() does, or the caller would go on into deleted objects.
    const bool watchingFirst = !first.isNull();
    const bool watchingSecond = !second.isNull();
    QTimer timer;
    timer.setSingleShot(true);
    // Restarting with 0 makes the pending wait end at once, through the same timeout the coroutine awaits.
    for (const QPointer<CancelToken> &token : {first, second}) {
        if (token)
            QObject::connect(token, &CancelToken::cancelled, &timer, [&timer] { timer.start(0); });
    }
    timer.start(std::max(delay, std::chrono::milliseconds(0)));
    co_await timer;
    const bool gone = (watchingFirst && first.isNull()) || (watchingSecond && second.isNull());
    co_return !(gone || isCancelled(first) || isCancelled(second));
}

} // namespace insightly::entra
