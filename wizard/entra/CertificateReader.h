#pragma once

#include "entra/SetupOperation.h"
#include "saml/SigningCertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
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
        Activated,           // CertificateActivation::activate() / rollback()
        AlreadyActive,       // CertificateActivation::activate() of the active one: nothing written
        Removed,             // CertificateCleanup::removeCertificates()
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    TokenSigningCertificate certificate; // the active one, or the new inactive one for rotation
    QString previousThumbprint;          // the one active before (what rollback() gets)
    QStringList removedThumbprints;

    bool ok() const { return !failed() && outcome != Outcome::Failed; }
    // Outcome::Failed with `failure`'s words.
    static CertificateResult failedWith(const OperationFailure &failure);
};

// Reads the SAML signing certificates of SetupState's service principal, and waits until a change to them
// reads back. What the other certificate operations (SigningCertificates: create; CertificateActivation:
// activate, roll back, notification e-mails; CertificateCleanup: remove) start from.
class CertificateReader
{
    Q_DECLARE_TR_FUNCTIONS(CertificateReader)

public:
    // The service principal's properties that hold its SAML certificates
    // (https://learn.microsoft.com/graph/api/serviceprincipal-addtokensigningcertificate).
    static inline const QString kKeys = QStringLiteral("keyCredentials");
    static inline const QString kPasswords = QStringLiteral("passwordCredentials");
    static inline const QString kPreferred = QStringLiteral("preferredTokenSigningKeyThumbprint");
    static inline const QString kEmails = QStringLiteral("notificationEmailAddresses");
    static inline const QString kCustomKeyId = QStringLiteral("customKeyIdentifier");

    static QCoro::Task<CertificateInventory> read(OperationContext context);
    // Polls the inventory until `wanted` holds `confirmations` times in a row; `sentence` is the progress
    // text with %1 (seen) and %2 (needed). `seen`, when given, receives the inventory of the last look.
    static QCoro::Task<OperationFailure> waitFor(OperationContext context,
                                                 std::function<bool(const CertificateInventory &)> wanted,
                                                 QString sentence,
                                                 setupops::FirstLook first = setupops::FirstLook::Now,
                                                 CertificateInventory *seen = nullptr);
};

} // namespace insightly::entra
