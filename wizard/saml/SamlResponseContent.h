#pragma once

#include "saml/SigningCertificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace insightly {

// What a SAML response says, read with QXmlStreamReader (namespace-aware). Nothing here is verified: it is
// the raw material for SamlResponseCheck.
struct SamlResponseContent {
    struct Signature {
        QString signedElement;          // "Response" or "Assertion"
        SigningCertificate certificate; // null when KeyInfo held no readable certificate
    };

    QString responseIssuer;
    QString destination;
    QString statusCode;    // top-level StatusCode Value
    QString statusSubCode; // nested StatusCode Value, if any
    QString statusMessage;
    bool hasAssertion = false;
    bool hasEncryptedAssertion = false;
    QString assertionIssuer;
    QString nameId;
    QString nameIdFormat;
    QString recipient; // SubjectConfirmationData Recipient
    QDateTime subjectNotOnOrAfter;
    QDateTime conditionsNotBefore;
    QDateTime conditionsNotOnOrAfter;
    QStringList audiences;
    QList<Signature> signatures;

    // The SAMLResponse form value as captured: Base64, possibly URL-encoded, wrapped, or with the
    // "SAMLResponse=" prefix of a form body. Raw XML (starting with '<') passes through. Nothing when it is
    // not Base64.
    static std::optional<QByteArray> decodePostedValue(const QByteArray &posted);

    // Parses a decoded SAML response. On failure returns nothing and sets *errorDetails (untranslated) and
    // *notAResponse (well-formed XML whose root is not samlp:Response).
    static std::optional<SamlResponseContent> parse(const QByteArray &xml, QString *errorDetails,
                                                    bool *notAResponse);
};

} // namespace insightly
