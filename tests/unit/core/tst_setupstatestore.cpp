#include "core/SetupStateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace insightly;
using Outcome = SetupStateStore::LoadOutcome;

namespace {

const QString tenantA = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString tenantB = QStringLiteral("contoso.onmicrosoft.com");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestSetupStateStore : public QObject
{
    Q_OBJECT

    QString m_directory;

private slots:
    void initTestCase();
    void init() { QVERIFY(QDir(m_directory).removeRecursively()); }
    void cleanupTestCase() { QDir(m_directory).removeRecursively(); }
    void defaultsToTheAppDataFolder();
    void missingFileStartsAFreshSetupForThatTenant();
    void savesOnEveryChangeAndLoadsItBack();
    void aStateWithoutTenantStaysInMemory();
    void fileFromANewerVersionIsRefusedAndKeptUntouched();
    void corruptFileIsMovedAsideAndASetupStartsAfresh_data();
    void corruptFileIsMovedAsideAndASetupStartsAfresh();
    void knownTenantsAndTheMostRecentOne();
    void aSavedSetupIsNeverOverwrittenByAStateThatDidNotLoadIt();
    void savesAreAtomic();
    void markingAssignedWritesTheSameBytesWhateverTheQueuesLength();
    void marksAreFoldedInOnLoadAndDroppedByTheNextSave();
    void aMarkCutShortByACrashIsIgnored();
    void marksOfANeverSavedSetupFallBackToAFullSave();
};

void TestSetupStateStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Insightly SSO Setup tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_setupstatestore"));
    m_directory =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/setups");
}

void TestSetupStateStore::defaultsToTheAppDataFolder()
{
    SetupStateStore store;
    QCOMPARE(store.directory(), m_directory);
    QCOMPARE(store.filePath(tenantA), m_directory + QLatin1Char('/') + tenantA + QLatin1String(".json"));
    // A tenant id can never name a file outside the folder.
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("../../etc/passwd"))).absolutePath(), m_directory);
}

void TestSetupStateStore::missingFileStartsAFreshSetupForThatTenant()
{
    SetupStateStore store;
    QSignalSpy changed(&store, &SetupStateStore::changed);
    const auto result = store.load(tenantA);
    QCOMPARE(result.outcome, Outcome::NotFound);
    QVERIFY(result.message.isEmpty());
    QCOMPARE(store.state().tenantId, tenantA);
    QVERIFY(store.state().completedSteps.isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!QFile::exists(store.filePath(tenantA)));
}

void TestSetupStateStore::savesOnEveryChangeAndLoadsItBack()
{
    SetupStateStore store;
    store.load(tenantA);
    QSignalSpy changed(&store, &SetupStateStore::changed);

    QVERIFY(store.update([](SetupState &state) { state.tenantDisplayName = QStringLiteral("Contoso"); }));
    QCOMPARE(changed.count(), 1);
    QJsonObject saved = QJsonDocument::fromJson(readAll(store.filePath(tenantA))).object();
    QCOMPARE(saved.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(saved.value(QLatin1String("tenantDisplayName")).toString(), QStringLiteral("Contoso"));

    const QDateTime when(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC);
    QVERIFY(store.markStepCompleted(SetupState::Step::App, when));
    QVERIFY(store.update([](SetupState &state) {
        state.appId = QStringLiteral("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e");
        state.insightlySignInUrl =
            QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=42"));
        state.assignmentQueue.append({QStringLiteral("11111111-2222-3333-4444-555555555555"),
                                      SetupState::PrincipalType::Group, false});
    }));
    QCOMPARE(changed.count(), 3);
    saved = QJsonDocument::fromJson(readAll(store.filePath(tenantA))).object();
    QCOMPARE(saved.value(QLatin1String("appId")).toString(), store.state().appId);

    SetupStateStore again;
    const auto result = again.load(tenantA);
    QCOMPARE(result.outcome, Outcome::Loaded);
    QVERIFY(result.message.isEmpty());
    QVERIFY(again.state() == store.state());
    QCOMPARE(again.state().completedSteps.value(SetupState::Step::App), when);
}

void TestSetupStateStore::aStateWithoutTenantStaysInMemory()
{
    SetupStateStore store;
    QVERIFY(store.update([](SetupState &state) { state.pod = QStringLiteral("eu1"); }));
    QCOMPARE(store.state().pod, QStringLiteral("eu1"));
    QVERIFY(!QDir(m_directory).exists() || QDir(m_directory).isEmpty());
}

void TestSetupStateStore::fileFromANewerVersionIsRefusedAndKeptUntouched()
{
    const QByteArray newer = R"({"version": 2, "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", )"
                             R"("completedSteps": {"signIn": "2027-01-01T00:00:00.000Z"}, )"
                             R"("somethingNew": {"only": "version 2 knows this"}})";
    SetupStateStore store;
    writeFile(store.filePath(tenantA), newer);

    const auto result = store.load(tenantA);
    QCOMPARE(result.outcome, Outcome::NewerVersion);
    QVERIFY2(result.message.what.contains(QLatin1String("newer version of Insightly SSO Setup")),
             qPrintable(result.message.what));
    QVERIFY(!result.message.why.isEmpty());
    QVERIFY2(result.message.action.contains(QLatin1String("Update the app")),
             qPrintable(result.message.action));
    QVERIFY(store.state().completedSteps.isEmpty());
    QCOMPARE(readAll(store.filePath(tenantA)), newer);

    // Nor does a later change overwrite it.
    QSignalSpy saveFailed(&store, &SetupStateStore::saveFailed);
    QVERIFY(!store.update([](SetupState &state) { state.tenantId = tenantA; }));
    QCOMPARE(saveFailed.count(), 1);
    QVERIFY(!store.lastSaveError().isEmpty());
    QCOMPARE(readAll(store.filePath(tenantA)), newer);
    QCOMPARE(QDir(m_directory).entryList(QDir::Files),
             QStringList{QFileInfo(store.filePath(tenantA)).fileName()});
}

void TestSetupStateStore::corruptFileIsMovedAsideAndASetupStartsAfresh_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray(
        "{\"version\": 1, \"tenantId\": \"72f988bf-86f1-41af-91ab-2d7cd0");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{\x01\x02garbage\x00", 15);
    QTest::newRow("array, not a setup") << QByteArray(R"([1, 2, 3])");
    QTest::newRow("no version") << QByteArray(R"({"tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"})");
    QTest::newRow("version not a number")
        << QByteArray(R"({"version": "one", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"})");
    QTest::newRow("another tenant's file")
        << QByteArray(R"({"version": 1, "tenantId": "00000000-0000-0000-0000-000000000001"})");
}

void TestSetupStateStore::corruptFileIsMovedAsideAndASetupStartsAfresh()
{
    QFETCH(QByteArray, content);
    SetupStateStore store;
    const QString path = store.filePath(tenantA);
    writeFile(path, content);

    const auto result = store.load(tenantA);
    QCOMPARE(result.outcome, Outcome::Corrupt);
    QVERIFY(result.message.what.contains(tenantA));
    QVERIFY(result.message.why.startsWith(QLatin1String("The file is damaged.")));
    QCOMPARE(result.message.code, QStringLiteral("SetupStateCorrupt"));

    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(m_directory).entryList({QLatin1String("*.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^72f988bf-86f1-41af-91ab-2d7cd011db47\.json\.corrupt-)"
                                               R"(\d{8}T\d{9}Z$)"))
                 .match(aside.first())
                 .hasMatch(),
             qPrintable(aside.first()));
    const QString asidePath = QDir(m_directory).filePath(aside.first());
    QCOMPARE(readAll(asidePath), content); // byte for byte
    QVERIFY2(result.message.action.contains(QDir::toNativeSeparators(asidePath)),
             qPrintable(result.message.action));

    QCOMPARE(store.state().tenantId, tenantA);
    QVERIFY(store.state().completedSteps.isEmpty());
    QVERIFY(store.markStepCompleted(SetupState::Step::SignIn));
    SetupStateStore again;
    QCOMPARE(again.load(tenantA).outcome, Outcome::Loaded);
    QVERIFY(again.state().isStepCompleted(SetupState::Step::SignIn));
    QCOMPARE(readAll(asidePath), content);
}

void TestSetupStateStore::knownTenantsAndTheMostRecentOne()
{
    SetupStateStore store;
    QCOMPARE(store.catalogue().knownTenants(), QStringList());
    QCOMPARE(store.catalogue().mostRecentTenant(), QString());
    QCOMPARE(store.loadMostRecent().outcome, Outcome::NotFound);

    store.load(tenantA);
    QVERIFY(store.markStepCompleted(SetupState::Step::SignIn));
    store.load(tenantB);
    QVERIFY(store.markStepCompleted(SetupState::Step::SignIn));
    QCOMPARE(store.catalogue().knownTenants(), (QStringList{tenantA, tenantB}));
    QCOMPARE(store.catalogue().mostRecentTenant(), tenantB);

    store.load(tenantA);
    QVERIFY(store.markStepCompleted(SetupState::Step::Instance));
    QCOMPARE(store.catalogue().mostRecentTenant(), tenantA);

    SetupStateStore atStart;
    const auto result = atStart.loadMostRecent();
    QCOMPARE(result.outcome, Outcome::Loaded);
    QCOMPARE(atStart.state().tenantId, tenantA);
    QVERIFY(atStart.state().isStepCompleted(SetupState::Step::Instance));
}

void TestSetupStateStore::aSavedSetupIsNeverOverwrittenByAStateThatDidNotLoadIt()
{
    SetupStateStore first;
    first.load(tenantA);
    QVERIFY(first.markStepCompleted(SetupState::Step::Certificate));
    const QByteArray saved = readAll(first.filePath(tenantA));

    SetupStateStore second;
    QSignalSpy saveFailed(&second, &SetupStateStore::saveFailed);
    QVERIFY(!second.update([](SetupState &state) { state.tenantId = tenantA; }));
    QCOMPARE(saveFailed.count(), 1);
    QCOMPARE(second.lastSaveError().code, QStringLiteral("SetupStateNotLoaded"));
    QCOMPARE(readAll(first.filePath(tenantA)), saved);
}

void TestSetupStateStore::savesAreAtomic()
{
    SetupStateStore store;
    store.load(tenantA);
    for (int step = 0; step < 20; ++step)
        QVERIFY(store.update([step](SetupState &state) { state.pod = QString::number(step); }));
    // Only the setup and the last-used marker: no temporary file is left behind.
    QCOMPARE(QDir(m_directory).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{tenantA + QLatin1String(".json"), QStringLiteral("last-used")}));
    const QByteArray before = readAll(store.filePath(tenantA));
    QVERIFY(QJsonDocument::fromJson(before).isObject());

#ifdef Q_OS_UNIX
    // Make the next save fail half-way through writing: the file-size limit lets the first bytes through and
    // then refuses the rest (EFBIG). An atomic save leaves the previous file exactly as it was.
    rlimit original{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = original;
    limited.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QSignalSpy saveFailed(&store, &SetupStateStore::saveFailed);
    const bool saved = store.update([](SetupState &state) {
        for (int n = 0; n < 5000; ++n)
            state.assignmentQueue.append(
                {QStringLiteral("%1-2222-3333-4444-555555555555").arg(n, 8, 10, QLatin1Char('0')),
                 SetupState::PrincipalType::User, false});
    });
    setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QCOMPARE(saveFailed.count(), 1);
    QCOMPARE(store.lastSaveError().code, QStringLiteral("SetupStateSaveFailed"));
    QVERIFY(!store.lastSaveError().action.isEmpty());
    QCOMPARE(readAll(store.filePath(tenantA)), before);
    QCOMPARE(QDir(m_directory).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{tenantA + QLatin1String(".json"), QStringLiteral("last-used")}));
    QCOMPARE(store.state().assignmentQueue.size(), 5000); // kept in memory…
    QVERIFY(store.update([](SetupState &) {}));           // …and saved once the disk allows it
    QCOMPARE(QJsonDocument::fromJson(readAll(store.filePath(tenantA)))
                 .object()
                 .value(QLatin1String("assignmentQueue"))
                 .toArray()
                 .size(),
             5000);
#endif
}

namespace {

// A queue of `size` principals, none done; ids are GUID-shaped as Graph's are.
QList<SetupState::Assignment> queueOf(int size)
{
    QList<SetupState::Assignment> queue;
    for (int i = 0; i < size; ++i)
        queue.append({QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                      SetupState::PrincipalType::User, false});
    return queue;
}

// Every file in `directory` (no sub-folders), with its bytes.
QMap<QString, QByteArray> filesIn(const QString &directory)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(directory).entryList(QDir::Files))
        files.insert(name, readAll(QDir(directory).filePath(name)));
    return files;
}

// What changed on disk between two looks at a folder: the bytes of every file that is new or different.
qsizetype bytesChanged(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    qsizetype changed = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QByteArray old = before.value(it.key());
        if (old != it.value())
            changed += it.value().startsWith(old) ? it.value().size() - old.size() : it.value().size();
    }
    return changed;
}

} // namespace

// A bulk run saves which principals are done once a second. Rewriting the whole setup (queue included) each
// time made the client's memory and CPU grow with the queue; the marks must cost the same whatever its
// length.
void TestSetupStateStore::markingAssignedWritesTheSameBytesWhateverTheQueuesLength()
{
    QList<qsizetype> written;
    for (const int size : {10, 20000}) {
        QVERIFY(QDir(m_directory).removeRecursively());
        SetupStateStore store(m_directory);
        store.load(tenantA);
        QVERIFY(store.update([size](SetupState &state) { state.assignmentQueue = queueOf(size); }));
        const QString setupFile = store.currentFilePath();
        const QByteArray setupBytes = readAll(setupFile);
        QVERIFY(setupBytes.size() > size * 36); // the whole queue is in it
        const QMap<QString, QByteArray> before = filesIn(m_directory);

        const QList<SetupState::Assignment> queue = store.state().assignmentQueue;
        QSignalSpy changed(&store, &SetupStateStore::changed);
        QVERIFY(store.markAssigned(
            {queue.at(1).principalId, queue.at(5).principalId, QStringLiteral("not-in-the-queue")}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.state().pendingAssignments(), size - 2);
        QVERIFY(store.state().assignmentQueue.at(1).done && store.state().assignmentQueue.at(5).done);
        QCOMPARE(readAll(setupFile), setupBytes); // not rewritten
        written << bytesChanged(before, filesIn(m_directory));
        // Marking them again writes nothing more.
        const QMap<QString, QByteArray> afterFirst = filesIn(m_directory);
        QVERIFY(store.markAssigned({queue.at(1).principalId}));
        QCOMPARE(bytesChanged(afterFirst, filesIn(m_directory)), 0);
    }
    QCOMPARE(written.at(0), written.at(1));
    QCOMPARE(written.at(0), 2 * 37); // two ids and their line ends
}

void TestSetupStateStore::marksAreFoldedInOnLoadAndDroppedByTheNextSave()
{
    QList<SetupState::Assignment> queue = queueOf(50);
    {
        SetupStateStore store(m_directory);
        store.load(tenantA);
        QVERIFY(store.update([&queue](SetupState &state) {
            state.instanceId = QStringLiteral("1234");
            state.assignmentQueue = queue;
        }));
        QVERIFY(store.markAssigned({queue.at(0).principalId, queue.at(7).principalId}));
        QVERIFY(store.markAssigned({queue.at(49).principalId}));
    }
    const SetupKey key{tenantA, QStringLiteral("1234")};
    SetupStateStore store(m_directory);
    const QString marks = store.catalogue().assignedMarksPath(key);
    QVERIFY(QFile::exists(marks));
    QCOMPARE(store.load(key).outcome, Outcome::Loaded);
    QCOMPARE(store.state().pendingAssignments(), 47);
    for (const int i : {0, 7, 49})
        QVERIFY2(store.state().assignmentQueue.at(i).done, qPrintable(QString::number(i)));
    // The Welcome page's list reads the same.
    const QList<SetupCatalogue::SavedSetup> known = store.catalogue().knownSetups();
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.constFirst().state.pendingAssignments(), 47);
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(marks) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif

    // The admin sends entry 7 again: the full save holds every mark, and a mark must not outlive it (entry 7
    // would be skipped on the next load).
    QVERIFY(store.update([](SetupState &state) { state.assignmentQueue[7].done = false; }));
    QVERIFY(!QFile::exists(marks));
    SetupStateStore again(m_directory);
    QCOMPARE(again.load(key).outcome, Outcome::Loaded);
    QCOMPARE(again.state().pendingAssignments(), 48);
    QVERIFY(again.state().assignmentQueue.at(0).done && again.state().assignmentQueue.at(49).done);
    QVERIFY(!again.state().assignmentQueue.at(7).done);

    // Forgetting the tenant takes its marks too.
    QVERIFY(again.markAssigned({queue.at(3).principalId}));
    QVERIFY(QFile::exists(marks));
    QCOMPARE(again.catalogue().removeSetupsOf(tenantA), 1);
    QVERIFY(!QFile::exists(marks));
}

void TestSetupStateStore::aMarkCutShortByACrashIsIgnored()
{
    const QList<SetupState::Assignment> queue = queueOf(3);
    {
        SetupStateStore store(m_directory);
        store.load(tenantA);
        QVERIFY(store.update([&queue](SetupState &state) { state.assignmentQueue = queue; }));
    }
    SetupStateStore store(m_directory);
    // The first id whole, the last one without its line end: the write was cut short.
    writeFile(store.catalogue().assignedMarksPath(SetupKey{tenantA, {}}),
              queue.at(0).principalId.toUtf8() + "\n" + queue.at(2).principalId.toUtf8());
    QCOMPARE(store.load(tenantA).outcome, Outcome::Loaded);
    QVERIFY(store.state().assignmentQueue.at(0).done);
    QVERIFY(!store.state().assignmentQueue.at(1).done);
    QVERIFY(!store.state().assignmentQueue.at(2).done);
}

void TestSetupStateStore::marksOfANeverSavedSetupFallBackToAFullSave()
{
    SetupStateStore store(m_directory);
    store.load(tenantA);
    // The queue is set without a save (as a state replaced in memory would be): no setup file yet.
    const QList<SetupState::Assignment> queue = queueOf(4);
    QVERIFY(store.update([&queue](SetupState &state) { state.assignmentQueue = queue; }));
    QVERIFY(QFile::remove(store.currentFilePath()));
    QVERIFY(store.markAssigned({queue.at(2).principalId}));
    QVERIFY(QFile::exists(store.currentFilePath()));
    QVERIFY(!QFile::exists(store.catalogue().assignedMarksPath(store.currentKey())));
    SetupStateStore again(m_directory);
    QCOMPARE(again.load(tenantA).outcome, Outcome::Loaded);
    QVERIFY(again.state().assignmentQueue.at(2).done);
    QCOMPARE(again.state().pendingAssignments(), 3);
}

QTEST_GUILESS_MAIN(TestSetupStateStore)
#include "tst_setupstatestore.moc"
