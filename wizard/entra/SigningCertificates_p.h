#pragma once

// What SigningCertificates.cpp (reading, creating) and SigningCertificatesActivation.cpp (activating,
// removing, notification e-mails) share. Not for pages.
#include "entra/SetupOperation_p.h"
#include "entra/SigningCertificates.h"

#include <functional>

namespace insightly::entra::certificates {

// The service principal's properties that hold its SAML certificates (§B5).
inline const QString kKeys = QStringLiteral("keyCredentials");
inline const QString kPasswords = QStringLiteral("passwordCredentials");
inline const QString kPreferred = QStringLiteral("preferredTokenSigningKeyThumbprint");
inline const QString kEmails = QStringLiteral("notificationEmailAddresses");
inline const QString kCustomKeyId = QStringLiteral("customKeyIdentifier");

CertificateResult failedWith(const OperationFailure &failure);
// Records `active` in SetupState (thumbprint, expiry) and marks Step::Certificate completed.
void saveActive(const OperationContext &context, const TokenSigningCertificate &active);
// Polls the inventory until `wanted` holds `confirmations` times in a row; `sentence` is the progress text
// with %1 (seen) and %2 (needed).
QCoro::Task<OperationFailure> waitForInventory(OperationContext context,
                                               std::function<bool(const CertificateInventory &)> wanted,
                                               QString sentence);

} // namespace insightly::entra::certificates
