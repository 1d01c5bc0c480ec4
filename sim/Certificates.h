#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sim {

// A freshly generated self-signed X.509 certificate and its key (OpenSSL), as Entra makes for SAML signing.
struct GeneratedCertificate {
    QByteArray certificateDer;
    QByteArray certificatePem; // 64-column PEM
    QByteArray privateKeyPem;  // PKCS#8 PEM, RSA-2048
};

// RSA-2048, SHA-256, subject and issuer "CN=<commonName>", validity [notBefore, notAfter].
GeneratedCertificate generateSelfSignedCertificate(const QString &commonName, const QDateTime &notBefore,
                                                   const QDateTime &notAfter);
// SHA-1 of the DER, upper-case hex (the "thumbprint" Entra shows).
QString certificateThumbprint(const QByteArray &certificateDer);

} // namespace sim
