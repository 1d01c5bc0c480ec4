#include "SimOptions.h"

#include <QStringList>

namespace sim {

bool parseWriteQuota(const QString &text, int *quota, int *windowS)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    const int q = parts[0].trimmed().toInt(&ok1);
    const int w = parts[1].trimmed().toInt(&ok2);
    if (!ok1 || !ok2 || q < 0 || w <= 0)
        return false;
    *quota = q;
    *windowS = w;
    return true;
}

} // namespace sim
