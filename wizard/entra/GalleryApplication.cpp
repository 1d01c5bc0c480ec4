#include "entra/GalleryApplication.h"

namespace insightly::entra {

QCoro::Task<GalleryTemplateResult> GalleryApplication::findTemplate(OperationContext context)
{
    Q_UNUSED(context);
    GalleryTemplateResult result;
    result.error.what = QStringLiteral("GalleryApplication::findTemplate is not implemented yet.");
    co_return result;
}

QCoro::Task<GalleryApplicationResult> GalleryApplication::ensure(OperationContext context)
{
    Q_UNUSED(context);
    GalleryApplicationResult result;
    result.error.what = QStringLiteral("GalleryApplication::ensure is not implemented yet.");
    co_return result;
}

QCoro::Task<GalleryApplicationResult> GalleryApplication::choose(OperationContext context, InsightlyApplication chosen)
{
    Q_UNUSED(context);
    Q_UNUSED(chosen);
    GalleryApplicationResult result;
    result.error.what = QStringLiteral("GalleryApplication::choose is not implemented yet.");
    co_return result;
}

} // namespace insightly::entra
