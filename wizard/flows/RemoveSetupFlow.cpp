#include "flows/RemoveSetupFlow.h"

#include "core/SecretKeys.h"
#include "core/SetupState.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/GraphTypes.h"
#include "flows/FlowLog.h"

#include <QPointer>

namespace insightly {

RemovalPlan RemovalPlan::forState(const SetupState &state)
{
    RemovalPlan plan;
    plan.servicePrincipalId = state.servicePrincipalId;
    if (state.appCreatedByWizard && !state.appObjectId.isEmpty()) {
        plan.applicationObjectId = state.appObjectId;
        plan.removes
            << tr("The Insightly SAML enterprise application this wizard added (object id %1), with its "
                  "signing certificates, user and group assignments and provisioning job.")
                   .arg(state.appObjectId);
    } else if (!state.appObjectId.isEmpty()) {
        plan.keeps
            << tr("The Insightly SAML application (object id %1): it existed before this wizard used it, "
                  "so the wizard does not delete it. Remove it in the Entra admin center under Enterprise "
                  "applications if it is no longer needed.")
                   .arg(state.appObjectId);
    }
    plan.removes << tr("The SCIM token and the Insightly API key this wizard kept in the system keychain.")
                 << tr("The wizard's saved progress for this setup (your sign-in to Entra is kept).");
    if (plan.deletesApplication())
        plan.keeps << tr(
            "Microsoft Entra keeps a deleted application for 30 days: it can be restored under App "
            "registrations › Deleted applications.");
    plan.insightlySteps
        << tr("First, in Insightly under System Settings › Security › SAML and SCIM, untick Enforce SAML "
              "Login — "
              "once the application is gone, nobody can sign in to Insightly through Microsoft Entra.")
        << tr("Then remove the identity provider settings (the certificate) there, and turn SCIM "
              "provisioning "
              "off or regenerate its token so that the old one stops working.");
    return plan;
}

RemoveSetupFlow::RemoveSetupFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

RemovalPlan RemoveSetupFlow::plan() const
{
    return m_context.setup ? RemovalPlan::forState(m_context.setup->state()) : RemovalPlan();
}

QCoro::Task<RemoveSetupFlow::Outcome> RemoveSetupFlow::run()
{
    Outcome outcome;
    if (m_running || !m_context.setup)
        co_return outcome;
    QPointer<RemoveSetupFlow> self(this);
    m_running = true;
    const RemovalPlan plan = this->plan();
    const SetupState before = m_context.setup->state();
    auto stop = [&](UserMessage problem) {
        outcome.problem = std::move(problem);
        m_running = false;
        Q_EMIT finished(outcome);
        return outcome;
    };

    if (plan.deletesApplication()) {
        entra::GraphClient *graph = m_context.graph();
        if (!graph) {
            UserMessage signIn;
            signIn.what = tr("Nothing was removed: the wizard is not signed in to Microsoft Entra.");
            signIn.action = tr("Sign in again, then remove the setup.");
            signIn.code = QStringLiteral("remove.not-signed-in");
            co_return stop(signIn);
        }
        Q_EMIT progressChanged(tr("Deleting the Insightly SAML application in Microsoft Entra…"));
        entra::GraphRequest request =
            entra::GraphRequest::del(QStringLiteral("/applications/") + plan.applicationObjectId);
        request.highPriority = true;
        const entra::GraphResult deleted = co_await graph->send(request);
        if (!self)
            co_return outcome;
        // 404: already deleted (by an earlier, interrupted removal or by someone in the portal).
        if (!deleted.ok() && deleted.status != 404) {
            qCWarning(lcFlows) << "removing the app failed:" << deleted.status << deleted.requestId;
            co_return stop(deleted.userMessage());
        }
        outcome.removed << plan.removes.first();
    }

    Q_EMIT progressChanged(tr("Removing the setup's secrets from the system keychain…"));
    if (m_context.secrets) {
        const QString tenant = m_context.tenant();
        for (const SecretKey &key :
             {SecretKeys::scimToken(before, tenant), SecretKeys::insightlyApiKey(before, tenant)}) {
            const SecretResult removed = co_await m_context.secrets->remove(key);
            if (!self)
                co_return outcome;
            if (!removed.ok && !removed.notFound) {
                UserMessage keychain = removed.error;
                if (keychain.isEmpty()) {
                    keychain.what = tr("A secret could not be removed from the system keychain.");
                    keychain.code = QStringLiteral("remove.keychain");
                }
                keychain.action =
                    tr("Unlock the keychain and remove the setup again: what was already removed "
                       "stays removed.");
                co_return stop(keychain);
            }
        }
    }
    outcome.removed << plan.removes.at(plan.deletesApplication() ? 1 : 0);

    SetupState fresh;
    fresh.tenantId = before.tenantId;
    fresh.tenantDisplayName = before.tenantDisplayName;
    fresh.cloud = before.cloud;
    fresh.clientId = before.clientId;
    if (!m_context.setup->replace(fresh))
        co_return stop(m_context.setup->lastSaveError());
    outcome.removed << plan.removes.last();
    qCInfo(lcFlows) << "setup removed; application deleted:" << plan.deletesApplication();
    outcome.ok = true;
    m_running = false;
    Q_EMIT progressChanged(tr("Removed."));
    Q_EMIT finished(outcome);
    co_return outcome;
}

} // namespace insightly
