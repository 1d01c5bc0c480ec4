#include "pages/OperationSupport.h"

#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/Preflight.h"
#include "entra/SignInSession.h"
#include "pages/WizardContext.h"

namespace insightly {

entra::OperationContext operationContext(WizardContext &context, entra::CancelToken *cancel,
                                         std::function<void(const QString &)> progress,
                                         const entra::ConvergencePolicy &convergence)
{
    entra::OperationContext operation;
    if (entra::SignInSession *session = context.session())
        operation.graph = session->graph();
    operation.setup = &context.setup();
    operation.network = &context.network();
    operation.cancel = cancel;
    operation.progress = std::move(progress);
    operation.convergence = convergence;
    return operation;
}

QString ensureSetupTenant(WizardContext &context)
{
    QString tenant = context.tenant();
    if (entra::SignInSession *session = context.session(); session && !session->preflight().identity.tenantId.isEmpty())
        tenant = session->preflight().identity.tenantId;
    if (context.setup().state().tenantId.isEmpty() && !tenant.isEmpty())
        context.setup().update([&](SetupState &state) { state.tenantId = tenant; });
    return context.setup().state().tenantId.isEmpty() ? tenant : context.setup().state().tenantId;
}

} // namespace insightly
