#include "saml/SigningCertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSslCertificateExtension>
#include <QSslKey>

#include "core/TextLimits.h"

#include <optional>

Q_LOGGING_CATEGORY(lcSigningCertificate, "insightly.saml.certificate")

namespace insightly {

namespace {

QString downloadAgain() {
    return SigningCertificate::tr(
        "In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download "
        "\"Certificate (Base64)\"; then choose that file.");
}

UserMessage notACertificate(const QString &details = {}) {
    return makeUserMessage(
        CertificateLoadError::NotACertificate, SigningCertificate::tr("This file is not a certificate."),
        SigningCertificate::tr(
            "It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 "
            "certificate data."),
        downloadAgain(), details);
}

UserMessage truncated(const QString &details = {}) {
    return makeUserMessage(
        CertificateLoadError::Truncated, SigningCertificate::tr("This certificate is incomplete."),
        SigningCertificate::tr(
            "The data ends before the certificate does: it was cut off while copying or downloading."),
        downloadAgain(), details);
}

UserMessage tooMany() {
    return makeUserMessage(
        CertificateLoadError::TooMany, SigningCertificate::tr("This file holds too many certificates."),
        SigningCertificate::tr("It holds more than %1; the SAML signing certificate is one.")
            .arg(SigningCertificate::maxCertificates),
        downloadAgain());
}

// DER objects in `der`: each a complete SEQUENCE, or nothing with *wasTruncated set when one runs past the
// end.
std::optional<QList<QByteArray>> splitDerSequences(const QByteArray &der, bool *wasTruncated) {
    QList<QByteArray> objects;
    qsizetype pos = 0;
    while (pos < der.size()) {
        if (static_cast<unsigned char>(der.at(pos)) != 0x30)
            return std::nullopt;
        if (pos + 2 > der.size()) {
            *wasTruncated = true;
            return std::nullopt;
        }
        const auto first = static_cast<unsigned char>(der.at(pos + 1));
        qsizetype header = 2;
        qint64 length = first;
        if (first & 0x80) {
            const int lengthBytes = first & 0x7f;
            if (lengthBytes == 0 || lengthBytes > 4)
                return std::nullopt;
            if (pos + 2 + lengthBytes > der.size()) {
                *wasTruncated = true;
                return std::nullopt;
            }
            length = 0;
            for (int i = 0; i < lengthBytes; ++i)
                length = (length << 8) | static_cast<unsigned char>(der.at(pos + 2 + i));
            header += lengthBytes;
        }
        if (pos + header + length > der.size()) {
            *wasTruncated = true;
            return std::nullopt;
        }
        if (objects.size() > SigningCertificate::maxCertificates)
            return objects; // the caller sees one more than allowed and refuses
        objects << der.mid(pos, header + length);
        pos += header + length;
    }
    return objects;
}

// A PKCS#12 (.pfx) file is a SEQUENCE whose first member is INTEGER 3 (the PFX version).
bool looksLikePkcs12(const QByteArray &der) {
    const qsizetype lengthBytes = der.size() > 1 && (static_cast<unsigned char>(der.at(1)) & 0x80)
                                      ? (static_cast<unsigned char>(der.at(1)) & 0x7f)
                                      : 0;
    const QByteArray version = der.mid(2 + lengthBytes, 3);
    return version == QByteArray("\x02\x01\x03", 3);
}

CertificateLoadResult loadDer(const QByteArray &der) {
    CertificateLoadResult result;
    bool wasTruncated = false;
    const auto objects = splitDerSequences(der, &wasTruncated);
    if (!objects) {
        result.error = wasTruncated ? truncated() : notACertificate();
        return result;
    }
    if (objects->size() > SigningCertificate::maxCertificates) {
        result.error = tooMany();
        return result;
    }
    for (const QByteArray &object : *objects) {
        const SigningCertificate certificate = SigningCertificate::fromDer(object);
        if (certificate.isNull()) {
            if (looksLikePkcs12(object)) {
                result.error = makeUserMessage(
                    CertificateLoadError::Pkcs12,
                    SigningCertificate::tr("This is a .pfx (PKCS#12) file, not a certificate."),
                    SigningCertificate::tr(
                        "A .pfx file bundles the certificate with its private key; Insightly needs only the "
                        "public certificate."),
                    downloadAgain());
            } else {
                result.error = notACertificate();
            }
            result.certificates.clear();
            return result;
        }
        result.certificates << certificate;
    }
    return result;
}

bool isBase64Text(const QByteArray &compact) {
    if (compact.isEmpty())
        return false;
    for (const char c : compact) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '+' || c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray withoutWhitespace(const QByteArray &text) {
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            compact += c;
    }
    return compact;
}

// Base64 of several certificates pasted one after another: '=' padding ends one and the next starts after it,
// so decode run by run; runs without padding decode to concatenated DER, which loadDer() splits.
std::optional<QByteArray> decodeBase64Runs(const QByteArray &compact) {
    QByteArray decoded;
    qsizetype start = 0;
    while (start < compact.size()) {
        qsizetype end = compact.indexOf('=', start);
        if (end < 0) {
            end = compact.size();
        } else {
            while (end < compact.size() && compact.at(end) == '=')
                ++end;
        }
        const auto run = QByteArray::fromBase64Encoding(compact.mid(start, end - start),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!run)
            return std::nullopt;
        decoded += *run;
        start = end;
    }
    return decoded;
}

CertificateLoadResult loadPem(const QByteArray &text) {
    static const QByteArray begin("-----BEGIN ");
    static const QByteArray dashes("-----");
    CertificateLoadResult result;
    bool sawPrivateKey = false;
    QStringList otherLabels;
    qsizetype pos = 0;
    while ((pos = text.indexOf(begin, pos)) >= 0) {
        const qsizetype labelStart = pos + begin.size();
        const qsizetype labelEnd = text.indexOf(dashes, labelStart);
        if (labelEnd < 0) {
            result.error = truncated();
            return result;
        }
        const QByteArray label = text.mid(labelStart, labelEnd - labelStart).trimmed();
        const QByteArray endMarker = "-----END " + label + dashes;
        const qsizetype bodyStart = labelEnd + dashes.size();
        const qsizetype bodyEnd = text.indexOf(endMarker, bodyStart);
        if (bodyEnd < 0) {
            if (label.endsWith("CERTIFICATE")) {
                result.certificates.clear();
                result.error = truncated(QString::fromLatin1(label));
                return result;
            }
            sawPrivateKey = sawPrivateKey || label.contains("PRIVATE KEY");
            break;
        }
        pos = bodyEnd + endMarker.size();
        if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE") {
            const QByteArray compact = withoutWhitespace(text.mid(bodyStart, bodyEnd - bodyStart));
            auto der = isBase64Text(compact) ? decodeBase64Runs(compact) : std::nullopt;
            if (der && label == "TRUSTED CERTIFICATE") {
                // OpenSSL's trusted form appends its trust settings after the certificate: keep the first
                // object.
                bool wasTruncated = false;
                const auto objects = splitDerSequences(*der, &wasTruncated);
                if (objects && !objects->isEmpty())
                    der = objects->first();
            }
            if (!der) {
                result.certificates.clear();
                result.error = notACertificate(QString::fromLatin1(label));
                return result;
            }
            const CertificateLoadResult block = loadDer(*der);
            if (!block.ok()) {
                result.certificates.clear();
                result.error = block.error;
                return result;
            }
            result.certificates << block.certificates;
            if (result.certificates.size() > SigningCertificate::maxCertificates) {
                result.certificates.clear();
                result.error = tooMany();
                return result;
            }
        } else if (label.contains("PRIVATE KEY")) {
            sawPrivateKey = true;
        } else {
            otherLabels << QString::fromLatin1(label);
        }
    }
    if (result.ok())
        return result;
    if (sawPrivateKey) {
        result.error = makeUserMessage(
            CertificateLoadError::PrivateKey,
            SigningCertificate::tr("This is a private key, not a certificate."),
            SigningCertificate::tr(
                "The file holds a PRIVATE KEY block. Insightly needs the public certificate; a "
                "private key must never be uploaded or shared."),
            downloadAgain() + u'\n' +
                SigningCertificate::tr("If this key is real, keep the file somewhere safe or delete it."));
    } else {
        result.error = notACertificate(otherLabels.join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace

namespace {
CertificateLoadResult loadAny(const QByteArray &bytes);
} // namespace

CertificateLoadResult SigningCertificate::load(const QByteArray &bytes) {
    CertificateLoadResult result;
    if (UserMessage tooLarge = checkInputSize(bytes.size(), TextLimits::certificateBytes,
                                              tr("The certificate file"), downloadAgain());
        !tooLarge.isEmpty()) {
        tooLarge.code = QString::fromLatin1(CertificateLoadError::TooLarge);
        result.error = tooLarge;
        return result;
    }
    result = loadAny(bytes);
    if (!result.ok())
        return result;
    for (const SigningCertificate &certificate : std::as_const(result.certificates)) {
        if (!certificate.isCertificateAuthority())
            return result;
    }
    const QString name = result.certificates.first().subjectCommonName();
    result.certificates.clear();
    result.error = makeUserMessage(
        CertificateLoadError::CertificateAuthority,
        tr("This is a certificate authority's certificate, not a SAML signing certificate."),
        tr("It is marked as a certificate authority (%1); Entra signs SAML responses with a certificate of "
           "its own.")
            .arg(name.isEmpty() ? tr("no name") : name),
        downloadAgain());
    return result;
}

bool SigningCertificate::isCertificateAuthority() const {
    // CA:TRUE alone is common on self-signed signing certificates (openssl req -x509 sets it); a real CA also
    // signs certificates (keyUsage keyCertSign), or is an intermediate (issued by someone else).
    bool ca = false;
    bool signsCertificates = false;
    const QList<QSslCertificateExtension> extensions = m_certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.oid() == QLatin1String("2.5.29.19"))
            ca = extension.value().toMap().value(QStringLiteral("ca")).toBool();
        else if (extension.oid() == QLatin1String("2.5.29.15"))
            signsCertificates = extension.value().toStringList().contains(QLatin1String("Certificate Sign"));
    }
    return ca && (signsCertificates || m_certificate.issuerDisplayName() != m_certificate.subjectDisplayName());
}

namespace {

CertificateLoadResult loadAny(const QByteArray &bytes) {
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QByteArray trimmed = data.trimmed();
    CertificateLoadResult result;
    if (trimmed.isEmpty()) {
        result.error =
            makeUserMessage(CertificateLoadError::Empty, SigningCertificate::tr("The file is empty."),
                            SigningCertificate::tr("It contains no certificate."), downloadAgain());
        return result;
    }
    if (trimmed.contains("-----BEGIN "))
        return loadPem(data);
    if (static_cast<unsigned char>(data.at(0)) == 0x30)
        return loadDer(data);
    const QByteArray compact = withoutWhitespace(trimmed);
    if (isBase64Text(compact)) {
        const auto decoded = decodeBase64Runs(compact);
        if (!decoded || decoded->isEmpty()) {
            result.error = notACertificate();
            return result;
        }
        // Some tools Base64-encode a whole PEM file rather than the DER.
        if (decoded->contains("-----BEGIN "))
            return loadPem(*decoded);
        return loadDer(*decoded);
    }
    if (trimmed.startsWith('<') && trimmed.contains("EntityDescriptor")) {
        result.error = makeUserMessage(
            CertificateLoadError::FederationMetadata,
            SigningCertificate::tr("This is Federation Metadata XML, not a certificate file."),
            SigningCertificate::tr("The metadata carries the signing certificate inside it."),
            SigningCertificate::tr(
                "Load it as federation metadata instead, or download \"Certificate (Base64)\" "
                "from Entra."));
        return result;
    }
    result.error = notACertificate();
    return result;
}

} // namespace

namespace {

// One DER TLV at `pos`: its tag, where its content starts and how long it is; nothing when it runs past `end`.
struct Tlv {
    unsigned char tag = 0;
    qsizetype contentStart = 0;
    qsizetype length = 0;
    qsizetype end() const { return contentStart + length; }
};

std::optional<Tlv> readTlv(const QByteArray &der, qsizetype pos, qsizetype end) {
    if (pos + 2 > end)
        return std::nullopt;
    Tlv tlv;
    tlv.tag = static_cast<unsigned char>(der.at(pos));
    const auto first = static_cast<unsigned char>(der.at(pos + 1));
    qsizetype header = 2;
    qint64 length = first;
    if (first & 0x80) {
        const int lengthBytes = first & 0x7f;
        if (lengthBytes == 0 || lengthBytes > 4 || pos + 2 + lengthBytes > end)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < lengthBytes; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(pos + 2 + i));
        header += lengthBytes;
    }
    tlv.contentStart = pos + header;
    tlv.length = qsizetype(length);
    if (tlv.end() > end)
        return std::nullopt;
    return tlv;
}

// Whether the certificate's SubjectPublicKeyInfo is an RSA, EC or DSA key OpenSSL can read. Qt's OpenSSL
// backend dereferences a null key in QSslCertificate::publicKey() for one it can't (found by fuzz_certificate),
// so such a certificate is refused before anything asks for its key.
bool hasReadablePublicKey(const QByteArray &der) {
    const auto certificate = readTlv(der, 0, der.size());
    if (!certificate || certificate->tag != 0x30)
        return false;
    const auto tbs = readTlv(der, certificate->contentStart, certificate->end());
    if (!tbs || tbs->tag != 0x30)
        return false;
    qsizetype pos = tbs->contentStart;
    // [0] version (optional), serialNumber, signature, issuer, validity, subject — then subjectPublicKeyInfo.
    int skipped = 0;
    while (pos < tbs->end()) {
        const auto field = readTlv(der, pos, tbs->end());
        if (!field)
            return false;
        if (field->tag == 0xa0 && skipped == 0) {
            pos = field->end();
            continue;
        }
        if (skipped == 5) {
            if (field->tag != 0x30)
                return false;
            const QByteArray spki = der.mid(pos, field->end() - pos);
            for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                if (!QSslKey(spki, algorithm, QSsl::Der, QSsl::PublicKey).isNull())
                    return true;
            }
            return false;
        }
        ++skipped;
        pos = field->end();
    }
    return false;
}

} // namespace

SigningCertificate SigningCertificate::fromDer(const QByteArray &der) {
    SigningCertificate certificate;
    if (!hasReadablePublicKey(der)) {
        qCDebug(lcSigningCertificate) << "DER of" << der.size() << "bytes has no readable public key";
        return certificate;
    }
    const QSslCertificate parsed(der, QSsl::Der);
    if (parsed.isNull()) {
        qCDebug(lcSigningCertificate) << "DER of" << der.size() << "bytes is not an X.509 certificate";
        return certificate;
    }
    certificate.m_certificate = parsed;
    // Keep the bytes we were given: the thumbprint is defined over exactly these.
    certificate.m_der = der;
    return certificate;
}

QString SigningCertificate::thumbprint() const {
    if (isNull())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1).toHex().toUpper());
}

QString SigningCertificate::subjectCommonName() const {
    return m_certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
}

QString SigningCertificate::subject() const {
    return m_certificate.subjectDisplayName();
}

QString SigningCertificate::issuer() const {
    return m_certificate.issuerDisplayName();
}

QString SigningCertificate::serialNumber() const {
    return QString::fromLatin1(m_certificate.serialNumber()).remove(u':').toUpper();
}

QDateTime SigningCertificate::notBefore() const {
    return m_certificate.effectiveDate().toUTC();
}

QDateTime SigningCertificate::notAfter() const {
    return m_certificate.expiryDate().toUTC();
}

SigningCertificate::KeyAlgorithm SigningCertificate::keyAlgorithm() const {
    switch (m_certificate.publicKey().algorithm()) {
    case QSsl::Rsa:
        return KeyAlgorithm::Rsa;
    case QSsl::Dsa:
        return KeyAlgorithm::Dsa;
    case QSsl::Ec:
        return KeyAlgorithm::Ec;
    default:
        return KeyAlgorithm::Unknown;
    }
}

QString SigningCertificate::keyAlgorithmName() const {
    switch (keyAlgorithm()) {
    case KeyAlgorithm::Rsa:
        return QStringLiteral("RSA");
    case KeyAlgorithm::Dsa:
        return QStringLiteral("DSA");
    case KeyAlgorithm::Ec:
        return QStringLiteral("EC");
    case KeyAlgorithm::Unknown:
        break;
    }
    return {};
}

int SigningCertificate::keySizeBits() const {
    return m_certificate.publicKey().length();
}

bool SigningCertificate::isValidAt(const QDateTime &when) const {
    return !isNull() && notBefore() <= when && when <= notAfter();
}

qint64 SigningCertificate::daysLeft(const QDateTime &now) const {
    const qint64 seconds = now.secsTo(notAfter());
    constexpr qint64 day = 24 * 60 * 60;
    return seconds >= 0 ? seconds / day : -((-seconds + day - 1) / day);
}

QByteArray SigningCertificate::toBase64Cer(LineEnding lineEnding) const {
    const QByteArray eol = lineEnding == LineEnding::CrLf ? QByteArray("\r\n") : QByteArray("\n");
    const QByteArray base64 = m_der.toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----" + eol;
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + eol;
    pem += "-----END CERTIFICATE-----" + eol;
    return pem;
}

QString SigningCertificate::normalizedThumbprint(const QString &thumbprint) {
    QString normalized;
    for (const QChar c : thumbprint) {
        if (c.isLetterOrNumber())
            normalized += c.toUpper();
    }
    return normalized;
}

} // namespace insightly
