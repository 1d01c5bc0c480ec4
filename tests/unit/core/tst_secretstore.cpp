// SecretStore against the real keychain: gnome-keyring on the private D-Bus session that
// scripts/with-headless-session.sh starts. The "no Secret Service" cases run this binary again as a child
// process with another D-Bus address, because libsecret keeps its bus connection for the life of a process.
#include "core/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qcorotask.h>
#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace insightly;

namespace {

const QLatin1String childModeArgument("--child-write-secret");
const QString defaultTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// What QtKeychain itself has under one entry name — to see the chunks the store wrote or removed.
QKeychain::Error rawEntry(const QString &service, const QString &entry)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(entry);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(30000))
        return QKeychain::OtherError;
    return job.error();
}

void prepareApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Insightly SSO Setup tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
}

// The child: one write through a SecretStore, its UserMessage as JSON on stdout.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    prepareApplication();
    SecretStore store(QStringLiteral("insightly-sso-setup-test-child"));
    store.setTimeoutMs(QString::fromLocal8Bit(qgetenv("CHILD_TIMEOUT_MS")).toInt());
    const SecretResult result =
        QCoro::waitFor(store.write({QStringLiteral("tenant"), QStringLiteral("refresh-token"), {}}, "value"));
    const QJsonObject json{
        {QStringLiteral("ok"), result.ok},           {QStringLiteral("what"), result.error.what},
        {QStringLiteral("why"), result.error.why},   {QStringLiteral("action"), result.error.action},
        {QStringLiteral("code"), result.error.code}, {QStringLiteral("details"), result.error.details},
    };
    const QByteArray out = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    // A keychain call that timed out is still pending in QtKeychain (and in GLib's D-Bus thread): leave at
    // once.
    std::_Exit(0);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_service;
    std::unique_ptr<SecretStore> m_store;

    SecretResult write(const SecretKey &key, const QByteArray &value);
    SecretResult read(const SecretKey &key) { return QCoro::waitFor(m_store->read(key)); }
    SecretResult remove(const SecretKey &key) { return QCoro::waitFor(m_store->remove(key)); }

    static SecretKey key(const QString &purpose, const QString &tenant = defaultTenant);

    QJsonObject runChildWith(const QString &busAddress, int timeoutMs);

private slots:
    void initTestCase();
    void writeThenRead();
    void sixKilobyteValueIsByteExact();
    void overwriteWithFewerChunksRemovesTheExtras();
    void removeDeletesEveryChunk();
    void readingOrRemovingWhatIsNotStoredIsNotFound();
    void keysAreScopedByTenantPurposeAndQualifier();
    void indexListsKeyNamesOnly();
    void damagedEntryIsReportedNotReturned();
    void storeMayGoAwayWhileACallRuns();
    void noBusGivesASentenceAndAnAction();
    void busWithoutSecretServiceSaysWhatToInstall();

    // A bus that accepts the connection and then never answers — like a keyring stuck on an invisible
    // prompt. The call must give up after its timeout with a message, not hang.
    void silentKeychainTimesOutWithAMessage();
    void cleanupTestCase();
};

SecretResult TestSecretStore::write(const SecretKey &key, const QByteArray &value)
{
    return QCoro::waitFor(m_store->write(key, value));
}

SecretKey TestSecretStore::key(const QString &purpose, const QString &tenant)
{
    return SecretKey{tenant, purpose, {}};
}

QJsonObject TestSecretStore::runChildWith(const QString &busAddress, int timeoutMs)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    environment.insert(QStringLiteral("CHILD_TIMEOUT_MS"), QString::number(timeoutMs));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {childModeArgument});
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        return {};
    }
    const QByteArray out = child.readAllStandardOutput().trimmed();
    QJsonObject message = QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
    // The child's log (insightly.core.secrets) tells how often it asked the keychain.
    const QString log = QString::fromUtf8(child.readAllStandardError());
    std::fputs(qPrintable(log), stderr);
    message.insert(QStringLiteral("retries"), int(log.count(QLatin1String("retrying once"))));
    return message;
}

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/with-headless-session.sh (gnome-keyring on a private "
              "bus)");
    prepareApplication();
    // Unique per run, so that parallel or earlier runs never see each other's entries.
    m_service =
        QStringLiteral("insightly-sso-setup-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<SecretStore>(m_service);
    QCOMPARE(m_store->timeoutMs(), 15000);
    m_store->setTimeoutMs(60000); // a loaded machine, not a hung keychain
}

void TestSecretStore::writeThenRead()
{
    const QByteArray token =
        "0.AXoAv4j5cvGGr0GRqy180BHbR-4uyBQgTCxMt-gpanDatn56AHc.AgABAAEAAAAmoFfGtYxvRrNriQdPKIZ";
    const SecretResult written = write(key(QStringLiteral("refresh-token")), token);
    QVERIFY2(written.ok, qPrintable(written.error.toDiagnostics()));
    QVERIFY(written.error.isEmpty());

    const SecretResult result = read(key(QStringLiteral("refresh-token")));
    QVERIFY2(result.ok, qPrintable(result.error.toDiagnostics()));
    QVERIFY(!result.notFound);
    QCOMPARE(result.value, token);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(key(QStringLiteral("refresh-token")), 0)),
             QKeychain::NoError);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(key(QStringLiteral("refresh-token")), 1)),
             QKeychain::EntryNotFound);
}

void TestSecretStore::sixKilobyteValueIsByteExact()
{
    const QByteArray value = randomBytes(6 * 1024, 42); // every byte value, including NUL
    const SecretKey scim{QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("scim-token"),
                         QStringLiteral("instance/123456")};
    QVERIFY2(write(scim, value).ok, "write failed");
    for (int index = 0; index < 3; ++index)
        QCOMPARE(rawEntry(m_service, SecretStore::entryName(scim, index)), QKeychain::NoError);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(scim, 3)), QKeychain::EntryNotFound);

    const SecretResult result = read(scim);
    QVERIFY2(result.ok, qPrintable(result.error.toDiagnostics()));
    QCOMPARE(result.value.size(), value.size());
    QCOMPARE(result.value, value);
}

void TestSecretStore::overwriteWithFewerChunksRemovesTheExtras()
{
    const SecretKey apiKey = key(QStringLiteral("insightly-api-key"));
    const QByteArray longer = randomBytes(5000, 1); // 3 chunks
    QVERIFY(write(apiKey, longer).ok);
    QCOMPARE(read(apiKey).value, longer);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(apiKey, 2)), QKeychain::NoError);

    const QByteArray shorter = randomBytes(2100, 2); // 2 chunks
    QVERIFY(write(apiKey, shorter).ok);
    QCOMPARE(read(apiKey).value, shorter);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(apiKey, 1)), QKeychain::NoError);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(apiKey, 2)), QKeychain::EntryNotFound);

    const QByteArray shortest = "a3f1c2d4-5e6f-4a8b-9c0d-1e2f3a4b5c6d"; // 1 chunk
    QVERIFY(write(apiKey, shortest).ok);
    QCOMPARE(read(apiKey).value, shortest);
    QCOMPARE(rawEntry(m_service, SecretStore::entryName(apiKey, 1)), QKeychain::EntryNotFound);

    QVERIFY(write(apiKey, QByteArray()).ok); // empty is a value too
    const SecretResult empty = read(apiKey);
    QVERIFY(empty.ok);
    QVERIFY(empty.value.isEmpty());
}

void TestSecretStore::removeDeletesEveryChunk()
{
    const SecretKey token = key(QStringLiteral("refresh-token"), QStringLiteral("fabrikam.onmicrosoft.com"));
    QVERIFY(write(token, randomBytes(4500, 3)).ok);
    QVERIFY(m_store->storedKeys().contains(token.toString()));

    const SecretResult removed = remove(token);
    QVERIFY2(removed.ok, qPrintable(removed.error.toDiagnostics()));
    for (int index = 0; index < 3; ++index)
        QCOMPARE(rawEntry(m_service, SecretStore::entryName(token, index)), QKeychain::EntryNotFound);
    const SecretResult afterwards = read(token);
    QVERIFY(!afterwards.ok);
    QVERIFY(afterwards.notFound);
    QVERIFY(!m_store->storedKeys().contains(token.toString()));
}

void TestSecretStore::readingOrRemovingWhatIsNotStoredIsNotFound()
{
    const SecretKey never = key(QStringLiteral("refresh-token"), QStringLiteral("never-written.example"));
    const SecretResult result = read(never);
    QVERIFY(!result.ok);
    QVERIFY(result.notFound);
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.value.isEmpty());
    const SecretResult removed = remove(never);
    QVERIFY(removed.notFound);
    QVERIFY(removed.error.isEmpty());
}

void TestSecretStore::keysAreScopedByTenantPurposeAndQualifier()
{
    const SecretKey a{QStringLiteral("tenant-a"), QStringLiteral("scim-token"), QStringLiteral("1")};
    const SecretKey b{QStringLiteral("tenant-a"), QStringLiteral("scim-token"), QStringLiteral("2")};
    const SecretKey c{QStringLiteral("tenant-b"), QStringLiteral("scim-token"), QStringLiteral("1")};
    const SecretKey slash{QStringLiteral("tenant-a/scim-token"), QStringLiteral("1"), {}};
    QCOMPARE(a.toString(), QStringLiteral("tenant-a/scim-token/1"));
    QVERIFY(slash.toString() != a.toString());
    QVERIFY(write(a, "A").ok);
    QVERIFY(write(b, "B").ok);
    QVERIFY(write(c, "C").ok);
    QCOMPARE(read(a).value, QByteArray("A"));
    QCOMPARE(read(b).value, QByteArray("B"));
    QCOMPARE(read(c).value, QByteArray("C"));
    QVERIFY(read(slash).notFound);

    const SecretResult invalid = write(SecretKey{{}, QStringLiteral("scim-token"), {}}, "x");
    QVERIFY(!invalid.ok);
    QCOMPARE(invalid.error.code, QStringLiteral("InvalidSecretKey"));
}

void TestSecretStore::indexListsKeyNamesOnly()
{
    const QByteArray secret = "index-must-never-hold-this-9f8e7d6c5b4a";
    const SecretKey one{QStringLiteral("index-tenant-1"), QStringLiteral("refresh-token"), {}};
    const SecretKey two{QStringLiteral("index-tenant-1"), QStringLiteral("scim-token"), QStringLiteral("42")};
    const SecretKey three{QStringLiteral("index-tenant-2"), QStringLiteral("refresh-token"), {}};
    for (const SecretKey &k : {one, two, three})
        QVERIFY(write(k, secret).ok);

    QCOMPARE(m_store->storedKeys(QStringLiteral("index-tenant-1")),
             (QStringList{QStringLiteral("index-tenant-1/refresh-token"),
                          QStringLiteral("index-tenant-1/scim-token/42")}));
    QCOMPARE(m_store->storedKeys(QStringLiteral("index-tenant-2")),
             QStringList{QStringLiteral("index-tenant-2/refresh-token")});
    const QStringList all = m_store->storedKeys();
    for (const SecretKey &k : {one, two, three})
        QVERIFY(all.contains(k.toString()));
    QVERIFY(std::is_sorted(all.cbegin(), all.cend()));

    // Another store on the same service sees the same index (it is in QSettings, not in memory).
    QCOMPARE(SecretStore(m_service).storedKeys(QStringLiteral("index-tenant-2")),
             QStringList{QStringLiteral("index-tenant-2/refresh-token")});
    QVERIFY(SecretStore(m_service + QLatin1String("-other")).storedKeys().isEmpty());

    QSettings settings;
    settings.sync();
    const QByteArray settingsFile = [&settings] {
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY2(settingsFile.contains("index-tenant-1"), "the index is not where the test looks");
    QVERIFY(!settingsFile.contains(secret));
    QVERIFY(!settingsFile.contains(secret.toBase64()));

    QVERIFY(remove(two).ok);
    QCOMPARE(m_store->storedKeys(QStringLiteral("index-tenant-1")),
             QStringList{QStringLiteral("index-tenant-1/refresh-token")});
}

void TestSecretStore::damagedEntryIsReportedNotReturned()
{
    const SecretKey token = key(QStringLiteral("refresh-token"), QStringLiteral("damaged.example"));
    QVERIFY(write(token, randomBytes(3000, 4)).ok);
    // As if a write had stopped half-way: the second chunk belongs to another value.
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(SecretStore::entryName(token, 1));
    job.setBinaryData(randomBytes(952, 5));
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.error(), QKeychain::NoError);

    const SecretResult result = read(token);
    QVERIFY(!result.ok);
    QVERIFY(!result.notFound);
    QCOMPARE(result.error.code, QStringLiteral("KeychainEntryDamaged"));
    QVERIFY(!result.error.action.isEmpty());
    QVERIFY(result.value.isEmpty());
}

void TestSecretStore::storeMayGoAwayWhileACallRuns()
{
    auto store = std::make_unique<SecretStore>(m_service);
    QCoro::Task<SecretResult> pending = store->write(key(QStringLiteral("short-lived")), "still written");
    store.reset();
    const SecretResult result = QCoro::waitFor(pending);
    QVERIFY2(result.ok, qPrintable(result.error.toDiagnostics()));
    QCOMPARE(read(key(QStringLiteral("short-lived"))).value, QByteArray("still written"));
}

void TestSecretStore::noBusGivesASentenceAndAnAction()
{
    const QJsonObject message =
        runChildWith(QStringLiteral("unix:path=/nonexistent/insightly-test/bus-socket"), 20000);
    QVERIFY2(!message.isEmpty(), "the child did not answer");
    QVERIFY(!message.value(QLatin1String("ok")).toBool());
    QCOMPARE(message.value(QLatin1String("code")).toString(), QStringLiteral("OtherError"));
    QVERIFY2(message.value(QLatin1String("what")).toString().contains(QLatin1String("couldn't be saved")),
             qPrintable(message.value(QLatin1String("what")).toString()));
    QVERIFY2(message.value(QLatin1String("why")).toString().contains(QLatin1String("D-Bus")),
             qPrintable(message.value(QLatin1String("why")).toString()));
    QVERIFY(message.value(QLatin1String("action")).toString().contains(QLatin1String("GNOME Keyring")));
    QVERIFY(!message.value(QLatin1String("details")).toString().isEmpty());
    // At first use a missing backend may just be starting: exactly one retry, then the message.
    QCOMPARE(message.value(QLatin1String("retries")).toInt(), 1);
}

void TestSecretStore::busWithoutSecretServiceSaysWhatToInstall()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    // A session bus that knows no services, so nothing can be activated as org.freedesktop.secrets.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString config = folder.filePath(QStringLiteral("session.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path=%1</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
</policy></busconfig>)")
            .arg(folder.filePath(QStringLiteral("bus")))
            .toUtf8());
    file.close();
    QProcess bus;
    bus.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                       QStringLiteral("--print-address")});
    QVERIFY(bus.waitForStarted(30000));
    QVERIFY(bus.waitForReadyRead(30000));
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));

    const QJsonObject message = runChildWith(address, 20000);
    bus.terminate();
    bus.waitForFinished(30000);

    QVERIFY2(!message.isEmpty(), "the child did not answer");
    QVERIFY2(
        message.value(QLatin1String("details")).toString().contains(QLatin1String("org.freedesktop.secrets")),
        qPrintable(message.value(QLatin1String("details")).toString()));
    QVERIFY2(message.value(QLatin1String("why")).toString().contains(QLatin1String("Secret Service")),
             qPrintable(message.value(QLatin1String("why")).toString()));
    const QString action = message.value(QLatin1String("action")).toString();
    QVERIFY2(action.contains(QLatin1String("GNOME Keyring")) && action.contains(QLatin1String("KWallet")) &&
                 action.contains(QLatin1String("unlock")),
             qPrintable(action));
    QCOMPARE(message.value(QLatin1String("retries")).toInt(), 1);
}

void TestSecretStore::silentKeychainTimesOutWithAMessage()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QLocalServer silent;
    QVERIFY(silent.listen(folder.filePath(QStringLiteral("silent-bus"))));

    const QJsonObject message = runChildWith(QStringLiteral("unix:path=") + silent.fullServerName(), 3000);
    QVERIFY2(!message.isEmpty(), "the child hung or did not answer");
    QVERIFY(!message.value(QLatin1String("ok")).toBool());
    QCOMPARE(message.value(QLatin1String("code")).toString(), QStringLiteral("KeychainTimeout"));
    QVERIFY2(message.value(QLatin1String("why")).toString().contains(QLatin1String("didn't answer")),
             qPrintable(message.value(QLatin1String("why")).toString()));
    QVERIFY(message.value(QLatin1String("action")).toString().contains(QLatin1String("Unlock")));
    QCOMPARE(message.value(QLatin1String("retries")).toInt(),
             0); // a hang is not retried: it would hang again
}

void TestSecretStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &name : m_store->storedKeys()) {
        const QStringList parts = name.split(u'/');
        SecretKey k{QUrl::fromPercentEncoding(parts.value(0).toLatin1()),
                    QUrl::fromPercentEncoding(parts.value(1).toLatin1()),
                    QUrl::fromPercentEncoding(parts.value(2).toLatin1())};
        QVERIFY(remove(k).ok);
    }
    QVERIFY(m_store->storedKeys().isEmpty());
}

int main(int argc, char **argv)
{
    if (argc > 1 && QLatin1String(argv[1]) == childModeArgument)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
