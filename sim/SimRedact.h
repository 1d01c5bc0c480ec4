#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sim::redact {

// What a masked secret reads as in the request log.
inline constexpr const char *mask = "REDACTED";

// Whether a JSON member, form field or query item of this name carries a secret (passwords, tokens, codes,
// code_verifier, client secrets, SCIM secret tokens, API keys, SAMLResponse, private keys…). Case and '_'/'-'
// are ignored: "client_secret" = "clientSecret".
bool isSecretName(const QString &name);

// The URL with the values of secret query items replaced by REDACTED.
QString maskUrl(const QString &url);

// A request body as the request log records it: JSON (object/array) with secret members masked — including
// {"key": "SecretToken", "value": "…"} pairs and keyCredentials' "key" —, form-encoded bodies with secret
// fields masked, anything else as text (the first 4 KiB) with PEM private keys masked.
QJsonValue maskBody(const QByteArray &body, const QByteArray &contentType);

} // namespace sim::redact
