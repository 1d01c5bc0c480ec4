#include "saml/UntrustedParsing.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <coroutine>
#include <functional>
#include <memory>
#include <optional>

namespace insightly {

namespace {

// The parsers' own pool, owned by the application: its threads end while the application object is destroyed,
// before the libraries' exit handlers (OpenSSL's among them) run — the global pool's would end after them.
QThreadPool *parsingPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        if (!QCoreApplication::instance())
            return QThreadPool::globalInstance();
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(2);
    }
    return pool;
}

// co_await runs `work` on parsingPool() and resumes the coroutine on the thread that awaited,
// through its event loop: the caller's thread never blocks.
template <typename Result> class OffThread
{
public:
    explicit OffThread(std::function<Result()> work)
        : m_work(std::move(work))
    {
    }
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting)
    {
        auto *home = new QObject; // lives on the awaiting thread: where the coroutine resumes
        parsingPool()->start([this, awaiting, home] {
            m_result = m_work();
            QMetaObject::invokeMethod(
                home,
                [awaiting, home] {
                    delete home;
                    awaiting.resume();
                },
                Qt::QueuedConnection);
        });
    }
    Result await_resume() { return std::move(*m_result); }

private:
    std::function<Result()> m_work;
    std::optional<Result> m_result;
};

// The only coroutine here. Its one parameter is a shared_ptr: GCC 12 has been seen to destroy a by-value
// QByteArray parameter of a coroutine once too often (a double free the tests caught under valgrind), so the
// public functions below are plain functions that capture their inputs in the work and never become
// coroutines themselves.
template <typename Result> QCoro::Task<Result> runOffThread(std::shared_ptr<std::function<Result()>> work)
{
    co_return co_await OffThread<Result>(*work);
}

template <typename Result, typename Work> QCoro::Task<Result> offThread(Work work)
{
    return runOffThread<Result>(std::make_shared<std::function<Result()>>(std::move(work)));
}

} // namespace

QCoro::Task<CertificateLoadResult> loadCertificatesAsync(QByteArray bytes)
{
    return offThread<CertificateLoadResult>([bytes] { return SigningCertificate::load(bytes); });
}

QCoro::Task<FederationMetadataResult> parseFederationMetadataAsync(QByteArray xml)
{
    return offThread<FederationMetadataResult>([xml] { return FederationMetadata::parse(xml); });
}

QCoro::Task<SamlResponseReport> checkSamlResponseAsync(QByteArray postedValue,
                                                       SamlResponseExpectations expected)
{
    return offThread<SamlResponseReport>(
        [postedValue, expected] { return SamlResponseCheck::check(postedValue, expected); });
}

} // namespace insightly
