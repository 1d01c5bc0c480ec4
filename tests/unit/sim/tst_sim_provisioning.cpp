// Tests of the simulated provisioning engine and provisionOnDemand (sim/Provisioning*.cpp,
// sim/SyncOnDemand.cpp) against a SCIM test double.
#include "SyncTemplates.h"
#include "SyncTestWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace appstest;
using testsupport::HttpReply;

class TestSimProvisioning : public QObject, public SyncTestWorld {
    Q_OBJECT
private slots:
    void init() { QVERIFY(start()); }
    void cleanup() {
        m_sim.reset();
        m_scim.reset();
    }
    void engineProvisionsAssignedUsersAndDisablesUnassigned();
    void badTokenQuarantinesUntilRestart();
    void pauseStopsTheSchedule();
    void provisionOnDemand();
    void provisionOnDemandIsRateLimited();
};

void TestSimProvisioning::engineProvisionsAssignedUsersAndDisablesUnassigned() {
    sim::SimServer &server = m_sim->server();
    const QString ann = ensureUser(server, QStringLiteral("ann@contoso.example"), {});
    const QString bob = ensureUser(server, QStringLiteral("bob@contoso.example"), {});
    const QString cid = ensureUser(server, QStringLiteral("cid@contoso.example"), {});
    sim::DirectoryGroup group;
    group.id = server.newGuid();
    group.displayName = QStringLiteral("Sales");
    group.memberIds = {bob, cid};
    server.world().directory.addGroup(group);
    const QString annAssignment = assign(ann);
    QVERIFY(!annAssignment.isEmpty());
    QVERIFY(!assign(group.id).isEmpty());

    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(m_scim->token);
    QCOMPARE(
        m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(id)), QJsonObject{}, kAdminToken)
            .status,
        204);
    QVERIFY(QTest::qWaitFor([&] { return m_scim->users.size() == 3; }, 30000));

    const QJsonObject created = m_scim->userByName(QStringLiteral("ann@contoso.example"));
    QCOMPARE(created.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(created.value(QStringLiteral("externalId")).toString(), QStringLiteral("ann"));
    QCOMPARE(created.value(QStringLiteral("displayName")).toString(), QStringLiteral("Ann Tester"));
    QCOMPARE(created.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(),
             QStringLiteral("Ann"));
    QCOMPARE(created.value(QStringLiteral("name")).toObject().value(QStringLiteral("familyName")).toString(),
             QStringLiteral("Tester"));
    const QJsonObject email = created.value(QStringLiteral("emails")).toArray().first().toObject();
    QCOMPARE(email.value(QStringLiteral("type")).toString(), QStringLiteral("work"));
    QCOMPARE(email.value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(email.value(QStringLiteral("value")).toString(), QStringLiteral("ann@contoso.example"));
    for (const RecordedScimRequest &r : m_scim->requests)
        QCOMPARE(r.authorization, "Bearer " + m_scim->token.toUtf8());

    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonObject status = job(id).value(QStringLiteral("status")).toObject();
            return status.value(QStringLiteral("lastExecution"))
                           .toObject()
                           .value(QStringLiteral("state"))
                           .toString() == QLatin1String("Succeeded") &&
                   status.value(QStringLiteral("synchronizedEntryCountByType"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("value"))
                           .toInt() == 3;
        },
        30000));
    const QJsonObject status = job(id).value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("code")).toString(), QStringLiteral("Active"));
    QVERIFY(!status.value(QStringLiteral("steadyStateLastAchievedTime"))
                 .toString()
                 .startsWith(QLatin1String("0001")));
    QCOMPARE(status.value(QStringLiteral("countSuccessiveCompleteFailures")).toInt(), 0);
    QCOMPARE(job(id).value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("Active"));

    // Unassigning Ann disables her with Entra's string-valued PATCH.
    QCOMPARE(m_sim
                 ->graph("DELETE",
                         QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo/%2")
                             .arg(m_app.servicePrincipalId, annAssignment),
                         {}, kAdminToken)
                 .status,
             204);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !m_scim->userByName(QStringLiteral("ann@contoso.example"))
                        .value(QStringLiteral("active"))
                        .toBool();
        },
        30000));
    bool sawDisable = false;
    for (const RecordedScimRequest &r : m_scim->requestsWith("PATCH")) {
        const QJsonObject op = r.body.value(QStringLiteral("Operations")).toArray().first().toObject();
        if (op.value(QStringLiteral("path")).toString() == QLatin1String("active")) {
            QCOMPARE(op.value(QStringLiteral("op")).toString(), QStringLiteral("Replace"));
            QCOMPARE(op.value(QStringLiteral("value")), QJsonValue(QStringLiteral("False")));
            sawDisable = true;
        }
    }
    QVERIFY(sawDisable);
    QCOMPARE(m_scim->requestsWith("POST").size(), 3); // nobody was created twice
}

void TestSimProvisioning::badTokenQuarantinesUntilRestart() {
    assign(userId(*m_sim, QStringLiteral("user@contoso.example")));
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(QStringLiteral("regenerated-in-insightly"));
    QCOMPARE(
        m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(id)), QJsonObject{}, kAdminToken)
            .status,
        204);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return job(id)
                       .value(QStringLiteral("status"))
                       .toObject()
                       .value(QStringLiteral("code"))
                       .toString() == QLatin1String("Quarantine");
        },
        30000));
    const QJsonObject status = job(id).value(QStringLiteral("status")).toObject();
    const QJsonObject quarantine = status.value(QStringLiteral("quarantine")).toObject();
    QCOMPARE(quarantine.value(QStringLiteral("reason")).toString(),
             QStringLiteral("EncounteredQuarantineException"));
    QCOMPARE(quarantine.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure"));
    QVERIFY(quarantine.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("Unauthorized")));
    QCOMPARE(
        status.value(QStringLiteral("lastExecution")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("Failed"));
    QVERIFY(status.value(QStringLiteral("countSuccessiveCompleteFailures")).toInt() >= 1);
    QVERIFY(m_scim->users.isEmpty());

    saveSecrets(m_scim->token);
    QCOMPARE(m_sim
                 ->graph("POST", syncPath(QStringLiteral("/jobs/%1/restart").arg(id)),
                         QJsonObject{{QStringLiteral("criteria"),
                                      QJsonObject{{QStringLiteral("resetScope"), QStringLiteral("Full")}}}},
                         kAdminToken)
                 .status,
             204);
    QVERIFY(QTest::qWaitFor([&] { return m_scim->users.size() == 1; }, 30000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonObject s = job(id).value(QStringLiteral("status")).toObject();
            return s.value(QStringLiteral("code")).toString() == QLatin1String("Active") &&
                   s.value(QStringLiteral("quarantine")).isNull() &&
                   s.value(QStringLiteral("lastExecution"))
                           .toObject()
                           .value(QStringLiteral("state"))
                           .toString() == QLatin1String("Succeeded");
        },
        30000));
}

void TestSimProvisioning::pauseStopsTheSchedule() {
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(m_scim->token);
    QCOMPARE(
        m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/start").arg(id)), QJsonObject{}, kAdminToken)
            .status,
        204);
    QCOMPARE(m_sim
                 ->graph("POST", syncPath(QStringLiteral("/jobs/%1/microsoft.graph.pause").arg(id)),
                         QJsonObject{}, kAdminToken)
                 .status,
             204);
    const QJsonObject paused = job(id);
    QCOMPARE(paused.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("Paused"));
    QCOMPARE(paused.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("Paused"));
}

void TestSimProvisioning::provisionOnDemand() {
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    assign(user);
    const QString rule = ruleId();
    const QString id = createJob().value(QStringLiteral("id")).toString();
    auto onDemand = [&](const QString &objectId, const QString &ruleToUse) {
        return m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/provisionOnDemand").arg(id)),
                            QJsonObject{{QStringLiteral("parameters"),
                                         QJsonArray{QJsonObject{
                                             {QStringLiteral("ruleId"), ruleToUse},
                                             {QStringLiteral("subjects"),
                                              QJsonArray{QJsonObject{{QStringLiteral("objectId"), objectId},
                                                                     {QStringLiteral("objectTypeName"),
                                                                      QStringLiteral("User")}}}}}}}},
                            kAdminToken);
    };
    HttpReply reply = onDemand(user, rule);
    QCOMPARE(reply.status, 400); // no credentials saved yet
    saveSecrets(m_scim->token);
    QCOMPARE(onDemand(user, QUuid::createUuid().toString(QUuid::WithoutBraces)).status, 400);

    reply = onDemand(user, rule);
    QCOMPARE(reply.status, 200);
    const QJsonObject key =
        QJsonDocument::fromJson(reply.json().value(QStringLiteral("key")).toString().toUtf8()).object();
    const QJsonObject value =
        QJsonDocument::fromJson(reply.json().value(QStringLiteral("value")).toString().toUtf8()).object();
    QCOMPARE(key.value(QStringLiteral("result")).toString(), QStringLiteral("Success"));
    QCOMPARE(value.value(QStringLiteral("action")).toString(), QStringLiteral("Create"));
    QVERIFY(value.value(QStringLiteral("provisioningSteps")).toArray().size() >= 3);
    QCOMPARE(value.value(QStringLiteral("sourceIdentity")).toObject().value(QStringLiteral("id")).toString(),
             user);
    QCOMPARE(m_scim->users.size(), 1);
    QCOMPARE(value.value(QStringLiteral("targetIdentity")).toObject().value(QStringLiteral("id")).toString(),
             m_scim->users.constBegin().key());

    reply = onDemand(user, rule);
    const QJsonObject again =
        QJsonDocument::fromJson(reply.json().value(QStringLiteral("key")).toString().toUtf8()).object();
    QCOMPARE(again.value(QStringLiteral("result")).toString(), QStringLiteral("Skipped"));
    QCOMPARE(again.value(QStringLiteral("details")).toObject().value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("RedundantExport"));

    const QString stranger = ensureUser(m_sim->server(), QStringLiteral("stranger@contoso.example"), {});
    reply = onDemand(stranger, rule);
    QCOMPARE(reply.status, 200);
    const QJsonObject skipped =
        QJsonDocument::fromJson(reply.json().value(QStringLiteral("key")).toString().toUtf8()).object();
    QCOMPARE(skipped.value(QStringLiteral("result")).toString(), QStringLiteral("Skipped"));
    QCOMPARE(m_scim->users.size(), 1);
}

void TestSimProvisioning::provisionOnDemandIsRateLimited() {
    const QString user = userId(*m_sim, QStringLiteral("user@contoso.example"));
    assign(user);
    const QString rule = ruleId();
    const QString id = createJob().value(QStringLiteral("id")).toString();
    saveSecrets(m_scim->token);
    const QJsonObject body{{QStringLiteral("parameters"),
                            QJsonArray{QJsonObject{{QStringLiteral("ruleId"), rule},
                                                   {QStringLiteral("subjects"),
                                                    QJsonArray{QJsonObject{{QStringLiteral("objectId"), user},
                                                                           {QStringLiteral("objectTypeName"),
                                                                            QStringLiteral("User")}}}}}}}};
    // The window is 10 s; five quick calls on a loaded machine may straddle it, so count until the first 429.
    int accepted = 0;
    HttpReply reply;
    for (int i = 0; i < 12; ++i) {
        reply = m_sim->graph("POST", syncPath(QStringLiteral("/jobs/%1/provisionOnDemand").arg(id)), body,
                             kAdminToken);
        if (reply.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(reply.status, 429);
    QVERIFY(accepted >= 5);
    QVERIFY(reply.header("Retry-After").toInt() >= 1);
    QCOMPARE(errorCode(reply), QStringLiteral("TooManyRequests"));
}

QTEST_GUILESS_MAIN(TestSimProvisioning)
#include "tst_sim_provisioning.moc"
