#include "PlanCommand.h"

#include "config.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/KeychainRefreshTokenStore.h"
#include "entra/SignInSession.h"
#include "flows/ChangePlan.h"
#include "flows/HealthCheck.h"
#include "pages/WizardContext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace insightly {

namespace {

constexpr int kRead = 0;
constexpr int kCannotTell = 3;

struct PlanRun {
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    SetupStateStore *setup = nullptr;
    entra::CloudEndpoints endpoints;
    HealthCheck::Options choice;
    ChangePlan::Scope scope = ChangePlan::Scope::Setup;
};

ChangePlanResult cannotTell(const QString &what, const QString &action)
{
    ChangePlanResult result;
    result.error.what = what;
    result.error.action = action;
    return result;
}

QCoro::Task<ChangePlanResult> readPlan(PlanRun run, QObject *guard)
{
    QPointer<QObject> alive(guard);
    HealthCheck picker(run.network, run.secrets, run.setup, run.endpoints);
    QString why;
    SetupKey chosen = picker.chooseSetup(run.choice, &why);
    if (chosen.tenantId.isEmpty() && !run.choice.instance.isEmpty()) {
        // A plan for an instance not set up yet: the tenant's setup that has no instance yet (a fresh one),
        // with --instance as the Sign-in page URL Step 2 will set.
        HealthCheck::Options tenantOnly = run.choice;
        tenantOnly.instance.clear();
        QString tenantWhy;
        const SetupKey fresh = picker.chooseSetup(tenantOnly, &tenantWhy);
        if (!fresh.tenantId.isEmpty() && fresh.instanceId.isEmpty())
            chosen = fresh;
    }
    const QString tenant = chosen.tenantId.toLower();
    if (tenant.isEmpty())
        co_return cannotTell(why,
                             ChangePlan::tr("Run the wizard on this computer and sign in to the tenant once "
                                            "(or pass --tenant with the tenant id of a sign-in made here)."));
    const SetupStateStore::LoadResult loaded = run.setup->load(chosen);
    if (!loaded.message.isEmpty())
        co_return cannotTell(loaded.message.what, loaded.message.action);
    const SetupState state = run.setup->state();
    const QString clientId = !run.choice.clientId.isEmpty() ? run.choice.clientId : state.clientId;
    const entra::ClientRegistration client =
        clientId.isEmpty() || clientId == entra::ClientRegistration::defaultClient().clientId
            ? entra::ClientRegistration::defaultClient()
            : entra::ClientRegistration::ownClient(clientId);
    entra::KeychainRefreshTokenStore refreshTokens(run.secrets);
    entra::SignInSession session(run.network, run.endpoints, client, tenant, &refreshTokens);
    const entra::SignInOutcome outcome = co_await session.restore();
    if (!alive)
        co_return ChangePlanResult{};
    if (!outcome.signedIn)
        co_return cannotTell(
            ChangePlan::tr("Not signed in: the saved session could not be used (%1)")
                .arg(outcome.error.what.isEmpty() ? ChangePlan::tr("none is saved") : outcome.error.what),
            ChangePlan::tr("Run the wizard and sign in: --plan then uses that saved session."));

    entra::OperationContext context;
    context.graph = session.graph();
    context.setup = run.setup;
    context.network = run.network;
    ChangePlan::Inputs inputs;
    inputs.scope = run.scope;
    inputs.adminUserId = outcome.preflight.identity.userId;
    // Before the Instance page ran, --instance with the whole Sign-in page URL says what Step 2 will set.
    if (state.insightlySignInUrl.isEmpty() && !run.choice.instance.scheme().isEmpty())
        inputs.signInPageUrl = run.choice.instance;
    inputs.notificationEmails = state.notificationEmails;
    if (inputs.notificationEmails.isEmpty() && !outcome.preflight.identity.userPrincipalName.isEmpty())
        inputs.notificationEmails = {outcome.preflight.identity.userPrincipalName};
    ChangePlanResult plan = co_await ChangePlan::read(context, inputs);
    if (plan.tenantId.isEmpty())
        plan.tenantId = tenant;
    co_return plan;
}

QCoro::Task<> planAndExit(PlanRun run, bool json, QObject *guard, QTextStream *out, QTextStream *err,
                          int *exitCode)
{
    const ChangePlanResult plan = co_await readPlan(run, guard);
    *exitCode = plan.ok() ? kRead : kCannotTell;
    if (json)
        *out << QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    else if (plan.ok())
        *out << plan.toTable();
    if (!plan.ok())
        *err << plan.error.what << Qt::endl << plan.error.action << Qt::endl;
    out->flush();
    QCoreApplication::exit(*exitCode);
}

} // namespace

int runPlanCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    network.setStrictTransportSecurityEnabled(true);
    SecretStore secrets(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    SetupStateStore setup;

    PlanRun run;
    run.network = &network;
    run.secrets = &secrets;
    run.setup = &setup;
    run.endpoints = WizardContext::endpointsFor(command.config.cloud);
    run.choice.tenant = command.config.tenant;
    run.choice.instance = command.check.instance;
    run.choice.clientId = command.config.clientId;
    if (command.plan.rerun == QLatin1String("certificate"))
        run.scope = ChangePlan::Scope::CertificateRotation;
    else if (command.plan.rerun == QLatin1String("scim-token"))
        run.scope = ChangePlan::Scope::ScimTokenRotation;

    int exitCode = kCannotTell;
    QObject guard;
    // Started from inside the event loop, so that exit() always reaches a running loop.
    QTimer::singleShot(0, &guard,
                       [&] { planAndExit(run, command.check.json, &guard, &out, &err, &exitCode); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace insightly
