#pragma once

#include "entra/SetupOperation.h"

#include <functional>

namespace insightly {

class WizardContext;

// The OperationContext the Step 1/2 operations need, from the wizard's services: the signed-in session's
// Graph client (null before sign-in: the operation then fails with a message), the setup store, the network
// manager, and the page's cancel token and progress sentence.
entra::OperationContext operationContext(WizardContext &context, entra::CancelToken *cancel,
                                         std::function<void(const QString &)> progress,
                                         const entra::ConvergencePolicy &convergence);

// The signed-in admin's tenant id (the session's), else the tenant the admin named; saved into SetupState
// when SetupState has none yet, because every operation reads it from there.
QString ensureSetupTenant(WizardContext &context);

} // namespace insightly
