#pragma once

#include "core/UserMessage.h"

#include <QString>

namespace insightly {

// How much of anything untrusted the wizard reads: every pasted value and every file has a limit, and a value
// over it (or with a control character in it) is refused with a message — never truncated, never used in
// part.
namespace TextLimits {
inline constexpr qsizetype tokenChars = 8 * 1024;           // SCIM token, API key, pasted secrets
inline constexpr qsizetype urlChars = 8 * 1024;             // pasted URLs
inline constexpr qsizetype certificateBytes = 1024 * 1024;  // PEM, DER, Base64 certificate files
inline constexpr qsizetype metadataBytes = 5 * 1024 * 1024; // federation metadata XML
inline constexpr qsizetype samlResponseBytes = 1024 * 1024; // a decoded SAML response (XML)
inline constexpr qsizetype samlPostedBytes = 1536 * 1024;   // …as posted: Base64, maybe URL-encoded
} // namespace TextLimits

// Message codes.
namespace TextLimitError {
inline constexpr auto TooLong = "input.too-long";
inline constexpr auto TooLarge = "input.too-large";
inline constexpr auto ControlCharacter = "input.control-character";
} // namespace TextLimitError

// A pasted token or key, already trimmed by the caller: refused when longer than `maxChars` or when it holds
// a control character (NUL, a line break, DEL, C1 controls) — an HTTP header would be cut at it. `field` is
// the translated name of the field ("The SCIM token"). Returns an empty message when the value is fine.
// Callers that explain spaces and line breaks inside a value themselves (ScimInputs) pass
// WhitespaceInside::CallerHandles: then tabs and line breaks pass here, every other control character does
// not.
enum class WhitespaceInside { Refused, CallerHandles };
UserMessage checkPastedToken(const QString &value, const QString &field,
                             qsizetype maxChars = TextLimits::tokenChars,
                             WhitespaceInside whitespace = WhitespaceInside::Refused);
// A pasted URL: the same rules, with the URL limit.
UserMessage checkPastedUrl(const QString &value, const QString &field,
                           WhitespaceInside whitespace = WhitespaceInside::Refused);
// A file or pasted block of `bytes` bytes against `limit`. `what` is its translated name ("The certificate
// file"), `action` what to do instead (translated; a generic sentence when empty).
UserMessage checkInputSize(qsizetype bytes, qsizetype limit, const QString &what, const QString &action = {});

// "1.5 MB", "812 KB", "12 bytes" (translated), for the messages above.
QString formatByteSize(qsizetype bytes);

} // namespace insightly
