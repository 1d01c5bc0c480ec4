#pragma once

#include "entra/SetupOperation.h"
#include "saml/SigningCertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

// One SAML token-signing certificate of the service principal: its Verify keyCredential (the public
// certificate), with the thumbprint computed from the DER and cross-checked with customKeyIdentifier.
struct TokenSigningCertificate {
    QString thumbprint;          // SHA-1 of the DER, upper-case hex
    QString customKeyIdentifier; // shared by its Sign key, Verify key and password credential
    QString verifyKeyId;
    QString displayName;
    QDateTime startDateTime;
    QDateTime endDateTime;
    SigningCertificate certificate; // null only when Graph returned no key
    bool active = false;            // == preferredTokenSigningKeyThumbprint

    qint64 daysLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// What the service principal holds now (one GET with $select:
// https://learn.microsoft.com/graph/api/serviceprincipal-addtokensigningcertificate).
struct CertificateInventory : OperationFailure {
    QList<TokenSigningCertificate> certificates; // Verify credentials, newest end date first
    QString activeThumbprint;                    // preferredTokenSigningKeyThumbprint (normalized)
    QStringList notificationEmailAddresses;
    QJsonArray keyCredentials; // as Graph returned them (removal sends them back minus a certificate)
    QJsonArray passwordCredentials;

    const TokenSigningCertificate *active() const;
    const TokenSigningCertificate *find(const QString &thumbprint) const;
    bool ok() const { return !failed(); }
};

struct CertificateResult : OperationFailure {
    enum class Outcome {
        KeptActive,          // the active certificate is valid for more than minimumDaysLeft: nothing written
        CreatedAndActivated, // ensureActive(): a new one, now active
        CreatedInactive,     // createForRotation(): a new one (or a pending one reused), NOT active yet
        Activated,           // activate() / rollback()
        AlreadyActive,       // activate() of the active one: nothing written
        Removed,             // removeCertificates()
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    TokenSigningCertificate certificate; // the active one, or the new inactive one for rotation
    QString previousThumbprint;          // the one active before (what rollback() gets)
    QStringList removedThumbprints;

    bool ok() const { return !failed() && outcome != Outcome::Failed; }
};

// Step 2b and certificate rotation
// (https://learn.microsoft.com/entra/identity/enterprise-apps/tutorial-manage-certificates-for-federated-single-sign-on)
// on SetupState's servicePrincipalId. Every call reads what exists first; a certificate is created only when
// none fits, and activated only when it is not active already.
//
// New setup:   ensureActive()                              (create + activate + notification e-mails)
// Rotation:    createForRotation() → export it (SamlHandoffFiles) → admin uploads it to Insightly →
//              activate(new) → sign-in test → removeCertificates({old}); or rollback(old) while old exists.
// Each activation saves the active thumbprint and expiry in SetupState (certificateThumbprint,
// certificateExpiry) and marks Step::Certificate completed.
class SigningCertificates
{
    Q_DECLARE_TR_FUNCTIONS(SigningCertificates)

public:
    static constexpr int kMaximumValidityDays = 3 * 365;
    static constexpr int kRenewWhenDaysLeft = 60;

    struct Options {
        int validityDays = kMaximumValidityDays; // clamped to 1…kMaximumValidityDays
        int minimumDaysLeft =
            kRenewWhenDaysLeft; // keep/reuse a certificate only with more days left than this
        // notificationEmailAddresses (≤ 5; more are refused). Empty = keep what Entra has, else the
        // signed-in admin's address when the caller passes it here.
        QStringList notificationEmails;
    };

    static QCoro::Task<CertificateInventory> read(OperationContext context);
    static QCoro::Task<CertificateResult> ensureActive(OperationContext context, Options options);
    // A new certificate for rotation, not activated. Re-running reuses an inactive one that is newer than
    // the active one and has more than minimumDaysLeft, instead of creating another.
    static QCoro::Task<CertificateResult> createForRotation(OperationContext context, Options options);
    // Makes `thumbprint` the active certificate and polls until it reads back. Refuses an expired one.
    static QCoro::Task<CertificateResult> activate(OperationContext context, QString thumbprint);
    // Re-activates the previous certificate (after a failed sign-in test), while it still exists.
    static QCoro::Task<CertificateResult> rollback(OperationContext context, QString previousThumbprint);
    // Removes the Sign/Verify keys and the password credential of each certificate (by customKeyIdentifier
    // equality); the active one is refused. Unknown thumbprints are already gone: counted as done.
    static QCoro::Task<CertificateResult> removeCertificates(OperationContext context,
                                                             QStringList thumbprints);
    // PATCH notificationEmailAddresses unless they already are `emails` (≤ 5).
    static QCoro::Task<OperationFailure> setNotificationEmails(OperationContext context, QStringList emails);
};

} // namespace insightly::entra
