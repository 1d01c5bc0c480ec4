// Never silent: every failure to load or save the setup, or to read the keychain, reaches the admin with a
// cause and an action; a locked keyring is never "no secret"; files are the user's only.
#include "core/Logging.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <qcorotask.h>

#include <memory>

using namespace insightly;
using Problem = SetupStateStore::Problem;

namespace {

const QString tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A keychain in memory that can be locked the way a Secret Service collection is: its items vanish from
// lookups ("not found") instead of the call failing, and writes are refused.
struct FakeKeyring {
    QMap<QString, QByteArray> entries;
    bool locked = false;
    KeyringLockState reportedState() const
    {
        return locked ? KeyringLockState::Locked : KeyringLockState::Unlocked;
    }
    std::optional<KeyringLockState> overrideState;
    QKeychain::Error failEverythingWith = QKeychain::NoError;
};

SecretBackend backendFor(std::shared_ptr<FakeKeyring> keyring)
{
    SecretBackend backend;
    backend.run = [keyring](SecretBackendOperation operation, QString entry,
                            QByteArray data) -> QCoro::Task<SecretBackendReply> {
        SecretBackendReply reply;
        if (keyring->failEverythingWith != QKeychain::NoError) {
            reply.error = keyring->failEverythingWith;
            reply.errorString = QStringLiteral("simulated failure");
            co_return reply;
        }
        switch (operation) {
        case SecretBackendOperation::Read:
            if (keyring->locked || !keyring->entries.contains(entry))
                reply.error = QKeychain::EntryNotFound;
            else
                reply.data = keyring->entries.value(entry);
            break;
        case SecretBackendOperation::Write:
            if (keyring->locked) {
                reply.error = QKeychain::AccessDenied;
                reply.errorString = QStringLiteral("Cannot create an item in a locked collection");
            } else {
                keyring->entries.insert(entry, data);
            }
            break;
        case SecretBackendOperation::Remove:
            if (keyring->locked || !keyring->entries.contains(entry))
                reply.error = QKeychain::EntryNotFound;
            else
                keyring->entries.remove(entry);
            break;
        }
        co_return reply;
    };
    backend.lockState = [keyring] { return keyring->overrideState.value_or(keyring->reportedState()); };
    return backend;
}

} // namespace

class TestNeverSilent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedFileIsReportedWithWhereItWent();
    void unwritableFolderIsReportedThenRetriedOrMoved();
    void unreadableFileCanBeRetried();
    void urlSecretsAreNeverWrittenToTheStateFile();
    void filesAreReadableByTheUserOnly();
    void lockedKeyringIsNeverNotFound();
    void unknownLockStateKeepsTheIndex();
    void aKeyGoneFromAnUnlockedKeyringLeavesTheIndex();
    void keychainErrorsCarryASentenceAndAnAction();
    void secretsReadOrWrittenAreRegisteredWithTheRedactor();
};

void TestNeverSilent::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Insightly SSO Setup tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_neversilent"));
}

void TestNeverSilent::damagedFileIsReportedWithWhereItWent()
{
    QTemporaryDir root;
    SetupStateStore store(root.filePath(QStringLiteral("setups")));
    QVERIFY(writeFile(store.filePath(tenant), "{\"version\": 1, \"tenantId\": \"72f9"));
    QSignalSpy statusChanged(&store, &SetupStateStore::statusChanged);

    const auto result = store.load(tenant);
    QCOMPARE(result.outcome, SetupStateStore::LoadOutcome::Corrupt);
    QCOMPARE(statusChanged.count(), 1);
    const SetupStateStore::Status status = store.status();
    QCOMPARE(status.problem, Problem::DamagedFileMovedAside);
    QCOMPARE(status.movedAsideTo, result.movedAsideTo);
    QVERIFY(QFileInfo::exists(status.movedAsideTo));
    QCOMPARE(readAll(status.movedAsideTo), QByteArray("{\"version\": 1, \"tenantId\": \"72f9"));
    QVERIFY(!QFileInfo::exists(store.filePath(tenant)));
    QVERIFY2(status.message.action.contains(QDir::toNativeSeparators(status.movedAsideTo)),
             qPrintable(status.message.action));
    QVERIFY(!status.message.why.isEmpty());

    // The setup goes on: the next save works and the notice stays until the admin has seen it.
    QVERIFY(store.update([](SetupState &state) { state.appId = QStringLiteral("a"); }));
    QCOMPARE(store.status().problem, Problem::DamagedFileMovedAside);
    store.acknowledgeStatus();
    QVERIFY(store.status().ok());
    QCOMPARE(statusChanged.count(), 2);
}

void TestNeverSilent::unwritableFolderIsReportedThenRetriedOrMoved()
{
    QTemporaryDir root;
    // A file where the folder should be: no folder can be made there, whoever runs the test (even root).
    const QString blocker = root.filePath(QStringLiteral("blocked"));
    QVERIFY(writeFile(blocker, "not a folder"));
    SetupStateStore store(blocker + QLatin1String("/setups"));
    QCOMPARE(store.load(tenant).outcome, SetupStateStore::LoadOutcome::NotFound);
    QSignalSpy statusChanged(&store, &SetupStateStore::statusChanged);
    QSignalSpy saveFailed(&store, &SetupStateStore::saveFailed);

    QVERIFY(!store.update([](SetupState &state) { state.appId = QStringLiteral("app-1"); }));
    QCOMPARE(saveFailed.count(), 1);
    QCOMPARE(statusChanged.count(), 1);
    SetupStateStore::Status status = store.status();
    QCOMPARE(status.problem, Problem::SaveFailed);
    QVERIFY(status.canRetry);
    QVERIFY(status.canChooseAnotherFolder);
    QVERIFY(!status.message.why.isEmpty());
    QVERIFY2(status.message.action.contains(QStringLiteral("Retry")), qPrintable(status.message.action));
    QVERIFY2(status.message.action.contains(QStringLiteral("another folder")),
             qPrintable(status.message.action));
    QCOMPARE(store.state().appId, QStringLiteral("app-1")); // kept in memory

    // Retry before the cause is fixed: still failing, still said.
    QVERIFY(!store.retry());
    QCOMPARE(store.status().problem, Problem::SaveFailed);

    // The admin removes the obstacle and retries.
    QVERIFY(QFile::remove(blocker));
    QVERIFY(store.retry());
    QVERIFY(store.status().ok());
    QVERIFY(QFileInfo::exists(store.filePath(tenant)));

    // …or chooses another folder: the setup is kept there from then on.
    const QString other = root.filePath(QStringLiteral("elsewhere/setups"));
    QVERIFY(store.useFolder(other));
    QCOMPARE(store.directory(), other);
    QVERIFY(store.status().ok());
    QVERIFY(readAll(store.filePath(tenant)).contains("app-1"));
}

void TestNeverSilent::unreadableFileCanBeRetried()
{
#ifdef Q_OS_UNIX
    QTemporaryDir root;
    SetupStateStore store(root.filePath(QStringLiteral("setups")));
    // A folder where the file should be: it exists but can't be opened as a file (also as root).
    QVERIFY(QDir().mkpath(store.filePath(tenant)));
    QCOMPARE(store.load(tenant).outcome, SetupStateStore::LoadOutcome::Failed);
    QCOMPARE(store.status().problem, Problem::FileUnreadable);
    QVERIFY(store.status().canRetry);
    QVERIFY(!store.update([](SetupState &state) { state.appId = QStringLiteral("x"); }));
    QCOMPARE(store.status().problem, Problem::FileUnreadable); // the cause stays the one the admin must fix
    QVERIFY(QDir(store.filePath(tenant)).removeRecursively());
    QVERIFY(store.retry());
    QVERIFY(store.status().ok());
#else
    QSKIP("needs a POSIX file system");
#endif
}

void TestNeverSilent::urlSecretsAreNeverWrittenToTheStateFile()
{
    QTemporaryDir root;
    SetupStateStore store(root.filePath(QStringLiteral("setups")));
    store.load(tenant);
    const QString token = QStringLiteral("c0ffee00deadbeef1234567890abcdef");
    QVERIFY(store.update([&](SetupState &state) {
        state.scimBaseAddress = QUrl(
            QStringLiteral("https://svc:pa55word99@crm.na1.insightly.com/scim/v2/42?token=%1").arg(token));
        state.insightlySignInUrl =
            QUrl(QStringLiteral("https://crm.na1.insightly.com/sso/x?sig=%1").arg(token));
    }));
    const QByteArray saved = readAll(store.filePath(tenant));
    QVERIFY(!saved.isEmpty());
    QVERIFY(!saved.contains(token.toLatin1()));
    QVERIFY(!saved.contains("pa55word99"));
    QVERIFY(saved.contains("https://crm.na1.insightly.com/scim/v2/42"));
    SetupStateStore again(store.directory());
    again.load(tenant);
    QCOMPARE(again.state().scimBaseAddress, QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/42")));
}

void TestNeverSilent::filesAreReadableByTheUserOnly()
{
#ifdef Q_OS_UNIX
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("app/setups"));
    SetupStateStore store(folder);
    store.load(tenant);
    QVERIFY(store.update([](SetupState &state) { state.appId = QStringLiteral("a"); }));
    const auto onlyOwner = [](const QString &path, QFileDevice::Permissions expected) {
        const QFileDevice::Permissions permissions =
            QFileInfo(path).permissions() &
            (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return permissions == expected;
    };
    const auto file = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(onlyOwner(store.filePath(tenant), file));
    QVERIFY(onlyOwner(folder, file | QFileDevice::ExeOwner));
    QVERIFY(onlyOwner(root.filePath(QStringLiteral("app")), file | QFileDevice::ExeOwner));
    QVERIFY(onlyOwner(QDir(folder).filePath(QStringLiteral("last-used")), file));

    LogFileOptions options;
    options.directory = root.filePath(QStringLiteral("logs"));
    options.echoToStderr = false;
    QVERIFY(installMessageHandler(options));
    qInfo("a line");
    const QString log = logFilePath();
    uninstallMessageHandler();
    QVERIFY(onlyOwner(log, file));
    QVERIFY(onlyOwner(options.directory, file | QFileDevice::ExeOwner));
#else
    QSKIP("POSIX permissions");
#endif
}

void TestNeverSilent::lockedKeyringIsNeverNotFound()
{
    auto keyring = std::make_shared<FakeKeyring>();
    SecretStore store(QStringLiteral("tst-neversilent-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setBackend(backendFor(keyring));
    const SecretKey key{tenant, QStringLiteral("refresh-token"), {}};
    QVERIFY(QCoro::waitFor(store.write(key, "refresh-token-value-1234")).ok);
    QVERIFY(store.storedKeys().contains(key.toString()));

    keyring->locked = true;
    const SecretResult read = QCoro::waitFor(store.read(key));
    QVERIFY(!read.ok);
    QVERIFY(!read.notFound);
    QVERIFY(read.locked);
    QCOMPARE(read.error.code, QStringLiteral("KeychainLocked"));
    QVERIFY(!read.error.why.isEmpty());
    QVERIFY2(read.error.action.contains(QStringLiteral("nlock")), qPrintable(read.error.action));
    QVERIFY(store.storedKeys().contains(key.toString())); // not dropped

    const SecretResult removed = QCoro::waitFor(store.remove(key));
    QVERIFY(!removed.ok && !removed.notFound && removed.locked);
    QVERIFY(store.storedKeys().contains(key.toString()));

    const SecretResult written = QCoro::waitFor(store.write(key, "another-value-5678"));
    QVERIFY(!written.ok);
    QVERIFY(!written.error.isEmpty());

    keyring->locked = false; // the admin unlocked it and retries
    const SecretResult again = QCoro::waitFor(store.read(key));
    QVERIFY(again.ok);
    QCOMPARE(again.value, QByteArray("refresh-token-value-1234"));
}

void TestNeverSilent::unknownLockStateKeepsTheIndex()
{
    auto keyring = std::make_shared<FakeKeyring>();
    SecretStore store(QStringLiteral("tst-neversilent-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setBackend(backendFor(keyring));
    const SecretKey key{tenant, QStringLiteral("scim-token"), QStringLiteral("42")};
    QVERIFY(QCoro::waitFor(store.write(key, "scim-token-value-abcdef")).ok);
    keyring->entries.clear(); // hidden, and the keyring can't say whether it is locked
    keyring->overrideState = KeyringLockState::Unknown;
    const SecretResult read = QCoro::waitFor(store.read(key));
    QVERIFY(read.notFound);
    QVERIFY(store.storedKeys().contains(key.toString()));
}

void TestNeverSilent::aKeyGoneFromAnUnlockedKeyringLeavesTheIndex()
{
    auto keyring = std::make_shared<FakeKeyring>();
    SecretStore store(QStringLiteral("tst-neversilent-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setBackend(backendFor(keyring));
    const SecretKey key{tenant, QStringLiteral("insightly-api-key"), {}};
    QVERIFY(QCoro::waitFor(store.write(key, "api-key-value-00000000")).ok);
    keyring->entries.clear(); // removed by hand in the keyring manager
    const SecretResult read = QCoro::waitFor(store.read(key));
    QVERIFY(read.notFound);
    QVERIFY(!read.locked);
    QVERIFY(!store.storedKeys().contains(key.toString()));
}

void TestNeverSilent::keychainErrorsCarryASentenceAndAnAction()
{
    auto keyring = std::make_shared<FakeKeyring>();
    SecretStore store(QStringLiteral("tst-neversilent-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setBackend(backendFor(keyring));
    const SecretKey key{tenant, QStringLiteral("refresh-token"), {}};
    QVERIFY(QCoro::waitFor(store.write(key, "refresh-token-value-1234")).ok);
    for (const QKeychain::Error error : {QKeychain::AccessDenied, QKeychain::NoBackendAvailable,
                                         QKeychain::AccessDeniedByUser, QKeychain::OtherError}) {
        keyring->failEverythingWith = error;
        const SecretResult read = QCoro::waitFor(store.read(key));
        QVERIFY(!read.ok);
        QVERIFY(!read.notFound);
        QVERIFY(!read.error.what.isEmpty());
        QVERIFY(!read.error.why.isEmpty());
        QVERIFY(!read.error.action.isEmpty());
        QVERIFY(store.storedKeys().contains(key.toString()));
    }
}

void TestNeverSilent::secretsReadOrWrittenAreRegisteredWithTheRedactor()
{
    clearRegisteredSecretsForTesting();
    auto keyring = std::make_shared<FakeKeyring>();
    SecretStore store(QStringLiteral("tst-neversilent-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setBackend(backendFor(keyring));
    const SecretKey key{tenant, QStringLiteral("scim-token"), {}};
    const QByteArray secret = "opaque-scim-token-no-pattern-knows";
    keyring->entries.insert(
        SecretStore::entryName(key, 0),
        "v1;chunks=1;sha256=" +
            QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(16) + ';' + secret);
    QVERIFY(redactSecrets(QString::fromLatin1(secret)).contains(QString::fromLatin1(secret)));
    const SecretResult read = QCoro::waitFor(store.read(key));
    QVERIFY(read.ok);
    QVERIFY(!redactSecrets(QStringLiteral("x %1 y").arg(QString::fromLatin1(secret)))
                 .contains(QString::fromLatin1(secret)));
    clearRegisteredSecretsForTesting();
}

QTEST_GUILESS_MAIN(TestNeverSilent)
#include "tst_neversilent.moc"
