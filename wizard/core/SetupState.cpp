#include "core/SetupState.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

namespace insightly {

namespace {

constexpr std::array stepNames{
    std::pair{SetupState::Step::SignIn, "signIn"},
    std::pair{SetupState::Step::Instance, "instance"},
    std::pair{SetupState::Step::App, "app"},
    std::pair{SetupState::Step::Saml, "saml"},
    std::pair{SetupState::Step::Certificate, "certificate"},
    std::pair{SetupState::Step::Handoff, "handoff"},
    std::pair{SetupState::Step::SignInTest, "signInTest"},
    std::pair{SetupState::Step::Enforce, "enforce"},
    std::pair{SetupState::Step::Scim, "scim"},
    std::pair{SetupState::Step::Assign, "assign"},
};

constexpr std::array cloudNames{
    std::pair{SetupState::Cloud::Global, "global"},
    std::pair{SetupState::Cloud::UsGov, "usgov"},
    std::pair{SetupState::Cloud::China, "china"},
};

// Times are stored in UTC with milliseconds, so that a round trip gives back the same instant.
QString timeToJson(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QUrl urlFromJson(const QJsonValue &value)
{
    return value.toString().isEmpty() ? QUrl() : QUrl(value.toString(), QUrl::StrictMode);
}

} // namespace

void SetupState::markStepCompleted(Step step, const QDateTime &when)
{
    completedSteps.insert(step, when.toUTC());
}

qsizetype SetupState::pendingAssignments() const
{
    return std::count_if(assignmentQueue.cbegin(), assignmentQueue.cend(),
                         [](const Assignment &entry) { return !entry.done; });
}

QString SetupState::stepName(Step step)
{
    for (const auto &[value, name] : stepNames)
        if (value == step)
            return QLatin1String(name);
    return {};
}

std::optional<SetupState::Step> SetupState::stepFromName(const QString &name)
{
    for (const auto &[value, stepName] : stepNames)
        if (name == QLatin1String(stepName))
            return value;
    return std::nullopt;
}

QString SetupState::cloudName(Cloud cloud)
{
    for (const auto &[value, name] : cloudNames)
        if (value == cloud)
            return QLatin1String(name);
    return {};
}

std::optional<SetupState::Cloud> SetupState::cloudFromName(const QString &name)
{
    for (const auto &[value, cloudName] : cloudNames)
        if (name == QLatin1String(cloudName))
            return value;
    return std::nullopt;
}

QJsonObject SetupState::toJson() const
{
    QJsonArray queue;
    for (const Assignment &entry : assignmentQueue) {
        queue.append(QJsonObject{
            {QStringLiteral("principalId"), entry.principalId},
            {QStringLiteral("type"),
             entry.type == PrincipalType::Group ? QStringLiteral("group") : QStringLiteral("user")},
            {QStringLiteral("done"), entry.done},
        });
    }
    QJsonObject steps;
    for (auto it = completedSteps.cbegin(); it != completedSteps.cend(); ++it)
        steps.insert(stepName(it.key()), timeToJson(it.value()));

    QJsonObject json{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("tenantDisplayName"), tenantDisplayName},
        {QStringLiteral("cloud"), cloudName(cloud)},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("appObjectId"), appObjectId},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("servicePrincipalId"), servicePrincipalId},
        {QStringLiteral("appCreatedByWizard"), appCreatedByWizard},
        {QStringLiteral("insightlySignInUrl"), insightlySignInUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("instanceId"), instanceId},
        {QStringLiteral("pod"), pod},
        {QStringLiteral("certificateThumbprint"), certificateThumbprint},
        {QStringLiteral("certificateExpiry"), timeToJson(certificateExpiry)},
        {QStringLiteral("notificationEmails"), QJsonArray::fromStringList(notificationEmails)},
        {QStringLiteral("synchronizationJobId"), synchronizationJobId},
        {QStringLiteral("scimBaseAddress"), scimBaseAddress.toString(QUrl::FullyEncoded)},
        {QStringLiteral("assignmentQueue"), queue},
        {QStringLiteral("completedSteps"), steps},
    };
    if (lastSignInTest) {
        json.insert(QStringLiteral("lastSignInTest"),
                    QJsonObject{
                        {QStringLiteral("testedAt"), timeToJson(lastSignInTest->testedAt)},
                        {QStringLiteral("succeeded"), lastSignInTest->succeeded},
                        {QStringLiteral("detail"), lastSignInTest->detail},
                    });
    }
    if (certificateRotation) {
        json.insert(QStringLiteral("certificateRotation"),
                    QJsonObject{
                        {QStringLiteral("previousThumbprint"), certificateRotation->previousThumbprint},
                        {QStringLiteral("newThumbprint"), certificateRotation->newThumbprint},
                        {QStringLiteral("activatedAt"), timeToJson(certificateRotation->activatedAt)},
                        {QStringLiteral("exportFolder"), certificateRotation->exportFolder},
                    });
    }
    return json;
}

SetupState SetupState::fromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };

    SetupState state;
    state.tenantId = text("tenantId");
    state.tenantDisplayName = text("tenantDisplayName");
    state.cloud = cloudFromName(text("cloud")).value_or(Cloud::Global);
    state.clientId = text("clientId");
    state.appObjectId = text("appObjectId");
    state.appId = text("appId");
    state.servicePrincipalId = text("servicePrincipalId");
    state.appCreatedByWizard = json.value(QLatin1String("appCreatedByWizard")).toBool();
    state.insightlySignInUrl = urlFromJson(json.value(QLatin1String("insightlySignInUrl")));
    state.instanceId = text("instanceId");
    state.pod = text("pod");
    state.certificateThumbprint = text("certificateThumbprint");
    state.certificateExpiry = timeFromJson(json.value(QLatin1String("certificateExpiry")));
    for (const QJsonValue &email : json.value(QLatin1String("notificationEmails")).toArray())
        state.notificationEmails.append(email.toString());
    state.synchronizationJobId = text("synchronizationJobId");
    state.scimBaseAddress = urlFromJson(json.value(QLatin1String("scimBaseAddress")));

    for (const QJsonValue &value : json.value(QLatin1String("assignmentQueue")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString principalId = entry.value(QLatin1String("principalId")).toString();
        if (principalId.isEmpty())
            continue;
        state.assignmentQueue.append(Assignment{
            principalId,
            entry.value(QLatin1String("type")).toString() == QLatin1String("group") ? PrincipalType::Group
                                                                                    : PrincipalType::User,
            entry.value(QLatin1String("done")).toBool(),
        });
    }

    const QJsonValue test = json.value(QLatin1String("lastSignInTest"));
    if (test.isObject()) {
        const QJsonObject result = test.toObject();
        state.lastSignInTest = SignInTestResult{
            timeFromJson(result.value(QLatin1String("testedAt"))),
            result.value(QLatin1String("succeeded")).toBool(),
            result.value(QLatin1String("detail")).toString(),
        };
    }

    const QJsonValue rotation = json.value(QLatin1String("certificateRotation"));
    if (rotation.isObject()) {
        const QJsonObject r = rotation.toObject();
        state.certificateRotation = CertificateRotation{
            r.value(QLatin1String("previousThumbprint")).toString(),
            r.value(QLatin1String("newThumbprint")).toString(),
            timeFromJson(r.value(QLatin1String("activatedAt"))),
            r.value(QLatin1String("exportFolder")).toString(),
        };
    }

    const QJsonObject steps = json.value(QLatin1String("completedSteps")).toObject();
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
        const auto step = stepFromName(it.key());
        const QDateTime when = timeFromJson(it.value());
        if (step && when.isValid())
            state.completedSteps.insert(*step, when);
    }
    return state;
}

} // namespace insightly
