#include "browser/UrlOpener.h"

#include <QDesktopServices>

namespace insightly {

bool UrlOpener::open(const QUrl &url)
{
    // Only web addresses: an embedded page must never make the wizard open a file or another scheme.
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return false;
    const bool ok = QDesktopServices::openUrl(url);
    if (ok)
        emit opened(url);
    return ok;
}

} // namespace insightly
