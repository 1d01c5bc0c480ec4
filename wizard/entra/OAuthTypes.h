#pragma once

#include "entra/Pkce.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace insightly::entra {

// An error from Microsoft sign-in: the redirect's error/error_description, the /token JSON error body
// (error, error_description, error_codes, trace_id, correlation_id), or a transport failure reaching it.
struct TokenError {
    int httpStatus = 0;
    QString error;       // OAuth error value: invalid_grant, interaction_required, authorization_pending, …
    QString description; // error_description (starts with "AADSTSnnnnn: …" on Entra)
    QList<int> codes;    // error_codes[], or the AADSTS number found in the description
    QString traceId;
    QString correlationId;
    QString networkError; // set when no usable HTTP answer came back
    bool timedOut = false;
    bool cancelled = false;

    bool isEmpty() const { return error.isEmpty() && networkError.isEmpty() && !cancelled && !timedOut; }
    // Parses a /token or /devicecode error body; fills codes from error_description when error_codes is
    // absent.
    static TokenError fromJson(int httpStatus, const QByteArray &body);
    // From the redirect's error and error_description query parameters.
    static TokenError fromRedirect(const QString &error, const QString &description);
};

struct TokenResponse {
    QString accessToken;
    QString refreshToken; // only when offline_access was granted; Entra rotates it on every refresh
    QString idToken;
    QString scope;
    QDateTime expiresAt; // UTC, from expires_in
    TokenError error;

    bool ok() const { return error.isEmpty() && !accessToken.isEmpty(); }
};

// One interactive sign-in: the PKCE pair, state (checked on the way back) and nonce (bound into the
// id_token).
struct SignInAttempt {
    Pkce pkce;
    QByteArray state;
    QByteArray nonce;

    static SignInAttempt create();
};

// Optional parameters of the authorize request
// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow).
struct AuthorizeOptions {
    QString prompt; // login | none | consent | select_account
    QString loginHint;
    QString domainHint;
    QStringList scopes; // empty = wizardScopes()
};

// What the redirect back from /authorize carried.
struct RedirectResult {
    bool matched = false; // the URL is the configured redirect URI
    QString code;
    QString state;
    QString error;
    QString errorDescription;
};

// The device-code flow's first answer
// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code).
struct DeviceCode {
    QString deviceCode;
    QString userCode;
    QString verificationUri;
    QString message; // Entra's own instruction text, already localized by Entra
    int intervalS = 5;
    QDateTime expiresAt;
    TokenError error;

    bool ok() const { return error.isEmpty() && !deviceCode.isEmpty(); }
};

} // namespace insightly::entra
