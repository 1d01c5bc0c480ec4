#include "ProvisioningEngine.h"

#include "AppsGraph.h"
#include "ProvisioningCycles.h"
#include "SimServer.h"
#include "SyncTemplates.h"

#include <QJsonArray>
#include <QSet>
#include <memory>

namespace sim::sync {

namespace {

const QString kProvisioned = QStringLiteral("_provisioned");

// The facts of one directory user the mapping needs, copied (the directory may change while SCIM answers).
struct DesiredUser {
    QString id;
    QString userName;
    QString displayName;
    QString givenName;
    QString familyName;
    QString email;
    QString externalId;
};

DesiredUser desiredOf(const DirectoryUser &user)
{
    return {user.id,
            user.userPrincipalName,
            user.displayName,
            user.givenName,
            user.surname,
            user.mail.isEmpty() ? user.userPrincipalName : user.mail,
            user.userPrincipalName.section(u'@', 0, 0)};
}

QJsonObject scimUser(const DesiredUser &d)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{kScimUserObject}},
        {QStringLiteral("externalId"), d.externalId},
        {QStringLiteral("userName"), d.userName},
        {QStringLiteral("active"), true},
        {QStringLiteral("displayName"), d.displayName},
        {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                          {QStringLiteral("type"), QStringLiteral("work")},
                                                          {QStringLiteral("value"), d.email}}}},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted"), d.displayName},
                                             {QStringLiteral("familyName"), d.familyName},
                                             {QStringLiteral("givenName"), d.givenName}}},
    };
}

bool isActive(const QJsonValue &value)
{
    return value.isBool() ? value.toBool()
                          : value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString workEmail(const QJsonObject &resource)
{
    const QJsonArray emails = resource.value(QStringLiteral("emails")).toArray();
    for (const QJsonValue &v : emails)
        if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("work"))
            return v.toObject().value(QStringLiteral("value")).toString();
    return emails.isEmpty() ? QString() : emails.first().toObject().value(QStringLiteral("value")).toString();
}

QJsonObject patchOp(const QString &path, const QString &value)
{
    // Entra's default (non-RFC) PATCH: capitalised op, and booleans as strings.
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("Replace")},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("value"), value}};
}

QJsonObject patchBody(const QJsonArray &operations)
{
    return QJsonObject{{QStringLiteral("schemas"),
                        QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                       {QStringLiteral("Operations"), operations}};
}

QJsonObject step(const QString &name, const QString &type, const QString &status, const QString &description)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("provisioningStepType"), type},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("timestamp"), apps::graphTime(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("details"), QJsonObject()}};
}

QString clipped(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(1000));
    return body.size() > 1000 ? text + QStringLiteral("…") : text;
}

// Fills `outcome` for a SCIM answer that is not one of `expected`; returns false when the answer was
// expected.
bool failed(const ScimReply &reply, std::initializer_list<int> expected, const QString &attempt,
            UserOutcome &outcome)
{
    for (int status : expected)
        if (reply.status == status)
            return false;
    outcome.result = QStringLiteral("Failure");
    if (reply.status == 0) {
        outcome.errorCode = reply.networkError.contains(QLatin1String("timed out"), Qt::CaseInsensitive)
                                ? QStringLiteral("Timeout")
                                : QStringLiteral("WebExceptionProtocolError");
        outcome.errorMessage =
            QStringLiteral("An error occurred while sending the request to %1 while attempting to %2: %3")
                .arg(reply.url, attempt, reply.networkError);
        return true;
    }
    outcome.unauthorized = reply.status == 401 || reply.status == 403;
    outcome.errorCode =
        outcome.unauthorized
            ? QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure")
        : reply.status == 429 ? QStringLiteral("TooManyRequests")
                              : QStringLiteral("SystemForCrossDomainIdentityManagementBadResponse");
    outcome.errorMessage =
        QStringLiteral("While attempting to %1, we received this unexpected response from the "
                       "application: Resource: %2 Response Status Code: %3 Response Content: %4")
            .arg(attempt, reply.url, ScimClient::statusText(reply.status), clipped(reply.body));
    return true;
}

} // namespace

QJsonObject *jobById(SimServer &server, const QString &jobId)
{
    for (QJsonObject &job : server.world().apps.synchronizationJobs)
        if (job.value(QStringLiteral("id")).toString() == jobId)
            return &job;
    return nullptr;
}

ProvisioningEngine::ProvisioningEngine(SimServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_scim(this)
    , m_cycles(std::make_unique<ProvisioningCycles>(
          server, [this](const ScimTarget &target, const QString &jobId, const QString &userId, bool entitled,
                         std::function<void(const UserOutcome &)> done) {
              reconcile(target, jobId, userId, entitled,
                        [this, jobId, userId, entitled, done = std::move(done)](const UserOutcome &outcome) {
                            recordProvisioned(jobId, userId, outcome, entitled);
                            done(outcome);
                        });
          }))
{
    m_scim.setTransport([&server](const QUrl &url) { return server.proxyFor(url); },
                        [&server] { return server.outgoingSslConfiguration(); });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProvisioningEngine::tick);
}

ProvisioningEngine::~ProvisioningEngine() = default;

void ProvisioningEngine::start()
{
    m_timer.start(qMax(100, m_server.options().syncIntervalMs));
}

void ProvisioningEngine::tick()
{
    QStringList ids;
    for (const QJsonObject &job : m_server.world().apps.synchronizationJobs)
        ids.append(job.value(QStringLiteral("id")).toString());
    for (const QString &id : ids)
        m_cycles->run(id);
    // Re-read the interval each time: tests change it on a running server.
    m_timer.start(qMax(100, m_server.options().syncIntervalMs));
}

void ProvisioningEngine::runSoon(const QString &jobId)
{
    QTimer::singleShot(0, this, [this, jobId] { m_cycles->run(jobId); });
}

ScimTarget ProvisioningEngine::savedTarget(const SimServer &server, const QString &spId)
{
    const QJsonObject secrets = server.world().apps.synchronizationSecrets.value(spId);
    return {secrets.value(QStringLiteral("BaseAddress")).toString(),
            secrets.value(QStringLiteral("SecretToken")).toString()};
}

QStringList ProvisioningEngine::entitledUserIds(const SimServer &server, const QString &spId)
{
    // Direct user assignments and direct members of assigned groups; nested groups are not expanded
    // (https://learn.microsoft.com/entra/identity/app-provisioning/how-provisioning-works).
    QStringList ids;
    QSet<QString> seen; // thousands of assignments: no list scan per user
    const DirectoryState &directory = server.world().directory;
    for (const QJsonObject &assignment : apps::assignmentsOf(server.world().apps, spId)) {
        const QString principal = assignment.value(QStringLiteral("principalId")).toString();
        QStringList candidates;
        if (directory.userById(principal))
            candidates.append(principal);
        else if (const DirectoryGroup *group = directory.groupById(principal))
            candidates = group->memberIds;
        for (const QString &id : candidates)
            if (!seen.contains(id) && directory.userById(id) && directory.userById(id)->accountEnabled) {
                seen.insert(id);
                ids.append(id);
            }
    }
    return ids;
}

void ProvisioningEngine::probe(const ScimTarget &target, std::function<void(const ProbeResult &)> done)
{
    m_scim.send(
        target, "GET", QStringLiteral("/Users"), ScimClient::userNameFilter(m_server.newGuid()), {},
        [done = std::move(done)](const ScimReply &reply) {
            ProbeResult result;
            const QJsonObject list = reply.json();
            if (reply.status == 200 &&
                list.value(QStringLiteral("schemas"))
                    .toArray()
                    .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")) &&
                list.value(QStringLiteral("totalResults")).isDouble() &&
                list.value(QStringLiteral("totalResults")).toInt() == 0) {
                done(result);
                return;
            }
            if (reply.status == 0) {
                result.code = QStringLiteral("CredentialValidationUnavailable");
                result.message =
                    QStringLiteral("We are not able to connect to your application while attempting "
                                   "to validate our authorization. Error code: "
                                   "SystemForCrossDomainIdentityManagementCredentialValidationUnavailable. "
                                   "Details: An error occurred while sending the request. Resource: %1 "
                                   "Error: %2")
                        .arg(reply.url, reply.networkError);
            } else if (reply.status == 401 || reply.status == 403) {
                result.code =
                    QStringLiteral("SystemForCrossDomainIdentityManagementCredentialValidationFailure");
                result.message =
                    QStringLiteral("While attempting to validate our authorization to access your "
                                   "application, we received this unexpected response: Resource: %1 "
                                   "Response Status Code: %2 Response Content: %3")
                        .arg(reply.url, ScimClient::statusText(reply.status), clipped(reply.body));
            } else if (reply.status == 200 || reply.status == 404) {
                result.code = QStringLiteral("SystemForCrossDomainIdentityManagementServiceIncompatible");
                result.message =
                    reply.status == 404
                        ? QStringLiteral("An HTTP/404 Not Found response was returned rather than the "
                                         "expected HTTP/200 OK response. Resource: %1 Response "
                                         "Content: %2")
                              .arg(reply.url, clipped(reply.body))
                        : QStringLiteral("A query for a user that does not exist did not return an "
                                         "empty SCIM ListResponse (totalResults 0). Resource: %1 "
                                         "Response Content: %2")
                              .arg(reply.url, clipped(reply.body));
            } else {
                result.code = QStringLiteral("CredentialValidationUnavailable");
                result.message =
                    QStringLiteral("We are not able to connect to your application while attempting "
                                   "to validate our authorization. Error code: "
                                   "SystemForCrossDomainIdentityManagementCredentialValidationUnavailable. "
                                   "Resource: %1 Response Status Code: %2 Response Content: %3")
                        .arg(reply.url, ScimClient::statusText(reply.status), clipped(reply.body));
            }
            done(result);
        });
}

void ProvisioningEngine::provisionUser(const QString &jobId, const QString &userId,
                                       std::function<void(const UserOutcome &)> done)
{
    QJsonObject *job = jobById(m_server, jobId);
    if (!job)
        return;
    const QString spId = job->value(QStringLiteral("servicePrincipalId")).toString();
    const bool entitled = entitledUserIds(m_server, spId).contains(userId);
    reconcile(savedTarget(m_server, spId), jobId, userId, entitled,
              [this, jobId, userId, entitled, done = std::move(done)](const UserOutcome &outcome) {
                  recordProvisioned(jobId, userId, outcome, entitled);
                  done(outcome);
              });
}

void ProvisioningEngine::reconcile(const ScimTarget &target, const QString &jobId, const QString &userId,
                                   bool entitled, std::function<void(const UserOutcome &)> done)
{
    auto outcome = std::make_shared<UserOutcome>();
    const DirectoryUser *user = m_server.world().directory.userById(userId);
    if (!user) {
        outcome->result = QStringLiteral("Skipped");
        outcome->errorCode = QStringLiteral("EntryNotFound");
        outcome->errorMessage =
            QStringLiteral("The object '%1' was not found in Microsoft Entra ID.").arg(userId);
        done(*outcome);
        return;
    }
    const DesiredUser desired = desiredOf(*user);
    outcome->steps.append(step(QStringLiteral("EntryImport"), QStringLiteral("import"),
                               QStringLiteral("success"),
                               QStringLiteral("Retrieved %1 from Microsoft Entra ID").arg(desired.userName)));
    outcome->steps.append(
        step(QStringLiteral("EntryScoping"), QStringLiteral("scoping"),
             entitled ? QStringLiteral("success") : QStringLiteral("skipped"),
             entitled ? QStringLiteral("%1 is in scope: assigned to the application").arg(desired.userName)
                      : QStringLiteral("%1 is not assigned to the application").arg(desired.userName)));
    auto finish = [this, jobId, outcome, done](const QString &stepName, const QString &description) {
        if (!jobById(m_server, jobId))
            return;
        outcome->steps.append(
            step(stepName, QStringLiteral("export"),
                 outcome->result == QLatin1String("Failure")   ? QStringLiteral("failure")
                 : outcome->result == QLatin1String("Skipped") ? QStringLiteral("skipped")
                                                               : QStringLiteral("success"),
                 outcome->result == QLatin1String("Failure") ? outcome->errorMessage : description));
        done(*outcome);
    };

    m_scim.send(
        target, "GET", QStringLiteral("/Users"), ScimClient::userNameFilter(desired.userName), {},
        [this, target, desired, entitled, outcome, finish](const ScimReply &found) {
            if (failed(found, {200}, QStringLiteral("look up %1").arg(desired.userName), *outcome))
                return finish(QStringLiteral("EntryImportByMatching"), {});
            const QJsonArray resources = found.json().value(QStringLiteral("Resources")).toArray();
            const QJsonObject existing = resources.isEmpty() ? QJsonObject() : resources.first().toObject();
            outcome->scimId = existing.value(QStringLiteral("id")).toString();
            outcome->steps.append(step(
                QStringLiteral("EntryImportByMatching"), QStringLiteral("matching"),
                QStringLiteral("success"),
                existing.isEmpty()
                    ? QStringLiteral("No user matched userName '%1' in the application").arg(desired.userName)
                    : QStringLiteral("Matched user '%1' in the application").arg(outcome->scimId)));
            if (!entitled) {
                if (existing.isEmpty() || !isActive(existing.value(QStringLiteral("active")))) {
                    outcome->result = QStringLiteral("Skipped");
                    outcome->errorCode = QStringLiteral("NotEffectivelyEntitled");
                    outcome->errorMessage =
                        QStringLiteral("%1 is not assigned to the application.").arg(desired.userName);
                    return finish(QStringLiteral("EntryExport"), outcome->errorMessage);
                }
                outcome->action = QStringLiteral("Disable");
                outcome->modifiedProperties.append(
                    QJsonObject{{QStringLiteral("displayName"), QStringLiteral("active")},
                                {QStringLiteral("oldValue"), QStringLiteral("True")},
                                {QStringLiteral("newValue"), QStringLiteral("False")}});
                m_scim.send(target, "PATCH", QStringLiteral("/Users/") + outcome->scimId, {},
                            patchBody({patchOp(QStringLiteral("active"), QStringLiteral("False"))}),
                            [outcome, finish, desired](const ScimReply &patched) {
                                failed(patched, {200, 204},
                                       QStringLiteral("disable %1").arg(desired.userName), *outcome);
                                finish(
                                    QStringLiteral("EntryExportUpdateSoftDelete"),
                                    QStringLiteral("Disabled %1 in the application").arg(desired.userName));
                            });
                return;
            }
            if (existing.isEmpty()) {
                outcome->action = QStringLiteral("Create");
                for (const auto &[name, value] :
                     {std::pair{QStringLiteral("userName"), desired.userName},
                      std::pair{QStringLiteral("displayName"), desired.displayName},
                      std::pair{QStringLiteral("name.givenName"), desired.givenName},
                      std::pair{QStringLiteral("name.familyName"), desired.familyName},
                      std::pair{QStringLiteral("emails[type eq \"work\"].value"), desired.email},
                      std::pair{QStringLiteral("externalId"), desired.externalId}})
                    outcome->modifiedProperties.append(QJsonObject{{QStringLiteral("displayName"), name},
                                                                   {QStringLiteral("oldValue"), QJsonValue()},
                                                                   {QStringLiteral("newValue"), value}});
                m_scim.send(target, "POST", QStringLiteral("/Users"), {}, scimUser(desired),
                            [outcome, finish, desired](const ScimReply &created) {
                                if (!failed(created, {200, 201},
                                            QStringLiteral("create %1").arg(desired.userName), *outcome))
                                    outcome->scimId = created.json().value(QStringLiteral("id")).toString();
                                finish(QStringLiteral("EntryExportAdd"),
                                       QStringLiteral("Created %1 in the application").arg(desired.userName));
                            });
                return;
            }
            QJsonArray operations;
            const auto compare = [&](const QString &path, const QString &current, const QString &wanted) {
                if (current == wanted)
                    return;
                operations.append(patchOp(path, wanted));
                outcome->modifiedProperties.append(QJsonObject{{QStringLiteral("displayName"), path},
                                                               {QStringLiteral("oldValue"), current},
                                                               {QStringLiteral("newValue"), wanted}});
            };
            const QJsonObject name = existing.value(QStringLiteral("name")).toObject();
            compare(QStringLiteral("active"),
                    isActive(existing.value(QStringLiteral("active"))) ? QStringLiteral("True")
                                                                       : QStringLiteral("False"),
                    QStringLiteral("True"));
            compare(QStringLiteral("displayName"), existing.value(QStringLiteral("displayName")).toString(),
                    desired.displayName);
            compare(QStringLiteral("name.givenName"), name.value(QStringLiteral("givenName")).toString(),
                    desired.givenName);
            compare(QStringLiteral("name.familyName"), name.value(QStringLiteral("familyName")).toString(),
                    desired.familyName);
            compare(QStringLiteral("emails[type eq \"work\"].value"), workEmail(existing), desired.email);
            compare(QStringLiteral("externalId"), existing.value(QStringLiteral("externalId")).toString(),
                    desired.externalId);
            if (operations.isEmpty()) {
                outcome->result = QStringLiteral("Skipped");
                outcome->errorCode = QStringLiteral("RedundantExport");
                outcome->errorMessage =
                    QStringLiteral("%1 is already up to date in the application.").arg(desired.userName);
                return finish(QStringLiteral("EntryExport"), outcome->errorMessage);
            }
            outcome->action = QStringLiteral("Update");
            m_scim.send(
                target, "PATCH", QStringLiteral("/Users/") + outcome->scimId, {}, patchBody(operations),
                [outcome, finish, desired](const ScimReply &patched) {
                    failed(patched, {200, 204}, QStringLiteral("update %1").arg(desired.userName), *outcome);
                    finish(QStringLiteral("EntryExportUpdate"),
                           QStringLiteral("Updated %1 in the application").arg(desired.userName));
                });
        });
}

void ProvisioningEngine::recordProvisioned(const QString &jobId, const QString &userId,
                                           const UserOutcome &outcome, bool entitled)
{
    QJsonObject *job = jobById(m_server, jobId);
    if (!job || outcome.scimId.isEmpty() || outcome.result == QLatin1String("Failure"))
        return;
    QJsonObject provisioned = job->value(kProvisioned).toObject();
    provisioned.insert(userId, QJsonObject{{QStringLiteral("scimId"), outcome.scimId},
                                           {QStringLiteral("active"), entitled}});
    job->insert(kProvisioned, provisioned);
}

} // namespace sim::sync
