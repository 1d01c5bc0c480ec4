#pragma once

// The flows' tests: a signed-in admin against the simulator in-process (SetupStepsFixture of the entra tests)
// and the FlowContext a flow is built with — no widget, no web view.
#include "SetupStepsFixture.h"
#include "core/SecretStore.h"
#include "entra/GalleryApplication.h"
#include "entra/SamlConfiguration.h"
#include "entra/SigningCertificates.h"
#include "flows/FlowContext.h"

#include <QSignalSpy>
#include <functional>

// whenDone() for a task without a result.
inline QCoro::Task<> whenFinished(QCoro::Task<> task, std::function<void()> onDone)
{
    co_await task;
    onDone();
}

struct FlowTestFixture : SetupStepsFixture {
    using SetupStepsFixture::SetupStepsFixture;

    // The services of the signed-in wizard, over the fixture's own setup store.
    insightly::FlowContext flowContext()
    {
        insightly::FlowContext flows;
        flows.network = &wizard->network();
        flows.secrets = &wizard->secrets();
        flows.setup = store.get();
        insightly::WizardContext *w = wizard.get();
        flows.session = [w] { return w->session(); };
        const QString tenant = sim->tenantId();
        flows.namedTenant = [tenant] { return tenant; };
        return flows;
    }

    static insightly::entra::ConvergencePolicy quickConvergence()
    {
        insightly::entra::ConvergencePolicy policy;
        policy.pollInterval = std::chrono::milliseconds(50);
        policy.confirmations = 3;
        policy.timeout = std::chrono::seconds(120);
        policy.hostNameRetryInitial = std::chrono::milliseconds(200);
        policy.hostNameRetryBudget = std::chrono::seconds(90);
        policy.savedAppGrace = std::chrono::seconds(60);
        return policy;
    }

    // Runs a task without a result to its end (the event loop turns meanwhile). `finished` says whether it
    // did.
    void runVoid(QCoro::Task<> task, int timeoutMs = 240000)
    {
        auto done = std::make_shared<bool>(false);
        auto waiter = whenFinished(std::move(task), [done]() { *done = true; });
        finished = QTest::qWaitFor([&] { return *done; }, timeoutMs);
    }

    // Steps 1, 2a and an active certificate, as after a finished first run. Returns an error text.
    QString prepareSetup()
    {
        using namespace insightly::entra;
        if (QString error = start(); !error.isEmpty())
            return error;
        const GalleryApplicationResult app = run(GalleryApplication::ensure(context()));
        if (!app.ok())
            return app.error.toDiagnostics();
        const SamlConfigurationResult saml = run(SamlConfiguration::apply(context(), signInPageUrl()));
        if (!saml.ok())
            return saml.error.toDiagnostics();
        const CertificateResult certificate = run(SigningCertificates::ensureActive(context(), {}));
        return certificate.ok() ? QString() : certificate.error.toDiagnostics();
    }
};
