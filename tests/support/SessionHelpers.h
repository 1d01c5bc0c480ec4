#pragma once

#include "SimFixture.h"

#include <QString>

namespace insightly {
class WizardContext;
}

namespace testsupport {

// Signs the admin in to the simulator for tests of later steps, without a browser: the resource-owner password
// grant (as Entra allows public clients), then the same adopt + preflight path as an interactive sign-in.
// Returns false with a message when it did not work.
bool signInForTests(insightly::WizardContext &context, SimFixture &sim,
                    const QString &upn = QStringLiteral("admin@contoso.example"), QString *error = nullptr);

} // namespace testsupport
