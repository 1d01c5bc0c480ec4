#pragma once

#include "saml/FederationMetadata.h"
#include "saml/SamlResponseCheck.h"
#include "saml/SigningCertificate.h"

#include <QByteArray>
#include <qcorotask.h>

namespace insightly {

// The parsers of untrusted input, off the GUI thread: each runs the synchronous parser on
// a thread pool of its own (owned by the application object) and resumes the awaiting coroutine on its own
// thread when done. The inputs are bounded (TextLimits), so a call takes at most about a second, but never
// freezes the window meanwhile. Pages that read a file or a pasted value the admin chose should use these
// instead of the synchronous ones.
QCoro::Task<CertificateLoadResult> loadCertificatesAsync(QByteArray bytes);
QCoro::Task<FederationMetadataResult> parseFederationMetadataAsync(QByteArray xml);
QCoro::Task<SamlResponseReport> checkSamlResponseAsync(QByteArray postedValue,
                                                       SamlResponseExpectations expected);

} // namespace insightly
