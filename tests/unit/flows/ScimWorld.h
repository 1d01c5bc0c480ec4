#pragma once

// Steps 1–2 done and SCIM enabled in the simulated Insightly, as Step 3 starts (shared by the SCIM flows'
// tests).
#include "FlowTestFixture.h"
#include "ScimSimSetup.h"

inline QString prepareScim(FlowTestFixture &f, testsupport::ScimSim *scim)
{
    if (QString error = f.prepareSetup(); !error.isEmpty())
        return error;
    const testsupport::HttpReply page =
        insightlytest::configure(*f.sim, insightlytest::makeCertificate().certificatePem, false, true);
    scim->token = f.sim->server().world().insightly.scimToken;
    scim->endpoint = QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2"));
    if (page.status == 0 || scim->token.isEmpty())
        return QStringLiteral("no SCIM token on the Insightly settings page");
    return {};
}
