#pragma once

#include "entra/TokenSource.h"

#include <QPointer>

namespace insightly::entra {

// The product's refresh-token store: the OS keychain through core/SecretStore.
class KeychainRefreshTokenStore : public RefreshTokenStore
{
public:
    explicit KeychainRefreshTokenStore(SecretStore *store)
        : m_store(store)
    {
    }

    QCoro::Task<SecretResult> read(SecretKey key) override;
    QCoro::Task<SecretResult> write(SecretKey key, QByteArray value) override;
    QCoro::Task<SecretResult> remove(SecretKey key) override;

private:
    QPointer<SecretStore> m_store;
};

} // namespace insightly::entra
