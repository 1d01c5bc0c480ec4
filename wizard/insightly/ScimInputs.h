#pragma once

#include "core/UserMessage.h"
#include "insightly/InsightlyUrls.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace insightly {

// Message codes of ScimUrlValidation / ScimTokenValidation (one per usual mistake) and their notes.
namespace ScimInputCode {
inline constexpr auto UrlEmpty = "scim-url.empty";
inline constexpr auto UrlIsToken = "scim-url.token-pasted";
inline constexpr auto UrlNotAUrl = "scim-url.not-a-url";
inline constexpr auto UrlHttp = "scim-url.http";
inline constexpr auto UrlResourcePath = "scim-url.resource-path";
inline constexpr auto UrlSignInPage = "scim-url.sign-in-page";
inline constexpr auto UrlSettingsPage = "scim-url.settings-page";
inline constexpr auto UrlWithCredentials = "scim-url.user-info";
inline constexpr auto TokenEmpty = "scim-token.empty";
inline constexpr auto TokenIsUrl = "scim-token.url-pasted";
inline constexpr auto TokenWhitespaceInside = "scim-token.whitespace-inside";
// Notes: the value is accepted.
inline constexpr auto UrlCleaned = "scim-url.cleaned";
inline constexpr auto UrlSchemeAdded = "scim-url.scheme-added";
inline constexpr auto TokenCleaned = "scim-token.cleaned";
inline constexpr auto TokenBearerStripped = "scim-token.bearer-stripped";
} // namespace ScimInputCode

struct ScimUrlValidation {
    QUrl url;                 // the cleaned Tenant URL (SCIM base, without a trailing '/')
    QList<UserMessage> notes; // what was fixed silently; the URL is still accepted
    UserMessage error;        // empty when the URL is accepted
    QUrl suggestion;          // a corrected URL to offer (https instead of http, the base without /Users…)

    bool isValid() const { return error.isEmpty(); }
};

struct ScimTokenValidation {
    QString token;            // the cleaned Secret Token; empty when refused
    QList<UserMessage> notes; // never contain the token
    UserMessage error;        // never contains the token
    QString suggestion;       // for TokenWhitespaceInside: the token without the spaces/line breaks (secret!)

    bool isValid() const { return error.isEmpty(); }
};

// The two values of Entra's provisioning Admin Credentials as the admin pastes them from Insightly's SAML and
// SCIM settings: the Tenant URL (Insightly's SCIM endpoint) and the Secret Token. Messages never quote the
// token.
class ScimInputs {
    Q_DECLARE_TR_FUNCTIONS(ScimInputs)

public:
    static ScimUrlValidation validateTenantUrl(const QString &input);
    static ScimTokenValidation validateSecretToken(const QString &input);

    // "••••abcd": what may be shown of a token (the last 4 characters, fewer for very short tokens).
    static QString maskedToken(const QString &token);
};

} // namespace insightly
