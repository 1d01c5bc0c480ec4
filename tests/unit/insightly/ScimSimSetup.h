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
    scim->token = insightlytest::elementText(page.body, QStringLiteral("scimToken"));
    scim->endpoint = fixture.baseUrl();
    scim->endpoint.setPath(QStringLiteral("/scim/v2"));
    if (scim->token.isEmpty() || scim->token != fixture.server().world().insightly.scimToken) {
        *error = QStringLiteral("the settings page shows no SCIM token after enabling SCIM");
        return false;
    }
    return true;
}

} // namespace testsupport
