#pragma once

#include "core/UserMessage.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <qcorotask.h>
#include <qt6keychain/keychain.h>

#include <functional>

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
    bool locked = false;   // the keyring is locked: the secret may well be there (error says to unlock)
    QByteArray value;      // read only
    UserMessage error;     // when !ok && !notFound: a sentence and an action for the admin
};

// The keychain as SecretStore sees it. The default is QtKeychain (and, on Linux, the Secret Service's
// "Locked" property over D-Bus); tests replace it with one that fails or is locked.
enum class SecretBackendOperation { Read, Write, Remove };
enum class KeyringLockState { Unlocked, Locked, Unknown };
struct SecretBackendReply {
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    bool timedOut = false;
};
struct SecretBackend {
    // One keychain call on one entry (`data`: what Write stores).
    std::function<QCoro::Task<SecretBackendReply>(SecretBackendOperation, QString entry, QByteArray data)>
        run;
    // Whether the keyring is locked now. Asked when an entry the index lists reads as "not found": some
    // keyrings (a locked Secret Service collection) hide their items instead of failing.
    std::function<KeyringLockState()> lockState;
};
// The platform's answer: Linux asks the Secret Service's default collection over D-Bus (Unknown when it
// can't); elsewhere a locked keychain fails the call instead of hiding the entry, so Unlocked.
KeyringLockState systemKeyringLockState();

// Async store over QtKeychain (OS keychain only; no insecure fallback). Values over 2 KB are split in chunks
// (Windows Credential Manager caps a blob at 2,560 bytes); an index of stored keys is kept in QSettings,
// since QtKeychain cannot list. Every call has a timeout; a backend that is not up yet gets one retry.
//
// Layout: entry 0 is named key.toString() and holds a header ("v1;chunks=N;sha256=<16 hex>;") followed by the
// first chunk; entries 1…N-1 are named "<key>#<i>". The checksum lets a read detect pieces of two different
// writes (a write interrupted half-way) instead of returning a wrong secret.
//
// A pending call holds no pointer to the store: deleting the store while a call runs is safe.
//
// Never silent, never guessing: a locked or unavailable keyring is an error with a sentence and an action
// (unlock, retry), never "not found"; a key is dropped from the index only when the keychain answered that it
// is gone and the keyring is known to be unlocked. Every value read or written is registered with the
// redactor (registerSecret), so it can't reach a log.
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
    // Replaces the keychain (tests). Calls already running keep the backend they began with.
    void setBackend(SecretBackend backend);
    void setTimeoutMs(int ms); // per keychain call; default 15 s
    int timeoutMs() const;

    static constexpr qsizetype chunkSize = 2048;
    // The keychain entry that holds chunk `index` of `key` (0: the first, with the header).
    static QString entryName(const SecretKey &key, int index);

private:
    class Private;
    Private *d;
};

} // namespace insightly
