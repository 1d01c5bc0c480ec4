#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace insightly {

// The one reading of an HTTP Retry-After header, for Graph and for Insightly's REST and SCIM endpoints. The
// value is either a number of seconds or an HTTP date (RFC 9110, section 10.2.3:
// https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3); a date is turned into the seconds left from `now`
// (0 when it has passed). Empty, negative or unreadable values give no answer: the caller then chooses its
// own wait.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value,
                                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace insightly
