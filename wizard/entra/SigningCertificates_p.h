#pragma once

// What SigningCertificates.cpp (reading, creating) and SigningCertificatesActivation.cpp (activating,
// removing, notification e-mails) share. Not for pages.
#include "entra/SetupOperation_p.h"
#include "entra/SigningCertificates.h"

#include <functional>

namespace insightly::entra::certificates {

// The service principal's properties that hold its SAML certificates
// (https://learn.microsoft.com/graph/api/serviceprincipal-addtokensigningcertificate).
inline const QString kKeys = QStringLiteral("keyCredentials");
inline const QString kPasswords = QStringLiteral("passwordCredentials");
inline const QString kPreferred = QStringLiteral("preferredTokenSigningKeyThumbprint");
inline const QString kEmails = QStringLiteral("notificationEmailAddresses");
inline const QString kCustomKeyId = QStringLiteral("customKeyIdentifier");

CertificateResult failedWith(const OperationFailure &failure);
// Records `active` in SetupState (thumbprint, expiry) and marks Step::Certificate completed.
void saveActive(const OperationContext &context, const TokenSigningCertificate &active);
// Polls the inventory until `wanted` holds `confirmations` times in a row; `sentence` is the progress text
// with %1 (seen) and %2 (needed). `seen`, when given, receives the inventory of the last look.
QCoro::Task<OperationFailure> waitForInventory(OperationContext context,
                                               std::function<bool(const CertificateInventory &)> wanted,
                                               QString sentence,
                                               setupops::FirstLook first = setupops::FirstLook::Now,
                                               CertificateInventory *seen = nullptr);
// The notificationEmailAddresses change that makes `inventory`'s list `emails` (≤ 5, blanks and duplicates
// dropped): empty `change` when it already is. Fails when there are too many.
OperationFailure emailChange(const CertificateInventory &inventory, QStringList emails, QJsonObject *change);
// Makes `thumbprint` the active certificate, starting from `inventory` read a moment ago (read again when
// the certificate is not in it yet); `alsoSet` goes into the same PATCH (notification e-mails). Polls until
// it reads back.
QCoro::Task<CertificateResult> activateFrom(OperationContext context, CertificateInventory inventory,
                                            QString thumbprint, QJsonObject alsoSet);

} // namespace insightly::entra::certificates
