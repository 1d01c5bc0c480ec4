#pragma once

#include "core/UserMessage.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly {

// Names one secret: per tenant, per purpose ("refresh-token", "scim-token", "insightly-api-key"), optionally
// per qualifier (client id, instance id).
struct SecretKey {
    QString tenant;
    QString purpose;
    QString qualifier;

    bool isValid() const { return !tenant.isEmpty() && !purpose.isEmpty(); }
    // "<tenant>/<purpose>[/<qualifier>]", each part percent-encoded (a '/' in a part can't name another key).
    QString toString() const;
};

struct SecretResult {
    bool ok = false;
    bool notFound = false; // read/remove of a key that is not stored (not an error for callers that probe)
    QByteArray value;      // read only
    UserMessage error;     // when !ok && !notFound: a sentence and an action for the admin
};

// Async store over QtKeychain (OS keychain only; no insecure fallback). Values over 2 KB are split in chunks
// (Windows Credential Manager caps a blob at 2,560 bytes); an index of stored keys is kept in QSettings,
// since QtKeychain cannot list. Every call has a timeout; a backend that is not up yet gets one retry.
//
// Layout: entry 0 is named key.toString() and holds a header ("v1;chunks=N;sha256=<16 hex>;") followed by the
// first chunk; entries 1…N-1 are named "<key>#<i>". The checksum lets a read detect pieces of two different
// writes (a write interrupted half-way) instead of returning a wrong secret.
//
// A pending call holds no pointer to the store: deleting the store while a call runs is safe.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // `service` names the application's entries in the keychain (the product name; tests use a unique one).
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QCoro::Task<SecretResult> write(SecretKey key, QByteArray value);
    QCoro::Task<SecretResult> read(SecretKey key);
    QCoro::Task<SecretResult> remove(SecretKey key);

    QStringList storedKeys(const QString &tenant = {}) const; // from the index
    void setTimeoutMs(int ms);                                // per keychain call; default 15 s
    int timeoutMs() const;

    static constexpr qsizetype chunkSize = 2048;
    // The keychain entry that holds chunk `index` of `key` (0: the first, with the header).
    static QString entryName(const SecretKey &key, int index);

private:
    class Private;
    Private *d;
};

} // namespace insightly
