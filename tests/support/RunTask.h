#pragma once

// Runs a QCoro task to its end while the event loop turns, for tests of coroutine code that need no simulator
// (tests with a simulator use SetupStepsFixture::run, which also says whether the task finished).
#include <QCoroTask>
#include <QTest>

#include <optional>
#include <utility>

namespace insightlytest {

namespace detail {
// A coroutine of its own (not a capturing lambda): its parameters live in its frame while it is suspended.
template <typename T> QCoro::Task<> storeResult(QCoro::Task<T> task, std::optional<T> *out)
{
    *out = co_await std::move(task);
}
} // namespace detail

// The task's result, or T{} when it has not finished within `timeoutMs`.
template <typename T> T runTask(QCoro::Task<T> task, int timeoutMs = 60000)
{
    std::optional<T> out;
    auto waiter = detail::storeResult(std::move(task), &out);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return T{};
    return *out;
}

} // namespace insightlytest
