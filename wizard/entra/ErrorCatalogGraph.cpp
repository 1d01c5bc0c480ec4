// Microsoft Graph and provisioning errors (reference/errors.md §3). Wording is ours; codes are Microsoft's.
#include "entra/ErrorCatalog_p.h"

#include <QtGlobal>

namespace insightly::entra::catalog {

namespace {

#define T(text) QT_TRANSLATE_NOOP("ErrorCatalog", text)

// Rows with a message pattern come first for their code: the matcher tries pattern rows before plain ones.
const Row kGraphRows[] = {
    {"Request_BadRequest", 400, "Not a valid reference update",
     T("Microsoft Entra hasn't finished creating the app or the user yet."),
     T("The new object isn't visible on every directory replica yet."),
     T("Wait a minute, then run this step again.")},
    {"Request_BadRequest", 400, "One or more properties contains invalid values",
     T("Entra rejected the Reply URL."),
     T("It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols "
       "such "
       "as ! $ ' ( ) , ;"),
     T("Copy the Sign-in page URL from Insightly again and retry.")},
    {"Request_BadRequest", 400, "Permission being assigned was not found",
     T("The role chosen for Insightly doesn't exist on this app."),
     T("The app role isn't defined or enabled on the Insightly app, or doesn't allow this kind of member."),
     T("Pick one of the app's roles (usually 'User'), or use Default Access.")},
    {"Request_BadRequest", 400, nullptr, T("Microsoft Graph rejected the request."),
     T("Some value sent by the wizard was not accepted."),
     T("Check the values entered in this step and retry. If it keeps failing, report it with the request "
       "ID.")},
    {"Authorization_RequestDenied", 403, nullptr, T("Your account isn't allowed to do this."),
     T("The signed-in account lacks the Entra role Cloud Application Administrator or Application "
       "Administrator, or the wizard's permissions were not approved."),
     T("Sign in as a Cloud Application Administrator or Application Administrator.\nMake sure the wizard's "
       "permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, "
       "Synchronization.ReadWrite.All) have been approved.")},
    {"InvalidAuthenticationToken", 401, nullptr, T("Your sign-in is no longer accepted by Microsoft Graph."),
     T("The access token expired, was issued for another service, or this computer's clock is wrong."),
     T("Please sign in again, and check this computer's date and time.")},
    {"insufficient_claims", 0, nullptr, T("Your organization needs you to confirm your sign-in again."),
     T("A Conditional Access or continuous access evaluation event requires a fresh sign-in."),
     T("Sign in again in the window that opens.")},
    {"Request_ResourceNotFound", 404, nullptr, T("The object could not be found in Microsoft Entra."),
     T("It was created moments ago and hasn't replicated yet, or it was deleted."),
     T("Wait a minute and retry. If it persists, restart the wizard from the 'Create app' step.")},
    {"Request_UnsupportedQuery", 400, nullptr, T("Search failed due to an internal error."),
     T("Microsoft Graph didn't accept the search query."),
     T("Please report this problem with the request ID.")},
    {"HostNameNotOnVerifiedDomain", 400, nullptr, T("Entra refused Insightly's URL as Identifier."),
     T("Your tenant's identifier-URI policy only allows verified domains for apps not yet in SAML mode."),
     T("Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must allow "
       "the URL (or exempt this app), or set the Identifier on the app's SAML page in the portal.")},
    {"IdentifierUrisEndsWithSlash", 400, nullptr, T("The Identifier can't end with '/' when it has no path."),
     T("Entra rejects a bare host name with a trailing slash as Identifier."),
     T("Paste the full Insightly Sign-in page URL.")},
    {"Request_MultipleObjectsWithSameKeyValue", 0, nullptr, T("Already assigned — nothing to do."),
     T("This user or group already has this role on the app."), T("No action needed.")},
    {"DeletingSamlSpNotAllowed", 400, nullptr, T("The half-created Insightly app can't be removed this way."),
     T("A SAML app created from the gallery can't be deleted through its service principal."),
     T("The wizard removes the application object instead; retry the cleanup.")},
    {"Directory_QuotaExceeded", 403, nullptr,
     T("Your tenant (or your account) has reached its limit of "
       "directory objects."),
     T("Entra limits how many objects a tenant or a non-admin user may create."),
     T("Delete unused app registrations, or ask an administrator to run the wizard.")},
    {"Request_ThrottledPermanently", 0, nullptr, T("Microsoft is rejecting requests from this tenant."),
     T("The tenant keeps exceeding Microsoft Graph's limits."), T("Contact Microsoft support.")},
    {"Request_ThrottledTemporarily TooManyRequests throttledRequest activityLimitReached", 0, nullptr,
     T("Microsoft Graph asked the wizard to slow down."),
     T("The tenant's request or write quota for this app was exceeded."),
     T("The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.")},
    {"serviceNotAvailable ServiceUnavailable InternalServerError generalException GatewayTimeout", 0, nullptr,
     T("Microsoft Graph had a temporary problem."), T("The service failed or timed out on Microsoft's side."),
     T("Wait a few minutes and retry.")},
    // Provisioning (synchronization API, validateCredentials, provisioning logs).
    {"CredentialValidationUnavailable SystemForCrossDomainIdentityManagementCredentialValidationUnavailable",
     0, nullptr, T("Microsoft's provisioning service couldn't reach Insightly's SCIM endpoint."),
     T("The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn't reachable from Microsoft's "
       "network."),
     T("Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM is "
       "enabled there.\nIf Insightly restricts IP addresses, allow Microsoft's AzureActiveDirectory "
       "ranges.")},
    {"SystemForCrossDomainIdentityManagementCredentialValidationFailure", 0, nullptr,
     T("Insightly didn't accept the Secret Token."),
     T("The token was mistyped, has extra spaces, or was regenerated in Insightly."),
     T("Copy the current SCIM token from Insightly (regenerating it cancels the old one), paste it, and test "
       "again.")},
    {"SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering", 0, nullptr,
     T("A user with this email already exists in Insightly but wasn't matched."),
     T("Microsoft's lookup by user name didn't find the existing Insightly user."),
     T("Make the Insightly user's email equal to the Entra user name, or remove the duplicate.")},
    {"SystemForCrossDomainIdentityManagementServiceIncompatible", 0, nullptr,
     T("Insightly's SCIM answer wasn't in the expected format."),
     T("The SCIM address is wrong (e.g. '/Users' added) or a required field is empty."),
     T("Paste the SCIM endpoint exactly as Insightly shows it, and check the user's required fields.")},
    {"SystemForCrossDomainIdentityManagementBadResponse", 0, nullptr, T("Insightly refused the change."),
     T("Insightly's SCIM service answered with an error."), T("See the details for Insightly's answer.")},
    {"SystemForCrossDomainIdentityManagementMultipleEntriesInResponse DuplicateTargetEntries "
     "DuplicateSourceEntries",
     0, nullptr, T("Several users share the same matching value."),
     T("There are probably duplicate users in Insightly or in Entra."),
     T("Remove the duplicate, or choose a unique matching attribute.")},
    {"SystemForCrossDomainIdentityManagementUnauthorized Unauthorized InsufficientRights NotPermitted", 0,
     nullptr, T("Insightly denied the change."), T("The SCIM token stopped working or lacks rights."),
     T("Check that the SCIM token still works and belongs to an Insightly admin; regenerate and update it if "
       "needed.")},
    // Status alone: gateways answer without a JSON body.
    {"", 401, nullptr, T("Your sign-in is no longer accepted by Microsoft Graph."),
     T("The access token was rejected."), T("Please sign in again.")},
    {"", 403, nullptr, T("Your account isn't allowed to do this."),
     T("The signed-in account lacks the needed Entra role or permission."),
     T("Sign in as a Cloud Application Administrator or Application Administrator.")},
    {"", 404, nullptr, T("The object could not be found in Microsoft Entra."),
     T("It may not have replicated yet, or it was deleted."), T("Wait a minute and retry.")},
    {"", 409, nullptr, T("Microsoft Entra reported a conflicting change."),
     T("Another change to the same object is still being applied."), T("Wait a minute and retry.")},
    {"", 429, nullptr, T("Microsoft Graph asked the wizard to slow down."),
     T("The tenant's request or write quota for this app was exceeded."),
     T("The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.")},
    {"", 500, nullptr, T("Microsoft Graph had a temporary problem."),
     T("The service failed on Microsoft's side."), T("Wait a few minutes and retry.")},
    {"", 502, nullptr, T("Microsoft Graph had a temporary problem."), T("A gateway in front of it failed."),
     T("Wait a few minutes and retry.")},
    {"", 503, nullptr, T("Microsoft Graph had a temporary problem."),
     T("The service is unavailable right now."), T("Wait a few minutes and retry.")},
    {"", 504, nullptr, T("Microsoft Graph had a temporary problem."),
     T("The service took too long to answer."), T("Wait a few minutes and retry.")},
};

#undef T

} // namespace

std::span<const Row> graphRows()
{
    return kGraphRows;
}

} // namespace insightly::entra::catalog
