#pragma once

#include <QLoggingCategory>

// The logging categories shared across the layers, one per component (`insightly.<layer>.<component>`).
// Enable one at run time with QT_LOGGING_RULES="insightly.entra.graph.debug=true". A component that is not
// listed here declares its own category in its .cpp with Q_LOGGING_CATEGORY.
namespace insightly {

Q_DECLARE_LOGGING_CATEGORY(lcState)   // insightly.core.state
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // insightly.core.secrets
Q_DECLARE_LOGGING_CATEGORY(lcSignIn)  // insightly.entra.signin
Q_DECLARE_LOGGING_CATEGORY(lcGraph)   // insightly.entra.graph
Q_DECLARE_LOGGING_CATEGORY(lcScim)    // insightly.insightly.scim
Q_DECLARE_LOGGING_CATEGORY(lcSaml)    // insightly.saml
Q_DECLARE_LOGGING_CATEGORY(lcBrowser) // insightly.browser
Q_DECLARE_LOGGING_CATEGORY(lcPages)   // insightly.pages

} // namespace insightly
