#pragma once

#include <QString>

namespace insightly {

// The marker that replaces a secret in logs and diagnostics.
QString redactionMarker(); // "«redacted»"

// Replaces token-shaped values in free text with «redacted», keeping the text around them readable:
// Authorization / Cookie header values (the scheme is kept: "Authorization: Bearer «redacted»"), bearer and
// Basic credentials, JWTs, Entra refresh tokens ("0.A…"/"1.A…"), secret parameters in query strings and form
// bodies (client_secret, code, code_verifier, refresh_token, access_token, id_token, password, …), secret
// JSON properties ("access_token": "…", "SecretToken": "…", "secretText": "…", also inside escaped JSON) and
// the "value" next to "key": "SecretToken" in Graph synchronization secrets. URLs, GUIDs, thumbprints, e-mail
// addresses and Graph error codes are left alone. Applied to every log line; use it for "Copy diagnostics"
// too.
QString redactSecrets(QString text);

} // namespace insightly
