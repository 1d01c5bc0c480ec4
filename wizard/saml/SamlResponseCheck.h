#pragma once

#include "core/UserMessage.h"
#include "saml/SamlResponseContent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace insightly {

// What the wizard set up and therefore expects to see in the SAML response Entra posts to Insightly.
struct SamlResponseExpectations {
    QString entityId;            // Identifier (Entity ID) = Insightly's Sign-in page URL
    QUrl replyUrl;               // Reply URL (ACS) = the same Sign-in page URL
    QString entraIdentifier;     // the tenant's issuer, e.g. https://sts.windows.net/{tenantId}/
    QString activeThumbprint;    // the certificate made active in Entra
    QString insightlyThumbprint; // optional: the certificate uploaded to Insightly, when known
    QDateTime now;
};

// One line of the checklist shown after a test sign-in.
struct SamlCheckRow {
    QString id;    // stable, see SamlCheckId
    QString title; // translated, e.g. "Signing certificate"
    bool passed = false;
    QString seen;        // what the response says
    QString expected;    // what the setup expects
    UserMessage failure; // cause and fix; empty when passed
};

namespace SamlCheckId {
inline constexpr auto Decode = "decode"; // only present when the value could not be read at all
inline constexpr auto Status = "status";
inline constexpr auto Issuer = "issuer";
inline constexpr auto Destination = "destination";
inline constexpr auto Assertion = "assertion";
inline constexpr auto Audience = "audience";
inline constexpr auto Recipient = "recipient";
inline constexpr auto NameId = "name-id";
inline constexpr auto SubjectValidity = "subject-validity";
inline constexpr auto ConditionsValidity = "conditions-validity";
inline constexpr auto SigningCertificate = "signing-certificate";
} // namespace SamlCheckId

struct SamlResponseReport {
    QList<SamlCheckRow> rows;
    SamlResponseContent content; // what was read (empty when decoding failed)

    bool allPassed() const;
    const SamlCheckRow *row(const QString &id) const; // nullptr when there is no such row
};

// Checks a captured SAML response against the setup, row by row, so the admin sees which Entra setting is
// wrong and how to fix it.
//
// It does NOT verify the XML signature cryptographically: Insightly does that when it receives the response.
// This class only reads which certificate the signature names (ds:X509Certificate) and compares thumbprints.
class SamlResponseCheck {
    Q_DECLARE_TR_FUNCTIONS(SamlResponseCheck)

public:
    // The clock skew tolerated on NotBefore / NotOnOrAfter.
    static constexpr int kClockSkewSeconds = 5 * 60;

    // `postedValue` is the SAMLResponse form value as the browser posted it (see
    // SamlResponseContent::decodePostedValue for the accepted shapes).
    static SamlResponseReport check(const QByteArray &postedValue, const SamlResponseExpectations &expected);
};

} // namespace insightly
