#include "entra/SamlConfiguration.h"

namespace insightly::entra {

QCoro::Task<SamlConfigurationResult> SamlConfiguration::apply(OperationContext context, QUrl signInPageUrl)
{
    Q_UNUSED(context);
    Q_UNUSED(signInPageUrl);
    SamlConfigurationResult result;
    result.error.what = QStringLiteral("SamlConfiguration::apply is not implemented yet.");
    co_return result;
}

} // namespace insightly::entra
