#pragma once

#include "core/UserMessage.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly {

// Names one secret: per tenant, per purpose ("refresh-token", "scim-token", "insightly-api-key"), optionally per
// qualifier (client id, instance id).
struct SecretKey {
    QString tenant;
    QString purpose;
    QString qualifier;

    QString toString() const;  // "<tenant>/<purpose>[/<qualifier>]"
};

struct SecretResult {
    bool ok = false;
    bool notFound = false;     // read/remove of a key that is not stored (not an error for callers that probe)
    QByteArray value;          // read only
    UserMessage error;         // when !ok && !notFound: a sentence and an action for the admin
};

// Async store over QtKeychain (OS keychain only; no insecure fallback). Values over 2 KB are split in chunks
// (Windows Credential Manager caps a blob at 2,560 bytes); an index of stored keys is kept in QSettings,
// since QtKeychain cannot list. Every call has a timeout; a backend that is not up yet gets one retry.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QCoro::Task<SecretResult> write(SecretKey key, QByteArray value);
    QCoro::Task<SecretResult> read(SecretKey key);
    QCoro::Task<SecretResult> remove(SecretKey key);

    QStringList storedKeys(const QString &tenant = {}) const;  // from the index
    void setTimeoutMs(int ms);

private:
    class Private;
    Private *d;
};

} // namespace insightly
