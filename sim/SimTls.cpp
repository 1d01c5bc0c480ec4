#include "SimTls.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sim {

namespace {

template <auto Free> struct OpenSslDeleter {
    template <typename T> void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

constexpr qint64 kDay = 24 * 3600;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

bool setRandomSerial(X509 *certificate)
{
    BnPtr serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        return false;
    ASN1_INTEGER *asn1 = BN_to_ASN1_INTEGER(serial.get(), nullptr);
    if (!asn1)
        return false;
    const bool ok = X509_set_serialNumber(certificate, asn1) == 1;
    ASN1_INTEGER_free(asn1);
    return ok;
}

bool addCommonName(X509_NAME *name, const QString &commonName)
{
    const QByteArray cn = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()),
                                      -1, 0) == 1;
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

PkeyPtr newKey()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

} // namespace

struct SimCertificateAuthority::Issuer {
    PkeyPtr key;
    X509Ptr certificate;

    // A self-signed root: CA:TRUE (critical), keyCertSign|cRLSign, ten years.
    static std::unique_ptr<Issuer> create(const QString &commonName)
    {
        auto issuer = std::make_unique<Issuer>();
        issuer->key = newKey();
        issuer->certificate.reset(X509_new());
        X509 *c = issuer->certificate.get();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!issuer->key || !c || X509_set_version(c, 2) != 1 || !setRandomSerial(c) ||
            !addCommonName(X509_get_subject_name(c), commonName) ||
            X509_set_issuer_name(c, X509_get_subject_name(c)) != 1 ||
            !ASN1_TIME_set(X509_getm_notBefore(c), time_t(now - kDay)) ||
            !ASN1_TIME_set(X509_getm_notAfter(c), time_t(now + 3650 * kDay)) ||
            X509_set_pubkey(c, issuer->key.get()) != 1 ||
            !addExtension(c, c, NID_basic_constraints, "critical,CA:TRUE") ||
            !addExtension(c, c, NID_key_usage, "critical,keyCertSign,cRLSign") ||
            !addExtension(c, c, NID_subject_key_identifier, "hash") ||
            X509_sign(c, issuer->key.get(), EVP_sha256()) <= 0)
            return nullptr;
        return issuer;
    }

    static std::unique_ptr<Issuer> load(const QByteArray &certificatePemBytes, const QByteArray &keyPemBytes)
    {
        auto issuer = std::make_unique<Issuer>();
        BioPtr certificateBio(
            BIO_new_mem_buf(certificatePemBytes.constData(), int(certificatePemBytes.size())));
        BioPtr keyBio(BIO_new_mem_buf(keyPemBytes.constData(), int(keyPemBytes.size())));
        issuer->certificate.reset(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
        issuer->key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        if (!issuer->certificate || !issuer->key ||
            X509_check_private_key(issuer->certificate.get(), issuer->key.get()) != 1)
            return nullptr;
        return issuer;
    }

    // A server certificate for `dnsName`, valid [notBefore, notAfter] (seconds since the epoch).
    TlsIdentity issueLeaf(const QString &dnsName, qint64 notBefore, qint64 notAfter) const
    {
        PkeyPtr leafKey = newKey();
        X509Ptr leaf(X509_new());
        X509 *c = leaf.get();
        const QByteArray san = "DNS:" + dnsName.toUtf8();
        if (!leafKey || !c || X509_set_version(c, 2) != 1 || !setRandomSerial(c) ||
            !addCommonName(X509_get_subject_name(c), dnsName) ||
            X509_set_issuer_name(c, X509_get_subject_name(certificate.get())) != 1 ||
            !ASN1_TIME_set(X509_getm_notBefore(c), time_t(notBefore)) ||
            !ASN1_TIME_set(X509_getm_notAfter(c), time_t(notAfter)) ||
            X509_set_pubkey(c, leafKey.get()) != 1 ||
            !addExtension(c, certificate.get(), NID_basic_constraints, "critical,CA:FALSE") ||
            !addExtension(c, certificate.get(), NID_key_usage, "critical,digitalSignature") ||
            !addExtension(c, certificate.get(), NID_ext_key_usage, "serverAuth") ||
            !addExtension(c, certificate.get(), NID_subject_alt_name, san.constData()) ||
            !addExtension(c, certificate.get(), NID_subject_key_identifier, "hash") ||
            !addExtension(c, certificate.get(), NID_authority_key_identifier, "keyid:always") ||
            X509_sign(c, key.get(), EVP_sha256()) <= 0)
            return TlsIdentity();
        TlsIdentity identity;
        identity.certificate = QSslCertificate(certificatePem(c), QSsl::Pem);
        identity.key = QSslKey(keyPem(leafKey.get()), QSsl::Ec, QSsl::Pem);
        return identity;
    }
};

SimCertificateAuthority::SimCertificateAuthority() = default;
SimCertificateAuthority::~SimCertificateAuthority() = default;

bool SimCertificateAuthority::open(const QString &dir, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString directory = dir;
    if (directory.isEmpty()) {
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        if (!m_temporaryDir->isValid())
            return fail(QStringLiteral("cannot create a temporary directory for the CA: %1")
                            .arg(m_temporaryDir->errorString()));
        directory = m_temporaryDir->path();
    }
    if (!QDir().mkpath(directory))
        return fail(QStringLiteral("cannot create the CA directory %1").arg(directory));
    const QDir d(directory);
    m_caFile = QFileInfo(d.filePath(QStringLiteral("ca.pem"))).absoluteFilePath();
    const QString keyFile = QFileInfo(d.filePath(QStringLiteral("ca.key"))).absoluteFilePath();

    if (QFile::exists(m_caFile) && QFile::exists(keyFile)) {
        QFile certificate(m_caFile), key(keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the CA in %1").arg(directory));
        m_ca = Issuer::load(certificate.readAll(), key.readAll());
        if (!m_ca)
            return fail(
                QStringLiteral("%1 and %2 are not a certificate and its private key").arg(m_caFile, keyFile));
    } else {
        m_ca = Issuer::create(QString::fromLatin1(commonName));
        if (!m_ca)
            return fail(QStringLiteral("cannot create the CA (OpenSSL)"));
        // The key first, readable by the owner only, then the certificate.
        QSaveFile key(keyFile);
        if (!key.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(keyFile, key.errorString()));
        key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        key.write(keyPem(m_ca->key.get()));
        if (!key.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(keyFile, key.errorString()));
        QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSaveFile certificate(m_caFile);
        if (!certificate.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(m_caFile, certificate.errorString()));
        certificate.write(certificatePem(m_ca->certificate.get()));
        if (!certificate.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(m_caFile, certificate.errorString()));
    }
    m_caCertificate = QSslCertificate(certificatePem(m_ca->certificate.get()), QSsl::Pem);
    m_cache.clear();
    return !m_caCertificate.isNull() || fail(QStringLiteral("Qt cannot read the CA certificate"));
}

TlsIdentity SimCertificateAuthority::identityFor(const QString &host, TlsFault fault)
{
    const QString key = QString::number(int(fault)) + u'|' + host.toLower();
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    TlsIdentity identity = issue(host.toLower(), fault);
    if (!identity.isNull())
        m_cache.insert(key, identity);
    return identity;
}

TlsIdentity SimCertificateAuthority::issue(const QString &host, TlsFault fault)
{
    if (!m_ca)
        return TlsIdentity();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    switch (fault) {
    case TlsFault::UntrustedCa:
        if (!m_untrusted)
            m_untrusted = Issuer::create(QStringLiteral("Untrusted simulated CA"));
        return m_untrusted ? m_untrusted->issueLeaf(host, now - kDay, now + 365 * kDay) : TlsIdentity();
    case TlsFault::Expired:
        return m_ca->issueLeaf(host, now - 60 * kDay, now - kDay);
    case TlsFault::WrongName:
        return m_ca->issueLeaf(QStringLiteral("wrong-name.invalid"), now - kDay, now + 365 * kDay);
    case TlsFault::None:
        break;
    }
    return m_ca->issueLeaf(host, now - kDay, now + 365 * kDay);
}

} // namespace sim
