// Sign-in and token errors (reference/errors.md §1). Wording is ours; codes are Microsoft's.
#include "entra/ErrorCatalog_p.h"

#include <QtGlobal>

namespace insightly::entra::catalog {

namespace {

#define T(text) QT_TRANSLATE_NOOP("ErrorCatalog", text)

const Row kSignInRows[] = {
    {"AADSTS50011", 0, nullptr, T("Microsoft sign-in doesn't know where to send you back."),
     T("The redirect URI {redirectUri} is not registered on the sign-in app {clientId}."),
     T("In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop "
       "applications.\nWait 3–5 minutes, then sign in again.")},
    {"AADSTS65001", 0, nullptr, T("Your organization hasn't approved the permissions this wizard needs."),
     T("The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, "
       "Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant."),
     T("Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your "
       "organization, or ask an admin to approve the app with this link: {consentUrl}")},
    {"AADSTS90094 AADSTS900941 AADSTS900981", 0, nullptr,
     T("Only an administrator can approve these permissions."),
     T("User consent is turned off in your tenant, or these permissions need admin consent."),
     T("Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}\n"
       "Then sign in again.")},
    {"AADSTS90008", 0, nullptr, T("The sign-in app is missing the basic 'User.Read' permission."),
     T("Its app registration doesn't ask for Microsoft Graph User.Read (Sign in and read user profile)."),
     T("Add User.Read under API permissions of the app registration and grant consent.")},
    {"AADSTS65004 access_denied", 0, nullptr, T("You declined the permission request."),
     T("The permissions screen was cancelled, so the wizard can't continue."),
     T("Start sign-in again and accept, or ask an admin to approve the app for everyone.")},
    {"AADSTS65002", 0, nullptr, T("The built-in sign-in app isn't allowed to request this access."),
     T("Microsoft has not pre-authorized its own client app for this API."),
     T("In Settings, enter your own app registration's client ID.")},
    {"AADSTS50076 AADSTS50074", 0, nullptr, T("Your organization requires multifactor authentication."),
     T("A Conditional Access policy or per-user MFA asks for a second factor, which wasn't completed."),
     T("Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard "
       "was "
       "reconnecting, just sign in again.")},
    {"AADSTS50079 AADSTS50072", 0, nullptr, T("Your account must register a verification method first."),
     T("Your organization requires multifactor authentication, and no method is registered for this "
       "account."),
     T("Follow the registration prompt in the sign-in window, or register on the Security info page, then "
       "retry.")},
    {"AADSTS53003 AADSTS530032 AADSTS530035", 0, nullptr,
     T("Sign-in was blocked by your organization's access policy."),
     T("A Conditional Access policy, a security policy or Security Defaults blocks this user, app, location "
       "or "
       "sign-in method."),
     T("Choose Sign in with system browser and try again.\nIf it is still blocked, an admin can open Entra → "
       "Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.")},
    {"AADSTS530002 AADSTS530003 AADSTS53000 AADSTS50155 AADSTS50097", 0, nullptr,
     T("Your organization only accepts sign-ins from managed devices through a supported browser."),
     T("The wizard's built-in sign-in window can't prove this device is compliant."),
     T("Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.")},
    {"AADSTS530004", 0, nullptr,
     T("This tenant's device rules don't trust your home organization's devices."),
     T("You are signing in as a guest, and cross-tenant trust of device compliance is not configured."),
     T("Use an account that is a member of this tenant, or ask its admin to configure cross-tenant trust.")},
    {"AADSTS700016", 0, nullptr, T("The sign-in app {clientId} isn't known in tenant {tenant}."),
     T("The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant."),
     T("Check the client ID and tenant in Settings, register the app in this tenant, or make it "
       "multi-tenant.")},
    {"AADSTS7000218", 0, nullptr,
     T("The app registration is set up as a web app, but the wizard is a desktop app."),
     T("Entra expects a client secret because the redirect URI is registered under Web, or public client "
       "flows "
       "are off."),
     T("Register the redirect URI under Mobile and desktop applications, and set Allow public client flows = "
       "Yes.")},
    {"AADSTS700025", 0, nullptr, T("Internal configuration error: the desktop client sent a secret."),
     T("A public client must not send a client secret or assertion."), T("Please report this problem.")},
    {"AADSTS50194", 0, nullptr, T("This sign-in app only works with a specific tenant."),
     T("It is a single-tenant app, and the wizard used 'common' or 'organizations'."),
     T("Enter your tenant ID or domain in the wizard, then sign in again.")},
    {"AADSTS50020 AADSTS500208 AADSTS50034", 0, nullptr, T("The account you used isn't part of {tenant}."),
     T("It is a personal account, an account of another tenant, or the user name is mistyped."),
     T("Sign out and use your work account from that organization (it also needs an admin role there).")},
    {"AADSTS90072", 0, nullptr, T("Your external account can't complete this tenant's verification."),
     T("A guest account cannot satisfy this tenant's multifactor authentication."),
     T("Use a member account of the tenant.")},
    {"AADSTS500021 AADSTS500022 AADSTS500212 AADSTS500213", 0, nullptr,
     T("Your network or a cross-tenant policy doesn't allow signing in to {tenant} with this account."),
     T("Tenant restrictions on your network, or a cross-tenant access policy, block this tenant."),
     T("Ask your IT team to allow that tenant, or use a member account of the target tenant or another "
       "network.")},
    {"AADSTS90099", 0, nullptr,
     T("As a partner admin you can only use apps the customer tenant has approved."),
     T("The sign-in app has no consent in the customer tenant."),
     T("Have a customer admin consent to the wizard's app first: {consentUrl}")},
    {"AADSTS50126", 0, nullptr, T("User name or password is incorrect."),
     T("Microsoft didn't accept the credentials entered."), T("Try again or reset your password.")},
    {"AADSTS50053 AADSTS50055 AADSTS50057", 0, nullptr,
     T("The account is locked, blocked from this network, has an expired password, or is disabled."),
     T("Too many failed attempts, a flagged IP address, an expired password or a disabled account."),
     T("Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the "
       "exact "
       "reason in the Sign-in logs.")},
    {"AADSTS50105", 0, nullptr, T("You aren't assigned to the sign-in app used by this wizard."),
     T("Assignment required is on for the app, and your account isn't assigned to it."),
     T("Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off "
       "Assignment required.")},
    {"AADSTS500011", 0, nullptr, T("The requested Microsoft service isn't available in this tenant."),
     T("The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong."),
     T("Check the tenant and the cloud in Settings, then sign in again.")},
    {"AADSTS90002", 0, nullptr, T("Tenant {tenant} wasn't found."),
     T("The tenant name is mistyped, not registered, or in another cloud."),
     T("Enter the tenant ID (GUID) or a verified domain.")},
    {"AADSTS70011 AADSTS700022 invalid_scope", 0, nullptr, T("Internal request error (invalid scope)."),
     T("Microsoft rejected the permissions the wizard asked for."),
     T("Please report this problem with the correlation ID.")},
    {"AADSTS70008 AADSTS70000", 0, nullptr,
     T("Your sign-in took too long or the saved session is no longer valid."),
     T("The sign-in code expired or the saved sign-in was revoked."), T("Please sign in again.")},
    {"AADSTS54005 AADSTS501481 AADSTS50147 AADSTS501491 state_mismatch", 0, nullptr,
     T("Sign-in was interrupted by an internal error."),
     T("The sign-in answer didn't belong to this sign-in attempt, or was used twice."),
     T("Please start sign-in again. If it happens again, report it with the correlation ID.")},
    {"AADSTS700082", 0, nullptr,
     T("Your saved sign-in expired because the wizard wasn't used for a long time."),
     T("The saved refresh token expired after a long period without use."), T("Please sign in again.")},
    {"AADSTS50173", 0, nullptr, T("Your saved sign-in was cancelled."),
     T("The password was changed or an admin revoked your sessions."), T("Please sign in again.")},
    {"AADSTS50058 AADSTS70043 AADSTS50078 AADSTS50132 AADSTS50133 interaction_required login_required", 0,
     nullptr, T("Your organization requires you to confirm your sign-in again."),
     T("The saved sign-in can't be renewed silently (sign-in frequency, expired MFA or a password change)."),
     T("Sign in again in the window that opens.")},
    {"consent_required", 0, nullptr,
     T("Your organization hasn't approved the permissions this wizard needs."),
     T("Consent for the sign-in app is missing in this tenant."),
     T("Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}")},
    {"AADSTS9002313 AADSTS90023", 0, nullptr, T("Microsoft couldn't use the sign-in response."),
     T("The sign-in request was malformed or a saved value was damaged."),
     T("Start sign-in again. If it keeps failing, send the correlation ID to support.")},
    {"AADSTS50196", 0, nullptr, T("Too many repeated sign-in requests."),
     T("Microsoft detected a sign-in loop."), T("Wait a few minutes and try again.")},
    {"AADSTS90006 AADSTS50033 AADSTS90024 AADSTS90033 AADSTS90055 temporarily_unavailable", 0, nullptr,
     T("Microsoft sign-in is temporarily busy."), T("The sign-in service had a transient problem."),
     T("Wait a moment and try again.")},
    {"AADSTS7000112 unauthorized_client", 0, nullptr, T("The sign-in app is disabled in your tenant."),
     T("Its enterprise application is not enabled for users to sign in."),
     T("Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.")},
    {"invalid_grant", 0, nullptr, T("Your sign-in is no longer valid."),
     T("The sign-in code or the saved session was rejected by Microsoft."), T("Please sign in again.")},
    {"authorization_declined", 0, nullptr, T("Sign-in with a code was declined."),
     T("The code sign-in was refused on the other device."), T("Start sign-in again and approve it.")},
    {"expired_token", 0, nullptr, T("The sign-in code expired."),
     T("It wasn't entered within its validity (about 15 minutes)."), T("Get a new code and enter it.")},
    {"bad_verification_code", 0, nullptr, T("The sign-in code wasn't recognized."),
     T("The code entered doesn't match the one shown."), T("Get a new code and enter it exactly as shown.")},
    {"authorization_pending", 0, nullptr, T("Waiting for you to enter the code…"),
     T("Sign-in on the other device isn't finished yet."), T("Enter the code shown and sign in.")},
    {"invalid_redirect", 0, nullptr, T("Sign-in returned to an unexpected address."),
     T("The answer didn't come back to the wizard's redirect URI."), T("Please start sign-in again.")},
};

#undef T

} // namespace

std::span<const Row> signInRows()
{
    return kSignInRows;
}

} // namespace insightly::entra::catalog
