// The rules of the status report without a tenant: which reading gives which level, words and action.
#include "flows/StatusReportFormat.h"
#include "flows/StatusRowRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace insightly;
using Id = StatusRow::Id;
using Level = StatusRow::Level;

Q_DECLARE_METATYPE(insightly::StatusRow::Level)

namespace {

const QUrl kSignIn(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=1234567"));

entra::ProvisioningStatus job(const QString &code, const QString &schedule, const QString &lastState)
{
    QJsonObject status{{QStringLiteral("code"), code}};
    if (!lastState.isEmpty())
        status.insert(
            QStringLiteral("lastExecution"),
            QJsonObject{
                {QStringLiteral("state"), lastState},
                {QStringLiteral("timeEnded"), QStringLiteral("2026-11-28T10:00:00Z")},
                {QStringLiteral("countEscrowed"), 2},
                {QStringLiteral("error"),
                 lastState == QLatin1String("Failed")
                     ? QJsonValue(QJsonObject{
                           {QStringLiteral("code"),
                            QStringLiteral("SystemForCrossDomainIdentityManagementServiceIncompatible")},
                           {QStringLiteral("message"), QStringLiteral("The SCIM endpoint answered 500.")}})
                     : QJsonValue()}});
    if (code == QLatin1String("Quarantine"))
        status.insert(
            QStringLiteral("quarantine"),
            QJsonObject{
                {QStringLiteral("reason"), QStringLiteral("EncounteredQuarantineException")},
                {QStringLiteral("error"),
                 QJsonObject{
                     {QStringLiteral("code"),
                      QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure")},
                     {QStringLiteral("message"), QStringLiteral("401 Unauthorized")}}}});
    return entra::ProvisioningStatus::fromJob(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("insightlySaml.1")},
                    {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("state"), schedule}}},
                    {QStringLiteral("status"), status}});
}

} // namespace

class TestStatusRowRules : public QObject
{
    Q_OBJECT
private slots:
    void samlSettings_data();
    void samlSettings();
    void provisioning_data();
    void provisioning();
    void lastCycleInWords();
    void scimTokenNeverShowsTheValue();
    void signInTestAndEnforce();
    void assignments();
    void unreadableRowKeepsTheRequestId();
    void plainTextNamesEveryLevelInWords();
};

void TestStatusRowRules::samlSettings_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("identifiers");
    QTest::addColumn<QStringList>("replies");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("said");
    const QString url = kSignIn.toString();
    QTest::newRow("all right") << QStringLiteral("saml") << QStringList{url} << QStringList{url} << Level::Ok
                               << QStringLiteral("equal");
    QTest::newRow("not saml") << QStringLiteral("") << QStringList{url} << QStringList{url} << Level::Error
                              << QStringLiteral("not SAML");
    QTest::newRow("trailing slash") << QStringLiteral("saml") << QStringList{url + u'/'} << QStringList{url}
                                    << Level::Error << QStringLiteral("Identifier (Entity ID) differs");
    QTest::newRow("other pod") << QStringLiteral("saml") << QStringList{url}
                               << QStringList{QString(url).replace(QStringLiteral("na1"),
                                                                   QStringLiteral("eu1"))}
                               << Level::Error << QStringLiteral("Reply URL differs");
    QTest::newRow("two identifiers") << QStringLiteral("saml")
                                     << QStringList{url, QStringLiteral("https://other.example/")}
                                     << QStringList{url} << Level::Error << QStringLiteral("exactly one");
    QTest::newRow("no reply URL") << QStringLiteral("saml") << QStringList{url} << QStringList{}
                                  << Level::Error << QStringLiteral("exactly one");
}

void TestStatusRowRules::samlSettings()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, identifiers);
    QFETCH(QStringList, replies);
    QFETCH(Level, level);
    QFETCH(QString, said);
    entra::SamlSettingsReading reading;
    reading.singleSignOnMode = mode;
    reading.identifierUris = identifiers;
    reading.redirectUris = replies;
    const StatusRow row = StatusRowRules::samlSettings(reading, kSignIn);
    QCOMPARE(row.level, level);
    QVERIFY2(row.summary.contains(said), qPrintable(row.summary));
    QCOMPARE(row.action.isEmpty(), level == Level::Ok);
    QCOMPARE(row.values.value(QStringLiteral("mismatch")).toBool(), level != Level::Ok);
}

void TestStatusRowRules::provisioning_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("lastState");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("said");
    QTest::newRow("running, succeeded")
        << QStringLiteral("Active") << QStringLiteral("Active") << QStringLiteral("Succeeded") << Level::Ok
        << QStringLiteral("succeeded");
    QTest::newRow("started, no cycle yet")
        << QStringLiteral("NotRun") << QStringLiteral("Active") << QStringLiteral("") << Level::Ok
        << QStringLiteral("first cycle");
    QTest::newRow("quarantine") << QStringLiteral("Quarantine") << QStringLiteral("Active")
                                << QStringLiteral("Failed") << Level::Error
                                << QStringLiteral("EncounteredQuarantineException");
    QTest::newRow("not configured") << QStringLiteral("NotConfigured") << QStringLiteral("Disabled")
                                    << QStringLiteral("") << Level::Warning << QStringLiteral("not saved");
    QTest::newRow("paused") << QStringLiteral("Paused") << QStringLiteral("Paused")
                            << QStringLiteral("Succeeded") << Level::Warning << QStringLiteral("paused");
    QTest::newRow("last cycle failed")
        << QStringLiteral("Active") << QStringLiteral("Active") << QStringLiteral("Failed") << Level::Error
        << QStringLiteral("failed");
    QTest::newRow("some users failed")
        << QStringLiteral("Active") << QStringLiteral("Active") << QStringLiteral("EntryLevelErrors")
        << Level::Warning << QStringLiteral("could not be provisioned");
}

void TestStatusRowRules::provisioning()
{
    QFETCH(QString, code);
    QFETCH(QString, schedule);
    QFETCH(QString, lastState);
    QFETCH(Level, level);
    QFETCH(QString, said);
    entra::ProvisioningReading reading;
    reading.hasJob = true;
    reading.status = job(code, schedule, lastState);
    const StatusRow row = StatusRowRules::provisioning(reading);
    QCOMPARE(row.level, level);
    QVERIFY2(row.summary.contains(said), qPrintable(row.summary));
    QCOMPARE(row.action.isEmpty(), level == Level::Ok);
    QCOMPARE(row.values.value(QStringLiteral("code")).toString(), code);

    entra::ProvisioningReading none;
    const StatusRow missing = StatusRowRules::provisioning(none);
    QCOMPARE(missing.level, Level::Warning);
    QVERIFY(missing.action.contains(QStringLiteral("Step 3")));
}

// The last cycle's result is said in words, not as Graph's enum value ("EntryLevelErrors").
void TestStatusRowRules::lastCycleInWords()
{
    entra::ProvisioningReading reading;
    reading.hasJob = true;
    reading.status =
        job(QStringLiteral("Active"), QStringLiteral("Active"), QStringLiteral("EntryLevelErrors"));
    const StatusRow row = StatusRowRules::provisioning(reading);
    QString lastCycle;
    for (const auto &[label, value] : row.facts)
        if (label == QLatin1String("Last cycle"))
            lastCycle = value;
    QVERIFY2(lastCycle.startsWith(QStringLiteral("Finished with errors for some users or groups, ended ")),
             qPrintable(lastCycle));
    QVERIFY(!lastCycle.contains(QStringLiteral("EntryLevelErrors")));

    entra::ProvisioningStatus later;
    later.lastExecutionState = QStringLiteral("SomethingGraphAddsLater");
    QCOMPARE(later.lastCycleResultText(), later.lastExecutionState);
}

void TestStatusRowRules::scimTokenNeverShowsTheValue()
{
    SecretResult stored;
    stored.ok = true;
    stored.value = "super-secret-token-value";
    const StatusRow row = StatusRowRules::scimToken(stored, true);
    QCOMPARE(row.level, Level::Ok);
    const QString text = StatusReportFormat::rowLines(row).join(u'\n');
    QVERIFY(!text.contains(QStringLiteral("super-secret")));

    SecretResult absent;
    absent.notFound = true;
    QCOMPARE(StatusRowRules::scimToken(absent, true).level, Level::Warning);
    QCOMPARE(StatusRowRules::scimToken(absent, false).level, Level::NotApplicable);

    SecretResult broken;
    broken.error.what = QStringLiteral("The keychain is locked.");
    broken.error.action = QStringLiteral("Unlock it.");
    const StatusRow unreadable = StatusRowRules::scimToken(broken, true);
    QCOMPARE(unreadable.level, Level::Unknown);
    QCOMPARE(unreadable.action, QStringLiteral("Unlock it."));
}

void TestStatusRowRules::signInTestAndEnforce()
{
    SetupState state;
    QCOMPARE(StatusRowRules::signInTest(state).level, Level::Warning);
    const StatusRow notTested = StatusRowRules::enforceSaml(state);
    QCOMPARE(notTested.level, Level::Warning);
    QVERIFY(notTested.action.startsWith(QStringLiteral("First pass the sign-in test")));

    state.lastSignInTest =
        SetupState::SignInTestResult{QDateTime::currentDateTimeUtc(), false, QStringLiteral("x")};
    QCOMPARE(StatusRowRules::signInTest(state).level, Level::Error);
    state.lastSignInTest->succeeded = true;
    QCOMPARE(StatusRowRules::signInTest(state).level, Level::Ok);
    const StatusRow tested = StatusRowRules::enforceSaml(state);
    QCOMPARE(tested.level, Level::Warning);
    QVERIFY(tested.action.contains(QStringLiteral("tick Enforce SAML Login")));
    state.markStepCompleted(SetupState::Step::Enforce);
    QCOMPARE(StatusRowRules::enforceSaml(state).level, Level::Ok);
}

void TestStatusRowRules::assignments()
{
    entra::AssignmentCount count;
    QCOMPARE(StatusRowRules::assignments(count, 0).level, Level::Warning);
    count.users = 1200;
    count.groups = 3;
    const StatusRow ok = StatusRowRules::assignments(count, 0);
    QCOMPARE(ok.level, Level::Ok);
    QCOMPARE(ok.values.value(QStringLiteral("users")).toInt(), 1200);
    const StatusRow pending = StatusRowRules::assignments(count, 5);
    QCOMPARE(pending.level, Level::Warning);
    QVERIFY(pending.action.contains(QStringLiteral("Step 4")));
}

void TestStatusRowRules::unreadableRowKeepsTheRequestId()
{
    UserMessage error;
    error.what = QStringLiteral("Your account isn't allowed to do this.");
    error.action = QStringLiteral("Sign in as an Application Administrator.");
    error.requestId = QStringLiteral("0f0e0d0c-request");
    const StatusRow row = StatusRowRules::unreadable(Id::Assignments, error);
    QCOMPARE(row.level, Level::Unknown);
    QVERIFY(StatusReportFormat::rowLines(row).join(u'\n').contains(error.requestId));
    QVERIFY(StatusReportFormat::html({row}, QDateTime::currentDateTimeUtc()).contains(error.requestId));
}

void TestStatusRowRules::plainTextNamesEveryLevelInWords()
{
    QList<StatusRow> rows;
    for (const Level level :
         {Level::Ok, Level::Warning, Level::Error, Level::Unknown, Level::NotApplicable}) {
        StatusRow row = StatusRowRules::notApplicable(Id::Certificate, QStringLiteral("<b>x</b>"));
        row.level = level;
        rows << row;
    }
    const QString text = StatusReportFormat::plainText(rows, QDateTime::currentDateTimeUtc());
    for (const StatusRow &row : rows)
        QVERIFY(text.contains(u'[' + StatusRow::levelText(row.level).toUpper() + u']'));
    QVERIFY(text.contains(StatusReportFormat::kMyAppsUrl));
    const QString html = StatusReportFormat::html(rows, QDateTime::currentDateTimeUtc());
    QVERIFY(!html.contains(QStringLiteral("<b>x</b>"))); // escaped
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
}

QTEST_MAIN(TestStatusRowRules)
#include "tst_statusrowrules.moc"
