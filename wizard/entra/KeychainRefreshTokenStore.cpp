#include "entra/KeychainRefreshTokenStore.h"

namespace insightly::entra {

namespace {

SecretResult storeGone()
{
    SecretResult r;
    r.notFound = true;
    return r;
}

} // namespace

QCoro::Task<SecretResult> KeychainRefreshTokenStore::read(SecretKey key)
{
    if (!m_store)
        co_return storeGone();
    co_return co_await m_store->read(std::move(key));
}

QCoro::Task<SecretResult> KeychainRefreshTokenStore::write(SecretKey key, QByteArray value)
{
    if (!m_store)
        co_return storeGone();
    co_return co_await m_store->write(std::move(key), std::move(value));
}

QCoro::Task<SecretResult> KeychainRefreshTokenStore::remove(SecretKey key)
{
    if (!m_store)
        co_return storeGone();
    co_return co_await m_store->remove(std::move(key));
}

} // namespace insightly::entra
