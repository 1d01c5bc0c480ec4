#include "core/LogCategories.h"

namespace insightly {

Q_LOGGING_CATEGORY(lcState, "insightly.core.state")
Q_LOGGING_CATEGORY(lcSecrets, "insightly.core.secrets")
Q_LOGGING_CATEGORY(lcSignIn, "insightly.entra.signin")
Q_LOGGING_CATEGORY(lcGraph, "insightly.entra.graph")
Q_LOGGING_CATEGORY(lcScim, "insightly.insightly.scim")
Q_LOGGING_CATEGORY(lcSaml, "insightly.saml")
Q_LOGGING_CATEGORY(lcBrowser, "insightly.browser")
Q_LOGGING_CATEGORY(lcPages, "insightly.pages")

} // namespace insightly
