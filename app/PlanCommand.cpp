#include "PlanCommand.h"

#include "config.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "flows/ChangePlan.h"
#include "flows/SavedSession.h"
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
    SavedSession::Options choice;
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
    SavedSession saved(run.network, run.secrets, run.setup, run.endpoints);
    const SavedSession::Outcome outcome = co_await saved.restore(run.choice);
    if (!alive)
        co_return ChangePlanResult{};
    if (outcome != SavedSession::Outcome::Restored)
        co_return cannotTell(saved.message().what, saved.message().action);
    const SetupState &state = saved.state();
    const entra::PreflightReport &preflight = saved.signIn().preflight;

    entra::OperationContext context;
    context.graph = saved.session()->graph();
    context.setup = run.setup;
    context.network = run.network;
    ChangePlan::Inputs inputs;
    inputs.scope = run.scope;
    inputs.adminUserId = preflight.identity.userId;
    // Before the Instance page ran, --instance with the whole Sign-in page URL says what Step 2 will set.
    if (state.insightlySignInUrl.isEmpty() && !run.choice.instance.scheme().isEmpty())
        inputs.signInPageUrl = run.choice.instance;
    inputs.notificationEmails = state.notificationEmails;
    if (inputs.notificationEmails.isEmpty() && !preflight.identity.userPrincipalName.isEmpty())
        inputs.notificationEmails = {preflight.identity.userPrincipalName};
    ChangePlanResult plan = co_await ChangePlan::read(context, inputs);
    if (plan.tenantId.isEmpty())
        plan.tenantId = saved.key().tenantId.toLower();
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
    // A plan for an instance not set up yet: the tenant's fresh setup, with --instance as the Sign-in page
    // URL Step 2 will set.
    run.choice.freshSetupForNewInstance = true;
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
