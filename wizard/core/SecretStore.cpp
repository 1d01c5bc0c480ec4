#include "core/SecretStore.h"

#include "core/KeychainErrors.h"
#include "core/KeychainJobAwaiter.h"
#include "core/LogCategories.h"
#include "core/SecretRedaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QUrl>
#include <qcorotimer.h>

#if defined(INSIGHTLY_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

#include <chrono>
#include <memory>
#include <optional>

namespace insightly {

namespace {

using namespace std::chrono_literals;

// A backend that is not up yet (the keyring daemon still starting with the session) gets one second.
constexpr auto firstUseRetryDelay = 1s;

// What one call needs, copied at its start, so that a call outlives the SecretStore that began it.
struct CallContext {
    QString service;
    std::chrono::milliseconds timeout{15s};
    std::shared_ptr<bool> backendAnswered; // shared by the store's calls: retry only until it answered once
    std::shared_ptr<const SecretBackend> backend; // null: QtKeychain
};

KeyringLockState lockState(const CallContext &context)
{
    if (context.backend && context.backend->lockState)
        return context.backend->lockState();
    return systemKeyringLockState();
}

bool isIndexed(const QString &service, const QString &key);

struct JobOutcome {
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    bool timedOut = false;
};

enum class JobKind { Read, Write, Delete };

QKeychain::Job *makeJob(const CallContext &context, JobKind kind, const QString &entry,
                        const QByteArray &data)
{
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(context.service);
        break;
    case JobKind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(context.service);
        writeJob->setBinaryData(data);
        job = writeJob;
        break;
    }
    case JobKind::Delete:
        job = new QKeychain::DeletePasswordJob(context.service);
        break;
    }
    job->setAutoDelete(false); // deleted by runJob, or on its late finish after a timeout
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}

QCoro::Task<JobOutcome> runJob(CallContext context, JobKind kind, QString entry, QByteArray data = {})
{
    if (context.backend && context.backend->run) {
        const SecretBackendOperation operation = kind == JobKind::Read    ? SecretBackendOperation::Read
                                                 : kind == JobKind::Write ? SecretBackendOperation::Write
                                                                          : SecretBackendOperation::Remove;
        const SecretBackendReply reply = co_await context.backend->run(operation, entry, data);
        co_return JobOutcome{reply.error, reply.errorString, reply.data, reply.timedOut};
    }
    for (int attempt = 1;; ++attempt) {
        QKeychain::Job *job = makeJob(context, kind, entry, data);
        const bool finished = co_await KeychainJobAwaiter(job, context.timeout);
        JobOutcome outcome;
        if (!finished) {
            // The job cannot be cancelled; it is left to finish (a prompt answered later) and clean up after
            // itself. QtKeychain runs jobs one at a time, so later calls queue behind it and time out too,
            // each with the same true message: the keychain isn't answering.
            QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
            qCWarning(lcSecrets) << "The keychain did not answer within" << context.timeout.count()
                                 << "ms for" << entry;
            outcome.timedOut = true;
            co_return outcome;
        }
        outcome.error = job->error();
        outcome.errorString = job->errorString();
        if (kind == JobKind::Read && outcome.error == QKeychain::NoError)
            outcome.data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        job->deleteLater();

        const bool backendMissing =
            outcome.error == QKeychain::NoBackendAvailable || outcome.error == QKeychain::OtherError;
        if (backendMissing && !*context.backendAnswered && attempt == 1) {
            qCInfo(lcSecrets) << "The keychain is not available yet (" << outcome.errorString
                              << "); retrying once";
            co_await QCoro::sleepFor(firstUseRetryDelay);
            continue;
        }
        if (!backendMissing)
            *context.backendAnswered = true;
        if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
            qCWarning(lcSecrets) << "Keychain error" << outcome.error << outcome.errorString << "for"
                                 << entry;
        co_return outcome;
    }
}

// Entry 0 starts with "v1;chunks=<N>;sha256=<first 16 hex digits>;".
QByteArray checksum(const QByteArray &value)
{
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex().left(16);
}

QByteArray makeHeader(qsizetype chunkCount, const QByteArray &value)
{
    return "v1;chunks=" + QByteArray::number(chunkCount) + ";sha256=" + checksum(value) + ';';
}

struct Header {
    int chunkCount = 0;
    QByteArray checksum;
    QByteArray firstChunk;
};

std::optional<Header> parseHeader(const QByteArray &entry)
{
    static const QByteArray prefix = "v1;chunks=";
    if (!entry.startsWith(prefix))
        return std::nullopt;
    const qsizetype countEnd = entry.indexOf(';', prefix.size());
    const QByteArray checksumPrefix = ";sha256=";
    if (countEnd < 0 || entry.mid(countEnd, checksumPrefix.size()) != checksumPrefix)
        return std::nullopt;
    const qsizetype checksumStart = countEnd + checksumPrefix.size();
    const qsizetype checksumEnd = entry.indexOf(';', checksumStart);
    bool ok = false;
    Header header;
    header.chunkCount = entry.mid(prefix.size(), countEnd - prefix.size()).toInt(&ok);
    if (!ok || header.chunkCount < 1 || checksumEnd < 0)
        return std::nullopt;
    header.checksum = entry.mid(checksumStart, checksumEnd - checksumStart);
    header.firstChunk = entry.mid(checksumEnd + 1);
    return header;
}

// The index: key names only, never values (QtKeychain cannot list what it stores).
QString indexSettingsKey(const QString &service)
{
    return QLatin1String("secretIndex/") + QString::fromLatin1(QUrl::toPercentEncoding(service));
}

bool isIndexed(const QString &service, const QString &key)
{
    return QSettings().value(indexSettingsKey(service)).toStringList().contains(key);
}

void updateIndex(const QString &service, const QString &key, bool stored)
{
    QSettings settings;
    QStringList keys = settings.value(indexSettingsKey(service)).toStringList();
    const bool listed = keys.contains(key);
    if (stored == listed)
        return;
    if (stored)
        keys.append(key);
    else
        keys.removeAll(key);
    keys.sort();
    if (keys.isEmpty())
        settings.remove(indexSettingsKey(service));
    else
        settings.setValue(indexSettingsKey(service), keys);
}

SecretResult failure(const JobOutcome &outcome, const CallContext &context, KeychainOperation operation)
{
    SecretResult result;
    result.error = outcome.timedOut ? keychainTimeoutMessage(int(context.timeout.count()), operation)
                                    : keychainErrorMessage(outcome.error, outcome.errorString, operation);
    return result;
}

SecretResult invalidKey(const SecretKey &key)
{
    SecretResult result;
    result.error.what = QCoreApplication::translate("SecretStore", "A credential has no valid name.");
    result.error.why =
        QCoreApplication::translate("SecretStore", "A stored secret needs a tenant and a purpose.");
    result.error.action = QCoreApplication::translate("SecretStore", "Send the diagnostics to support.");
    result.error.code = QStringLiteral("InvalidSecretKey");
    result.error.details = key.toString();
    return result;
}

bool succeeded(const JobOutcome &outcome)
{
    return !outcome.timedOut && outcome.error == QKeychain::NoError;
}

bool notFound(const JobOutcome &outcome)
{
    return !outcome.timedOut && outcome.error == QKeychain::EntryNotFound;
}

// How many entries `key` occupies now: 0 when nothing is stored, 1 for an entry without a readable header.
QCoro::Task<std::optional<int>> storedChunkCount(CallContext context, SecretKey key, JobOutcome *failed)
{
    const JobOutcome first = co_await runJob(context, JobKind::Read, SecretStore::entryName(key, 0));
    if (notFound(first))
        co_return 0;
    if (!succeeded(first)) {
        *failed = first;
        co_return std::nullopt;
    }
    const auto header = parseHeader(first.data);
    co_return header ? header->chunkCount : 1;
}

// "Not found" for a key the index lists: the keyring may be hiding it because it is locked. Returns the
// result to give instead of "not found", or nothing when "not found" is the truth.
std::optional<SecretResult> hiddenByLock(const CallContext &context, const SecretKey &key,
                                         KeychainOperation operation)
{
    if (!isIndexed(context.service, key.toString()))
        return std::nullopt;
    switch (lockState(context)) {
    case KeyringLockState::Unlocked:
        return std::nullopt;
    case KeyringLockState::Locked: {
        qCWarning(lcSecrets) << "The keyring is locked; keeping" << key.toString() << "in the index";
        SecretResult result;
        result.locked = true;
        result.error = keychainLockedMessage(operation);
        result.error.details = key.toString();
        return result;
    }
    case KeyringLockState::Unknown:
        break;
    }
    // Can't tell: say "not found" as the keychain did, but keep the key in the index.
    SecretResult result;
    result.notFound = true;
    return result;
}

QCoro::Task<SecretResult> writeSecret(CallContext context, SecretKey key, QByteArray value)
{
    registerSecret(value);
    if (!key.isValid())
        co_return invalidKey(key);
    JobOutcome failed;
    const std::optional<int> oldCount = co_await storedChunkCount(context, key, &failed);
    if (!oldCount)
        co_return failure(failed, context, KeychainOperation::Write);

    const qsizetype count =
        std::max<qsizetype>(1, (value.size() + SecretStore::chunkSize - 1) / SecretStore::chunkSize);
    // The later chunks first and entry 0 last, so that the header never announces chunks that aren't there
    // yet.
    for (int index = 1; index < count; ++index) {
        const JobOutcome written =
            co_await runJob(context, JobKind::Write, SecretStore::entryName(key, index),
                            value.mid(index * SecretStore::chunkSize, SecretStore::chunkSize));
        if (!succeeded(written))
            co_return failure(written, context, KeychainOperation::Write);
    }
    const JobOutcome written = co_await runJob(context, JobKind::Write, SecretStore::entryName(key, 0),
                                               makeHeader(count, value) + value.left(SecretStore::chunkSize));
    if (!succeeded(written))
        co_return failure(written, context, KeychainOperation::Write);
    updateIndex(context.service, key.toString(), true);

    for (int index = int(count); index < *oldCount; ++index) {
        const JobOutcome removed =
            co_await runJob(context, JobKind::Delete, SecretStore::entryName(key, index));
        if (!succeeded(removed) && !notFound(removed))
            qCWarning(lcSecrets) << "A chunk of the previous value was left in the keychain:"
                                 << SecretStore::entryName(key, index);
    }
    SecretResult result;
    result.ok = true;
    co_return result;
}

QCoro::Task<SecretResult> readSecret(CallContext context, SecretKey key)
{
    if (!key.isValid())
        co_return invalidKey(key);
    SecretResult result;
    const JobOutcome first = co_await runJob(context, JobKind::Read, SecretStore::entryName(key, 0));
    if (notFound(first)) {
        if (auto hidden = hiddenByLock(context, key, KeychainOperation::Read))
            co_return *hidden;
        updateIndex(context.service, key.toString(), false);
        result.notFound = true;
        co_return result;
    }
    if (!succeeded(first))
        co_return failure(first, context, KeychainOperation::Read);
    const auto header = parseHeader(first.data);
    if (!header) {
        result.error = keychainDamagedEntryMessage(key.toString());
        co_return result;
    }
    QByteArray value = header->firstChunk;
    for (int index = 1; index < header->chunkCount; ++index) {
        const JobOutcome chunk = co_await runJob(context, JobKind::Read, SecretStore::entryName(key, index));
        if (notFound(chunk)) {
            result.error = keychainDamagedEntryMessage(key.toString());
            co_return result;
        }
        if (!succeeded(chunk))
            co_return failure(chunk, context, KeychainOperation::Read);
        value += chunk.data;
    }
    if (checksum(value) != header->checksum) {
        result.error = keychainDamagedEntryMessage(key.toString());
        co_return result;
    }
    registerSecret(value);
    result.ok = true;
    result.value = value;
    co_return result;
}

QCoro::Task<SecretResult> removeSecret(CallContext context, SecretKey key)
{
    if (!key.isValid())
        co_return invalidKey(key);
    JobOutcome failed;
    const std::optional<int> count = co_await storedChunkCount(context, key, &failed);
    if (!count)
        co_return failure(failed, context, KeychainOperation::Remove);
    SecretResult result;
    if (*count == 0) {
        if (auto hidden = hiddenByLock(context, key, KeychainOperation::Remove))
            co_return *hidden;
        updateIndex(context.service, key.toString(), false);
        result.notFound = true;
        co_return result;
    }
    // Entry 0 last: until it is gone, a retry still knows how many chunks there are.
    for (int index = *count - 1; index >= 0; --index) {
        const JobOutcome removed =
            co_await runJob(context, JobKind::Delete, SecretStore::entryName(key, index));
        if (!succeeded(removed) && !notFound(removed))
            co_return failure(removed, context, KeychainOperation::Remove);
    }
    updateIndex(context.service, key.toString(), false);
    result.ok = true;
    co_return result;
}

} // namespace

QString SecretKey::toString() const
{
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(tenant)) + QLatin1Char('/') +
                   QString::fromLatin1(QUrl::toPercentEncoding(purpose));
    if (!qualifier.isEmpty())
        name += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(qualifier));
    return name;
}

class SecretStore::Private
{
public:
    CallContext context;
};

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->context.service = service;
    d->context.backendAnswered = std::make_shared<bool>(false);
}

SecretStore::~SecretStore()
{
    delete d;
}

QCoro::Task<SecretResult> SecretStore::write(SecretKey key, QByteArray value)
{
    return writeSecret(d->context, std::move(key), std::move(value));
}

QCoro::Task<SecretResult> SecretStore::read(SecretKey key)
{
    return readSecret(d->context, std::move(key));
}

QCoro::Task<SecretResult> SecretStore::remove(SecretKey key)
{
    return removeSecret(d->context, std::move(key));
}

QStringList SecretStore::storedKeys(const QString &tenant) const
{
    const QStringList keys = QSettings().value(indexSettingsKey(d->context.service)).toStringList();
    if (tenant.isEmpty())
        return keys;
    const QString prefix = QString::fromLatin1(QUrl::toPercentEncoding(tenant)) + QLatin1Char('/');
    QStringList forTenant;
    for (const QString &key : keys)
        if (key.startsWith(prefix))
            forTenant.append(key);
    return forTenant;
}

void SecretStore::setBackend(SecretBackend backend)
{
    d->context.backend = std::make_shared<const SecretBackend>(std::move(backend));
}

KeyringLockState systemKeyringLockState()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return KeyringLockState::Unlocked;
#elif defined(INSIGHTLY_HAVE_QTDBUS)
    // org.freedesktop.Secret.Collection.Locked of the default collection
    // (https://specifications.freedesktop.org/secret-service-spec/latest/).
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return KeyringLockState::Unknown;
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = bus.call(get, QDBus::Block, 3000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return KeyringLockState::Unknown;
    const QVariant locked = reply.arguments().first().value<QDBusVariant>().variant();
    if (!locked.isValid())
        return KeyringLockState::Unknown;
    return locked.toBool() ? KeyringLockState::Locked : KeyringLockState::Unlocked;
#else
    return KeyringLockState::Unknown;
#endif
}

void SecretStore::setTimeoutMs(int ms)
{
    d->context.timeout = std::chrono::milliseconds(ms);
}

int SecretStore::timeoutMs() const
{
    return int(d->context.timeout.count());
}

QString SecretStore::entryName(const SecretKey &key, int index)
{
    return index == 0 ? key.toString() : key.toString() + QLatin1Char('#') + QString::number(index);
}

} // namespace insightly
