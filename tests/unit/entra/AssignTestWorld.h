#pragma once

// Shared rig of the Step 4 tests and the assignment benchmark: the simulator, the Insightly SAML app, a
// GraphClient with a fixed admin token, and a SetupStateStore in a temporary folder.
#include "AppsTestWorld.h"
#include "SimFixture.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"

#include <QCoro/QCoroTask>
#include <QTemporaryDir>
#include <memory>

namespace assigntest {

class FixedToken : public insightly::entra::AccessTokenProvider
{
public:
    QCoro::Task<insightly::entra::AccessTokenResult> accessToken() override
    {
        insightly::entra::AccessTokenResult r;
        r.token = appstest::kAdminToken;
        co_return r;
    }
    void rejectAccessToken(const QString &) override {}
};

template <typename T> T await(QCoro::Task<T> &&task)
{
    return QCoro::waitFor(std::move(task));
}

struct World {
    std::unique_ptr<testsupport::SimFixture> sim;
    appstest::CreatedApp app;
    FixedToken tokens;
    std::unique_ptr<insightly::entra::GraphClient> graph;
    QTemporaryDir stateDir;

    bool start(const sim::SimOptions &options, QString *error)
    {
        sim = std::make_unique<testsupport::SimFixture>(options);
        if (!sim->start(error))
            return false;
        appstest::prepareWorld(sim->server());
        // The wizard's delegated scopes, so that directory reads are allowed as well.
        auto &grant = sim->server().world().directory.accessTokens[appstest::kAdminToken];
        grant.scopes << QStringLiteral("User.Read.All") << QStringLiteral("Group.Read.All")
                     << QStringLiteral("Directory.Read.All");
        grant.expiresAtMs = sim->server().nowMs() + 24LL * 3600 * 1000;
        app = appstest::instantiateInsightly(*sim);
        if (app.servicePrincipalId.isEmpty()) {
            *error = QStringLiteral("could not instantiate the Insightly SAML app");
            return false;
        }
        graph = newGraph();
        return true;
    }

    std::unique_ptr<insightly::entra::GraphClient> newGraph()
    {
        auto client = std::make_unique<insightly::entra::GraphClient>(
            &sim->network(), insightly::entra::CloudEndpoints::forCloud(insightly::entra::Cloud::Global), &tokens);
        insightly::entra::RetryPolicy policy;
        policy.maxAttempts = 30;
        policy.initialBackoff = std::chrono::milliseconds(200);
        policy.maxBackoff = std::chrono::milliseconds(5000);
        client->setRetryPolicy(policy);
        return client;
    }

    // A store for the sim's tenant, loaded from the temporary folder (a restart loads what was saved).
    std::unique_ptr<insightly::SetupStateStore> newStore()
    {
        auto store = std::make_unique<insightly::SetupStateStore>(stateDir.path());
        store->load(sim->tenantId());
        return store;
    }

    // The first `count` seeded users other than the admin and the plain user.
    QStringList seededUserIds(int count) const
    {
        QStringList ids;
        for (const sim::DirectoryUser &u : sim->server().world().directory.users) {
            if (ids.size() >= count)
                break;
            if (u.userPrincipalName.startsWith(QLatin1String("admin@")) ||
                u.userPrincipalName.startsWith(QLatin1String("user@")))
                continue;
            ids << u.id;
        }
        return ids;
    }

    // principalId -> number of assignments to the app, as GET /_sim/state shows them.
    QHash<QString, int> assignmentCounts() const
    {
        QHash<QString, int> counts;
        const QJsonObject root = sim->request("GET", QStringLiteral("/_sim/state"), {}, {}, 120000).json();
        QJsonArray list = root.value(QStringLiteral("appRoleAssignments")).toArray();
        for (auto it = root.begin(); it != root.end(); ++it)
            if (it.value().toObject().contains(QStringLiteral("appRoleAssignments")))
                list = it.value().toObject().value(QStringLiteral("appRoleAssignments")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject a = value.toObject();
            if (a.value(QStringLiteral("resourceId")).toString() == app.servicePrincipalId)
                ++counts[a.value(QStringLiteral("principalId")).toString()];
        }
        return counts;
    }
};

inline void queueUsers(insightly::SetupStateStore &store, const QStringList &ids,
                       insightly::SetupState::PrincipalType type = insightly::SetupState::PrincipalType::User)
{
    store.update([&](insightly::SetupState &state) {
        for (const QString &id : ids)
            state.assignmentQueue << insightly::SetupState::Assignment{id, type, false};
    });
}

} // namespace assigntest
