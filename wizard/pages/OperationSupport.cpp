#include "pages/OperationSupport.h"

#include "pages/WizardContext.h"

namespace insightly {

entra::OperationContext operationContext(WizardContext &context, entra::CancelToken *cancel,
                                         std::function<void(const QString &)> progress,
                                         const entra::ConvergencePolicy &convergence)
{
    return context.flowContext().operation(cancel, std::move(progress), convergence);
}

QString ensureSetupTenant(WizardContext &context)
{
    return context.flowContext().ensureSetupTenant();
}

} // namespace insightly
