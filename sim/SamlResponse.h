#pragma once

#include <QByteArray>
#include <QString>

namespace sim {

struct SigningKeyMaterial;

// What an IdP-initiated SAML 2.0 response from Entra says about one sign-in.
struct SamlAssertionFacts {
    QString tenantId;
    QString nameId; // the user's UPN (emailAddress format)
    QString objectId;
    QString displayName;
    QString givenName;
    QString surname;
    QString email;
    QString audience;  // the app's Identifier (identifierUris[0])
    QString recipient; // the Reply URL
    qint64 nowMs = 0;
};

// Builds the Response (Status Success, no InResponseTo: IdP-initiated) with one Assertion signed (enveloped,
// RSA-SHA256, exclusive C14N) by `signer`. Returns the XML, or an empty array with *error set.
QByteArray samlResponse(const SamlAssertionFacts &facts, const SigningKeyMaterial &signer,
                        const QString &responseId, const QString &assertionId, QString *error);

// The page Entra answers with: a form that posts SAMLResponse to the Reply URL as soon as it loads.
QString autoPostForm(const QString &replyUrl, const QByteArray &samlResponseXml);

} // namespace sim
