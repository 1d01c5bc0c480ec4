#include "core/SecretRedaction.h"
#include "core/SetupState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace insightly;
using Step = SetupState::Step;

class TestSetupState : public QObject
{
    Q_OBJECT

    static SetupState everyFieldSet()
    {
        SetupState state;
        state.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
        state.tenantDisplayName = QStringLiteral("Contoso Ltd. — Zürich");
        state.cloud = SetupState::Cloud::UsGov;
        state.clientId = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
        state.appObjectId = QStringLiteral("0d6b8b2f-6c8e-4a53-9c1e-3b7a2f9d4e10");
        state.appId = QStringLiteral("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e");
        state.servicePrincipalId = QStringLiteral("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
        state.appCreatedByWizard = true;
        state.insightlySignInUrl =
            QUrl(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=123456"));
        state.instanceId = QStringLiteral("123456");
        state.pod = QStringLiteral("na1");
        state.certificateThumbprint = QStringLiteral("3A1F9C0B7D2E4F6A8B0C1D2E3F4A5B6C7D8E9F01");
        state.certificateExpiry = QDateTime(QDate(2029, 11, 28), QTime(17, 30, 5, 123), Qt::UTC);
        state.notificationEmails = {QStringLiteral("it-admin@contoso.example"),
                                    QStringLiteral("sso@contoso.example")};
        state.synchronizationJobId = QStringLiteral("Insightly.72f988bf86f141af91ab2d7cd011db47.abc123");
        state.scimBaseAddress = QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/123456"));
        state.assignmentQueue = {
            {QStringLiteral("11111111-2222-3333-4444-555555555555"), SetupState::PrincipalType::User, true},
            {QStringLiteral("66666666-7777-8888-9999-000000000000"), SetupState::PrincipalType::Group, false},
            {QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), SetupState::PrincipalType::User, false},
        };
        state.lastSignInTest =
            SetupState::SignInTestResult{QDateTime(QDate(2026, 11, 28), QTime(9, 15, 0, 7), Qt::UTC), true,
                                         QStringLiteral("Signed in as admin@contoso.example")};
        state.certificateRotation = SetupState::CertificateRotation{
            QStringLiteral("3A1F9C0B7D2E4F6A8B0C1D2E3F4A5B6C7D8E9F01"),
            QStringLiteral("B7D2E4F6A8B0C1D2E3F4A5B6C7D8E9F013A1F9C0"),
            QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0, 42), Qt::UTC), QStringLiteral("/home/admin/Insightly SSO")};
        // A zone other than UTC: the saved instant must be the same instant.
        state.markStepCompleted(Step::SignIn,
                                QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0, 1), QTimeZone(3600)));
        state.markStepCompleted(Step::Saml, QDateTime(QDate(2026, 11, 28), QTime(10, 5, 0, 999), Qt::UTC));
        state.markStepCompleted(Step::Assign, QDateTime(QDate(2026, 11, 28), QTime(11, 0), Qt::UTC));
        return state;
    }

    static SetupState throughJsonText(const SetupState &state)
    {
        const QByteArray text = QJsonDocument(state.toJson()).toJson();
        return SetupState::fromJson(QJsonDocument::fromJson(text).object());
    }

private slots:
    void roundTripKeepsEveryField()
    {
        const SetupState original = everyFieldSet();
        const SetupState copy = throughJsonText(original);

        QCOMPARE(copy.tenantId, original.tenantId);
        QCOMPARE(copy.tenantDisplayName, original.tenantDisplayName);
        QCOMPARE(copy.cloud, SetupState::Cloud::UsGov);
        QCOMPARE(copy.clientId, original.clientId);
        QCOMPARE(copy.appObjectId, original.appObjectId);
        QCOMPARE(copy.appId, original.appId);
        QCOMPARE(copy.servicePrincipalId, original.servicePrincipalId);
        QVERIFY(copy.appCreatedByWizard);
        QCOMPARE(copy.insightlySignInUrl, original.insightlySignInUrl);
        QCOMPARE(copy.instanceId, original.instanceId);
        QCOMPARE(copy.pod, original.pod);
        QCOMPARE(copy.certificateThumbprint, original.certificateThumbprint);
        QCOMPARE(copy.certificateExpiry, original.certificateExpiry);
        QCOMPARE(copy.certificateExpiry.time().msec(), 123);
        QCOMPARE(copy.notificationEmails, original.notificationEmails);
        QCOMPARE(copy.synchronizationJobId, original.synchronizationJobId);
        QCOMPARE(copy.scimBaseAddress, original.scimBaseAddress);
        QCOMPARE(copy.assignmentQueue.size(), 3);
        QCOMPARE(copy.assignmentQueue, original.assignmentQueue);
        QCOMPARE(copy.assignmentQueue.at(1).type, SetupState::PrincipalType::Group);
        QVERIFY(copy.assignmentQueue.at(0).done);
        QCOMPARE(copy.pendingAssignments(), 2);
        QVERIFY(copy.lastSignInTest.has_value());
        QCOMPARE(*copy.lastSignInTest, *original.lastSignInTest);
        QVERIFY(copy.certificateRotation.has_value());
        QCOMPARE(*copy.certificateRotation, *original.certificateRotation);
        QCOMPARE(copy.completedSteps.keys(), (QList<Step>{Step::SignIn, Step::Saml, Step::Assign}));
        QCOMPARE(copy.completedSteps.value(Step::SignIn),
                 QDateTime(QDate(2026, 11, 28), QTime(9, 0, 0, 1), Qt::UTC));
        QVERIFY(copy.isStepCompleted(Step::Saml));
        QVERIFY(!copy.isStepCompleted(Step::Enforce));
        QVERIFY(copy == original);
    }

    void roundTripOfEachCloud_data()
    {
        QTest::addColumn<SetupState::Cloud>("cloud");
        QTest::addColumn<QString>("name");
        QTest::newRow("global") << SetupState::Cloud::Global << QStringLiteral("global");
        QTest::newRow("usgov") << SetupState::Cloud::UsGov << QStringLiteral("usgov");
        QTest::newRow("china") << SetupState::Cloud::China << QStringLiteral("china");
    }
    void roundTripOfEachCloud()
    {
        QFETCH(SetupState::Cloud, cloud);
        QFETCH(QString, name);
        SetupState state;
        state.cloud = cloud;
        QCOMPARE(state.toJson().value(QLatin1String("cloud")).toString(), name);
        QCOMPARE(throughJsonText(state).cloud, cloud);
    }

    void everyStepHasItsOwnName()
    {
        const QList<Step> steps{Step::SignIn,  Step::Instance,   Step::App,     Step::Saml, Step::Certificate,
                                Step::Handoff, Step::SignInTest, Step::Enforce, Step::Scim, Step::Assign};
        QSet<QString> names;
        SetupState state;
        for (Step step : steps) {
            const QString name = SetupState::stepName(step);
            QVERIFY2(!name.isEmpty(), "a step without a name would not be saved");
            QCOMPARE(SetupState::stepFromName(name), std::optional<Step>(step));
            names.insert(name);
            state.markStepCompleted(step,
                                    QDateTime(QDate(2026, 1, 2), QTime(3, 4, int(names.size())), Qt::UTC));
        }
        QCOMPARE(names.size(), steps.size());
        QCOMPARE(throughJsonText(state).completedSteps, state.completedSteps);
    }

    void savedJsonIsVersioned()
    {
        QCOMPARE(SetupState().toJson().value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(everyFieldSet().toJson().value(QLatin1String("version")).toInt(), SetupState::formatVersion);
    }

    // The type has no place for a secret: its JSON has exactly these properties. A new field makes this fail,
    // so whoever adds it decides here, consciously, that it is not a secret.
    void savedJsonHasOnlyNonSecretProperties()
    {
        const QJsonObject json = everyFieldSet().toJson();
        QStringList keys = json.keys();
        keys.sort();
        QStringList expected{
            QStringLiteral("appId"),
            QStringLiteral("appObjectId"),
            QStringLiteral("assignmentQueue"),
            QStringLiteral("certificateExpiry"),
            QStringLiteral("certificateRotation"), // thumbprints and a folder: nothing secret
            QStringLiteral("certificateThumbprint"),
            QStringLiteral("appCreatedByWizard"),
            QStringLiteral("clientId"),
            QStringLiteral("cloud"),
            QStringLiteral("completedSteps"),
            QStringLiteral("insightlySignInUrl"),
            QStringLiteral("instanceId"),
            QStringLiteral("lastSignInTest"),
            QStringLiteral("notificationEmails"),
            QStringLiteral("pod"),
            QStringLiteral("scimBaseAddress"),
            QStringLiteral("servicePrincipalId"),
            QStringLiteral("synchronizationJobId"),
            QStringLiteral("tenantDisplayName"),
            QStringLiteral("tenantId"),
            QStringLiteral("version"),
        };
        expected.sort();
        QCOMPARE(keys, expected);
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
        }
        // And nothing in it looks like a secret to the log redaction either.
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        QCOMPARE(redactSecrets(text), text);
    }

    void missingAndUnknownPropertiesAreTolerated()
    {
        QJsonObject json = everyFieldSet().toJson();
        json.remove(QLatin1String("certificateExpiry"));
        json.remove(QLatin1String("lastSignInTest"));
        json.insert(QStringLiteral("somethingFromAPatchRelease"), QStringLiteral("ignored"));
        QJsonObject steps = json.value(QLatin1String("completedSteps")).toObject();
        steps.insert(QStringLiteral("aStepThatNoLongerExists"), QStringLiteral("2026-01-01T00:00:00.000Z"));
        json.insert(QStringLiteral("completedSteps"), steps);

        const SetupState state = SetupState::fromJson(json);
        QVERIFY(!state.certificateExpiry.isValid());
        QVERIFY(!state.lastSignInTest.has_value());
        QCOMPARE(state.completedSteps.size(), 3);
        QCOMPARE(state.appId, everyFieldSet().appId);

        const SetupState empty = SetupState::fromJson(QJsonObject{{QStringLiteral("version"), 1}});
        QVERIFY(empty == SetupState());
    }
};

QTEST_GUILESS_MAIN(TestSetupState)
#include "tst_setupstate.moc"
