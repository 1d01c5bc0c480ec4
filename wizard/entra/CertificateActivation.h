#pragma once

#include "entra/CertificateReader.h"
#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

// Which existing SAML signing certificate Entra signs with, and who is told before it expires: activation
// (with rollback after a failed sign-in test) and the notification e-mails, on SetupState's
// servicePrincipalId. Each activation saves the active thumbprint and expiry in SetupState
// (certificateThumbprint, certificateExpiry) and marks Step::Certificate completed. Creating certificates:
// SigningCertificates; removing them: CertificateCleanup.
class CertificateActivation
{
    Q_DECLARE_TR_FUNCTIONS(CertificateActivation)

public:
    // Makes `thumbprint` the active certificate and polls until it reads back. Refuses an expired one.
    static QCoro::Task<CertificateResult> activate(OperationContext context, QString thumbprint);
    // Re-activates the previous certificate (after a failed sign-in test), while it still exists.
    static QCoro::Task<CertificateResult> rollback(OperationContext context, QString previousThumbprint);
    // PATCH notificationEmailAddresses unless they already are `emails` (≤ 5).
    static QCoro::Task<OperationFailure> setNotificationEmails(OperationContext context, QStringList emails);

    // activate() starting from `inventory` read a moment ago (read again when the certificate is not in it
    // yet); `alsoSet` goes into the same PATCH (notification e-mails on a first setup).
    static QCoro::Task<CertificateResult> activateFrom(OperationContext context,
                                                       CertificateInventory inventory, QString thumbprint,
                                                       QJsonObject alsoSet);
    // The notificationEmailAddresses change that makes `inventory`'s list `emails` (≤ 5, blanks and
    // duplicates dropped): empty `change` when it already is. Fails when there are too many.
    static OperationFailure emailChange(const CertificateInventory &inventory, QStringList emails,
                                        QJsonObject *change);
    // Records `active` in SetupState (thumbprint, expiry) and marks Step::Certificate completed.
    static void recordActive(const OperationContext &context, const TokenSigningCertificate &active);
};

} // namespace insightly::entra
