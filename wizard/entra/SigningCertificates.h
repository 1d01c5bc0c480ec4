#pragma once

#include "entra/CertificateReader.h"
#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

// Step 2b and certificate rotation
// (https://learn.microsoft.com/entra/identity/enterprise-apps/tutorial-manage-certificates-for-federated-single-sign-on)
// on SetupState's servicePrincipalId: creating SAML signing certificates. Every call reads what exists first
// (CertificateReader); a certificate is created only when none fits, and activated only when it is not
// active already.
//
// New setup:   ensureActive()                              (create + activate + notification e-mails)
// Rotation:    createForRotation() → export it (SamlHandoffFiles) → admin uploads it to Insightly →
//              CertificateActivation::activate(new) → sign-in test → CertificateCleanup::removeCertificates
//              ({old}); or CertificateActivation::rollback(old) while old exists.
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

    // The one rule for a certificate worth keeping or reusing: Graph returned its key, it is valid at `now`
    // and has more than `minimumDaysLeft` days left. Pure: the same answer for the same certificate and time.
    static bool isUsable(const TokenSigningCertificate &certificate, int minimumDaysLeft,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    // prepareActive() then finishActive().
    static QCoro::Task<CertificateResult> ensureActive(OperationContext context, Options options);

    // ensureActive() in two halves, for callers that overlap the second with other writes (Step 2's SAML
    // settings, SamlConfiguration::applyWithCertificate). The first reads the certificates and, when none is
    // usable, creates one and waits until Entra lists it — nothing is activated; the second activates it
    // (with the notification e-mails in the same PATCH) and waits until that reads back, or keeps the active
    // one and only sets the e-mails.
    struct PreparedActivation {
        // Failed: the read or the creation failed (its words). KeptActive: the active one is usable.
        // CreatedInactive: `certificate` is to be activated (new, or left inactive by an interrupted run).
        CertificateResult result;
        CertificateInventory latest; // the inventory the certificate was last seen in
        QString previousThumbprint;  // the active one before
        QStringList notificationEmails;
        QJsonObject emails; // the notificationEmailAddresses change, empty when nothing changes
    };
    static QCoro::Task<PreparedActivation> prepareActive(OperationContext context, Options options);
    static QCoro::Task<CertificateResult> finishActive(OperationContext context, PreparedActivation prepared);
    // A new certificate for rotation, not activated. Re-running reuses an inactive one that is newer than
    // the active one and has more than minimumDaysLeft, instead of creating another.
    static QCoro::Task<CertificateResult> createForRotation(OperationContext context, Options options);
};

} // namespace insightly::entra
