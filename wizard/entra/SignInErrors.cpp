#include "entra/SignInErrors.h"

#include "entra/ErrorCatalog.h"
#include "entra/ErrorTable.h"

#include <QCoreApplication>

namespace insightly::entra {

namespace {

// Wording is ours; codes are Microsoft's.
const ErrorTable::Row kSignInRows[] = {
    {"AADSTS50011", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft sign-in doesn't know where to send you back."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The redirect URI {redirectUri} is not registered on the sign-in app {clientId}."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop "
         "applications.\nWait 3–5 minutes, then sign in again.")},
    {"AADSTS65001", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Your organization hasn't approved the permissions this wizard needs."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, "
         "Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your "
         "organization, or ask an admin to approve the app with this link: {consentUrl}")},
    {"AADSTS90094 AADSTS900941 AADSTS900981", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Only an administrator can approve these permissions."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "User consent is turned off in your tenant, or these permissions need admin consent."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}\n"
         "Then sign in again.")},
    {"AADSTS90008", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in app is missing the basic 'User.Read' permission."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Its app registration doesn't ask for Microsoft Graph User.Read (Sign in and read user profile)."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Add User.Read under API permissions of the app registration and grant consent.")},
    {"AADSTS65004 access_denied", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "You declined the permission request."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The permissions screen was cancelled, so the wizard can't continue."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Start sign-in again and accept, or ask an admin to approve the app for everyone.")},
    {"AADSTS65002", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The built-in sign-in app isn't allowed to request this access."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft has not pre-authorized its own client app for this API."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "In Settings, enter your own app registration's client ID.")},
    {"AADSTS50076 AADSTS50074", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your organization requires multifactor authentication."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "A Conditional Access policy or per-user MFA asks for a second factor, which wasn't completed."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard "
         "was "
         "reconnecting, just sign in again.")},
    {"AADSTS50079 AADSTS50072", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your account must register a verification method first."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Your organization requires multifactor authentication, and no method is registered for this "
         "account."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Follow the registration prompt in the sign-in window, or register on the Security info page, then "
         "retry.")},
    {"AADSTS53003 AADSTS530032 AADSTS530035", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign-in was blocked by your organization's access policy."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A Conditional Access policy, a security policy or Security Defaults "
                                       "blocks this user, app, location "
                                       "or "
                                       "sign-in method."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Choose Sign in with system browser and try again.\nIf it is still blocked, an admin can open Entra "
         "→ "
         "Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.")},
    {"AADSTS530002 AADSTS530003 AADSTS53000 AADSTS50155 AADSTS50097", 0, nullptr,
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Your organization only accepts sign-ins from managed devices through a supported browser."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The wizard's built-in sign-in window can't prove this device is compliant."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.")},
    {"AADSTS530004", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "This tenant's device rules don't trust your home organization's devices."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "You are signing in as a guest, and cross-tenant trust of device compliance is not configured."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Use an account that is a member of this tenant, or ask its admin to "
                                       "configure cross-tenant trust.")},
    {"AADSTS700016", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in app {clientId} isn't known in tenant {tenant}."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Check the client ID and tenant in Settings, register the app in this tenant, or make it "
         "multi-tenant.")},
    {"AADSTS7000218", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The app registration is set up as a web app, but the wizard is a desktop app."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Entra expects a client secret because the redirect URI is registered under Web, or public client "
         "flows "
         "are off."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Register the redirect URI under Mobile and desktop applications, and "
                                       "set Allow public client flows = "
                                       "Yes.")},
    {"AADSTS700025", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Internal configuration error: the desktop client sent a secret."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "A public client must not send a client secret or assertion."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please report this problem.")},
    {"AADSTS50194", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This sign-in app only works with a specific tenant."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "It is a single-tenant app, and the wizard used 'common' or 'organizations'."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Enter your tenant ID or domain in the wizard, then sign in again.")},
    {"AADSTS50020 AADSTS500208 AADSTS50034", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The account you used isn't part of {tenant}."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "It is a personal account, an account of another tenant, or the user name is mistyped."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Sign out and use your work account from that organization (it also needs an admin role there).")},
    {"AADSTS90072", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your external account can't complete this tenant's verification."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "A guest account cannot satisfy this tenant's multifactor authentication."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Use a member account of the tenant.")},
    {"AADSTS500021 AADSTS500022 AADSTS500212 AADSTS500213", 0, nullptr,
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Your network or a cross-tenant policy doesn't allow signing in to {tenant} with this account."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Tenant restrictions on your network, or a cross-tenant access policy, block this tenant."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Ask your IT team to allow that tenant, or use a member account of the target tenant or another "
         "network.")},
    {"AADSTS90099", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "As a partner admin you can only use apps the customer tenant has approved."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in app has no consent in the customer tenant."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Have a customer admin consent to the wizard's app first: {consentUrl}")},
    {"AADSTS50126", 0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "User name or password is incorrect."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft didn't accept the credentials entered."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Try again or reset your password.")},
    {"AADSTS50053 AADSTS50055 AADSTS50057", 0, nullptr,
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The account is locked, blocked from this network, has an expired password, or is disabled."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Too many failed attempts, a flagged IP address, an expired password or a disabled account."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the "
         "exact "
         "reason in the Sign-in logs.")},
    {"AADSTS50105", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "You aren't assigned to the sign-in app used by this wizard."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Assignment required is on for the app, and your account isn't assigned to it."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off "
         "Assignment required.")},
    {"AADSTS500011", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The requested Microsoft service isn't available in this tenant."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Check the tenant and the cloud in Settings, then sign in again.")},
    {"AADSTS90002", 0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Tenant {tenant} wasn't found."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The tenant name is mistyped, not registered, or in another cloud."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Enter the tenant ID (GUID) or a verified domain.")},
    {"AADSTS70011 AADSTS700022 invalid_scope", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Internal request error (invalid scope)."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft rejected the permissions the wizard asked for."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please report this problem with the correlation ID.")},
    {"AADSTS70008 AADSTS70000", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your sign-in took too long or the saved session is no longer valid."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in code expired or the saved sign-in was revoked."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please sign in again.")},
    {"AADSTS54005 AADSTS501481 AADSTS50147 AADSTS501491 state_mismatch", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign-in was interrupted by an internal error."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The sign-in answer didn't belong to this sign-in attempt, or was used twice."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Please start sign-in again. If it happens again, report it with the correlation ID.")},
    {"AADSTS700082", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Your saved sign-in expired because the wizard wasn't used for a long time."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The saved refresh token expired after a long period without use."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please sign in again.")},
    {"AADSTS50173", 0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Your saved sign-in was cancelled."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The password was changed or an admin revoked your sessions."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please sign in again.")},
    {"AADSTS50058 AADSTS70043 AADSTS50078 AADSTS50132 AADSTS50133 interaction_required login_required", 0,
     nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your organization requires you to confirm your sign-in again."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The saved sign-in can't be renewed silently (sign-in frequency, "
                                       "expired MFA or a password change)."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign in again in the window that opens.")},
    {"consent_required", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Your organization hasn't approved the permissions this wizard needs."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Consent for the sign-in app is missing in this tenant."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}")},
    {"AADSTS9002313 AADSTS90023", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft couldn't use the sign-in response."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in request was malformed or a saved value was damaged."),
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Start sign-in again. If it keeps failing, send the correlation ID to support.")},
    {"AADSTS50196", 0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Too many repeated sign-in requests."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft detected a sign-in loop."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a few minutes and try again.")},
    {"AADSTS90006 AADSTS50033 AADSTS90024 AADSTS90033 AADSTS90055 temporarily_unavailable", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft sign-in is temporarily busy."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in service had a transient problem."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wait a moment and try again.")},
    {"AADSTS7000112 unauthorized_client", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in app is disabled in your tenant."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Its enterprise application is not enabled for users to sign in."),
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.")},
    {"invalid_grant", 0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "Your sign-in is no longer valid."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in code or the saved session was rejected by Microsoft."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please sign in again.")},
    {"authorization_declined", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign-in with a code was declined."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The code sign-in was refused on the other device."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Start sign-in again and approve it.")},
    {"expired_token", 0, nullptr, QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in code expired."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "It wasn't entered within its validity (about 15 minutes)."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Get a new code and enter it.")},
    {"bad_verification_code", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The sign-in code wasn't recognized."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The code entered doesn't match the one shown."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Get a new code and enter it exactly as shown.")},
    {"authorization_pending", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Waiting for you to enter the code…"),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign-in on the other device isn't finished yet."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Enter the code shown and sign in.")},
    {"invalid_redirect", 0, nullptr,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sign-in returned to an unexpected address."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "The answer didn't come back to the wizard's redirect URI."),
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please start sign-in again.")},
};

} // namespace

UserMessage SignInErrors::explain(const TokenError &error, const Context &context)
{
    if (error.cancelled)
        return ErrorCatalog::cancelled();
    if (error.error.isEmpty() && (!error.networkError.isEmpty() || error.timedOut)) {
        UserMessage m =
            ErrorCatalog::forTransport(context.adminConsentUrl.host(), error.networkError, error.timedOut);
        m.what =
            ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog", "Couldn't reach Microsoft sign-in."));
        return m;
    }
    // The AADSTS numbers are more precise than the OAuth error value.
    QStringList codes;
    for (int number : error.codes)
        codes << QStringLiteral("AADSTS") + QString::number(number);
    codes << error.error;
    QString code;
    const ErrorTable::Row *match = ErrorTable::match(kSignInRows, codes, 0, error.description, &code);
    UserMessage m;
    if (match) {
        m = ErrorTable::message(*match, code, context);
    } else {
        m.what = ErrorTable::translated(QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft sign-in failed."));
        m.why = ErrorTable::translated(
            QT_TRANSLATE_NOOP("ErrorCatalog", "Microsoft returned an error the wizard doesn't know."));
        m.action = ErrorTable::translated(
            QT_TRANSLATE_NOOP("ErrorCatalog", "Try signing in again. If it keeps failing, send the "
                                              "diagnostics (with the correlation ID) to support."));
        m.code = error.codes.isEmpty() ? error.error
                                       : QStringLiteral("AADSTS") + QString::number(error.codes.constFirst());
    }
    m.requestId = !error.correlationId.isEmpty() ? error.correlationId : error.traceId;
    m.details = error.description.isEmpty() ? error.error : error.description;
    if (!error.traceId.isEmpty() && !m.details.contains(error.traceId))
        m.details += QStringLiteral("\ntrace id: ") + error.traceId;
    return m;
}

} // namespace insightly::entra
