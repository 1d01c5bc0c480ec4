#include "flows/FlowContext.h"

#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/Preflight.h"
#include "entra/SignInSession.h"

namespace insightly {

entra::SignInSession *FlowContext::signedIn() const
{
    return session ? session() : nullptr;
}

entra::GraphClient *FlowContext::graph() const
{
    entra::SignInSession *current = signedIn();
    return current ? current->graph() : nullptr;
}

QString FlowContext::tenant() const
{
    if (entra::SignInSession *current = signedIn();
        current && !current->preflight().identity.tenantId.isEmpty())
        return current->preflight().identity.tenantId;
    return namedTenant ? namedTenant() : QString();
}

entra::OperationContext FlowContext::operation(entra::CancelToken *cancel,
                                               std::function<void(const QString &)> progress,
                                               const entra::ConvergencePolicy &convergence) const
{
    entra::OperationContext operation;
    operation.graph = graph();
    operation.setup = setup;
    operation.network = network;
    operation.cancel = cancel;
    operation.progress = std::move(progress);
    operation.convergence = convergence;
    return operation;
}

QString FlowContext::ensureSetupTenant() const
{
    const QString named = tenant();
    if (!setup)
        return named;
    if (setup->state().tenantId.isEmpty() && !named.isEmpty())
        setup->update([&](SetupState &state) { state.tenantId = named; });
    return setup->state().tenantId.isEmpty() ? named : setup->state().tenantId;
}

} // namespace insightly
