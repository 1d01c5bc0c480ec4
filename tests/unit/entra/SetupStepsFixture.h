#pragma once

// A signed-in admin against the simulator, a SetupStateStore in a temporary folder and an OperationContext
// with short polls, for the tests of the Step 1/2 operations.
#include "AwaitHelpers.h"
#include "SessionHelpers.h"
#include "SimFixture.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/SetupOperation.h"
#include "entra/SignInSession.h"
#include "pages/WizardContext.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

struct SetupStepsFixture {
    explicit SetupStepsFixture(sim::SimOptions options = {})
    {
        options.requestLog = logDir.filePath(QStringLiteral("requests.jsonl"));
        sim = std::make_unique<testsupport::SimFixture>(options);
    }

    // Starts the simulator and signs `upn` in. Returns an error text, empty on success.
    QString start(const QString &upn = QStringLiteral("admin@contoso.example"))
    {
        QString error;
        if (!sim->start(&error))
            return error;
        insightly::AppConfig config;
        wizard = std::make_unique<insightly::WizardContext>(config);
        if (!testsupport::signInForTests(*wizard, *sim, upn, &error))
            return error.isEmpty() ? QStringLiteral("sign-in failed") : error;
        insightly::entra::RetryPolicy policy = graph()->retryPolicy();
        policy.initialBackoff = std::chrono::milliseconds(100);
        policy.consistencyInitial = std::chrono::milliseconds(200);
        policy.consistencyMax = std::chrono::milliseconds(1000);
        policy.consistencyBudget = std::chrono::seconds(90);
        graph()->setRetryPolicy(policy);
        store = std::make_unique<insightly::SetupStateStore>(stateDir.path());
        store->load(sim->tenantId());
        store->update([&](insightly::SetupState &s) { s.tenantId = sim->tenantId(); });
        return {};
    }

    insightly::entra::GraphClient *graph() const { return wizard->session()->graph(); }

    insightly::entra::OperationContext context(insightly::entra::CancelToken *cancel = nullptr)
    {
        insightly::entra::OperationContext c;
        c.graph = graph();
        c.setup = store.get();
        c.network = &wizard->network();
        c.cancel = cancel;
        c.progress = [this](const QString &sentence) { progress.append(sentence); };
        c.convergence.pollInterval = std::chrono::milliseconds(50);
        c.convergence.confirmations = 3;
        c.convergence.timeout = std::chrono::seconds(120);
        c.convergence.hostNameRetryInitial = std::chrono::milliseconds(200);
        c.convergence.hostNameRetryBudget = std::chrono::seconds(90);
        c.convergence.savedAppGrace = std::chrono::seconds(60);
        return c;
    }

    // Runs a task to its end (the event loop turns meanwhile). `finished` says whether it did.
    template <typename T> T run(QCoro::Task<T> task, int timeoutMs = 240000)
    {
        auto out = std::make_shared<std::optional<T>>();
        auto waiter = whenDone(std::move(task), [out](T value) { *out = std::move(value); });
        finished = QTest::qWaitFor([&] { return out->has_value(); }, timeoutMs);
        return out->value_or(T{});
    }

    QUrl signInPageUrl() const
    {
        return sim->insightlySignInUrl();
    }

    // Graph writes (POST/PATCH/PUT/DELETE under /v1.0) in the simulator's request log so far.
    int graphWrites(const QString &pathPart = {}) const { return graphRequests(true, pathPart); }
    // Graph reads (GET under /v1.0) in the simulator's request log so far.
    int graphReads(const QString &pathPart = {}) const { return graphRequests(false, pathPart); }

    int graphRequests(bool writes, const QString &pathPart) const
    {
        QFile file(logDir.filePath(QStringLiteral("requests.jsonl")));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        int count = 0;
        while (!file.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
            const bool write = entry.value(QStringLiteral("method")).toString() != QLatin1String("GET");
            const QString url = entry.value(QStringLiteral("url")).toString();
            if (write == writes && url.contains(QLatin1String("/v1.0/")) &&
                (pathPart.isEmpty() || url.contains(pathPart)))
                ++count;
        }
        return count;
    }

    // Service principals in the simulated tenant made from the template `templateId`.
    int appsFromTemplate(const QString &templateId) const
    {
        int count = 0;
        for (const auto &sp : sim->server().world().apps.servicePrincipals)
            if (sp.json.value(QStringLiteral("applicationTemplateId")).toString() == templateId)
                ++count;
        return count;
    }

    QTemporaryDir logDir;
    QTemporaryDir stateDir;
    std::unique_ptr<testsupport::SimFixture> sim;
    std::unique_ptr<insightly::WizardContext> wizard;
    std::unique_ptr<insightly::SetupStateStore> store;
    QStringList progress;
    bool finished = false;
};
