// The simulated Insightly with SCIM enabled the way an admin does it: sign in, upload the IdP certificate,
// tick Enable SCIM Provisioning, save, and read the endpoint and token off the settings page.
#pragma once

#include "../sim/tst_sim_insightly_support.h"

namespace testsupport {

struct ScimSim {
    QUrl endpoint;
    QString token;
};

inline bool startSimWithScim(SimFixture &fixture, ScimSim *scim, QString *error) {
    if (!insightlytest::start(fixture, error))
        return false;
    const HttpReply page =
        insightlytest::configure(fixture, insightlytest::makeCertificate().certificatePem, false, true);
    // The endpoint as production code meets it: on the instance's crm host, through the simulator's proxy.
    scim->token = fixture.server().world().insightly.scimToken;
    scim->endpoint = QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2"));
    if (page.status == 0 || scim->token.isEmpty()) {
        *error = QStringLiteral("the settings page shows no SCIM token after enabling SCIM");
        return false;
    }
    return true;
}

} // namespace testsupport
