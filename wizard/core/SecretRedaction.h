#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace insightly {

// The marker that replaces a secret in logs and diagnostics.
QString redactionMarker(); // "«redacted»"

// Registers a secret the moment it enters the process (a token, code, PKCE verifier, API key, SCIM token, a
// captured SAML response): from then on redactSecrets() masks it wherever it appears, plain or encoded
// (percent-encoded, form-encoded, Base64, Base64url — also inside longer Base64 such as a Basic header).
// The registry is process-wide on purpose: it must see every log line, from any thread. Values shorter than
// 8 characters are not registered (they would mask ordinary words); so is nothing after 4,096 entries
// (the oldest are dropped first). Thread-safe.
void registerSecret(const QString &secret);
void registerSecret(const QByteArray &secret);
// Tests only: forget every registered secret.
void clearRegisteredSecretsForTesting();
qsizetype registeredSecretCount();

// Replaces secrets in free text with «redacted», keeping the text around them readable: first every
// registered secret (see registerSecret), then pattern rules for the shapes secrets take in logs —
// Authorization / Proxy-Authorization / Cookie header values of any scheme (Bearer, Basic, Token, SSWS, …;
// the scheme is kept: "Authorization: Token «redacted»"), x-api-key / api-key headers, bearer, Basic, SSWS
// and Token credentials in prose, JWTs, Entra refresh tokens ("0.A…"/"1.A…"), secret parameters in query
// strings and form bodies, also percent-encoded inside another URL (code%3D…), secret JSON properties (also
// inside escaped JSON), QDebug-printed maps, pairs and QUrlQuery items, passwords in a URL's user-info, and
// the "value" of a Graph synchronization secret object ({"key":"SecretToken", …, "value":"…"}, in any order).
// URLs, GUIDs, thumbprints, e-mail addresses and Graph error codes are left alone. Applied to every log
// line; use it for "Copy diagnostics", exports and reports too.
QString redactSecrets(QString text);

// A URL fit to be stored: without user-info (user name and password), fragment, and query items that carry
// a secret (token, access_token, code, key, sig, api_key, password, …). Other query items stay.
QUrl withoutUrlSecrets(const QUrl &url);

} // namespace insightly
