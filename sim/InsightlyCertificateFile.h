#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sim {

// What Insightly's SAML settings page shows about a certificate.
struct CertificateSummary {
    QString subject;     // RFC 2253, e.g. "CN=Microsoft Azure Federated SSO Certificate"
    QString thumbprint;  // SHA-1 of the DER, upper-case hex
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString keyType;     // "RSA", "DSA", …
};

// Reads the file an admin uploads on the SAML settings page: a certificate as PEM (one or several blocks —
// the first counts), DER, one-line Base64, or Federation Metadata XML (the signing certificates of the
// IDPSSODescriptor — the first counts). Returns the certificate's DER, or empty with *error set in words the
// page can show. The certificate must carry an RSA or DSA key (Insightly KB 1455).
QByteArray readUploadedCertificate(const QByteArray &file, QString *error);

// The signing certificates (DER) of the IDPSSODescriptor of a metadata document, in document order.
QList<QByteArray> metadataSigningCertificates(const QByteArray &xml, QString *error);

// Describes a DER certificate; returns false when it is not one.
bool summarizeCertificate(const QByteArray &der, CertificateSummary *summary);

} // namespace sim
