#include "entra/SamlHandoffFiles.h"

namespace insightly::entra {

QCoro::Task<HandoffFilesResult> SamlHandoffFiles::exportFiles(OperationContext context, Options options)
{
    Q_UNUSED(context);
    Q_UNUSED(options);
    HandoffFilesResult result;
    result.error.what = QStringLiteral("SamlHandoffFiles::exportFiles is not implemented yet.");
    co_return result;
}

SamlPanelValues SamlHandoffFiles::panelValues(const CloudEndpoints &, const QString &, const QString &,
                                              const QString &, const QDateTime &)
{
    return {};
}
} // namespace insightly::entra
