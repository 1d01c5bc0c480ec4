#pragma once

#include "insightly/ScimProbe.h"

#include <QString>
#include <QUrl>
#include <chrono>
#include <qcorotask.h>

class QNetworkAccessManager;

namespace insightly {

// The two HTTP checks of ScimProbe (internal): GET /ServiceProviderConfig, and the user lookup Entra's Test
// Connection makes. Each sends the token only to `base`, never follows a redirect, times out after
// `checkTimeout`, and ends at once when the probe is cancelled. Texts stay in ScimProbe's translation
// context.
class ScimProbeHttp
{
public:
    ScimProbeHttp(QNetworkAccessManager *network, const ScimProbe *probe,
                  std::chrono::milliseconds checkTimeout);

    // Returns whether the server answered at all (an HTTP error still leaves the user lookup meaningful).
    QCoro::Task<bool> getServiceProviderConfig(QUrl base, QString token, ScimCheck &row) const;
    QCoro::Task<void> lookUpUser(QUrl base, QString token, ScimCheck &row) const;

private:
    QNetworkAccessManager *m_network;
    const ScimProbe *m_probe;
    std::chrono::milliseconds m_checkTimeout;
};

} // namespace insightly
