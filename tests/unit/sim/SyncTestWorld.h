#pragma once

// Shared set-up of the synchronization tests: the simulator with a short provisioning cycle, the Insightly
// SAML app, a SCIM test double, and helpers for jobs, secrets and assignments.
#include "AppsTestWorld.h"
#include "ScimTestDouble.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

namespace appstest {

class SyncTestWorld {
public:
    // Returns false when the simulator or the SCIM double cannot start.
    bool start() {
        sim::SimOptions options;
        options.syncIntervalMs = 300;
        m_sim = std::make_unique<testsupport::SimFixture>(options);
        QString error;
        if (!m_sim->start(&error))
            return false;
        prepareWorld(m_sim->server());
        m_app = instantiateInsightly(*m_sim);
        m_scim = std::make_unique<ScimTestDouble>();
        return !m_app.servicePrincipalId.isEmpty() && m_scim->start() != 0;
    }

    QString syncPath(const QString &suffix = {}) const {
        return QStringLiteral("/servicePrincipals/%1/synchronization%2")
            .arg(m_app.servicePrincipalId, suffix);
    }
    QJsonObject createJob();
    void saveSecrets(const QString &token);
    QJsonObject job(const QString &id);
    QString assign(const QString &principalId);
    QString ruleId();

    std::unique_ptr<testsupport::SimFixture> m_sim;
    std::unique_ptr<ScimTestDouble> m_scim;
    CreatedApp m_app;
};

inline QJsonObject SyncTestWorld::createJob() {
    const testsupport::HttpReply reply = m_sim->graph(
        "POST", syncPath(QStringLiteral("/jobs")),
        QJsonObject{{QStringLiteral("templateId"), QStringLiteral("insightlySaml")}}, kAdminToken);
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json();
}

inline void SyncTestWorld::saveSecrets(const QString &token) {
    const QJsonArray value{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("BaseAddress")},
                    {QStringLiteral("value"), m_scim->baseAddress()}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("SecretToken")}, {QStringLiteral("value"), token}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("SyncAll")},
                    {QStringLiteral("value"), QStringLiteral("false")}}};
    QCOMPARE(m_sim
                 ->graph("PUT", syncPath(QStringLiteral("/secrets")),
                         QJsonObject{{QStringLiteral("value"), value}}, kAdminToken)
                 .status,
             204);
}

inline QJsonObject SyncTestWorld::job(const QString &id) {
    return m_sim->graph("GET", syncPath(QStringLiteral("/jobs/") + id), {}, kAdminToken).json();
}

inline QString SyncTestWorld::assign(const QString &principalId) {
    QString roleId;
    for (const QJsonValue &v : m_app.servicePrincipal.value(QStringLiteral("appRoles")).toArray())
        if (v.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("User"))
            roleId = v.toObject().value(QStringLiteral("id")).toString();
    const testsupport::HttpReply reply = m_sim->graph(
        "POST", QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(m_app.servicePrincipalId),
        QJsonObject{{QStringLiteral("principalId"), principalId},
                    {QStringLiteral("resourceId"), m_app.servicePrincipalId},
                    {QStringLiteral("appRoleId"), roleId}},
        kAdminToken);
    return reply.json().value(QStringLiteral("id")).toString();
}

inline QString SyncTestWorld::ruleId() {
    const QJsonObject created = createJob();
    const testsupport::HttpReply schema = m_sim->graph(
        "GET",
        syncPath(QStringLiteral("/jobs/%1/schema").arg(created.value(QStringLiteral("id")).toString())), {},
        kAdminToken);
    return schema.json()
        .value(QStringLiteral("synchronizationRules"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

} // namespace appstest
