#pragma once

#include <qcorotask.h>
#include <utility>

// Runs `onDone` with the task's result once it finishes, without blocking. QCoro 0.8's Task::then() keeps a
// pointer to the task it was called on, so it must not be called on a temporary; this coroutine owns the
// task.
template <typename T, typename Callback> QCoro::Task<> whenDone(QCoro::Task<T> task, Callback onDone)
{
    onDone(co_await task);
}
