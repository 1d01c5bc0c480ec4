#pragma once

#include <QByteArray>
#include <QString>

namespace sim {

// XML digital signatures (enveloped, RSA-SHA256, exclusive C14N) with libxmlsec1, as SAML uses them.
namespace xmldsig {

// Signs the element whose ID attribute (named `idAttribute`, e.g. "ID") equals `referenceId` in `xml`,
// inserting a <ds:Signature> (with the certificate in KeyInfo/X509Data) as the element's child after its
// <Issuer>. Returns the signed document, or an empty array with *error set.
QByteArray signEnveloped(const QByteArray &xml, const QByteArray &referenceId,
                         const QByteArray &privateKeyPem, const QByteArray &certificateDer,
                         QString *error = nullptr);

// Verifies every <ds:Signature> in `xml` against the given certificate (DER) only — never against a
// certificate carried in the document. Returns true when at least one signature is present and all verify.
bool verifyWithCertificate(const QByteArray &xml, const QByteArray &certificateDer, QString *error = nullptr);

} // namespace xmldsig
} // namespace sim
