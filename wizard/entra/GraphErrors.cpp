#include "entra/GraphErrors.h"

#include "entra/ErrorTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace insightly::entra {

namespace {

// Wording is ours; codes are Microsoft's.
const ErrorTable::Row kGraphRows[] = {
    {"Request_BadRequest", 400, "Not a valid reference update",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Entra hasn't finished creating the app or the user yet."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The new object isn't visible on every directory replica yet."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a minute, then run this step again.")},
    {"Request_BadRequest", 400, "One or more properties contains invalid values",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Entra rejected the Reply URL."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols "
         "such "
         "as ! $ ' ( ) , ;"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Copy the Sign-in page URL from Insightly again and retry.")},
    {"Request_BadRequest", 400, "Permission being assigned was not found",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The role chosen for Insightly doesn't exist on this app."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The app role isn't defined or enabled on the Insightly app, or doesn't allow this kind of member."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Pick one of the app's roles (usually 'User'), or use Default Access.")},
    {"Request_BadRequest", 400, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph rejected the request."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Some value sent by the wizard was not accepted."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Check the values entered in this step and retry. If it keeps failing, report it with the request "
         "ID.")},
    {"Authorization_RequestDenied", 403, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your account isn't allowed to do this."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The signed-in account lacks the Entra role Cloud Application Administrator or Application "
         "Administrator, or the wizard's permissions were not approved."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Sign in as a Cloud Application Administrator or Application Administrator.\nMake sure the wizard's "
         "permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, "
         "Synchronization.ReadWrite.All) have been approved.")},
    {"InvalidAuthenticationToken", 401, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your sign-in is no longer accepted by Microsoft Graph."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The access token expired, was issued for another service, or this computer's clock is wrong."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please sign in again, and check this computer's date and time.")},
    {"insufficient_claims", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your organization needs you to confirm your sign-in again."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "A Conditional Access or continuous access evaluation event requires a fresh sign-in."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign in again in the window that opens.")},
    {"Request_ResourceNotFound", 404, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The object could not be found in Microsoft Entra."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "It was created moments ago and hasn't replicated yet, or it was deleted."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Wait a minute and retry. If it persists, restart the wizard from the 'Create app' step.")},
    {"Request_UnsupportedQuery", 400, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Search failed due to an internal error."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph didn't accept the search query."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please report this problem with the request ID.")},
    {"HostNameNotOnVerifiedDomain", 400, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Entra refused Insightly's URL as Identifier."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Your tenant's identifier-URI policy only allows verified domains for apps not yet in SAML mode."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must "
         "allow "
         "the URL (or exempt this app), or set the Identifier on the app's SAML page in the portal.")},
    {"IdentifierUrisEndsWithSlash", 400, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The Identifier can't end with '/' when it has no path."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Entra rejects a bare host name with a trailing slash as Identifier."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Paste the full Insightly Sign-in page URL.")},
    {"Request_MultipleObjectsWithSameKeyValue", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Already assigned — nothing to do."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "This user or group already has this role on the app."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "No action needed.")},
    {"DeletingSamlSpNotAllowed", 400, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The half-created Insightly app can't be removed this way."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A SAML app created from the gallery can't be deleted through its service principal."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The wizard removes the application object instead; retry the cleanup.")},
    {"Directory_QuotaExceeded", 403, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your tenant (or your account) has reached its limit of "
                                       "directory objects."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Entra limits how many objects a tenant or a non-admin user may create."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Delete unused app registrations, or ask an administrator to run the wizard.")},
    {"Request_ThrottledPermanently", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft is rejecting requests from this tenant."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The tenant keeps exceeding Microsoft Graph's limits."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Contact Microsoft support.")},
    {"Request_ThrottledTemporarily TooManyRequests throttledRequest activityLimitReached", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph asked the wizard to slow down."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The tenant's request or write quota for this app was exceeded."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.")},
    {"serviceNotAvailable ServiceUnavailable InternalServerError generalException GatewayTimeout", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph had a temporary problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service failed or timed out on Microsoft's side."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few minutes and retry.")},
    // Provisioning (synchronization API, validateCredentials, provisioning logs).
    {"CredentialValidationUnavailable SystemForCrossDomainIdentityManagementCredentialValidationUnavailable",
     0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Microsoft's provisioning service couldn't reach Insightly's SCIM endpoint."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn't reachable from Microsoft's "
         "network."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM "
         "is "
         "enabled there.\nIf Insightly restricts IP addresses, allow Microsoft's AzureActiveDirectory "
         "ranges.")},
    {"SystemForCrossDomainIdentityManagementCredentialValidationFailure", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Insightly didn't accept the Secret Token."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The token was mistyped, has extra spaces, or was regenerated in Insightly."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Copy the current SCIM token from Insightly (regenerating it cancels "
                                       "the old one), paste it, and test "
                                       "again.")},
    {"SystemForCrossDomainIdentityManagementServiceIncompatibleFiltering", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A user with this email already exists in Insightly but wasn't matched."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Microsoft's lookup by user name didn't find the existing Insightly user."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Make the Insightly user's email equal to the Entra user name, or remove the duplicate.")},
    {"SystemForCrossDomainIdentityManagementServiceIncompatible", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Insightly's SCIM answer wasn't in the expected format."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The SCIM address is wrong (e.g. '/Users' added) or a required field is empty."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Paste the SCIM endpoint exactly as Insightly shows it, and check the user's required fields.")},
    {"SystemForCrossDomainIdentityManagementBadResponse", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Insightly refused the change."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Insightly's SCIM service answered with an error."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "See the details for Insightly's answer.")},
    {"SystemForCrossDomainIdentityManagementMultipleEntriesInResponse DuplicateTargetEntries "
     "DuplicateSourceEntries",
     0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Several users share the same matching value."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "There are probably duplicate users in Insightly or in Entra."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Remove the duplicate, or choose a unique matching attribute.")},
    {"SystemForCrossDomainIdentityManagementUnauthorized Unauthorized InsufficientRights NotPermitted", 0,
     nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Insightly denied the change."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The SCIM token stopped working or lacks rights."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check that the SCIM token still works and belongs to an Insightly "
                                       "admin; regenerate and update it if "
                                       "needed.")},
    // Status alone: gateways answer without a JSON body.
    {"", 401, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your sign-in is no longer accepted by Microsoft Graph."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The access token was rejected."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please sign in again.")},
    {"", 403, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Your account isn't allowed to do this."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The signed-in account lacks the needed Entra role or permission."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Sign in as a Cloud Application Administrator or Application Administrator.")},
    {"", 404, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The object could not be found in Microsoft Entra."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "It may not have replicated yet, or it was deleted."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a minute and retry.")},
    {"", 409, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Entra reported a conflicting change."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Another change to the same object is still being applied."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a minute and retry.")},
    {"", 429, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph asked the wizard to slow down."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The tenant's request or write quota for this app was exceeded."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.")},
    {"", 500, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph had a temporary problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service failed on Microsoft's side."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few minutes and retry.")},
    {"", 502, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph had a temporary problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A gateway in front of it failed."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few minutes and retry.")},
    {"", 503, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph had a temporary problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service is unavailable right now."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few minutes and retry.")},
    {"", 504, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph had a temporary problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service took too long to answer."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few minutes and retry.")},
};

} // namespace

UserMessage GraphErrors::explain(int httpStatus, const QString &code, const QString &message,
                                 const QString &requestId)
{
    UserMessage m;
    if (const ErrorTable::Row *row = ErrorTable::match(kGraphRows, {code}, httpStatus, message)) {
        m = ErrorTable::message(*row, code.isEmpty() ? QString::number(httpStatus) : code);
    } else {
        m.what = ErrorTable::translated(
            QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph rejected the request."));
        m.why = ErrorTable::translated(
                    QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft Graph answered with HTTP status %1."))
                    .arg(httpStatus);
        m.action = ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog",
                                                            "Retry the step. If it keeps failing, send the "
                                                            "diagnostics (with the request ID) to support."));
        m.code = code.isEmpty() ? QString::number(httpStatus) : code;
    }
    m.requestId = requestId;
    m.details = message;
    return m;
}

UserMessage GraphErrors::explainProvisioning(const QString &code, const QString &message,
                                             const QString &requestId)
{
    static const QRegularExpression nested(QStringLiteral("SystemForCrossDomainIdentityManagement\\w+"));
    QString effective = code;
    const QString inner = nested.match(message).captured(0);
    // A wrapper code (CredentialValidationUnavailable) is less precise than the SCIM code nested in its text.
    if (!inner.isEmpty() && !code.startsWith(QLatin1String("SystemForCrossDomainIdentityManagement")))
        effective = inner;
    return explain(0, effective, message, requestId);
}

} // namespace insightly::entra
