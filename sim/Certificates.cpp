#include "Certificates.h"

#include <QCryptographicHash>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace sim {

namespace {

template <auto Free> struct OpenSslDeleter {
    template <typename T> void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// A positive 128-bit serial, as Entra's certificates carry (e.g. 785cb878c73694ac482f4b7f39574017).
bool setRandomSerial(X509 *certificate)
{
    BnPtr serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        return false;
    ASN1_INTEGER *asn1 = BN_to_ASN1_INTEGER(serial.get(), nullptr);
    if (!asn1)
        return false;
    const bool ok = X509_set_serialNumber(certificate, asn1) == 1;
    ASN1_INTEGER_free(asn1);
    return ok;
}

bool setCommonName(X509 *certificate, const QString &commonName)
{
    X509_NAME *name = X509_get_subject_name(certificate);
    const QByteArray cn = commonName.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()),
                                    -1, 0))
        return false;
    return X509_set_issuer_name(certificate, name) == 1;
}

} // namespace

GeneratedCertificate generateSelfSignedCertificate(const QString &commonName, const QDateTime &notBefore,
                                                   const QDateTime &notAfter)
{
    PkeyPtr key(EVP_RSA_gen(2048));
    X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return {};
    if (X509_set_version(certificate.get(), 2) != 1 || !setRandomSerial(certificate.get()) ||
        !setCommonName(certificate.get(), commonName))
        return {};
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch())))
        return {};
    if (X509_set_pubkey(certificate.get(), key.get()) != 1 ||
        X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return {};

    GeneratedCertificate result;
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(certificate.get(), &der);
    if (derLength <= 0)
        return {};
    result.certificateDer = QByteArray(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);

    BioPtr certificatePem(BIO_new(BIO_s_mem()));
    BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (!certificatePem || !keyPem || PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    result.certificatePem = bioContents(certificatePem.get());
    result.privateKeyPem = bioContents(keyPem.get());
    return result;
}

QString certificateThumbprint(const QByteArray &certificateDer)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha1).toHex().toUpper());
}

} // namespace sim
