#pragma once

#include "SimServer.h"

#include <QHash>
#include <QString>

namespace sim {

class InsightlyModule;

// Insightly's SAML assertion consumer service (POST /user/saml?instanceId=; IdP-initiated only, as
// Insightly): checks the SAML response and signs its user in to the instance's site (InsightlyModule).
class InsightlyAcs final
{
public:
    InsightlyAcs(SimServer &server, InsightlyModule &site)
        : m_server(server)
        , m_site(site)
    {
    }
    Response handleAcs(const Request &request);
    Response samlError(int status, const QString &check, const QString &message);

private:
    InsightlyState &state() { return m_server.world().insightly; }

    SimServer &m_server;
    InsightlyModule &m_site;
    QHash<QString, qint64> m_usedAssertions; // Assertion ID -> its NotOnOrAfter (ms): replays are refused
};

} // namespace sim
