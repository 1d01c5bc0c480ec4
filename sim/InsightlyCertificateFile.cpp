#include "InsightlyCertificateFile.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace sim {

namespace {

struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr parseDer(const QByteArray &der)
{
    if (der.isEmpty())
        return nullptr;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    // Trailing bytes after the certificate mean this was not a DER certificate file.
    if (cert && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return nullptr;
    return cert;
}

QDateTime asn1TimeToUtc(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                     Qt::UTC);
}

// Strict Base64: only the alphabet, whitespace and padding. Returns empty when the text is something else.
QByteArray decodeBase64Text(const QByteArray &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                              c == '+' || c == '/' || c == '=';
        if (!alphabet)
            return {};
        compact.append(c);
    }
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

bool summarizeCertificate(const QByteArray &der, CertificateSummary *summary)
{
    const X509Ptr cert = parseDer(der);
    if (!cert)
        return false;
    char buffer[1024] = {};
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, X509_get_subject_name(cert.get()), 0, XN_FLAG_RFC2253);
    const int n = BIO_read(bio, buffer, int(sizeof(buffer) - 1));
    BIO_free(bio);
    summary->subject = QString::fromUtf8(buffer, qMax(0, n));
    summary->thumbprint =
        QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper());
    summary->notBefore = asn1TimeToUtc(X509_get0_notBefore(cert.get()));
    summary->notAfter = asn1TimeToUtc(X509_get0_notAfter(cert.get()));
    const EVP_PKEY *key = X509_get0_pubkey(cert.get());
    switch (key ? EVP_PKEY_base_id(key) : 0) {
    case EVP_PKEY_RSA:
        summary->keyType = QStringLiteral("RSA");
        break;
    case EVP_PKEY_DSA:
        summary->keyType = QStringLiteral("DSA");
        break;
    case EVP_PKEY_EC:
        summary->keyType = QStringLiteral("EC");
        break;
    default:
        summary->keyType = QStringLiteral("unknown");
        break;
    }
    return true;
}

QList<QByteArray> metadataSigningCertificates(const QByteArray &xml, QString *error)
{
    QList<QByteArray> certificates;
    QXmlStreamReader reader(xml);
    int idpDepth = -1;         // depth of the open IDPSSODescriptor, -1 outside it
    bool inSigningKey = false; // inside a KeyDescriptor with use="signing" or without `use`
    int depth = 0;
    bool sawEntityDescriptor = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = reader.name();
            if (name == QLatin1String("EntityDescriptor") || name == QLatin1String("EntitiesDescriptor"))
                sawEntityDescriptor = true;
            if (name == QLatin1String("IDPSSODescriptor") && idpDepth < 0) {
                idpDepth = depth;
            } else if (idpDepth > 0 && name == QLatin1String("KeyDescriptor")) {
                const QStringView use = reader.attributes().value(QLatin1String("use"));
                inSigningKey = use.isEmpty() || use == QLatin1String("signing");
            } else if (idpDepth > 0 && inSigningKey && name == QLatin1String("X509Certificate")) {
                const QByteArray der = decodeBase64Text(reader.readElementText().toLatin1());
                --depth; // readElementText consumed the end element
                if (!der.isEmpty())
                    certificates.append(der);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (reader.name() == QLatin1String("KeyDescriptor"))
                inSigningKey = false;
            if (depth == idpDepth)
                idpDepth = -1;
            --depth;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error =
                QStringLiteral("The metadata file is not well-formed XML (%1).").arg(reader.errorString());
        return {};
    }
    if (certificates.isEmpty() && error)
        *error = sawEntityDescriptor
                     ? QStringLiteral(
                           "The metadata file contains no signing certificate for an identity provider.")
                     : QStringLiteral("The file is XML but not SAML federation metadata.");
    return certificates;
}

QByteArray readUploadedCertificate(const QByteArray &file, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    QByteArray content = file;
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    const QByteArray text = content.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral(
            "The file is empty. Choose a certificate (.cer, .pem) or a federation metadata file (.xml)."));

    QByteArray der;
    if (text.contains("-----BEGIN")) {
        static const QRegularExpression pemBlock(
            QStringLiteral("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*)-----END CERTIFICATE-----"));
        const QRegularExpressionMatch match = pemBlock.match(QString::fromLatin1(text));
        if (!match.hasMatch())
            return fail(QStringLiteral("The PEM file does not contain a certificate."));
        der = decodeBase64Text(match.captured(1).toLatin1());
    } else if (text.startsWith('<')) {
        QString metadataError;
        const QList<QByteArray> certificates = metadataSigningCertificates(text, &metadataError);
        if (certificates.isEmpty())
            return fail(metadataError);
        der = certificates.first();
    } else if (quint8(text.at(0)) == 0x30) {
        der = content; // DER: binary, so the untrimmed bytes
    } else {
        der = decodeBase64Text(text);
        if (der.isEmpty())
            return fail(QStringLiteral(
                "The file is not a certificate. Upload the certificate in Base64 (.cer) or the "
                "Federation Metadata XML."));
    }
    CertificateSummary summary;
    if (!summarizeCertificate(der, &summary))
        return fail(QStringLiteral("The file does not contain a valid X.509 certificate."));
    if (summary.keyType != QLatin1String("RSA") && summary.keyType != QLatin1String("DSA"))
        return fail(QStringLiteral("The certificate must have an RSA or DSA key."));
    return der;
}

} // namespace sim
