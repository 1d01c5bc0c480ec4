#include "entra/AdminAssignment.h"

namespace insightly::entra {

QCoro::Task<AdminAssignmentResult> AdminAssignment::ensureAssigned(OperationContext context, QString userId)
{
    Q_UNUSED(context);
    Q_UNUSED(userId);
    AdminAssignmentResult result;
    result.error.what = QStringLiteral("AdminAssignment::ensureAssigned is not implemented yet.");
    co_return result;
}

} // namespace insightly::entra
