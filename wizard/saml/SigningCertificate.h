#pragma once

#include "core/UserMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace insightly {

struct CertificateLoadResult;

// One X.509 certificate that Entra signs SAML assertions with (or that an admin handed us). Holds the DER and
// the fields the wizard shows; the thumbprint is computed here from the DER, never trusted from elsewhere.
class SigningCertificate {
    Q_DECLARE_TR_FUNCTIONS(SigningCertificate)

public:
    enum class KeyAlgorithm { Unknown, Rsa, Dsa, Ec };
    enum class LineEnding { Lf, CrLf };

    // Every certificate in `bytes`, whatever the shape: PEM (one or several blocks, any line ending, text
    // around them), DER (one or several concatenated), Base64 on one line (Graph's keyCredentials[].key) or
    // wrapped without PEM armour. On failure the result holds no certificate and a UserMessage saying what
    // the input is.
    // At most TextLimits::certificateBytes and maxCertificates certificates are read. A file holding only
    // certificate-authority certificates (CA:TRUE and keyCertSign, or an intermediate) is refused: Entra signs with its own.
    static CertificateLoadResult load(const QByteArray &bytes);
    static constexpr int maxCertificates = 16;
    bool isCertificateAuthority() const;
    // Exactly one DER-encoded certificate; a null SigningCertificate when it is not one.
    static SigningCertificate fromDer(const QByteArray &der);

    bool isNull() const { return m_der.isEmpty(); }

    QString thumbprint() const; // SHA-1 of the DER, upper-case hex, as Entra shows it
    QString subjectCommonName() const;
    QString subject() const;
    QString issuer() const;
    QString serialNumber() const; // upper-case hex without separators
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    KeyAlgorithm keyAlgorithm() const;
    QString keyAlgorithmName() const; // "RSA", "DSA", "EC" or empty
    int keySizeBits() const;

    bool isValidAt(const QDateTime &when) const;
    // Whole days from `now` until notAfter, rounded down; negative once expired.
    qint64 daysLeft(const QDateTime &now) const;

    // The portal's "Certificate (Base64)" download: PEM with 64-column lines.
    QByteArray toBase64Cer(LineEnding lineEnding = LineEnding::Lf) const;
    QByteArray toDer() const { return m_der; }
    QSslCertificate toQSslCertificate() const { return m_certificate; }

    static QString normalizedThumbprint(const QString &thumbprint); // upper-case, without ':' and spaces

    friend bool operator==(const SigningCertificate &a, const SigningCertificate &b) {
        return a.m_der == b.m_der;
    }

private:
    QByteArray m_der;
    QSslCertificate m_certificate;
};

// Message codes of CertificateLoadResult::error.
namespace CertificateLoadError {
inline constexpr auto Empty = "certificate.empty";
inline constexpr auto PrivateKey = "certificate.private-key";
inline constexpr auto Truncated = "certificate.truncated";
inline constexpr auto NotACertificate = "certificate.not-a-certificate";
inline constexpr auto FederationMetadata = "certificate.federation-metadata";
inline constexpr auto Pkcs12 = "certificate.pkcs12";
inline constexpr auto TooLarge = "certificate.too-large";               // over TextLimits::certificateBytes
inline constexpr auto TooMany = "certificate.too-many";                 // more than maxCertificates
inline constexpr auto CertificateAuthority = "certificate.ca";          // only CA certificates (a chain's root)
} // namespace CertificateLoadError

struct CertificateLoadResult {
    QList<SigningCertificate> certificates;
    UserMessage error; // empty when at least one certificate was loaded
    bool ok() const { return !certificates.isEmpty(); }
};

} // namespace insightly
